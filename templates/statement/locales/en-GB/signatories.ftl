### One message per signatory (the ids listed in publish.toml), each the name as the
### organisation writes it. A comment above each should say where the name was checked.
### A footnote on an entry is its .note attribute.

# same-in-all-locales
sig-first = First Example Organisation (FEO)
# same-in-all-locales
sig-second = Second Example Organisation
# same-in-all-locales
sig-third = Third Example Organisation
