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
error-not-found-hint = تحقّق من المسار؛ توجد البيانات الصحفية في statements/<name>/ بملف واحد لكل لغة (en.md، ar.md، kmr.md، ckb.md)
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
error-yaml-hint = صحّح السطر المعروض؛ فصيغة YAML حسّاسة للمسافات البادئة وتستخدم الشكل «key: value» (المفتاح: القيمة)
error-usage = { $message }
error-write = تعذّرت الكتابة في هذا الملف: { $reason }
error-not-a-file = هذا ليس ملفًا عاديًا بل { $what ->
        [directory] مجلد
        [fifo] أنبوب مسمّى (FIFO)
        [device] جهاز
        [socket] مقبس
        [symlink-loop] رابط رمزي يُحيل في النهاية إلى نفسه
       *[other] شيء آخر
    }؛ لا يقرأ align إلا الملفات العادية
error-not-a-file-hint = ضع النص نفسه في هذا الملف، أو احذف ما يوجد في هذا المسار
error-too-large = حجم هذا الملف { $size } بايت، وهو أكبر من الحدّ المسموح به ({ $limit } بايت)
error-too-large-hint = لا يتجاوز حجم ملف البيان عادةً بضعة كيلوبايتات؛ فإن كان هذا الملف بيانًا فعلًا، فارفع قيمة «limits: file_size:» في align.yaml
error-too-many-blocks = عدد الكتل في هذا الملف { $count } (فقرات وعناوين وعناصر قوائم)، وهو أكبر من الحدّ المسموح به ({ $limit })
error-too-many-blocks-hint = تحقّق من أن هذا الملف بيان فعلًا؛ فإن كان كذلك، فارفع قيمة «limits: blocks:» في align.yaml
error-too-deep = عدد مستويات التداخل في ملف YAML هذا يتجاوز { $limit }
error-too-deep-hint = لا يتجاوز عمق ملفات YAML التي يستخدمها align بضعة مستويات؛ تحقّق من المسافات البادئة والأقواس في الملف
error-not-owned = لن يُنشر شيء في هذا المجلد: فيه ملفات لم يكتبها align publish
error-not-owned-hint = اختر مجلدًا فارغًا أو جديدًا بالخيار --out (يَسِم align المجلدات التي ينشر فيها بعلامة)
error-not-a-directory = هذا ملف، والمطلوب هنا مجلد
error-not-a-directory-hint = اذكر مجلدًا (يُنشأ إن لم يكن موجودًا)
error-not-a-baseline = لن يُكتب خط الأساس هنا: هذا الملف موجود، وهو ليس ملف خط أساس
error-not-a-baseline-hint = اختر اسم ملف آخر للخيار --write-baseline (مثلًا align-baseline.yaml)
error-duplicate-target = اللغة «{ $code }» مذكورة مرتين في «targets:»
error-duplicate-target-hint = اذكر كل لغة ترجمة مرة واحدة
error-empty-targets = لا تذكر «targets:» أي لغة
error-empty-targets-hint = اذكر لغات الترجمة (targets: [ar, kmr, ckb])، أو احذف «targets:» لتدقيق جميع ملفات اللغات الموجودة
error-missing-glossary = يذكر ملف align.yaml مسرد المصطلحات { $glossary }، لكنه غير موجود
error-missing-glossary-hint = أنشئ المسرد، أو صحّح «glossary:» في align.yaml أو احذفه
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
notice-indented-paragraph = هذه الفقرة مُزاحة بأربع مسافات أو أكثر، وهو ما يقرؤه Markdown شيفرةً برمجية؛ لكنها قُرئت فقرةً عادية
notice-indented-paragraph-hint = احذف الإزاحة (كثيرًا ما يضيفها لصق النص من رسالة بريد إلكتروني)
notice-raw-html = هذه الكتلة شيفرة HTML خام؛ تُقرأ وتُدقَّق وتُنشر نصًّا عاديًا، ولا تُعامَل أبدًا على أنها وسوم HTML

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

cli-about = تدقيق البيانات الصحفية متعددة اللغات ونشرها: segment، align، check، publish.
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
cli-arg-verbose = الإفصاح أيضًا عن ملف align.yaml المستخدَم وعن الملفات المعطاة التي تُخطّيت
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

## `align check`: summary

check-summary = { $statements ->
        [zero] لا بيانات صحفية
        [one] بيان صحفي واحد
        [two] بيانان صحفيان
        [few] { $statements } بيانات صحفية
        [many] { $statements } بيانًا صحفيًا
       *[other] { $statements } بيان صحفي
    }، { $languages ->
        [zero] لا لغات ترجمة
        [one] لغة ترجمة واحدة
        [two] لغتا ترجمة
        [few] { $languages } لغات ترجمة
        [many] { $languages } لغة ترجمة
       *[other] { $languages } لغة ترجمة
    }، وعدد المقاطع المدقَّقة { $segments }: { $errors ->
        [0] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [0] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }، { $infos ->
        [0] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $infos } ملاحظات
        [many] { $infos } ملاحظة
       *[other] { $infos } ملاحظة
    }
check-summary-suppressed = { $suppressed ->
        [one] ؛ ونتيجة أخرى مسموح بها بتعليق أو في خط الأساس
        [two] ؛ ونتيجتان أخريان مسموح بهما بتعليقات أو في خط الأساس
        [few] ؛ و{ $suppressed } نتائج أخرى مسموح بها بتعليقات أو في خط الأساس
        [many] ؛ و{ $suppressed } نتيجة أخرى مسموح بها بتعليقات أو في خط الأساس
       *[other] ؛ و{ $suppressed } نتيجة أخرى مسموح بها بتعليقات أو في خط الأساس
    }

## `align check`: one message, one hint and one description per check.
## Variables are the finding's details; a list variable also has a -count variable.

## `align check --report`: صفحة المراجعة.

report-filter-show = عرض
report-only-findings = الأزواج التي فيها نتائج فقط
report-pin = ثبّت هذا الزوج
report-title = مراجعة الترجمات
report-statements = البيانات الصحفية
report-languages = اللغات
report-errors = الأخطاء
report-warnings = التحذيرات
report-notes = الملاحظات
report-findings = { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
report-no-findings = لا توجد نتائج.
report-filter-severity = الخطورة
report-filter-check = الفحص
report-filter-language = اللغة
report-pair = المقابلة
report-unread = بيانات صحفية تعذّرت قراءتها
report-input-errors = لم يُدقَّق: أخطاء في المدخلات
cli-check-arg-report = كتابة صفحة مراجعة أيضًا في ملف HTML هذا: كل ترجمة بجانب مصدرها، وكل نتيجة عند مقطعها (ملف واحد يعمل دون اتصال)

check-missing-translation = لا توجد ترجمة باللغة { $lang }: الملف { $file } غير موجود
check-missing-translation-hint = أضِف الترجمة، أو احذف { $lang } من الحقل «targets:» في ملف statement.yaml
check-missing-translation-description = ترجمة مذكورة في ملف statement.yaml ليس لها ملف

check-missing-segment = { $kind ->
        [sentence] لا مقابل لهذه الجملة من المصدر في الترجمة
        [demand] هذا المطلب ناقص من الترجمة
        [signatory] هذا الموقّع ناقص من الترجمة
       *[other] لا مقابل { $kind ->
            [title] لهذا العنوان
            [lede] لهذه المقدّمة
            [heading] لهذا العنوان الفرعي
            [paragraph] لهذه الفقرة
            [list-item] لعنصر القائمة هذا
           *[other] لهذا المقطع ({ $kind })
        } من المصدر في الترجمة
    }
check-missing-segment-hint = { $kind ->
        [sentence] قارن هذه الفقرة جملةً جملة: في الترجمة جملة أقل مما في المصدر
       *[other] ترجِمه وأدرِجه في الترجمة عند السطر المعروض لها
    }
check-missing-segment-description = كتلة أو جملة من المصدر لا مقابل لها في الترجمة

check-extra-segment = لا مقابل { $kind ->
        [title] لهذا العنوان
        [lede] لهذه المقدّمة
        [heading] لهذا العنوان الفرعي
        [paragraph] لهذه الفقرة
        [demand] لهذا المطلب
        [signatory] لهذا الموقّع
        [list-item] لعنصر القائمة هذا
        [sentence] لهذه الجملة
       *[other] لهذا المقطع ({ $kind })
    } من الترجمة في المصدر
check-extra-segment-hint = احذفه، أو أضِفه إلى المصدر أولًا إن كان جزءًا من البيان
check-extra-segment-description = محتوى في الترجمة لا مقابل له في المصدر

check-moved-segment = موضع { $kind ->
        [title] هذا العنوان
        [lede] هذه المقدّمة
        [heading] هذا العنوان الفرعي
        [paragraph] هذه الفقرة
        [demand] هذا المطلب
        [signatory] هذا الموقّع
        [list-item] عنصر القائمة هذا
        [sentence] هذه الجملة
       *[other] هذا المقطع ({ $kind })
    } في الترجمة يختلف عمّا هو عليه في المصدر
check-moved-segment-hint = أعِده إلى ترتيب المصدر، كي تُقرأ النسخ بالتسلسل نفسه
check-moved-segment-description = كتلة تضعها الترجمة في موضع مختلف

check-restructured = { $change ->
        [merged] تدمج الترجمة { $source-segments } من المصدر في فقرة واحدة ({ $target-segments })
       *[split] تقسم الترجمة { $source-segments } من المصدر على فقرات عددها { $target-segments-count } ({ $target-segments })
    }
check-restructured-hint = لا نقص في الترجمة؛ لكن حافظ على تقسيم فقرات المصدر إن كانت النسخ ستُقرأ جنبًا إلى جنب
check-restructured-description = فقرات تدمجها الترجمة أو تقسمها (لا ضرر في ذلك؛ إذ تظلّ الأرقام والتواريخ والمصطلحات موضع مقارنة)

check-list-count = عدد عناصر { $kind ->
        [demands] قائمة المطالب
        [signatories] قائمة الموقّعين
       *[other] القائمة
    } في المصدر { $source-items }، وفي الترجمة { $target-items }
check-list-count-hint = يجب أن يرد كل مطلب وكل موقّع مرة واحدة بالضبط؛ قارِن القائمتين عنصرًا عنصرًا
check-list-count-description = قائمة (مطالب أو موقّعين أو غير ذلك) يختلف عدد عناصرها

check-list-numbering = رقم عنصر القائمة هذا { $found }، والمتوقَّع { $expected }
check-list-numbering-hint = أعِد ترقيم القائمة: 1، 2، 3 … (الأرقام ١، ٢، ٣ والأرقام ۱، ۲، ۳ متكافئة)
check-list-numbering-description = ترقيم قائمة يتخطّى رقمًا أو يكرّره

check-empty-segment = هذا المقطع من الترجمة فارغ
check-empty-segment-hint = اكتب الترجمة، أو احذف علامة القائمة الفارغة
check-empty-segment-description = كتلة فارغة أو عنصر قائمة فارغ في الترجمة

check-number-mismatch = الأرقام غير متطابقة: { $source-only-count ->
        [0] { $target-only } في الترجمة { $target-only-count ->
            [one] لا يرد
            [two] لا يردان
           *[other] لا ترد
        } في المصدر
       *[other] { $source-only } في المصدر { $source-only-count ->
            [one] لا يرد
            [two] لا يردان
           *[other] لا ترد
        } في الترجمة{ $target-only-count ->
            [0] {""}
           *[other] ، و{ $target-only } في الترجمة { $target-only-count ->
                [one] لا يرد
                [two] لا يردان
               *[other] لا ترد
            } في المصدر
        }
    }
check-number-mismatch-hint = صحّح الرقم؛ تُقبل الأرقام بأي خط، ويمكن أن يُكتب العدد بالكلمات (250000 = ٢٥٠٠٠٠ = 250 ألف = 250.000 في الكرمانجية)
check-number-mismatch-description = أرقام في زوج متقابل تختلف قيمتها

check-unit-mismatch = وحدة الرقم { $number } في المصدر { $source-unit ->
        [minute] الدقيقة
        [hour] الساعة
        [day] اليوم
        [week] الأسبوع
        [month] الشهر
        [year] السنة
        [decade] العقد
        [percent] النسبة المئوية
        [kilometre] الكيلومتر
        [mile] الميل
        [metre] المتر
        [foot] القدم
        [pound] الجنيه
        [dollar] الدولار
       *[euro] اليورو
    }، وفي الترجمة { $target-unit ->
        [minute] الدقيقة
        [hour] الساعة
        [day] اليوم
        [week] الأسبوع
        [month] الشهر
        [year] السنة
        [decade] العقد
        [percent] النسبة المئوية
        [kilometre] الكيلومتر
        [mile] الميل
        [metre] المتر
        [foot] القدم
        [pound] الجنيه
        [dollar] الدولار
       *[euro] اليورو
    }
check-unit-mismatch-hint = استخدم وحدة المصدر، أو حوّل الرقم أيضًا إن كان لا بدّ من تغيير الوحدة
check-unit-mismatch-description = رقم تختلف وحدته (أسابيع وأيام، جنيهات ودولارات، أميال وكيلومترات)

check-date-mismatch = { $paired-months-count ->
        [0] التاريخ مختلف: في المصدر { $source-date }، وفي الترجمة { $target-date }
       *[other] اسما الشهرين في { $target-date } يدلّان على شهرين مختلفين
    }
check-date-mismatch-hint = صحّح اليوم أو الشهر أو السنة ليدلّ النصّان على التاريخ نفسه
check-date-mismatch-description = تواريخ يختلف فيها اليوم أو الشهر أو السنة

check-date-calendar = يستخدم التاريخ { $date } شهرًا من التقويم الشمسي الكردي، لا شهرًا من التقويم الميلادي الذي يستخدمه المصدر
check-date-calendar-hint = تحقّق من التاريخ، أو اكتبه باسم الشهر الميلادي (کانوونی دووەم, Kanûna Paşîn …)
check-date-calendar-description = اسم شهر شمسي كردي (ڕێبەندان, Xakelêwe …) يحتاج إلى تحقّق

check-term-mismatch = لم يُترجَم «{ $term }» كما يقتضي المسرد{ $expected-count ->
        [0] {""}
       *[other] : المتوقَّع { $expected }
    }
check-term-mismatch-hint = استخدم الترجمة المعتمدة، أو أضِف هذه الترجمة إلى المسرد إن كانت صحيحة
check-term-mismatch-description = مصطلح من المسرد لا تتضمّن ترجمته أيًّا من المقابلات المعتمدة

check-latin-token = «{ $token }» الوارد في المصدر ناقص من الترجمة
check-latin-token-hint = أبقِ الاختصارات والروابط ورموز الوثائق كما هي في المصدر، أو أضِف لها مقابلًا في المسرد
check-latin-token-description = اختصار أو رابط أو بريد إلكتروني أو رمز وثيقة ناقص من الترجمة

check-untranslated = هذا المقطع من الترجمة هو نصّ المصدر نفسه، دون ترجمة
check-untranslated-hint = ترجِمه؛ أما الأسماء التي يجب أن تبقى كما هي فيمكن السماح بها بالتعليق <!-- align: allow untranslated -->
check-untranslated-description = مقطع في الترجمة ما زال نصّ المصدر نفسه

check-missing-content = لا يتجاوز طول ترجمة هذه الجملة { $share }% من الطول المعتاد لترجمات هذا المستند: يبدو أن جزءًا منها قد سقط{ $missing-count ->
        [0] {""}
       *[other] ؛ ومما لا يرد في الترجمة: { $missing }
    }
check-missing-content-hint = قارِنها بالمصدر عبارةً عبارة، وترجِم ما سقط منها
check-missing-content-description = جملة ترجمتها أقصر بكثير من أن تؤدي معناها كاملًا (سقطت منها عبارة أو أسماء أو نصف جملة)

check-length-ratio = نسبة طول هذه الترجمة إلى مصدرها { $ratio }، في حين أن النسبة المعتادة في هذه الترجمة { $typical }
check-length-ratio-hint = تحقّق من أنه لم تُسقَط أي عبارة من الترجمة ولم تُضَف إليها عبارة
check-length-ratio-description = زوج جمل تبتعد نسبة الطول فيه كثيرًا عن بقية المستند

check-wrong-script = { $scope ->
        [file] معظم هذا الملف مكتوب بالحرف { $found ->
            [latin] اللاتيني
           *[arabic] العربي
        } ({ $share }% من حروفه)، لكن لغة { $lang } تُكتب بالحرف { $expected ->
            [latin] اللاتيني
           *[arabic] العربي
        }
       *[block] هذا المقطع مكتوب بالحرف { $found ->
            [latin] اللاتيني
           *[arabic] العربي
        }، لكن لغة { $lang } تُكتب بالحرف { $expected ->
            [latin] اللاتيني
           *[arabic] العربي
        }
    }
check-wrong-script-hint = تحقّق من أن كل نص في ملفه الصحيح (ملف ckb.md للسورانية بالحرف العربي، وملف kmr.md للكرمانجية بالحرف اللاتيني)، وترجِم ما بقي بلغة أخرى
check-wrong-script-description = نص بغير خط لغته (ملف ckb بالحرف اللاتيني، أو فقرة بقيت بالإنجليزية)

check-orthography = { $problem ->
        [arabic-letters] حروف عربية في نص سوراني: { $letters } في { $words }
        [kurdish-letters] حروف فارسية أو كردية في نص عربي: { $letters } في { $words }
       *[no-kurdish-letters] لا توجد حروف كردية ({ $letters }) في هذا النص الكرمانجي الطويل
    }
check-orthography-hint = { $problem ->
        [arabic-letters] تكتب السورانية ی ک ە حيث تكتب العربية ي ك ة (انتقل إلى تخطيط لوحة مفاتيح كردي)
        [kurdish-letters] تكتب العربية ي ك ة وكذلك ب ج ز ف، حيث تكتب الفارسية والكردية ی ک ە وكذلك پ چ ژ ڤ
       *[no-kurdish-letters] هل كُتب هذا النص دون لوحة مفاتيح كردية؟ كتابة e, i, u, c, s في موضع ê, î, û, ç, ş تغيّر الكلمات
    }
check-orthography-description = نص سوراني فيه حروف خاصة بالعربية، أو نص عربي فيه حروف فارسية أو كردية، أو نص كرمانجي بلا ê î û ç ş

check-invisible-char = محارف غير مرئية قد تُخلّ بطريقة عرض هذا النص: { $problems }
check-invisible-char-hint = احذف المحارف غير المرئية (يمكن لمحرّر النصوص إظهارها)؛ أما ZWNJ (فاصل عدم الوصل) في السورانية فصحيح ولا يُبلَّغ عنه
check-invisible-char-description = محارف تحكّم شاردة في اتجاه الكتابة (bidi)، وعلامات اتجاه داخل الكلمات، ومسافات صفرية العرض

check-punctuation = في المصدر سؤال، لكن الترجمة ليست بصيغة سؤال
check-punctuation-hint = اختم السؤال المترجَم بعلامة ? أو ؟
check-punctuation-description = سؤال تُرجم بصيغة جملة خبرية (تُعدّ ? و؟ متكافئتين، وكذلك , و،)

check-broken-paragraph = تنتهي فقرة في منتصف جملة وتكتمل في السطر { $next-line }
check-broken-paragraph-hint = احذف السطر الفارغ الفاصل بين الجزأين
check-broken-paragraph-description = فقرة قطعها سطر فارغ في منتصف جملة
check-stale-pin = لم يعد التثبيت { $source } = { $target } ساريًا: { $reason ->
        [changed] تغيّر نص كتله منذ إنشائه
        [unknown-block] لم تعد الكتلة { $block } موجودة في الملف
       *[disordered] كتله غير متتالية أو يتقاطع مع تثبيت آخر
    }؛ يقابل المُحاذي بين هذه الكتل بنفسه
check-stale-pin-hint = راجع المقابلة (align show) ثم ثبّتها من جديد (align pin DIR --lang LANG SOURCE=TARGET) أو احذف التثبيت (align pin DIR --lang LANG --remove SOURCE)
check-stale-pin-description = تثبيت (تصحيح للمقابلة) تغيّرت كتله منذ إنشائه
check-unknown-allow = التعليق <!-- align: allow { $id } --> لا يسمّي أي فحص، فلا يسمح بشيء؛ هل تقصد { $nearest }؟
check-unknown-allow-hint = صحّح المعرّف في التعليق (يعرض الأمر align check --list-checks جميع المعرّفات)
check-unknown-allow-description = تعليق سماح لا يسمّي أي فحص (معرّف فيه خطأ إملائي)

## `align check`: command line

cli-check-about = البحث عمّا هو ناقص أو مختلف في الترجمات قبل النشر
cli-check-long-about = يقابل كل ترجمة لكل بيان بنصّها المصدر، ويُبلغ عن كل ما قد يجعل النسخ المنشورة تقول أشياء مختلفة: الفقرات والجمل الناقصة أو المضافة، وعناصر القوائم، والأرقام، والتواريخ، ومصطلحات المسرد، والاختصارات، والنص غير المترجم أو الفارغ، والنص المكتوب بغير خط لغته. رمز الخروج 0 إذا لم يُعثر على شيء في مستوى الإخفاق أو أعلى منه، و1 إذا عُثر على شيء، و2 عند خطأ في الاستخدام أو في المدخلات.

    أمثلة:
      align check
      align check statements/aleppo-2026-01 --lang ar
      align check statements/aleppo-2026-01/ar.md
      align check --source udhr.en.md udhr.ar.md
      align check --format github --fail-on warning
cli-check-arg-paths = مجلدات بيانات صحفية، أو ملفات بيان: ملف ترجمة (ar.md) يفحص تلك الترجمة، وملف المصدر (en.md) أو statement.yaml أو align.lock يفحص البيان كله؛ وتُتخطّى الملفات الأخرى. الافتراضي: جميع البيانات الصحفية في المشروع
cli-check-arg-format = human (الافتراضي)، أو concise (سطر واحد لكل نتيجة: path:line:col: level[check] message)، أو json، أو github (تعليقات توضيحية لسير العمل وملخّص للمهمة)، أو junit، أو sarif
cli-check-arg-fail-on = أدنى درجة خطورة تجعل رمز الخروج 1: error (الافتراضي) أو warning؛ وnever يُبلغ دون إخفاق (وتبقى أخطاء المدخلات برمز الخروج 2)
cli-check-arg-lang = هذه الترجمات فقط (رموز مفصولة بفواصل)؛ وهي أيضًا لغة ملفات الترجمة التي لا يدلّ اسمها عليها
cli-check-arg-source = ملف المصدر لملفات ليست في مجلد بيان؛ وتكون المسارات عندئذٍ ترجماته (align check --source udhr.en.md udhr.ar.md)
cli-check-arg-files-from = قراءة مسارات إضافية من هذا الملف، مسار في كل سطر أو مفصولة بالحرف NUL؛ و- تعني القراءة من الدخل القياسي (git diff --name-only | align check --files-from -)
cli-check-arg-list-checks = عرض الفحوص ومعرّفاتها ودرجات خطورتها الافتراضية، ثم الخروج
cli-check-arg-baseline = تجاهُل النتائج المسجَّلة في ملف خط الأساس هذا
cli-check-arg-no-cache = فحص كل شيء من جديد دون قراءة ذاكرة التخزين المؤقت أو الكتابة فيها (‎.align_cache‎ في جذر المشروع)
cli-check-arg-write-baseline = تسجيل النتائج الحالية في ملف خط الأساس هذا (يُكتب من جديد) ثم الخروج بالرمز 0
check-baseline-written = { $count ->
        [zero] لم تُسجَّل أي نتيجة
        [one] سُجّلت نتيجة واحدة
        [two] سُجّلت نتيجتان
        [few] سُجّلت { $count } نتائج
        [many] سُجّلت { $count } نتيجة
       *[other] سُجّلت { $count } نتيجة
    } في { $path }

check-skipped = تُخطّي { $path }: ليس جزءًا من أي بيان
check-skipped-hint = لفحص ملفات خارج مجلد بيان، سمِّ ملف المصدر: align check --source en.md ar.md
check-config = يُستخدَم { $path } لـ{ $statements ->
        [one] بيان صحفي واحد
        [two] بيانين صحفيين
        [few] { $statements } بيانات صحفية
        [many] { $statements } بيانًا صحفيًا
       *[other] { $statements } بيان صحفي
    }
check-no-config = لا يوجد align.yaml: الإعدادات الافتراضية لـ{ $statements ->
        [one] بيان صحفي واحد
        [two] بيانين صحفيين
        [few] { $statements } بيانات صحفية
        [many] { $statements } بيانًا صحفيًا
       *[other] { $statements } بيان صحفي
    }
## Source drift: `align accept`, `align diff`, and the drift checks of `align check`
## (a lock file, align.lock, records the source as it stood when each translation was accepted)

check-source-drift = تغيّر المصدر منذ اعتماد هذه الترجمة في { $accepted } ({ $grade ->
        [number] تغيّر رقم
        [date] تغيّر تاريخ
        [name] تغيّر اسم
        [negation] أُضيف نفي أو حُذف
        [punctuation] علامات الترقيم فقط
       *[wording] تغيّرت الصياغة
    }): { $changes }
check-source-drift-hint = عدِّل الترجمة لتوافق نصّ المصدر الجديد، ثم نفّذ: align accept { $dir } --lang { $lang } --segment { $segment }؛ ويعرض align diff { $dir } --lang { $lang } التغيير كاملًا
check-source-drift-description = مقطع من المصدر عُدِّل بعد اعتماد ترجمته (يتطلّب ملف align.lock)
check-new-source = أُضيف هذا المقطع إلى المصدر بعد اعتماد الترجمة، ولا مقابل له في الترجمة
check-new-source-hint = ترجِمه وأدرِجه في الترجمة عند السطر المعروض لها، ثم نفّذ align accept
check-new-source-description = مقطع أُضيف إلى المصدر بعد اعتماد الترجمة، وهو ناقص من الترجمة
check-removed-source = لم يعد هذا المقطع موجودًا في المصدر (كان المقطع { $accepted-segment } عند الاعتماد في { $accepted })، لكنّ الترجمة ما زالت تتضمّن ترجمته
check-removed-source-hint = احذفه من الترجمة، ثم نفّذ align accept
check-removed-source-description = مقطع حُذف من المصدر بعد اعتماد الترجمة، وما زال موجودًا في الترجمة
check-target-changed = تغيّرت الترجمة منذ اعتمادها في { $accepted }، في حين لم يتغيّر مصدرها
check-target-changed-hint = اطلب مراجعة التعديل، ثم نفّذ align accept لتسجيله
check-target-changed-description = ترجمة عُدِّلت بعد اعتمادها مع أن مصدرها بقي كما هو

error-lock-version = كُتب ملف الاعتماد هذا بإصدار أحدث من align (الصيغة { $found }؛ وهذا الإصدار من align يقرأ الصيغة { $supported })
error-lock-version-hint = حدِّث align؛ ولا تحذف ملف الاعتماد ولا تعدّله، فهو يسجّل ما اعتُمد
error-lock-statement = ملف الاعتماد هذا يخصّ البيان «{ $found }»، لا البيان «{ $expected }»
error-lock-statement-hint = إذا تغيّر اسم مجلد البيان، فعدِّل السطر «statement: { $found }» في ملف align.lock ليصبح «statement: { $expected }»؛ وإذا نُسخ ملف الاعتماد من بيان آخر، فاسترجِع ملف align.lock الخاص بهذا البيان من نظام إدارة الإصدارات
error-not-accepted = لم تُعتمد الترجمة { $lang }: فيها { $errors ->
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } (انظر أعلاه)
error-not-accepted-hint = صحّح الأخطاء ثم نفّذ align accept من جديد، أو استخدم الخيار --force لاعتمادها رغم ذلك
error-unknown-segment = لا يوجد في المصدر مقطع بالمعرّف «{ $id }»
error-unknown-segment-hint = معرّفات المقاطع هي التي يعرضها align segment: title، lede، h1، p3، l1.2 (كتلة كاملة، لا جملة)
error-no-lock = لا يوجد ملف align.lock لهذا البيان: لم تُعتمد أي ترجمة بعد
error-no-lock-hint = نفّذ align accept على مجلد البيان حين تكون ترجماته قد دُقّقت واكتملت

accept-done = اعتُمد { $path }: { $count ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $count } مقاطع
        [many] { $count } مقطعًا
       *[other] { $count } مقطع
    }
accept-segment = اعتُمد المقطع { $segment } في { $path }
accept-forced = اعتُمد { $path } رغم وجود { $errors ->
        [one] خطأ واحد
        [two] خطأين
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } (--force)
accept-written = كُتب الملف { $path }
accept-unchanged = الملف { $path } يسجّل هذا بالفعل؛ لم يُكتب شيء

diff-changed = { $segment }: تغيّر منذ اعتماده في { $accepted } — { $grade ->
        [number] تغيّر رقم
        [date] تغيّر تاريخ
        [name] تغيّر اسم
        [negation] أُضيف نفي أو حُذف
        [punctuation] علامات الترقيم فقط
       *[wording] تغيّرت الصياغة
    }
diff-was = (كان: { $old })
diff-new = { $segment }: أُضيف إلى المصدر بعد اعتماد الترجمة
diff-removed = { $segment }: حُذف من المصدر بعد اعتماده في { $accepted }
diff-not-in-source = (لم يعد موجودًا في المصدر)
diff-not-in-translation = (غير موجود في الترجمة)
diff-none = { $statement }: لم يتغيّر المصدر منذ اعتماد الترجمات
diff-summary = { $statement }: { $count ->
        [zero] لم يتغيّر أي مقطع
        [one] تغيّر مقطع واحد
        [two] تغيّر مقطعان
        [few] تغيّرت { $count } مقاطع
        [many] تغيّر { $count } مقطعًا
       *[other] تغيّر { $count } مقطع
    } منذ الاعتماد ({ $langs })
diff-never-accepted = لم تُعتمد الترجمة { $lang } قطّ: نفّذ align accept { $dir } --lang { $lang }

cli-accept-about = تسجيل اعتماد الترجمات مقابل المصدر بصيغته الحالية (يكتب ملف align.lock)
cli-accept-long-about = يدقّق كل ترجمة، فإذا لم يجد فيها align check أي خطأ، سجّل في ملف align.lock الخاص بالبيان، لكل مقطع من المصدر، نصَّ المصدر كما هو الآن وبصمةً للترجمة المقابلة له. ومن ثَمّ يُبلغ align check عن source-drift و new-source و removed-source عندما يتغيّر المصدر، ويعرض align diff ما تغيّر بالضبط. لا تُعدَّل ملفات الترجمة أبدًا؛ إذ يُكتب ملف الاعتماد في ملف مؤقّت ثم يحلّ محلّ الملف القديم.

    أمثلة:
      align accept statements/aleppo-2026-01
      align accept statements/aleppo-2026-01 --lang ar
      align accept statements/aleppo-2026-01 --lang kmr --segment p4
cli-accept-arg-dir = مجلد بيان
cli-accept-arg-lang = هذه الترجمات فقط (رموز مفصولة بفواصل)؛ الافتراضي: جميع الترجمات
cli-accept-arg-segment = هذا المقطع من المصدر فقط (معرّف كتلة كما يعرضه align segment: p4، l1.2)
cli-accept-arg-force = الاعتماد حتى لو وجد align check أخطاء في الترجمة

cli-diff-about = عرض ما تغيّر في المصدر منذ اعتماد كل ترجمة
cli-diff-long-about = يقارن المصدر بالنص المسجَّل في ملف align.lock عند اعتماد كل ترجمة، ويعرض كل مقطع تغيّر أو أُضيف أو حُذف: فروق الكلمات في المصدر (الكلمات المحذوفة والمضافة بالألوان، أو بين العلامتين [-…-] و {"{"}+…+{"}"} عند عدم استخدام الألوان) بجانب الترجمة كما هي الآن، مع الملف ورقم السطر. رمز الخروج 0 إذا لم يتغيّر شيء، و1 إذا تغيّر شيء، و2 عند خطأ في المدخلات.

    أمثلة:
      align diff statements/aleppo-2026-01
      align diff statements/aleppo-2026-01 --lang ar --stacked
      align diff statements/aleppo-2026-01 --format json
cli-diff-arg-dir = مجلد بيان
cli-diff-arg-lang = هذه الترجمات فقط (رموز مفصولة بفواصل)؛ الافتراضي: جميع الترجمات
cli-diff-arg-format = صيغة الإخراج: text لقراءة الأشخاص، أو json للبرامج
cli-diff-arg-stacked = عرض الترجمة تحت المصدر بدلًا من بجانبه (للطرفيات الضيّقة)

## `align publish`: الملفات المنشورة (تسميات بلغة الواجهة)

publish-unchecked-review = كل خطأ بجانب نصه: صفحة المراجعة.
publish-unchecked = نسخة غير مدقَّقة: وجد align check في هذا البيان { $errors ->
        [one] خطأً واحدًا
        [two] خطأين
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، ونُشر رغم ذلك (--force). لا تنشر هذه النسخة.
publish-missing = (لا مقابل له في هذه الترجمة)
publish-added = (أُضيف في الترجمة، ولا يرد في المصدر)
publish-covered = (مدمج مع المقطع أعلاه)
publish-drifted = (تغيّر مصدر هذا المقطع بعد اعتماد الترجمة)
publish-versions = اقرأ هذا البيان بلغة أخرى:
publish-all-languages = كل اللغات
publish-date = { $date }
publish-footer = أُنشئ بالأداة align { $version } من البيان { $statement } ({ $langs }) بتاريخ { $date }. { $checked ->
        [yes] اجتازت جميع الترجمات تدقيق align check.
       *[no] نسخة غير مدقَّقة: وجد align check أخطاء.
    }

## `align publish`: سطر الأوامر

publish-refused = لم يُنشر شيء: { $errors ->
        [one] بقي خطأ واحد
        [two] بقي خطآن
        [few] بقيت { $errors } أخطاء
        [many] بقي { $errors } خطأً
       *[other] بقي { $errors } خطأ
    } (انظر أعلاه)؛ صحّح الأخطاء، أو استخدم الخيار --force لنشر الملفات موسومةً بأنها غير مدقَّقة
publish-forced = يجري النشر رغم وجود { $errors ->
        [one] خطأ واحد
        [two] خطأين
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } (--force): تُوسَم جميع الملفات بأنها غير مدقَّقة
publish-written = نُشر البيان { $statement }: { $count ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفًا
       *[other] { $count } ملف
    } في { $dir }
error-would-overwrite = لن يُكتب شيء هنا: هذا الملف جزء من البيان
error-would-overwrite-hint = اختر مجلد إخراج آخر بالخيار --out

cli-publish-about = نشر النسخ المتوازية (HTML، Markdown، TMX، XLIFF، TSV) بعد اجتياز align check
cli-publish-long-about = يُجري فحوص align check على كل بيان، فإذا لم يبقَ فيه أي خطأ، كتب نسخه المتوازية: صفحة HTML مستقلة بذاتها تعرض جميع اللغات جنبًا إلى جنب (وصفحة لكل زوج من اللغات) وتعرض العربية والسورانية من اليمين إلى اليسار، وملف Markdown، وذاكرة ترجمة بصيغة TMX، وملفًا بصيغة XLIFF 2.0 وآخر بصيغة TSV لكل ترجمة. تُكتب الملفات أولًا باسم مؤقّت ثم تُعاد تسميتها، وتوضع في المجلد out/ الخاص بالبيان ما لم يُحدَّد غير ذلك بالخيار --out أو بالمفتاح publish.out في ملف align.yaml؛ ولا تُعدَّل ملفات البيان نفسها أبدًا. وإذا بقي أي خطأ، فلا يكتب شيئًا ويخرج بالرمز 1؛ أما الخيار --force فينشر رغم ذلك ويسم جميع الملفات بأنها غير مدقَّقة.

    أمثلة:
      align publish statements/aleppo-2026-01
      align publish statements/aleppo-2026-01 --format html --out public
      align publish statements/aleppo-2026-01 --lang ar --format tmx,xliff --segtype paragraph
cli-publish-arg-dirs = مجلدات البيانات الصحفية
cli-publish-arg-lang = هذه الترجمات فقط (رموز مفصولة بفواصل)؛ الافتراضي: جميع الترجمات
cli-publish-arg-format = الصيغ المراد كتابتها، مفصولة بفواصل: html, md, tmx, xliff, tsv؛ الافتراضي: جميعها
cli-publish-arg-out = المجلد الذي تُكتب فيه الملفات؛ الافتراضي: publish.out في ملف align.yaml، وإلا فالمجلد out/ الخاص بكل بيان
cli-publish-arg-force = النشر حتى لو وجد align check أخطاء، مع وسم جميع الملفات بأنها غير مدقَّقة
cli-publish-arg-segtype = وحدات الترجمة في ملف TMX: sentence (جملة جملة، الافتراضي) أو paragraph (فقرة فقرة)
error-duplicate-output = سيُنشر بيانان صحفيان في هذا الملف نفسه (لأن لهما الاسم نفسه)
error-duplicate-output-hint = انشرهما واحدًا تلو الآخر، مع تحديد مجلد إخراج خاص بكلٍّ منهما بالخيار --out
error-first-accept-whole = لم تُعتمد الترجمة { $lang } كاملةً قطّ، لذا لا يمكن اعتماد مقطع واحد منها وحده
error-first-accept-whole-hint = نفّذ align accept أولًا دون الخيار --segment (فهو يدقّق كل المقاطع ويسجّلها)

# Usage errors (clap's, in the interface language)
cli-error-unknown-argument = خيار أو وسيط غير معروف { $arg }
cli-error-unknown-command = أمر غير معروف { $command }
cli-error-missing-value = يحتاج { $arg } إلى قيمة
cli-error-invalid-value = { $value } ليست قيمة صالحة لـ { $arg }
cli-error-missing-argument = الوسيط المطلوب { $arg } غير موجود
cli-error-missing-command = يلزم ذكر أمر (check أو publish أو show …)
cli-error-conflict = لا يمكن استعمال { $arg } مع { $other }
cli-error-values = عدد القيم غير صحيح لـ { $arg }
cli-error-other = تعذّرت قراءة سطر الأوامر: { $detail }
cli-error-did-you-mean = هل تقصد { $suggestion }؟
cli-error-possible-values = القيم الممكنة: { $values }
cli-error-more = يشرح { $help } كل الخيارات

cli-completions-about = طباعة سكربت الإكمال التلقائي لصدفة (bash أو zsh أو fish أو powershell أو elvish)
cli-completions-long-about = يطبع سكربت الإكمال التلقائي للصدفة على المخرج القياسي، مولَّدًا من التعريف نفسه الذي يعرضه ‎--help‎. في bash: align completions bash > ~/.local/share/bash-completion/completions/align. في zsh: align completions zsh > ~/.zfunc/_align (مع fpath+=~/.zfunc قبل compinit). في fish: align completions fish > ~/.config/fish/completions/align.fish.
cli-completions-arg-shell = الصدفة: bash أو zsh أو fish أو powershell أو elvish
check-progress = جارٍ فحص البيانات الصحفية: { $done } من { $total }

cli-pin-about = تصحيح المقابلة: تحديد أيّ كتل المصدر تقابلها أيّ كتل الترجمة
cli-pin-long-about = يسجّل التثبيتات في ملف pins.yaml الخاص بالبيان: align pin DIR --lang ar p4=p4,p5 تعني أن كتلة المصدر p4 تقابلها الكتلتان p4 وp5 في الترجمة العربية (معرّفات الكتل كما يطبعها align segment وalign show). كل أمر يقابل بين النصوص يلتزم بالتثبيتات (check وshow وpublish وaccept وdiff وصفحة المراجعة). يبقى التثبيت ساريًا ما دام نص كتله لم يتغيّر؛ بعد أي تعديل يُبلغ عنه align check ‏(stale-pin) ولا يعود ساريًا. لا يُخفي التثبيت أي نقص أبدًا: الدمج الذي يفرضه يُتحقَّق منه كأي دمج آخر. وإذا لم تُذكر تثبيتات، يعرض التثبيتات الموجودة وهل ما زال كلٌّ منها ساريًا.

    أمثلة:
      align pin statements/aleppo-2026-01 --lang ar p4=p4,p5
      align pin statements/aleppo-2026-01 --lang ckb l1.2,l1.3=l1.2
      align pin statements/aleppo-2026-01
      align pin statements/aleppo-2026-01 --lang ar --remove p4
cli-pin-arg-dir = مجلد بيان
cli-pin-arg-pins = تثبيتات تُضاف: معرّفات كتل المصدر، ثم =، ثم معرّفات كتل الترجمة (p4=p4,p5؛ l1.2,l1.3=l1.2)؛ التثبيت الجديد يحلّ محلّ أي تثبيت يشاركه كتلةً
cli-pin-arg-lang = الترجمة التي تخصّها التثبيتات (ar أو ckb أو kmr …)
cli-pin-arg-remove = حذف تثبيتات هذه الترجمة التي تضمّ كتل المصدر هذه (معرّفات مفصولة بفواصل)
pin-added = ثُبّت في { $lang }: { $source } = { $target }
pin-removed = { $count ->
        [zero] لم يُحذف أي تثبيت من { $lang }
        [one] حُذف تثبيت واحد من { $lang }
        [two] حُذف تثبيتان من { $lang }
        [few] حُذفت { $count } تثبيتات من { $lang }
        [many] حُذف { $count } تثبيتًا من { $lang }
       *[other] حُذف { $count } تثبيت من { $lang }
    }
pin-written = كُتب: { $path }
pin-listed = { $lang }: { $source } = { $target } ({ $state ->
        [applies] سارٍ
        [changed] غير سارٍ: تغيّر النص
        [unknown-block] غير سارٍ: كتلة لم تعد موجودة
       *[disordered] غير سارٍ: خارج الترتيب
    })
pin-none = لا توجد تثبيتات في { $dir }
pin-lang-needed = حدّد الترجمة التي تخصّها التثبيتات: ‎--lang ar‎ (أو ckb أو kmr …)
pin-no-translation = لا توجد في { $dir } ترجمة بلغة { $lang }
pin-bad-spec = «{ $spec }» ليس تثبيتًا: اكتب معرّفات كتل المصدر، ثم =، ثم معرّفات كتل الترجمة (p4=p4,p5)
pin-unknown-block = لا توجد كتلة { $block } في { $path } (يعرض align segment المعرّفات)
pin-not-consecutive = كتل «{ $spec }» غير متتالية: التثبيت يجمع كتلًا متجاورة
pin-too-large = «{ $spec }» يجمع كتلًا أكثر مما ينبغي: أربع على الأكثر في جهة واحدة، وثلاث حين تضمّ الجهتان أكثر من كتلة
