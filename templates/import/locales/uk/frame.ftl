### Слова, які `publish import` дає рамці імпортованої чернетки українською (у
### templates/statement і templates/letter української немає): заголовок списку, рядок
### оновлення і нумерація сторінок узяті з прикладу листа (examples/open-letter, перевірено);
### решта — звідси.

# Позначка над заголовком заяви.
statement-kicker = Спільна заява
# Позначка над заголовком листа.
letter-kicker = Відкритий лист
signatories-heading = Підписанти
signatories-updated = Список оновлено { DATETIME($updated) }: { $added ->
        [one] додано { $added } підпис
        [few] додано { $added } підписи
        [many] додано { $added } підписів
       *[other] додано { $added } підпису
    }.
meta-keywords = заява, коаліція
page-label = Сторінка { $page } з { $pages }
# Тема PDF: $count — кількість підписантів, яку рахує програма.
meta-subject = { $count ->
        [one] Підписала { $count } організація
        [few] Підписали { $count } організації
        [many] Підписали { $count } організацій
       *[other] Підписали { $count } організації
    }
