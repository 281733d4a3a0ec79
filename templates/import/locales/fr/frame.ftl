### Les mots que `publish import` donne au cadre d'un brouillon importé en français, quand le
### brouillon n'en a pas (les autres mots du cadre viennent de templates/statement et
### templates/letter).

# Le sujet du PDF : $count est le nombre de signataires, compté par le programme.
meta-subject = { $count ->
        [one] Signée par une organisation
       *[other] Signée par { $count } organisations
    }
