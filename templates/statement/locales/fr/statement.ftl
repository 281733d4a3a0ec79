### Les mots de la déclaration en français, traduits de l'anglais (locales/en-GB). Remplacez le
### texte de chaque message par le vôtre ; `publish check` dit ce qui manque ou a changé.

# Court intitulé au-dessus du titre.
# reviewed: 21f61744
statement-kicker = Déclaration commune

# Le titre (texte brut).
# reviewed: 567a3e92
statement-title = Le titre de la nouvelle déclaration

# La date, mise en forme par le programme.
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Qui s'exprime.
# reviewed: 4f2b0e4f
statement-author = La Coalition

# Le premier paragraphe : emphase et note de bas de page, pour l'exemple.
# reviewed: 3c6c2cba
para-1 = Le premier paragraphe dit *ce que* demande la coalition, et pourquoi[^why].
    .note-why = Une note de bas de page : son texte est cet attribut du message du paragraphe.

# Un intertitre.
# reviewed: 707b78f9
heading-calls = Nos appels

# L'introduction de la liste, et ses éléments.
# reviewed: 735a86d9
calls-lead = Nous appelons tous les gouvernements à :
# reviewed: c2ca87a0
call-1 = faire la première chose ;
# reviewed: c9e576c0
call-2 = faire la deuxième chose.

# Au-dessus de la liste des signataires.
# reviewed: 1921ea30
signatories-heading = Signataires
# reviewed: 43e2d402
signatories-lead = La Coalition et :
# reviewed: d7fc86c4
signatories-updated = Liste mise à jour le { DATETIME($updated) } : { $added ->
        [one] { $added } signataire ajouté
       *[other] { $added } signataires ajoutés
    }.

# Métadonnées du PDF : $count est le nombre de signataires, compté par le programme.
# reviewed: d3aae2be
meta-subject = Déclaration commune de la Coalition et de { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
# reviewed: 09272f17
meta-keywords = déclaration, coalition

# Le numéro de page ($page, $pages) et le pied de page courant.
# reviewed: ec2c6123
page-label = Page { $page } sur { $pages }
# reviewed: 9e29f056
running-footer = La Coalition · Déclaration commune du { DATETIME($date) }
