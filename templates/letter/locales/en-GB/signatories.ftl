### One message per signatory (the ids listed in publish.toml). An organisation: its name as it
### writes it. A person: the name (the same in every language) and `.affiliation` (translated).

# same-in-all-locales
sig-first = First Example Organisation (FEO)
# same-in-all-locales
sig-second = Deuxième Organisation Exemple
# same-in-all-locales
sig-person = A. Signatory
    .affiliation = Professor of Law, Example University
