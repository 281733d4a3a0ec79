### الكلمات التي يضعها `publish import` في إطار مسودة مستوردة بالعربية (لا عربية في
### templates/statement ولا في templates/letter): عنوان القائمة وسطر التحديث وترقيم الصفحات
### من مثال الرسالة (examples/open-letter، بعد المراجعة)؛ والباقي من هنا.

# الوسم فوق عنوان البيان.
statement-kicker = بيان مشترك
# الوسم فوق عنوان الرسالة.
letter-kicker = رسالة مفتوحة
signatories-heading = الموقّعون
signatories-updated = حُدِّثت القائمة في { DATETIME($updated) }: { $added ->
        [zero] لم يُضف أي توقيع
        [one] أُضيف توقيع واحد
        [two] أُضيف توقيعان
        [few] أُضيفت { $added } توقيعات
        [many] أُضيف { $added } توقيعًا
       *[other] أُضيف { $added } توقيع
    }.
meta-keywords = بيان, تحالف
page-label = الصفحة { $page } من { $pages }
# موضوع ملف PDF: ‏$count عدد الموقّعين، يعدّه البرنامج.
meta-subject = { $count ->
        [zero] بلا منظمات موقّعة
        [one] وقّعته منظمة واحدة
        [two] وقّعته منظمتان
        [few] وقّعته { $count } منظمات
        [many] وقّعته { $count } منظمةً
       *[other] وقّعته { $count } منظمة
    }
