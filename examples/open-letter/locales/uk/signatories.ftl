### Підписанти прикладу відкритого листа: ВИГАДАНІ організації та люди.
### A translation of made-up example content (locales/en-GB/signatories.ftl), not a publication.
### Organisation and people's names stay as written (Latin script); notes and affiliations are translated.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 69957210
sig-example-kenya = Example Rights Centre Kenya (ERCK)

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8b657071
sig-example-senegal = Association Exemple pour la Justice (AEJ)
    .note = Член керівної групи коаліції.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 0129a068
sig-example-drc = Ligue Exemple des Droits Humains (LEDH)

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 4de62710
sig-example-netherlands = Example Justice Foundation

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 964f70d2
sig-example-ukraine = Example Human Rights Group
    .note = Член керівної групи коаліції.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 62158b7c
sig-example-spain = Fundación Ejemplo por la Memoria

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 9e776793
sig-example-philippines = Example Network for Accountability

# Translated from en-GB (made-up example content).
# Translator's note: impersonal «Підписано», which fits an organisation without gender agreement.
# same-in-all-locales
# reviewed: 948aa34c
sig-example-jordan = Example Centre for Legal Aid
    .note = Підписано лише від власного імені.

# Translated from en-GB (made-up example content).
# Translator's note: feminine job title «професорка» (2019 orthography); the invented town
# Exampleton is transliterated as «Екзамплтон».
# same-in-all-locales
# reviewed: f06b3b52
sig-person-a = Dr Amina Example
    .affiliation = Професорка міжнародного права, Університет Екзамплтона

# Translated from en-GB (made-up example content).
# Translator's note: the invented jurisdiction "Example" is transliterated as «Екзампл» (genitive «Екзамплу»).
# same-in-all-locales
# reviewed: 013b7e3c
sig-person-b = Jean Exemple
    .affiliation = Колишній суддя Апеляційного суду Екзамплу

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8e592808
sig-person-c = María Ejemplo
    .affiliation = Дослідниця, Інститут «Приклад»

# Translated from en-GB (made-up example content).
# Translator's note: "Lawyer" rendered as the general «юристка» rather than «адвокатка» (licensed advocate).
# same-in-all-locales
# reviewed: c77717ca
sig-person-d = Olena Example
    .affiliation = Юристка
