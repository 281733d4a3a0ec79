### Lettre ouverte d'exemple, CONTENU INVENTÉ : elle montre ce que publish compose. Les
### organisations, personnes, adresses et chiffres sont fictifs ; ce n'est la publication de
### personne. Traduction de l'anglais (locales/en-GB/letter.ftl), notation identique.

# reviewed: c1a58933
statement-kicker = Lettre ouverte
# reviewed: 1682fff2
statement-title = Garder les archives des témoignages ouvertes à celles et ceux qui les ont donnés
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }
# reviewed: a9ba030c
statement-author = Coalition Exemple pour la Justice
# reviewed: 050dda1b
logo-alt = Coalition Exemple pour la Justice : un anneau et trois barres

# reviewed: b02ce24d
to-line-1 = À l'attention du Conseil de la Fondation Exemple des Archives
# same-in-all-locales
# reviewed: ba5048e9
to-line-2 = 12 Example Street
# same-in-all-locales
# reviewed: fa1b4563
to-line-3 = 2500 Exampletown
# reviewed: e124c70a
subject = Objet : l'accès aux archives des témoignages
# reviewed: 94be8538
salutation = Mesdames et Messieurs les membres du Conseil,

# reviewed: 82db6a20
para-opening = Nous, organisations et personnes signataires, vous demandons de garder les archives des témoignages *ouvertes aux personnes qui les ont donnés*. Depuis sa création, le fonds a recueilli **plus de { $count } récits**[^count] de personnes ayant survécu à des crimes graves.
    .note-count = Le chiffre compte les signataires de la lettre, non les témoignages : les nombres de l'exemple sont inventés.

# reviewed: 5bd5a0df
heading-background = Contexte

# reviewed: 1a618b6d
para-background = Le propre règlement de la fondation prévoit que les survivants peuvent consulter ce qu'ils ont dit ; voir [la charte de la fondation](https://example.org/charter)[^charter]. Une nouvelle politique annoncée cette année leur fermerait la salle de lecture.
    .note-charter = Charte de la Fondation Exemple des Archives, article 7 (document inventé).

# reviewed: 190408ca
quote-charter = Toute personne dont le récit est conservé ici peut le lire, le corriger et en obtenir une copie, gratuitement.
# reviewed: 7197cbf1
quote-charter-source = Charte de la Fondation Exemple des Archives, article 7

# reviewed: 6f2029bd
heading-concerns = Nos préoccupations
# reviewed: cd5e5d7c
concerns-lead = La nouvelle politique :
# reviewed: 3e84b725
concern-access = mettrait fin à l'accès des survivants à leurs propres récits ;
# reviewed: 3e018618
concern-time = les ferait attendre *des mois* une réponse écrite ;
# reviewed: 28ebcdb2
concern-cost = imposerait des frais que la plupart d'entre eux ne peuvent payer.

# reviewed: 99e8fad4
heading-requests = Ce que nous demandons
# reviewed: a7c4a157
requests-lead = Nous demandons donc au Conseil :
# reviewed: 2067d732
request-publish = de publier la nouvelle politique dans son intégralité, avec ses motifs ;
# reviewed: 9429371c
request-consult = de consulter les survivants et leurs organisations avant son entrée en vigueur ;
# reviewed: f0e652ee
request-report = de rendre compte chaque année du nombre de personnes ayant consulté les archives.

# reviewed: c4970e0d
para-closing = Nous serions heureux de pouvoir en discuter avec vous.
# reviewed: 500a2b85
closing = Veuillez agréer, Mesdames et Messieurs, l'expression de nos salutations distinguées.

# same-in-all-locales
# reviewed: 13d900bf
contact-name = Alex Example
# reviewed: ca5d795b
contact-role = Attaché de presse, Coalition Exemple pour la Justice

# reviewed: b3f041c1
editors-title = Notes aux rédactions
# reviewed: bfd23398
editors-1 = La Coalition Exemple pour la Justice est un réseau fictif de 12 organisations.
# reviewed: ea7fc163
editors-2 = Cette lettre est un exemple de ce que compose publish ; son contenu est inventé.
# reviewed: a9bdbf39
editors-3 = Des logos en haute résolution sont disponibles sur demande auprès du service de presse.

# reviewed: 1921ea30
signatories-heading = Signataires
# reviewed: ca3f650e
signatories-lead = Ont signé :
# Translated from en-GB (made-up example content).
# reviewed: d7fc86c4
signatories-updated = Liste mise à jour le { DATETIME($updated) } : { $added ->
        [one] { $added } signataire ajouté
       *[other] { $added } signataires ajoutés
    }.
# reviewed: e46883b5
group-africa = Afrique
# same-in-all-locales
# reviewed: 891ab3c4
group-europe = Europe
# reviewed: 239f3d97
group-asia = Asie
# reviewed: 0cf8c1ec
group-individuals = Personnes
# reviewed: d966baeb
group-individuals-note = Les affiliations ne sont données qu'à titre d'identification.

# reviewed: 673a356d
meta-subject = Lettre ouverte d'exemple { $count ->
        [one] d'une personne ou organisation signataire
       *[other] de { $count } signataires
    }, contenu inventé
# reviewed: 629c97d6
meta-keywords = exemple, lettre ouverte, archives, survivants

# reviewed: ec2c6123
page-label = Page { $page } sur { $pages }
# reviewed: 39337e90
running-footer = Coalition Exemple pour la Justice · Lettre ouverte du { DATETIME($date) }
