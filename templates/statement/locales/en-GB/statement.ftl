### The statement's words in English (the reference). Replace each message's text with yours;
### the comment above a message says what it is. Inline notation in paragraphs and lists:
### *emphasis*, **strong**, [a link](https://example.org), [^name] for a footnote whose text
### is the attribute .note-name (docs/guide/project.md, "Emphasis, links and footnotes").

# Short label above the title.
statement-kicker = Joint statement

# The title (plain text).
statement-title = The title of the new statement

# The date, formatted by the program for each language.
# same-in-all-locales
statement-dateline = { DATETIME($date) }

# Who speaks.
statement-author = The Coalition

# The first paragraph: emphasis and a footnote, as an example.
para-1 = The first paragraph says *what* the coalition asks, and why[^why].
    .note-why = A footnote: its text is this attribute of the paragraph's message.

# A heading of the body.
heading-calls = Our calls

# The lead-in to the list, and its items.
calls-lead = We call on all governments to:
call-1 = do the first thing;
call-2 = do the second thing.

# Above the list of signatories.
signatories-heading = Signatories
signatories-lead = The Coalition and:
# Under the list, when some signed after the statement's date: $updated is the last signature's
# date, $added how many signed after the statement's date.
signatories-updated = List updated on { DATETIME($updated) }: { $added ->
        [one] one signatory added
       *[other] { $added } signatories added
    }.

# PDF metadata: $count is the number of signatories, counted by the program.
meta-subject = Joint statement of the Coalition and { $count ->
        [one] one organisation
       *[other] { $count } organisations
    }
meta-keywords = statement, coalition

# The page label ($page, $pages) and the running footer.
page-label = Page { $page } of { $pages }
running-footer = The Coalition · Joint statement of { DATETIME($date) }
