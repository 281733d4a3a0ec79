### Texte (français) de la déclaration commune de la Coalition pour la Cour
### pénale internationale (CICC) du 16 janvier 2025, « Oppose Sanctions Against
### the International Criminal Court, Safeguard Victims’ Access to Justice ».
### La liste des signataires ne figure pas dans ce fichier.
###
### Sources : aucune version française publiée par la CICC elle-même n’a pu être
### trouvée dans les copies consultables. Une version française de la
### déclaration a été publiée par Avocats Sans Frontières (ASF), organisation
### membre signataire :
###   https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr
### Seul son début (paragraphes 1 à 3 et les deux premières phrases du
### paragraphe 4) a pu être lu ; ces passages sont repris mot pour mot. Sa
### formulation coïncide avec celle que la CICC reprend dans sa déclaration
### française du 12 février 2025 :
###   https://coalitionfortheicc.org/fr/news/20250212/la-societe-civile-condamne-les-sanctions-americaines-contre-la-cour-penale
### Le reste est traduit de l’anglais (voir locales/en-GB/statement.ftl et
### https://nhc.nl/call-to-action-oppose-sanctions-against-the-international-criminal-court-safeguard-victims-access-to-justice)
### avec la terminologie officielle de la CPI ; le titre, faute de titre
### français publié, est également traduit.
###
### Nombres fournis par le programme : $members (120), $states (125), $countries (16).

# Court intitulé au-dessus du titre.
# reviewed: 21f61744
statement-kicker = Déclaration commune

# Titre traduit de l’anglais (ASF a publié le texte sous son propre titre, « Nous condamnons les sanctions émises par les États-Unis à l’encontre de la Cour Pénale Internationale », qui n’est pas celui de la déclaration).
# reviewed: be69b229
statement-title = S’opposer aux sanctions contre la~Cour~pénale~internationale, | préserver l’accès des~victimes à~la~justice

# Date de la déclaration (16 janvier 2025), mise en forme par le programme.
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Nom français officiel de la CICC (voir coalitionfortheicc.org/fr).
# reviewed: 349f54ac
statement-author = Coalition pour la Cour pénale internationale

# Paragraphe 1, repris de https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr
# $members = 120 (« plus de 120 de ses membres »).
# reviewed: 507bb7bc
para-opposition = La Coalition pour la Cour pénale internationale et plus { $members ->
        [one] d’un de ses membres
       *[other] de { $members } de ses membres
    }, des organisations non gouvernementales et coalitions du monde entier, s’opposent fermement aux efforts déployés par les États-Unis d’Amérique pour imposer des sanctions liées à la Cour pénale internationale (CPI) et exhortent instamment les États membres de la CPI à défendre la CPI, ses fonctionnaires et les personnes qui coopèrent avec elle contre les mesures visant à discréditer le mandat essentiel de la Cour en matière de justice.

# Paragraphe 2, repris de https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr
# (même formulation dans https://coalitionfortheicc.org/fr/news/20250212/la-societe-civile-condamne-les-sanctions-americaines-contre-la-cour-penale).
# $states = 125 pays membres ; $countries = 16 pays.
# reviewed: f2a083ce
para-court = La CPI est une institution judiciaire indépendante chargée de rendre justice aux victimes de crimes internationaux graves qui n’ont aucun autre recours. Il s’agit d’un tribunal de dernier recours indispensable, soutenu par { $states ->
        [one] { $states } pays membre
       *[other] { $states } pays membres
    } et opérant dans plus de { $countries ->
        [one] { $countries } pays
       *[other] { $countries } pays
    } à travers le monde.

# Paragraphe 3, repris de https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr
# reviewed: f312538a
para-impact = Les sanctions des États-Unis pourraient sérieusement affecter la capacité de la CPI à exécuter son mandat crucial dans toutes les situations où elle opère. Les institutions financières et d’autres opérateurs pourraient refuser de manière préventive de traiter des transactions impliquant la CPI, ce qui risquerait de paralyser la capacité de la Cour à effectuer son travail. Ces sanctions auraient probablement un impact sur les victimes, les représentants légaux et les organisations de la société civile, qui pourraient subir les conséquences de leur soutien à la justice devant la CPI, ce qui mettrait un terme au travail indispensable pour que les victimes des pires crimes obtiennent réparation.

# Paragraphe 4 : les deux premières phrases sont reprises de https://asf.be/nous-condamnons-les-sanctions-emises-par-les-etats-unis-a-lencontre-de-la-cour-penale-internationale/?lang=fr ;
# la copie consultable s’interrompt sur « Ces mesures comprena… » : la fin de la troisième phrase est complétée d’après l’anglais original (« as well as a law criminalising cooperation with the court », et non « a criminal law cooperating with the court » comme dans le texte endommagé),
# et la dernière phrase est traduite de l’anglais.
# reviewed: 81d0b745
para-obstruction = Les sanctions contre la CPI empêcheront les victimes d’accéder à une justice crédible et indépendante, et elles constituent un affront pour les victimes et les survivants du monde entier. Avec ces sanctions, les États-Unis se livreront au même type d’obstruction que la Fédération de Russie, en représailles au mandat d’arrêt délivré par la Cour à l’encontre du président russe Vladimir Poutine. Ces mesures comprenaient des mandats d’arrêt contre le procureur et des juges de la CPI, ainsi qu’une loi criminalisant la coopération avec la Cour. Les sanctions sont un outil à utiliser contre les responsables des crimes internationaux les plus graves, et non contre celles et ceux qui cherchent à obtenir justice.

# Paragraphe 5, traduit de l’anglais (vocabulaire aligné sur la déclaration française de la CICC du 12 février 2025 : « cesser tout effort, notamment par le biais de sanctions, visant à entraver les procédures judiciaires indépendantes de la CPI »).
# reviewed: 06d96740
para-call-us = Nos organisations appellent les États-Unis à cesser tout effort, notamment par le biais de sanctions, visant à entraver les procédures judiciaires indépendantes de la CPI, et à s’engager à soutenir l’accès à la justice de toutes les victimes et de tous les survivants de crimes internationaux graves, y compris devant la CPI.

# Paragraphe 6, traduit de l’anglais. Dans l’original, cinq expressions renvoyaient par des liens à des déclarations
# (pays membres de la CPI ; responsables de la CPI et de l’AEP ; organisations régionales ; experts de l’ONU ; société civile) :
# aucune cible de lien n’a pu être vérifiée, aucune URL n’est donc indiquée.
# reviewed: 8ce5d685
para-support = Des pays membres de la CPI, des responsables de la CPI et de l’Assemblée des États parties (AEP), des organisations régionales, des experts de l’ONU et la société civile se sont mobilisés pour défendre la Cour contre les ingérences et les entraves politisées. Mais il faut faire davantage pour protéger la Cour et garantir qu’elle puisse poursuivre son travail sans se laisser décourager.

# Introduction des six appels, traduite de l’anglais. $states = 125.
# reviewed: 5a6bd3eb
calls-lead = Nos organisations appellent { $states ->
        [one] l’État membre
       *[other] les { $states } États membres
    } de la CPI, dans toutes les régions du monde, à :

# Appel 1, traduit de l’anglais (se termine par « ; »).
# reviewed: df1012be
call-condemn = Condamner publiquement le recours aux sanctions pour saper la CPI et exprimer un engagement fort et inconditionnel envers la CPI et son mandat mondial essentiel ;

# Appel 2, traduit de l’anglais.
# reviewed: c84602f5
call-cease = Appeler les États-Unis à cesser toute tentative de porter atteinte à l’indépendance et au travail essentiel de la Cour, tout en les encourageant à adhérer à la CPI et à soutenir pleinement l’accès des victimes à la justice ;

# Appel 3, traduit de l’anglais (intitulé officiel de l’APIC). « pending arrest warrants » : « mandats d’arrêt pendants »
# (et non « en attente d’exécution », qui répéterait « l’exécution » de la même phrase) ; « This should include » :
# « Cela suppose notamment » (et non le calque « Cela devrait inclure »).
# reviewed: fc6df644
call-cooperate = Coopérer pleinement avec la CPI afin de soutenir de manière constante le travail de la Cour dans toutes les situations où elle intervient, et appeler tous les autres acteurs concernés à faire de même. Cela suppose notamment l’exécution de toutes les décisions et demandes de la Cour, en particulier des mandats d’arrêt pendants, ainsi que l’harmonisation des législations nationales avec le Statut de Rome, la ratification et la mise en œuvre de l’Accord sur les privilèges et immunités de la Cour pénale internationale (APIC), et la signature de tous les accords de coopération pertinents avec la CPI (par exemple, sur la protection des témoins et des victimes ; la mise en liberté de personnes, y compris la mise en liberté provisoire ; et l’exécution des peines) ;

# Appel 4, traduit de l’anglais (« loi de blocage de l’Union européenne », terme de la Commission européenne, règlement (CE) nº 2271/96).
# reviewed: 198e85ac
call-blocking = Adopter et/ou mettre en œuvre des lois de blocage nationales et régionales, telles que la loi de blocage de l’Union européenne (UE), qui vise à protéger les opérateurs européens des effets des sanctions extraterritoriales. Les lois de blocage et les instruments similaires peuvent offrir à la Cour et à ses partenaires une protection essentielle et adresser un message fort : les pays membres de la CPI ne toléreront aucune tentative de saper la Cour ;

# Appel 5, traduit de l’anglais.
# reviewed: 0b603096
call-protective = Adopter toute autre mesure de protection aux niveaux national, régional ou international, et dialoguer avec les prestataires de services nationaux et régionaux afin de s’assurer qu’ils continueront à travailler avec la Cour ;

# Appel 6, traduit de l’anglais (se termine par un point).
# reviewed: 530f5eee
call-frameworks = Adopter et mettre en œuvre des mesures et des cadres nationaux visant à protéger celles et ceux qui coopèrent avec la Cour et la soutiennent, notamment les organisations de la société civile et les défenseurs des droits humains.

# Titre de la liste des signataires.
# reviewed: 1921ea30
signatories-heading = Signataires

# Phrase qui ouvre la liste des signataires, traduite de l’anglais ; sigle français de la
# Coalition : CCPI (https://coalitionfortheicc.org/fr, « Coalition pour la Cour pénale
# internationale (CCPI) »).
# reviewed: 5cabb9ee
signatories-lead = La Coalition pour la Cour pénale internationale (CCPI) et :

# reviewed: 31bb307e
signatories-updated = Liste mise à jour le { DATETIME($updated) } : { $added ->
        [one] { $added } organisation ajoutée
       *[other] { $added } organisations ajoutées
    }.

# Métadonnée PDF « Sujet ». $count = nombre d’organisations signataires, calculé par le programme (en français, 0 et 1 relèvent de [one]).
# « signataires », non « membres » : la déclaration dit seulement que plus de 120 d’entre elles sont membres de la Coalition.
# reviewed: 51e12cdf
meta-subject = Déclaration commune de la Coalition pour la Cour pénale internationale et de { $count ->
        [one] { $count } organisation signataire
       *[other] { $count } organisations signataires
    }

# Métadonnée PDF « Mots-clés », séparés par des virgules.
# reviewed: dca10538
meta-keywords = Cour pénale internationale, sanctions, victimes, justice, Statut de Rome

# Numéro de page dans le pied de page.
# reviewed: ec2c6123
page-label = Page { $page } sur { $pages }

# Pied de page courant.
# reviewed: 525ef598
running-footer = Coalition pour la Cour pénale internationale · Déclaration commune du { DATETIME($date) }
