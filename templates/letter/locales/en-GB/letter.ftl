### The letter's words in English (the reference). Replace each message's text with yours; the
### comment above a message says what it is. Inline notation in paragraphs: *emphasis*,
### **strong**, [a link](https://example.org), [^name] for a footnote whose text is the
### attribute .note-name (docs/guide/project.md, "Emphasis, links and footnotes").

# Short label above the title. Optional in a letter, as the title, the author and the
# signatories' lead are: delete the message (in every language) and the letter goes without it.
statement-kicker = Open letter

# The title (plain text). Without one, the subject line names the PDF and heads the web page.
statement-title = The title of the open letter

# The date, formatted by the program for each language.
# same-in-all-locales
statement-dateline = { DATETIME($date) }

# Who writes, at the right of the letterhead.
statement-author = The Coalition

# The addressee, one line per message.
to-line-1 = To: The Minister of Example Affairs
to-line-2 = Example City

# The subject line.
subject = Re: The subject of the letter

# The salutation and the closing.
salutation = Dear Minister,
closing = Yours sincerely,

# The body: emphasis and a footnote, as an example.
para-1 = We write to ask you to act *now*[^why].
    .note-why = A footnote: its text is this attribute of the paragraph's message.
para-2 = We would welcome the chance to discuss this with you.

# The press contact.
# same-in-all-locales
contact-name = A. Person
contact-role = Press officer

# The signatories' groups.
signatories-heading = Signatories
# The line before the list (optional).
signatories-lead = Signed by:
# Under the list, when some signed after the statement's date: $updated is the last signature's
# date, $added how many signed after the statement's date.
signatories-updated = List updated on { DATETIME($updated) }: { $added ->
        [one] one signatory added
       *[other] { $added } signatories added
    }.
# same-in-all-locales
group-organisations = Organisations
group-individuals = Individuals
group-individuals-note = Affiliations are for identification purposes only.

# PDF metadata: $count is the number of signatories, counted by the program.
meta-subject = Open letter from { $count ->
        [one] one signatory
       *[other] { $count } signatories
    }
meta-keywords = open letter, coalition

# The page label ($page, $pages) and the running footer.
page-label = Page { $page } of { $pages }
running-footer = The Coalition · Open letter of { DATETIME($date) }
