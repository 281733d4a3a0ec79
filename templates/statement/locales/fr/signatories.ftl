### Un message par signataire : le nom tel que l'organisation l'écrit (en général le même
### qu'en anglais : `# same-in-all-locales` le dit).

# same-in-all-locales
# reviewed: 0949a3e5
sig-first = First Example Organisation (FEO)
# same-in-all-locales
# reviewed: 2e67abd2
sig-second = Second Example Organisation
# same-in-all-locales
# reviewed: e3da880a
sig-third = Third Example Organisation
