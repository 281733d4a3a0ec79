### Las palabras que `publish import` da al marco de un borrador importado en español (ni
### templates/statement ni templates/letter tienen español): la etiqueta sobre el título, el
### encabezado de la lista, la línea de actualización y la numeración de las páginas vienen del
### ejemplo de carta (examples/open-letter, revisado); el resto, de aquí.

# La etiqueta sobre el título de una declaración.
statement-kicker = Declaración conjunta
# La etiqueta sobre el título de una carta.
letter-kicker = Carta abierta
signatories-heading = Firmantes
signatories-updated = Lista actualizada el { DATETIME($updated) }: { $added ->
        [one] se ha añadido { $added } firma
        [many] se han añadido { $added } de firmas
       *[other] se han añadido { $added } firmas
    }.
meta-keywords = declaración, coalición
page-label = Página { $page } de { $pages }
# El asunto del PDF: $count es el número de firmantes, contado por el programa.
meta-subject = { $count ->
        [one] Firmada por una organización
       *[other] Firmada por { $count } organizaciones
    }
