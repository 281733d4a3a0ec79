### Los firmantes de la carta abierta de ejemplo: organizaciones y personas INVENTADAS.
### Traducción de contenido de ejemplo ficticio, no una publicación. Los nombres de las
### organizaciones y de las personas se mantienen tal como se escriben; solo se traducen las
### notas (.note) y las filiaciones (.affiliation).

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 69957210
sig-example-kenya = Example Rights Centre Kenya (ERCK)

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8b657071
sig-example-senegal = Association Exemple pour la Justice (AEJ)
    .note = Miembro del comité directivo de la coalición.

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
    .note = Miembro del comité directivo de la coalición.

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 62158b7c
sig-example-spain = Fundación Ejemplo por la Memoria

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 9e776793
sig-example-philippines = Example Network for Accountability

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 948aa34c
sig-example-jordan = Example Centre for Legal Aid
    .note = Firma únicamente en nombre propio.

# Translated from en-GB (made-up example content).
# Translator's note: the name is kept as written, title "Dr" included (Spanish would write
# "Dra."); "Professor" (UK usage, a chair) is "Catedrática".
# same-in-all-locales
# reviewed: f06b3b52
sig-person-a = Dr Amina Example
    .affiliation = Catedrática de Derecho Internacional, Universidad de Exampleton

# Translated from en-GB (made-up example content).
# Translator's note: "Exjuez" in one word (RAE 2010); the invented place "Example" becomes
# "Ejemplo", as the French version makes it "Exemple".
# same-in-all-locales
# reviewed: 013b7e3c
sig-person-b = Jean Exemple
    .affiliation = Exjuez, Tribunal de Apelación de Ejemplo

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 8e592808
sig-person-c = María Ejemplo
    .affiliation = Investigadora, Instituto Ejemplo

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: c77717ca
sig-person-d = Olena Example
    .affiliation = Abogada
