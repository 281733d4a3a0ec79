### An example open letter, MADE-UP CONTENT: a translation into Arabic (Modern Standard Arabic)
### of invented example text, not a publication of anyone. The organisations, people, addresses
### and numbers are invented.
### رسالة مفتوحة على سبيل المثال، محتواها مختلَق: ترجمة لنصّ تجريبي، وليست منشورًا لأي جهة.
###
### Translator's conventions: "Example …" names are rendered with مثال as the name element
### (تحالف مثال من أجل العدالة، مؤسسة مثال للأرشيف); digits typed in the text are the ones
### CLDR gives plain `ar` (0–9, as the numbers publish writes; `ar-EG` or `ar-u-nu-arab` would
### be ٠–٩); "accounts" = إفادات, "testimonies" = شهادات.

# Translated from en-GB (made-up example content).
# reviewed: c1a58933
statement-kicker = رسالة مفتوحة

# Translated from en-GB (made-up example content).
# Translator's note: imperative plural addressed to the Board, like the English title.
# reviewed: 1682fff2
statement-title = أبقوا أرشيف الشهادات مفتوحًا أمام من أدلوا بها

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 2120c4f4
statement-dateline = { DATETIME($date) }

# Translated from en-GB (made-up example content).
# reviewed: a9ba030c
statement-author = تحالف مثال من أجل العدالة

# Translated from en-GB (made-up example content).
# reviewed: 050dda1b
logo-alt = تحالف مثال من أجل العدالة: حلقة وثلاثة أشرطة

# Translated from en-GB (made-up example content).
# reviewed: b02ce24d
to-line-1 = إلى: مجلس إدارة مؤسسة مثال للأرشيف

# Translated from en-GB (made-up example content).
# Translator's note: invented street, kept as in English.
# same-in-all-locales
# reviewed: ba5048e9
to-line-2 = 12 Example Street

# Translated from en-GB (made-up example content).
# Translator's note: invented town, kept as in English.
# same-in-all-locales
# reviewed: fa1b4563
to-line-3 = 2500 Exampletown

# Translated from en-GB (made-up example content).
# reviewed: e124c70a
subject = الموضوع: الوصول إلى أرشيف الشهادات

# Translated from en-GB (made-up example content).
# Translator's note: the customary formal salutation; the usual follow-up line
# "تحية طيبة وبعد،" is left out, as the English has only the salutation.
# reviewed: 94be8538
salutation = حضرات السيدات والسادة أعضاء مجلس الإدارة المحترمين،

# Translated from en-GB (made-up example content).
# Translator's note: "accounts" = إفادات; the number's noun takes the form Arabic grammar
# requires for each plural category (3–10 plural, 11–99 singular accusative, 100+ singular).
# reviewed: 82db6a20
para-opening = نكتب إليكم، نحن المنظمات والأفراد الموقّعين أدناه، لنطلب منكم إبقاء أرشيف الشهادات *مفتوحًا أمام من أدلوا بها*. فمنذ تأسيس الأرشيف، سُجّلت فيه **أكثر من { $count ->
        [zero] { $count } إفادة
        [one] إفادة واحدة
        [two] إفادتين
        [few] { $count } إفادات
        [many] { $count } إفادة
       *[other] { $count } إفادة
    }**[^count] لأشخاص نجوا من جرائم جسيمة.
    .note-count = يمثّل هذا الرقم عدد الموقّعين على الرسالة لا عدد الإفادات؛ فأرقام هذا المثال مختلَقة.

# Translated from en-GB (made-up example content).
# reviewed: 5bd5a0df
heading-background = الخلفية

# Translated from en-GB (made-up example content).
# reviewed: 1a618b6d
para-background = تنصّ لوائح المؤسسة نفسها على أنّ للناجين أن يطّلعوا على ما أدلوا به؛ انظر [ميثاق المؤسسة](https://example.org/charter)[^charter]. غير أنّ سياسة جديدة أُعلن عنها هذا العام ستُغلق قاعة المطالعة في وجوههم.
    .note-charter = ميثاق مؤسسة مثال للأرشيف، المادة 7 (وثيقة متخيَّلة).

# Translated from en-GB (made-up example content).
# reviewed: 190408ca
quote-charter = يحقّ لكل من تُحفظ إفادته هنا أن يقرأها ويصحّحها ويحصل على نسخة منها، مجانًا.

# Translated from en-GB (made-up example content).
# reviewed: 7197cbf1
quote-charter-source = ميثاق مؤسسة مثال للأرشيف، المادة 7

# Translated from en-GB (made-up example content).
# reviewed: 6f2029bd
heading-concerns = مخاوفنا

# Translated from en-GB (made-up example content).
# Translator's note: the list items are verbal nouns (مصادر) completing the lead.
# reviewed: cd5e5d7c
concerns-lead = من شأن السياسة الجديدة أن تؤدي إلى:

# Translated from en-GB (made-up example content).
# reviewed: 3e84b725
concern-access = حرمان الناجين من الاطلاع على إفاداتهم؛

# Translated from en-GB (made-up example content).
# reviewed: 3e018618
concern-time = إبقائهم *أشهرًا* في انتظار ردّ مكتوب؛

# Translated from en-GB (made-up example content).
# reviewed: 28ebcdb2
concern-cost = فرض رسوم لا يقدر معظمهم على دفعها.

# Translated from en-GB (made-up example content).
# reviewed: 99e8fad4
heading-requests = مطالبنا

# Translated from en-GB (made-up example content).
# Translator's note: the list items are verbal nouns (مصادر) completing the lead.
# reviewed: a7c4a157
requests-lead = لذا نطلب من مجلس الإدارة ما يلي:

# Translated from en-GB (made-up example content).
# reviewed: 2067d732
request-publish = نشر السياسة الجديدة كاملةً مع بيان أسبابها؛

# Translated from en-GB (made-up example content).
# reviewed: 9429371c
request-consult = التشاور مع الناجين ومنظماتهم قبل دخولها حيّز التنفيذ؛

# Translated from en-GB (made-up example content).
# reviewed: f0e652ee
request-report = تقديم تقرير سنوي عن عدد الأشخاص الذين اطّلعوا على الأرشيف.

# Translated from en-GB (made-up example content).
# reviewed: c4970e0d
para-closing = ويسعدنا أن تُتاح لنا فرصة مناقشة هذه النقاط معكم.

# Translated from en-GB (made-up example content).
# reviewed: 500a2b85
closing = وتفضّلوا بقبول فائق الاحترام والتقدير،

# Translated from en-GB (made-up example content).
# same-in-all-locales
# reviewed: 13d900bf
contact-name = Alex Example

# Translated from en-GB (made-up example content).
# Translator's note: masculine form by default (the invented name does not show a gender);
# a woman would be المسؤولة الإعلامية.
# reviewed: ca5d795b
contact-role = المسؤول الإعلامي، تحالف مثال من أجل العدالة

# Translated from en-GB (made-up example content).
# reviewed: b3f041c1
editors-title = ملاحظات للمحرّرين

# Translated from en-GB (made-up example content).
# reviewed: bfd23398
editors-1 = تحالف مثال من أجل العدالة شبكة متخيَّلة تضمّ 12 منظمة.

# Translated from en-GB (made-up example content).
# Translator's note: the program's name, publish, is kept in Latin script.
# reviewed: ea7fc163
editors-2 = هذه الرسالة مثال على ما يُنضّده برنامج publish، ومحتواها مختلَق.

# Translated from en-GB (made-up example content).
# reviewed: a9bdbf39
editors-3 = يمكن الحصول على الشعارات بدقة عالية من المكتب الإعلامي عند الطلب.

# Translated from en-GB (made-up example content).
# reviewed: 1921ea30
signatories-heading = الموقّعون

# Translated from en-GB (made-up example content).
# reviewed: ca3f650e
signatories-lead = وقّع على الرسالة كلٌّ من:
# Translated from en-GB (made-up example content).
# reviewed: d7fc86c4
signatories-updated = حُدِّثت القائمة في { DATETIME($updated) }: { $added ->
        [zero] لم يُضف أي توقيع
        [one] أُضيف توقيع واحد
        [two] أُضيف توقيعان
        [few] أُضيفت { $added } توقيعات
        [many] أُضيف { $added } توقيعًا
       *[other] أُضيف { $added } توقيع
    }.

# Translated from en-GB (made-up example content).
# reviewed: e46883b5
group-africa = أفريقيا

# Translated from en-GB (made-up example content).
# reviewed: 891ab3c4
group-europe = أوروبا

# Translated from en-GB (made-up example content).
# reviewed: 239f3d97
group-asia = آسيا

# Translated from en-GB (made-up example content).
# reviewed: 0cf8c1ec
group-individuals = أفراد

# Translated from en-GB (made-up example content).
# reviewed: d966baeb
group-individuals-note = ذُكرت الانتماءات المؤسسية لأغراض التعريف فقط.

# Translated from en-GB (made-up example content).
# Translator's note: موقّع takes the form each Arabic plural category requires; the dual
# carries اثنين so that it does not read as the plural موقّعين.
# reviewed: 673a356d
meta-subject = مثال لرسالة مفتوحة { $count ->
        [zero] بلا موقّعين
        [one] من موقّع واحد
        [two] من موقّعَين اثنين
        [few] من { $count } موقّعين
        [many] من { $count } موقّعًا
       *[other] من { $count } موقّع
    }، محتواها مختلَق

# Translated from en-GB (made-up example content).
# Translator's note: keywords are separated by ASCII commas, not the Arabic comma,
# because the program splits this list at ",".
# reviewed: 629c97d6
meta-keywords = مثال, رسالة مفتوحة, أرشيف, ناجون

# Translated from en-GB (made-up example content).
# reviewed: ec2c6123
page-label = الصفحة { $page } من { $pages }

# Translated from en-GB (made-up example content).
# reviewed: 39337e90
running-footer = تحالف مثال من أجل العدالة · رسالة مفتوحة بتاريخ { DATETIME($date) }
