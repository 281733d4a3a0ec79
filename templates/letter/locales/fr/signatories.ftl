### Un message par signataire. Une organisation : son nom tel qu'elle l'écrit. Une personne : son
### nom (le même dans toutes les langues) et `.affiliation` (traduite).

# same-in-all-locales
# reviewed: 0949a3e5
sig-first = First Example Organisation (FEO)
# same-in-all-locales
# reviewed: 38ae607c
sig-second = Deuxième Organisation Exemple
# same-in-all-locales
# reviewed: 5fd26116
sig-person = A. Signatory
    .affiliation = Professeur de droit, Université Exemple
