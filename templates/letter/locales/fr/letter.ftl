### Les mots de la lettre en français, traduits de l'anglais (locales/en-GB). Remplacez le texte
### de chaque message par le vôtre ; `publish check` dit ce qui manque ou a changé.

# Court intitulé au-dessus du titre. Facultatif dans une lettre, comme le titre, l'auteur et la
# phrase avant les signataires : supprimez le message (dans chaque langue) et la lettre s'en passe.
# reviewed: c1a58933
statement-kicker = Lettre ouverte

# Le titre (texte brut). Sans titre, la ligne d'objet nomme le PDF et la page web.
# reviewed: 4f42068b
statement-title = Le titre de la lettre ouverte

# La date, mise en forme par le programme.
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Qui écrit, à droite de l'en-tête.
# reviewed: 4f2b0e4f
statement-author = La Coalition

# Le destinataire, une ligne par message.
# reviewed: 066b5908
to-line-1 = À l'attention du ministre des Affaires exemplaires
# reviewed: 2fe1f367
to-line-2 = Ville Exemple

# L'objet.
# reviewed: 8a7915a9
subject = Objet : le sujet de la lettre

# L'appel et la formule de politesse.
# reviewed: 10daf1c6
salutation = Monsieur le Ministre,
# reviewed: 500a2b85
closing = Veuillez agréer, Monsieur le Ministre, l'expression de notre haute considération.

# Le corps : emphase et note de bas de page, pour l'exemple.
# reviewed: 9d6e5fa4
para-1 = Nous vous écrivons pour vous demander d'agir *maintenant*[^why].
    .note-why = Une note de bas de page : son texte est cet attribut du message du paragraphe.
# reviewed: 31553b17
para-2 = Nous serions heureux d'en discuter avec vous.

# Le contact presse (le nom est le même dans toutes les langues).
# same-in-all-locales
# reviewed: a37cb9ec
contact-name = A. Person
# reviewed: a6a3ee92
contact-role = Attaché de presse

# Les groupes de signataires.
# reviewed: 1921ea30
signatories-heading = Signataires
# La phrase avant la liste (facultative).
# reviewed: ca3f650e
signatories-lead = Ont signé :
# reviewed: d7fc86c4
signatories-updated = Liste mise à jour le { DATETIME($updated) } : { $added ->
        [one] { $added } signataire ajouté
       *[other] { $added } signataires ajoutés
    }.
# reviewed: 67ce1769
# same-in-all-locales
group-organisations = Organisations
# reviewed: 0cf8c1ec
group-individuals = Personnes
# reviewed: c0ffe636
group-individuals-note = Les affiliations ne sont données qu'à titre d'identification.

# Métadonnées du PDF : $count est le nombre de signataires, compté par le programme.
# reviewed: 4f69f632
meta-subject = Lettre ouverte { $count ->
        [one] d'une personne ou organisation signataire
       *[other] de { $count } signataires
    }
# reviewed: afda20f8
meta-keywords = lettre ouverte, coalition

# Le numéro de page ($page, $pages) et le pied de page courant.
# reviewed: ec2c6123
page-label = Page { $page } sur { $pages }
# reviewed: 791adea1
running-footer = La Coalition · Lettre ouverte du { DATETIME($date) }
