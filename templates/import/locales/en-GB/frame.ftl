### Words `publish import` gives an imported draft's frame in English, where the draft has
### none of its own (the other words of the frame come from templates/statement and
### templates/letter).

# The PDF's subject: $count is the number of signatories, counted by the program.
meta-subject = { $count ->
        [one] Signed by one organisation
       *[other] Signed by { $count } organisations
    }
