### Приклад відкритого листа, ВИГАДАНИЙ ЗМІСТ: переклад прикладу, який показує, що верстає publish.
### Організації, люди, адреси й числа вигадані; це не публікація жодної організації чи особи.
### A translation of made-up example content (locales/en-GB/letter.ftl), not a publication.
### Inline notation as in the reference: *emphasis*, **strong**, [text](https://…), [^name].

# Translated from en-GB (made-up example content).
# reviewed: c1a58933
statement-kicker = Відкритий лист

# Translated from en-GB (made-up example content).
# Translator's note: rendered as a statement ("The archive must stay open to…"), which reads more
# naturally as a Ukrainian headline than a literal imperative.
# reviewed: 1682fff2
statement-title = Архів свідчень має залишатися відкритим для тих, хто їх надав

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Translated from en-GB (made-up example content).
# Translator's note: Ukrainian NGO naming pattern "descriptor + «name»" (cf. «Правозахисна група
# «Січ»»); "Example" becomes the name «Приклад», used the same way for the Foundation and Institute.
# reviewed: a9ba030c
statement-author = Коаліція за справедливість «Приклад»

# Translated from en-GB (made-up example content).
# reviewed: 050dda1b
logo-alt = Коаліція за справедливість «Приклад»: кільце і три смуги

# Translated from en-GB (made-up example content).
# Translator's note: Ukrainian letters address the recipient in the dative, without "To:".
# "Board" is rendered as «Правління» (capitalised as the addressee throughout the letter);
# "Фонд архіву" rather than "архівний фонд", which means an archival fonds in Ukrainian.
# reviewed: b02ce24d
to-line-1 = Правлінню Фонду архіву «Приклад»

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: ba5048e9
to-line-2 = 12 Example Street

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: fa1b4563
to-line-3 = 2500 Exampletown

# Translated from en-GB (made-up example content).
# Translator's note: «Щодо» is the usual Ukrainian subject-line opener for "Re:".
# reviewed: e124c70a
subject = Щодо доступу до архіву свідчень

# Translated from en-GB (made-up example content).
# Translator's note: a Ukrainian salutation ends with an exclamation mark, not a comma.
# reviewed: 94be8538
salutation = Шановні члени Правління!

# Translated from en-GB (made-up example content).
# Translator's note: after «понад» the noun agrees with the number, hence a plural selector
# (CLDR uk: one, few, many, other) that the English sentence does not need.
# reviewed: 82db6a20
para-opening = Ми, організації та особи, що підписали цей лист, звертаємося до вас із проханням забезпечити, щоб архів свідчень і надалі залишався *відкритим для людей, які їх надали*. Від часу свого заснування архів зафіксував **понад { $count ->
        [one] { $count } свідчення
        [few] { $count } свідчення
        [many] { $count } свідчень
       *[other] { $count } свідчення
    }**[^count] людей, які пережили тяжкі злочини.
    .note-count = Це число відповідає кількості підписантів листа, а не свідчень: числа в прикладі вигадані.

# Translated from en-GB (made-up example content).
# reviewed: 5bd5a0df
heading-background = Контекст

# Translated from en-GB (made-up example content).
# Translator's note: "survivors" is rendered as «постраждалі» (the usual term in Ukrainian
# human-rights texts); "charter" of a foundation as «статут».
# reviewed: 1a618b6d
para-background = Власні правила фонду передбачають, що постраждалі можуть ознайомлюватися з тим, що вони розповіли; див. [статут фонду](https://example.org/charter)[^charter]. Нова політика, оголошена цього року, закрила б для них читальну залу.
    .note-charter = Статут Фонду архіву «Приклад», стаття 7 (вигаданий документ).

# Translated from en-GB (made-up example content).
# reviewed: 190408ca
quote-charter = Кожна особа, чиє свідчення тут зберігається, може безоплатно ознайомитися з ним, виправити його та отримати його копію.

# Translated from en-GB (made-up example content).
# reviewed: 7197cbf1
quote-charter-source = Статут Фонду архіву «Приклад», стаття 7

# Translated from en-GB (made-up example content).
# reviewed: 6f2029bd
heading-concerns = Наше занепокоєння

# Translated from en-GB (made-up example content).
# reviewed: cd5e5d7c
concerns-lead = Нова політика:

# Translated from en-GB (made-up example content).
# reviewed: 3e84b725
concern-access = позбавила б постраждалих доступу до їхніх власних свідчень;

# Translated from en-GB (made-up example content).
# reviewed: 3e018618
concern-time = змусила б їх *місяцями* чекати на письмову відповідь;

# Translated from en-GB (made-up example content).
# reviewed: 28ebcdb2
concern-cost = запровадила б плату, якої більшість із них не може собі дозволити.

# Translated from en-GB (made-up example content).
# reviewed: 99e8fad4
heading-requests = Про що ми просимо

# Translated from en-GB (made-up example content).
# reviewed: a7c4a157
requests-lead = Тож просимо Правління:

# Translated from en-GB (made-up example content).
# reviewed: 2067d732
request-publish = оприлюднити нову політику повністю, разом з її обґрунтуванням;

# Translated from en-GB (made-up example content).
# reviewed: 9429371c
request-consult = провести консультації з постраждалими та їхніми організаціями до набрання нею чинності;

# Translated from en-GB (made-up example content).
# reviewed: f0e652ee
request-report = щороку звітувати про кількість людей, які зверталися до архіву.

# Translated from en-GB (made-up example content).
# reviewed: c4970e0d
para-closing = Ми будемо раді нагоді обговорити з вами ці питання.

# Translated from en-GB (made-up example content).
# Translator's note: «З повагою» is the standard Ukrainian closing; written without a comma.
# reviewed: 500a2b85
closing = З повагою

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 13d900bf
contact-name = Alex Example

# Translated from en-GB (made-up example content).
# Translator's note: «прессекретар», «пресслужба» written solid as in the 2019 orthography.
# reviewed: ca5d795b
contact-role = Прессекретар Коаліції за справедливість «Приклад»

# Translated from en-GB (made-up example content).
# reviewed: b3f041c1
editors-title = Примітки для редакцій

# Translated from en-GB (made-up example content).
# reviewed: bfd23398
editors-1 = Коаліція за справедливість «Приклад» — вигадана мережа з 12 організацій.

# Translated from en-GB (made-up example content).
# reviewed: ea7fc163
editors-2 = Цей лист — приклад того, що верстає publish; його зміст вигаданий.

# Translated from en-GB (made-up example content).
# reviewed: a9bdbf39
editors-3 = Логотипи у високій роздільній здатності можна отримати на запит у пресслужбі.

# Translated from en-GB (made-up example content).
# Translator's note: «підписант» (signatory), the term common in Ukrainian open letters.
# reviewed: 1921ea30
signatories-heading = Підписанти

# Translated from en-GB (made-up example content).
# reviewed: ca3f650e
signatories-lead = Підписали:
# Translated from en-GB (made-up example content).
# reviewed: d7fc86c4
signatories-updated = Список оновлено { DATETIME($updated) }: { $added ->
        [one] додано { $added } підпис
        [few] додано { $added } підписи
        [many] додано { $added } підписів
       *[other] додано { $added } підпису
    }.

# Translated from en-GB (made-up example content).
# reviewed: e46883b5
group-africa = Африка

# Translated from en-GB (made-up example content).
# reviewed: 891ab3c4
group-europe = Європа

# Translated from en-GB (made-up example content).
# reviewed: 239f3d97
group-asia = Азія

# Translated from en-GB (made-up example content).
# reviewed: 0cf8c1ec
group-individuals = Приватні особи

# Translated from en-GB (made-up example content).
# reviewed: d966baeb
group-individuals-note = Посади та місця роботи зазначено лише для ідентифікації.

# Translated from en-GB (made-up example content).
# Translator's note: after «від» the noun is genitive: 1, 21 → підписанта; 2–4 and 5+ → підписантів;
# fractions (other) → підписанта. The number is kept in every variant, as "one" also covers 21, 31…
# reviewed: 673a356d
meta-subject = Приклад відкритого листа від { $count ->
        [one] { $count } підписанта
        [few] { $count } підписантів
        [many] { $count } підписантів
       *[other] { $count } підписанта
    }, зміст вигаданий

# Translated from en-GB (made-up example content).
# reviewed: 629c97d6
meta-keywords = приклад, відкритий лист, архів, постраждалі

# Translated from en-GB (made-up example content).
# reviewed: ec2c6123
page-label = Сторінка { $page } з { $pages }

# Translated from en-GB (made-up example content).
# reviewed: 39337e90
running-footer = Коаліція за справедливість «Приклад» · Відкритий лист від { DATETIME($date) }
