### Carta abierta de ejemplo, CONTENIDO INVENTADO: traducción al español de un texto ficticio que
### muestra lo que compone publish. Las organizaciones, personas, direcciones y cifras son
### inventadas; no es una publicación de nadie. Traducido del inglés (locales/en-GB/letter.ftl),
### con la misma notación: *énfasis*, **negrita**, [texto](https://…) y [^nombre] para una nota.

# Translated from en-GB (made-up example content).
# reviewed: c1a58933
statement-kicker = Carta abierta

# Translated from en-GB (made-up example content).
# Translator's note: Spanish uses sentence case in titles; "testimonios prestados" is the usual
# collocation for testimony given (prestar testimonio).
# reviewed: 1682fff2
statement-title = Que el archivo de testimonios siga abierto para quienes los prestaron

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Translated from en-GB (made-up example content).
# Translator's note: the invented name follows the pattern of the signatory "Fundación Ejemplo
# por la Memoria" (and of the French "Coalition Exemple pour la Justice").
# reviewed: a9ba030c
statement-author = Coalición Ejemplo por la Justicia

# Translated from en-GB (made-up example content).
# reviewed: 050dda1b
logo-alt = Coalición Ejemplo por la Justicia: un anillo y tres barras

# Translated from en-GB (made-up example content).
# Translator's note: "Patronato" is the governing board of a foundation in Spanish usage
# (Spain); "Junta Directiva" would be the more pan-Hispanic alternative.
# reviewed: b02ce24d
to-line-1 = A la atención del Patronato de la Fundación Archivo Ejemplo

# Translated from en-GB (made-up example content).
# Translator's note: invented street name, kept as in English.
# same-in-all-locales
# reviewed: ba5048e9
to-line-2 = 12 Example Street

# Translated from en-GB (made-up example content).
# Translator's note: invented town name, kept as in English.
# same-in-all-locales
# reviewed: fa1b4563
to-line-3 = 2500 Exampletown

# Translated from en-GB (made-up example content).
# reviewed: e124c70a
subject = Asunto: acceso al archivo de testimonios

# Translated from en-GB (made-up example content).
# Translator's note: a Spanish letter's salutation ends with a colon, not a comma;
# "Señoras y señores" keeps it formal and inclusive (like the French version).
# reviewed: 94be8538
salutation = Señoras y señores miembros del Patronato:

# Translated from en-GB (made-up example content).
# Translator's note: "accounts" is "relatos", to keep "testimonios" for the archive itself.
# reviewed: 82db6a20
para-opening = Las organizaciones y personas abajo firmantes nos dirigimos a ustedes para pedirles que mantengan el archivo de testimonios *abierto a las personas que los prestaron*. Desde su creación, el archivo ha recogido **más de { $count } relatos**[^count] de personas que sobrevivieron a crímenes graves.
    .note-count = La cifra corresponde al número de firmantes de la carta, no al de testimonios: los números del ejemplo son inventados.

# Translated from en-GB (made-up example content).
# reviewed: 5bd5a0df
heading-background = Antecedentes

# Translated from en-GB (made-up example content).
# Translator's note: a foundation's "charter" is rendered as its "estatutos" (plural, hence
# "véanse").
# reviewed: 1a618b6d
para-background = Las propias normas de la fundación establecen que las personas supervivientes pueden consultar lo que declararon; véanse [los estatutos de la fundación](https://example.org/charter)[^charter]. Una nueva política anunciada este año les cerraría la sala de lectura.
    .note-charter = Estatutos de la Fundación Archivo Ejemplo, artículo 7 (documento inventado).

# Translated from en-GB (made-up example content).
# Translator's note: future "podrá" and "gratuitamente", as in the wording of statutes.
# reviewed: 190408ca
quote-charter = Toda persona cuyo relato se conserve aquí podrá leerlo, corregirlo y obtener una copia de él gratuitamente.

# Translated from en-GB (made-up example content).
# reviewed: 7197cbf1
quote-charter-source = Estatutos de la Fundación Archivo Ejemplo, artículo 7

# Translated from en-GB (made-up example content).
# reviewed: 6f2029bd
heading-concerns = Nuestras preocupaciones

# Translated from en-GB (made-up example content).
# reviewed: cd5e5d7c
concerns-lead = La nueva política:

# Translated from en-GB (made-up example content).
# Translator's note: "survivors" is "las personas supervivientes" (inclusive; "sobrevivientes"
# in much of Latin America).
# reviewed: 3e84b725
concern-access = pondría fin al acceso de las personas supervivientes a sus propios relatos;

# Translated from en-GB (made-up example content).
# reviewed: 3e018618
concern-time = las obligaría a esperar *meses* una respuesta por escrito;

# Translated from en-GB (made-up example content).
# reviewed: 28ebcdb2
concern-cost = les cobraría una tarifa que la mayoría de ellas no puede pagar.

# Translated from en-GB (made-up example content).
# reviewed: 99e8fad4
heading-requests = Lo que pedimos

# Translated from en-GB (made-up example content).
# Translator's note: the lead ends in "que:", so each item of the list is in the subjunctive.
# reviewed: a7c4a157
requests-lead = Por ello, solicitamos al Patronato que:

# Translated from en-GB (made-up example content).
# reviewed: 2067d732
request-publish = publique íntegramente la nueva política, junto con los motivos que la justifican;

# Translated from en-GB (made-up example content).
# reviewed: 9429371c
request-consult = consulte a las personas supervivientes y a sus organizaciones antes de que entre en vigor;

# Translated from en-GB (made-up example content).
# reviewed: f0e652ee
request-report = informe cada año sobre el número de personas que han consultado el archivo.

# Translated from en-GB (made-up example content).
# reviewed: c4970e0d
para-closing = Nos complacería tener la oportunidad de tratar estas cuestiones con ustedes.

# Translated from en-GB (made-up example content).
# reviewed: 500a2b85
closing = Atentamente,

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 13d900bf
contact-name = Alex Example

# Translated from en-GB (made-up example content).
# Translator's note: "Responsable de prensa" is gender-neutral (the contact's gender is unknown).
# reviewed: ca5d795b
contact-role = Responsable de prensa, Coalición Ejemplo por la Justicia

# Translated from en-GB (made-up example content).
# Translator's note: "Notas para la redacción" rather than the calque "Notas para los editores".
# reviewed: b3f041c1
editors-title = Notas para la redacción

# Translated from en-GB (made-up example content).
# reviewed: bfd23398
editors-1 = La Coalición Ejemplo por la Justicia es una red ficticia de 12 organizaciones.

# Translated from en-GB (made-up example content).
# reviewed: ea7fc163
editors-2 = Esta carta es un ejemplo de lo que compone publish; su contenido es inventado.

# Translated from en-GB (made-up example content).
# reviewed: a9bdbf39
editors-3 = Pueden solicitarse logotipos en alta resolución a la oficina de prensa.

# Translated from en-GB (made-up example content).
# reviewed: 1921ea30
signatories-heading = Firmantes

# Translated from en-GB (made-up example content).
# reviewed: ca3f650e
signatories-lead = Firman:
# Translated from en-GB (made-up example content).
# reviewed: d7fc86c4
signatories-updated = Lista actualizada el { DATETIME($updated) }: { $added ->
        [one] se ha añadido { $added } firma
        [many] se han añadido { $added } de firmas
       *[other] se han añadido { $added } firmas
    }.

# Translated from en-GB (made-up example content).
# reviewed: e46883b5
group-africa = África

# Translated from en-GB (made-up example content).
# reviewed: 891ab3c4
group-europe = Europa

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 239f3d97
group-asia = Asia

# Translated from en-GB (made-up example content).
# reviewed: 0cf8c1ec
group-individuals = A título individual

# Translated from en-GB (made-up example content).
# Translator's note: "filiación institucional" is the usual Spanish term for an affiliation
# given for identification.
# reviewed: d966baeb
group-individuals-note = Las filiaciones institucionales se indican únicamente a efectos de identificación.

# Translated from en-GB (made-up example content).
# Translator's note: "firmante" has one form for both genders; the singular avoids choosing
# an article by naming "una persona u organización" (as the French version does).
# reviewed: 673a356d
meta-subject = Carta abierta de ejemplo de { $count ->
        [one] una persona u organización firmante
       *[other] { $count } firmantes
    }, contenido inventado

# Translated from en-GB (made-up example content).
# reviewed: 629c97d6
meta-keywords = ejemplo, carta abierta, archivo, supervivientes

# Translated from en-GB (made-up example content).
# reviewed: ec2c6123
page-label = Página { $page } de { $pages }

# Translated from en-GB (made-up example content).
# reviewed: 39337e90
running-footer = Coalición Ejemplo por la Justicia · Carta abierta del { DATETIME($date) }
