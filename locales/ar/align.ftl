## align: messages for people (English, the reference locale).
## Every other locale has exactly these ids, with the same variables.
## Machine formats (JSON, SARIF, JUnit, GitHub annotations) never use this file.

## Labels

label-error = خطأ
label-warning = تحذير
label-info = ملاحظة
label-hint = تلميح

## Errors on input (printed as "error: PATH:LINE:COL: message")

error-not-found = لا يوجد ملف أو مجلد بهذا الاسم
error-not-found-hint = تحقّق من المسار؛ توجد البيانات في statements/<name>/ بملف واحد لكل لغة (en.md، ar.md، kmr.md، ckb.md)
error-unreadable = تعذّرت قراءة هذا الملف: { $reason }
error-invalid-utf8 = هذا الملف ليس بترميز UTF-8 صالح (أول بايت غير صالح عند الموضع { $offset })
error-invalid-utf8-hint = احفظ الملف بترميز UTF-8 من محرّر النصوص (عبر خيار «حفظ بترميز» أو «Save with encoding»، ثم اختر UTF-8)
error-empty = هذا الملف فارغ
error-empty-hint = يحتاج ملف البيان إلى عنوان على الأقل؛ اكتب النص أو احذف الملف
error-no-source = لا يحتوي هذا المجلد على ملف المصدر { $lang }.md
error-no-source-hint = يضمّ مجلد البيان ملفًا واحدًا لكل لغة؛ وتُحدَّد لغة المصدر بالحقل «source:» في ملف statement.yaml (الافتراضي: en)
error-no-language-files = لا توجد هنا ملفات لغات (en.md، ar.md، kmr.md، ckb.md …)
error-no-language-files-hint = سمِّ كل ملف برمز لغته: en.md، ar.md، kmr.md، ckb.md
error-unknown-language = رمز اللغة «{ $code }» غير معروف (الرموز المعروفة: { $known })
error-language-from-name = تعذّر تحديد لغة هذا الملف من اسمه
error-language-from-name-hint = سمِّ الملف برمز لغته (ar.md، udhr.ar.md) أو استخدم الخيار --lang
error-yaml = صيغة YAML غير صالحة: { $message }
error-yaml-hint = صحّح السطر المعروض؛ فصيغة YAML حسّاسة للمسافات البادئة وتكتب البيانات بالشكل «key: value» (المفتاح: القيمة)
error-usage = { $message }
error-write = تعذّرت الكتابة في هذا الملف: { $reason }
error-ui-lang = لغة الواجهة «{ $code }» غير مدعومة (اللغات المتاحة: { $known })

## Segmenting notices

notice-broken-paragraph = تنتهي هذه الفقرة في منتصف جملة وتكتمل في السطر { $next }؛ لذا قُرئ الجزآن فقرةً واحدة
notice-broken-paragraph-hint = احذف السطر الفارغ الفاصل بين الجزأين
notice-repeated-block = تكرّر هذه الكتلة { $of ->
        [title] العنوان
       *[lede] المقدّمة
    } فاستُبعدت
notice-empty-list-item = استُبعدت علامة قائمة لا يليها أي نص
notice-list-continued = تُكمل هذه القائمة ترقيم القائمة التي تسبقها؛ لذا قُرئتا قائمةً واحدة

## `align segment`

segment-summary = { $path } ({ $lang }): { $blocks ->
        [zero] لا كتل
        [one] كتلة واحدة
        [two] كتلتان
        [few] { $blocks } كتل
        [many] { $blocks } كتلة
       *[other] { $blocks } كتلة
    }، { $lists ->
        [zero] لا قوائم
        [one] قائمة واحدة
        [two] قائمتان
        [few] { $lists } قوائم
        [many] { $lists } قائمة
       *[other] { $lists } قائمة
    }، { $sentences ->
        [zero] لا جمل
        [one] جملة واحدة
        [two] جملتان
        [few] { $sentences } جمل
        [many] { $sentences } جملة
       *[other] { $sentences } جملة
    }
segment-list = القائمة { $id } ({ $kind }): { $items ->
        [zero] لا عناصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $items } عناصر
        [many] { $items } عنصرًا
       *[other] { $items } عنصر
    }

## Command-line help

cli-about = تدقيق البيانات متعددة اللغات ونشرها: segment، align، check، publish.
cli-long-about = يحرص align على أن تقول النسخ اللغوية للبيان الواحد الشيء نفسه. فهو يقسّم كل نسخة إلى كتل وجمل، ويقابل كل ترجمة بنصّها المصدر، ويُبلغ عمّا هو ناقص أو مضاف أو مختلف (الأرقام، والتواريخ، والأسماء، والقوائم) قبل نشر أي شيء.
cli-heading-commands = الأوامر
cli-heading-arguments = الوسائط
cli-heading-options = الخيارات
cli-heading-usage = الاستخدام:
cli-arg-help = عرض المساعدة (للمزيد استخدم --help)
cli-arg-version = عرض رقم الإصدار
cli-arg-ui-lang = لغة رسائل align نفسه: en، ar، ckb، kmr [الافتراضي: حسب ALIGN_UI_LANG أو LC_ALL أو LC_MESSAGES أو LANG، وإلا فـ en]
cli-arg-color = متى تُستخدم الألوان: auto (عند الكتابة إلى طرفية وعدم تعيين NO_COLOR)، أو always، أو never
cli-arg-quiet = عرض النتائج فقط: بلا إشعارات ولا ملخّص
cli-arg-config = ملف المشروع المراد استخدامه بدلًا من أقرب ملف align.yaml
cli-segment-about = عرض طريقة تقسيم البيان إلى كتل وجمل، مع المعرّفات وأرقام الأسطر
cli-segment-long-about = يعرض كل كتلة (العنوان، المقدّمة، العنوان الفرعي، الفقرة، المطلب، الموقّع، عنصر القائمة) وجملها، مع المعرّفات التي تستخدمها الأوامر الأخرى وموضع كلٍّ منها بالصيغة الملف:السطر:العمود. حدِّد ملف Markdown واحدًا أو مجلد بيان (بجميع ملفات لغاته).

    أمثلة:
      align segment statements/aleppo-2026-01
      align segment statements/aleppo-2026-01/ar.md --format json
cli-segment-arg-path = ملف بيان (en.md، ar.md …) أو مجلد بيان
cli-segment-arg-format = صيغة الإخراج: text لقراءة الأشخاص، أو json للبرامج
cli-segment-arg-lang = لغة الملف، إذا لم يدلّ اسمه عليها (en، ar، kmr، ckb)

## `align show`

show-summary = { $source } → { $target }: { $beads ->
        [zero] لا أزواج كتل
        [one] زوج كتل واحد
        [two] زوجا كتل
        [few] { $beads } أزواج كتل
        [many] { $beads } زوجًا من الكتل
       *[other] { $beads } زوج كتل
    } ({ $one } واحد إلى واحد، { $omitted } ناقص، { $added } مضاف)
show-confidence = درجة الثقة { $value }
show-moved = في موضع مختلف: يقابل { $other }

cli-show-about = عرض الترجمة بجانب نصّها المصدر، وفق مقابلة align بينهما
cli-show-long-about = يقابل كل ترجمة للبيان بنصّها المصدر، الكتل أولًا ثم الجمل داخلها، ويعرضها جنبًا إلى جنب: أيّ الكتل والجمل تقابل أيّها، ونوع الزوج (1-1، 2-1، 1-0 لما هو ناقص من الترجمة، 0-1 لما هو مضاف إليها)، ومدى الثقة في المقابلة. استخدمه لمعرفة سبب إبلاغ التدقيق عن شيء ناقص.

    أمثلة:
      align show statements/aleppo-2026-01 --lang ar
      align show statements/aleppo-2026-01 --lang ckb --stacked
      align show statements/aleppo-2026-01 --format json
cli-show-arg-dir = مجلد بيان
cli-show-arg-lang = هذه الترجمة فقط (ar، kmr، ckb)؛ الافتراضي: جميع الترجمات
cli-show-arg-format = صيغة الإخراج: text لقراءة الأشخاص، أو json للبرامج
cli-show-arg-stacked = عرض كل ترجمة تحت نصّها المصدر بدلًا من بجانبه (للطرفيات الضيّقة)

## `align pair`

cli-pair-about = محاذاة ملفين نصيين عاديين بجملة واحدة في كل سطر (صيغة البحث وأدوات الترجمة)
cli-pair-long-about = يقرأ ملف مصدر وملف هدف بمقطع واحد في كل سطر، ويعرض كيف يقترنان: زوج واحد في كل سطر بالشكل [أسطر المصدر]:[أسطر الهدف]، مع ترقيم الأسطر بدءًا من 0 (مثلًا: [0, 1]:[2] سطران من المصدر يقابلهما سطر واحد من الهدف، و []:[5] سطر مضاف، و [7]:[] سطر ناقص). تُحدَّد اللغتان من اسمَي الملفين (dev.de، news.ckb.txt) أو من الخيارات، وتدلّ اللغة على طريقة كتابة الأرقام.

    أمثلة:
      align pair news.en.txt news.ckb.txt
      align pair a.txt b.txt --source-lang en --target-lang ar --format tsv
cli-pair-arg-src = ملف المصدر، بمقطع واحد في كل سطر
cli-pair-arg-tgt = ملف الهدف، بمقطع واحد في كل سطر
cli-pair-arg-format = beads (زوج بالشكل [0, 1]:[2] في كل سطر)، أو tsv (المصدر، الهدف، الثقة)، أو json
cli-pair-arg-source-lang = لغة ملف المصدر إذا لم يدلّ اسمه عليها (en، ar، kmr، ckb، de، fr)
cli-pair-arg-target-lang = لغة ملف الهدف إذا لم يدلّ اسمه عليها
