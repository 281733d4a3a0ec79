### The signatories of the example open letter: MADE-UP organisations and people. A translation
### into Arabic (Modern Standard Arabic) of invented example content, not a publication.
### موقّعو الرسالة المفتوحة التجريبية: منظمات وأشخاص من نسج الخيال.
###
### Organisations keep their own names as they write them (Latin script); people's names are
### kept as written. Only the notes (.note) and affiliations (.affiliation) are translated.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 69957210
sig-example-kenya = Example Rights Centre Kenya (ERCK)

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8b657071
sig-example-senegal = Association Exemple pour la Justice (AEJ)
    .note = عضو في اللجنة التوجيهية للتحالف.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 0129a068
sig-example-drc = Ligue Exemple des Droits Humains (LEDH)

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 4de62710
sig-example-netherlands = Example Justice Foundation

# Translated from en-GB (made-up example content).
# Translator's note: the note's text is the same as for sig-example-senegal, so the two share a mark.
# same-in-all-locales
# reviewed: 964f70d2
sig-example-ukraine = Example Human Rights Group
    .note = عضو في اللجنة التوجيهية للتحالف.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 62158b7c
sig-example-spain = Fundación Ejemplo por la Memoria

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 9e776793
sig-example-philippines = Example Network for Accountability

# Translated from en-GB (made-up example content).
# Translator's note: masculine, agreeing with مركز (Centre).
# same-in-all-locales
# reviewed: 948aa34c
sig-example-jordan = Example Centre for Legal Aid
    .note = وقّع باسمه فقط.

# Translated from en-GB (made-up example content).
# Translator's note: feminine title; "Exampleton" transliterated in the affiliation.
# same-in-all-locales
# reviewed: f06b3b52
sig-person-a = Dr Amina Example
    .affiliation = أستاذة القانون الدولي، جامعة إكزامبلتون

# Translated from en-GB (made-up example content).
# Translator's note: the invented place "Example" rendered مثال, as in the organisations' names.
# same-in-all-locales
# reviewed: 013b7e3c
sig-person-b = Jean Exemple
    .affiliation = قاضٍ سابق، محكمة استئناف مثال

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8e592808
sig-person-c = María Ejemplo
    .affiliation = باحثة، معهد مثال

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: c77717ca
sig-person-d = Olena Example
    .affiliation = محامية
