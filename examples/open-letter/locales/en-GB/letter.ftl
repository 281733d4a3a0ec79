### An example open letter, MADE-UP CONTENT: it shows what publish sets (every kind of block,
### emphasis, links, footnotes, groups of signatories, countries, a logo). The organisations,
### people, addresses and numbers are invented; none of it is a publication of anyone.
###
### Inline notation (README, "Emphasis, links and footnotes"): *emphasis*, **strong**,
### [text](https://…), and [^name] for a footnote whose text is the attribute .note-name.

# Short label above the title.
statement-kicker = Open letter

# The letter's title (plain text: never read as markup).
statement-title = Keep the Archive of Testimonies Open to Those Who Gave Them

# The letter's date, formatted by the program.
statement-dateline = { DATETIME($date) }

# Who writes.
statement-author = Example Coalition for Justice

# Alternative text of the logo (PDF/UA requires one).
logo-alt = Example Coalition for Justice: a ring and three bars

# The addressee, one line per message.
to-line-1 = To: The Board of the Example Archive Foundation
to-line-2 = 12 Example Street
to-line-3 = 2500 Exampletown

# The subject line.
subject = Re: Access to the archive of testimonies

# The salutation.
salutation = Dear Members of the Board,

# Opening paragraph: emphasis, strong emphasis and a footnote.
para-opening = We, the undersigned organisations and individuals, write to ask you to keep the archive of testimonies *open to the people who gave them*. Since its founding, the archive has recorded **more than { $count } accounts**[^count] of people who survived serious crimes.
    .note-count = The figure counts the letter's signatories, not the testimonies: the example's numbers are invented.

# Heading of the first section.
heading-background = Background

# A paragraph with a link and a footnote.
para-background = The foundation's own rules state that survivors may consult what they said; see [the foundation's charter](https://example.org/charter)[^charter]. A new policy announced this year would close the reading room to them.
    .note-charter = Charter of the Example Archive Foundation, article 7 (an invented document).

# A quotation and its source.
quote-charter = Everyone whose account is kept here may read it, correct it and take a copy of it, free of charge.
quote-charter-source = Charter of the Example Archive Foundation, article 7

# A sub-heading.
heading-concerns = Our concerns

# A bulleted list and its lead.
concerns-lead = The new policy would:
concern-access = end survivors' access to their own accounts;
concern-time = leave them *months* to wait for a written answer;
concern-cost = charge a fee that most of them cannot pay.

# Heading of the requests.
heading-requests = What we ask

# A numbered list and its lead.
requests-lead = We therefore ask the Board to:
request-publish = publish the new policy in full, with the reasons for it;
request-consult = consult survivors and their organisations before it takes effect;
request-report = report each year on how many people consulted the archive.

# Closing paragraph.
para-closing = We would welcome the chance to discuss these points with you.

# The closing.
closing = Yours sincerely,

# The contact block: a name (the same in every language) and a role.
contact-name = Alex Example
contact-role = Press officer, Example Coalition for Justice

# Notes to editors: a title and three short notes.
editors-title = Notes to editors
editors-1 = The Example Coalition for Justice is an invented network of 12 organisations.
editors-2 = This letter is an example of what publish sets; its content is made up.
editors-3 = High-resolution logos are available on request from the press office.

# The signatories.
signatories-heading = Signatories
signatories-lead = Signed by:
# Under the list, when some signed after the statement's date: $updated is the last signature's
# date, $added how many signed after the statement's date.
signatories-updated = List updated on { DATETIME($updated) }: { $added ->
        [one] one signatory added
       *[other] { $added } signatories added
    }.
group-africa = Africa
group-europe = Europe
group-asia = Asia
group-individuals = Individuals
group-individuals-note = Affiliations are given for identification purposes only.

# PDF metadata.
meta-subject = Example open letter from { $count ->
        [one] one signatory
       *[other] { $count } signatories
    }, made-up content
meta-keywords = example, open letter, archive, survivors

# Page label and running footer.
page-label = Page { $page } of { $pages }
running-footer = Example Coalition for Justice · Open letter of { DATETIME($date) }
