### Les signataires de la lettre ouverte d'exemple : organisations et personnes INVENTÉES.

# same-in-all-locales
# reviewed: 69957210
sig-example-kenya = Example Rights Centre Kenya (ERCK)
# same-in-all-locales
# reviewed: 8b657071
sig-example-senegal = Association Exemple pour la Justice (AEJ)
    .note = Membre du comité de pilotage de la coalition.
# same-in-all-locales
# reviewed: 0129a068
sig-example-drc = Ligue Exemple des Droits Humains (LEDH)
# same-in-all-locales
# reviewed: 4de62710
sig-example-netherlands = Example Justice Foundation
# same-in-all-locales
# reviewed: 964f70d2
sig-example-ukraine = Example Human Rights Group
    .note = Membre du comité de pilotage de la coalition.
# same-in-all-locales
# reviewed: 62158b7c
sig-example-spain = Fundación Ejemplo por la Memoria
# same-in-all-locales
# reviewed: 9e776793
sig-example-philippines = Example Network for Accountability
# same-in-all-locales
# reviewed: 948aa34c
sig-example-jordan = Example Centre for Legal Aid
    .note = A signé en son seul nom.
# same-in-all-locales
# reviewed: f06b3b52
sig-person-a = Dr Amina Example
    .affiliation = Professeure de droit international, Université d'Exampleton
# same-in-all-locales
# reviewed: 013b7e3c
sig-person-b = Jean Exemple
    .affiliation = Ancien juge, Cour d'appel d'Exemple
# same-in-all-locales
# reviewed: 8e592808
sig-person-c = María Ejemplo
    .affiliation = Chercheuse, Institut Exemple
# same-in-all-locales
# reviewed: c77717ca
sig-person-d = Olena Example
    .affiliation = Avocate
