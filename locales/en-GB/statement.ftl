### Body text (en-GB) of the joint statement of the Coalition for the
### International Criminal Court (CICC), 16 January 2025: “Oppose Sanctions
### Against the International Criminal Court, Safeguard Victims’ Access to
### Justice”. The signatory list is not in this file.
###
### Sources: the damaged republication of the statement at https://hcav.am/en/?p=22414
### (machine-translated, American spelling; the project's seed copy 000_7a0e387aa4278100.txt),
### checked against faithful copies published by CICC member organisations:
###   https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
###   https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
###   https://asf.be/?lang=nl&p=44182 (Avocats Sans Frontières, English text)
### The stored copies of these pages could be read only up to the end of the
### fourth paragraph. From paragraph five on, the text follows the seed, with
### only its spelling put back into the authors’ British usage (organisations,
### politicised, harmonising) and the stray spaces left by removed links
### taken out; those sentences could not be checked word for word.
###
### Numbers come from the program: $members (120), $states (125), $countries (16).

# Short label above the title.
statement-kicker = Joint statement

# Title as published by the CICC and its members (nhc.nl, zmina.ua, hcav.am agree).
# `~` holds two words on one line, ` | ` is where the title breaks first when it needs two lines
# or more (docs/guide/translators.md, "Titles").
statement-title = Oppose Sanctions Against the~International~Criminal~Court, | Safeguard Victims’ Access to~Justice

# Date of the statement (16 January 2025), formatted by the program.
statement-dateline = { DATETIME($date) }

# Author as credited on the copies ("Coalition for the ICC").
statement-author = Coalition for the International Criminal Court

# Paragraph 1. $members = 120 ("more than 120 of its member ... organisations").
# Restored: the seed reads "non-governmental organizations" and "court's"; original checked at https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice ("organisations", "court’s").
para-opposition = The Coalition for the International Criminal Court and more than { $members ->
        [one] one of its member non-governmental organisations and coalitions
       *[other] { $members } of its member non-governmental organisations and coalitions
    } from around the globe strongly oppose efforts by the United States of America (US) to impose sanctions related to the International Criminal Court (ICC) and urge ICC member states to defend the ICC, its officials, and those cooperating with it from measures aimed at undermining the court’s vital mandate for justice.

# Paragraph 2. $states = 125 member countries; $countries = 16.
# Restored: the seed reads "a critical court of the last resort"; the original has "a critical court of last resort"; checked at https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice and https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
para-court = The ICC is an independent judicial institution tasked with delivering justice to victims of serious international crimes when they have nowhere else to turn. It is a critical court of last resort supported by { $states ->
        [one] one member country
       *[other] { $states } member countries
    } and operating in more than { $countries ->
        [one] one country
       *[other] { $countries } countries
    } across the globe.

# Paragraph 3.
# Restored: the seed reads "fulfill", "court's", "civil society organizations" and "victims'"; the original has "fulfil", "court’s", "civil society organisations", "victims’"; checked at https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
para-impact = US sanctions could severely affect the ability of the ICC to fulfil its crucial mandate in all situations where it operates. Financial institutions and other operators may pre-emptively refuse to deal with transactions involving the ICC, effectively crippling the court’s ability to do its job. These sanctions would likely impact victims, legal representatives and civil society organisations, who could face consequences for their support of justice before the ICC, ending essential work for victims’ access to redress for the worst crimes.

# Paragraph 4.
# Restored: the seed reads "as well as a criminal law cooperating with the court"; the original has "as well as a law criminalising cooperation with the court"; checked at https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice and https://zmina.ua/en/statements-en/oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice
# The last sentence ("Sanctions are a tool ...") matches the seed and the start visible at https://asf.be/?lang=nl&p=44182; the CICC repeats it verbatim at https://coalitionfortheicc.org/news/20250212/civil-society-condemns-us-sanctions-against-international-criminal-court
para-obstruction = Sanctions against the ICC will impede victims’ access to credible and independent justice and are an affront to victims and survivors globally. Sanctions will see the US engaging in the same kind of obstruction carried out by the Russian Federation in retaliation for the court’s arrest warrant against Russian President Vladimir Putin. This included arrest warrants against the ICC prosecutor and judges, as well as a law criminalising cooperation with the court. Sanctions are a tool to be used against those responsible for the most serious international crimes, not against those seeking justice.

# Paragraph 5: the call on the United States.
# Restored spelling only: the seed reads "Our organizations" and "ICC's"; British "organisations" as throughout the copies at https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice (this paragraph itself could not be read in the stored copy).
para-call-us = Our organisations call on the United States to cease any efforts, including through sanctions, to derail the ICC’s independent judicial processes, and commit to supporting access to justice for all victims and survivors of serious international crimes, including before the ICC.

# Paragraph 6. In the original, five phrases were links to statements:
# "ICC member countries", "ICC and Assembly of States Parties (ASP) officials",
# "regional organisations", "UN experts" and "civil society". None of the link
# targets could be verified in the stored copies, so no URL is recorded here.
# Restored: the seed reads "ICC member countries , ICC and Assembly of States Parties ( ASP ) officials,  regional organizations ,  UN experts , and  civil society  have come together  to defend the court against politicized interference" (stray spaces left by the removed links; American spelling); spaces removed and spelling restored to "organisations", "politicised" (not checkable word for word in the stored copies).
para-support = ICC member countries, ICC and Assembly of States Parties (ASP) officials, regional organisations, UN experts, and civil society have come together to defend the court against politicised interference and obstruction. But more needs to be done to protect the court and ensure that it can continue its work undeterred.

# Lead-in to the six calls. $states = 125.
# Restored spelling only: the seed reads "Our organizations call on the ICC's 125 member states".
calls-lead = Our organisations call on the ICC’s { $states ->
        [one] { $states } member state
       *[other] { $states } member states
    } in every region of the world to:

# Call 1 (ends with ";"). Text as in the seed; "ICC" and "court" capitalisation kept as the authors wrote it.
call-condemn = Publicly condemn the use of sanctions to undermine the ICC and express strong, unconditional commitment to the ICC and its critical global mandate;

# Call 2. Text as in the seed, apostrophes made typographic ("court’s", "victims’").
call-cease = Call on the United States to cease any efforts to undermine the court’s independence and essential work, while encouraging the United States to join the ICC and fully support victims’ access to justice;

# Call 3. Restored spelling only: the seed reads "harmonizing domestic legislations"; "harmonising" is the authors’ British spelling; "legislations" is kept as in the seed (not checkable in the stored copies).
call-cooperate = Cooperate fully with the ICC to consistently support the court’s work across all situations where the court acts, and call on all other relevant actors to do the same. This should include the execution of all the court’s decisions and requests, in particular pending arrest warrants, as well as harmonising domestic legislations with the Rome Statute, ratifying and implementing the Agreement on the Privileges and Immunities of the International Criminal Court (APIC), and signing all relevant cooperation agreements with the ICC (for example, on the protection of witnesses and victims; the release of persons, including interim release; and the enforcement of sentences);

# Call 4. Text as in the seed ("the European Union (EU) blocking statute, that aims to shield European operators"); wording not checkable in the stored copies, so left as the seed has it.
call-blocking = Adopt and/or implement national and regional blocking statutes, such as the European Union (EU) blocking statute, that aims to shield European operators from the effects of extraterritorial sanctions. Blocking statutes and similar instruments can provide the Court and its partners with essential protection and send a powerful message that ICC member countries will not tolerate efforts to undermine the Court;

# Call 5. Text as in the seed.
call-protective = Adopt any other protective measures at the domestic, regional or international level, and engage with domestic and regional service providers to ensure that they will continue working with the Court;

# Call 6 (ends with "."). Restored spelling only: the seed reads "civil society organizations".
call-frameworks = Adopt and implement measures and national frameworks to protect those cooperating with and supporting the court, including civil society organisations and human rights defenders.

# Heading above the list of signatories.
signatories-heading = Signatories

# Line that opens the list of signatories, as in the seed.
signatories-lead = The Coalition for the International Criminal Court (CICC) and:

# Under the list, when organisations signed after the statement's date: $updated = the last
# signature's date, $added = how many signed after the statement's date.
signatories-updated = List updated on { DATETIME($updated) }: { $added ->
        [one] one organisation added
       *[other] { $added } organisations added
    }.

# PDF metadata "Subject". $count = number of signatory organisations, computed by the program.
# "organisations", not "member organisations": the statement says only that more than 120 of them are members.
meta-subject = Joint statement of the Coalition for the International Criminal Court and { $count ->
        [one] one organisation
       *[other] { $count } organisations
    }

# PDF metadata "Keywords", comma-separated.
meta-keywords = International Criminal Court, sanctions, victims, justice, Rome Statute

# Page number in the footer.
page-label = Page { $page } of { $pages }

# Running footer on every page.
running-footer = Coalition for the International Criminal Court · Joint statement of { DATETIME($date) }
