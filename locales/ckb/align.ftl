## align: messages for people (English, the reference locale).
## Every other locale has exactly these ids, with the same variables.
## Machine formats (JSON, SARIF, JUnit, GitHub annotations) never use this file.

## Labels

label-error = هەڵە
label-warning = ئاگاداری
label-info = تێبینی
label-hint = ڕێنمایی

## Errors on input (printed as "error: PATH:LINE:COL: message")

error-not-found = ئەم فایلە یان بوخچەیە بوونی نییە
error-not-found-hint = ڕێڕەوەکە بپشکنە؛ بەیاننامەکان لە statements/<name>/ دادەنرێن، بۆ هەر زمانێک فایلێک (en.md، ar.md، kmr.md، ckb.md)
error-unreadable = ناتوانرێت ئەم فایلە بخوێنرێتەوە: { $reason }
error-invalid-utf8 = ئەم فایلە بە UTF-8ی دروست نییە (یەکەم بایتی نادروست لە شوێنی { $offset } دایە)
error-invalid-utf8-hint = لە دەستکاریکەری دەقەکەتدا فایلەکە بە UTF-8 پاشەکەوت بکە ("Save with encoding" → UTF-8)
error-empty = ئەم فایلە بەتاڵە
error-empty-hint = فایلی بەیاننامە لانیکەم پێویستی بە ناونیشانێکە؛ دەقەکە بنووسە یان فایلەکە بسڕەوە
error-no-source = فایلی سەرچاوە ({ $lang }.md) لەم بوخچەیەدا نییە
error-no-source-hint = بوخچەی بەیاننامە بۆ هەر زمانێک فایلێکی تێدایە؛ زمانی سەرچاوە بە «source:» لە statement.yaml دیاری دەکرێت (بنەڕەت: en)
error-no-language-files = هیچ فایلێکی زمان لێرە نییە (en.md، ar.md، kmr.md، ckb.md …)
error-no-language-files-hint = هەر فایلێک بە کۆدی زمانەکەی ناو بنێ: en.md، ar.md، kmr.md، ckb.md
error-unknown-language = کۆدی زمانی «{ $code }» نەناسراوە (کۆدە ناسراوەکان: { $known })
error-language-from-name = ناتوانرێت لە ناوەکەیەوە زمانی ئەم فایلە بزانرێت
error-language-from-name-hint = بە کۆدی زمانەکەی ناوی لێ بنێ (ar.md، udhr.ar.md) یان زمانەکە بە --lang دیاری بکە
error-yaml = YAML نادروستە: { $message }
error-yaml-hint = ئەو دێڕەی نیشان دراوە ڕاست بکەرەوە؛ لە YAML دا بۆشایی سەرەتای دێڕەکان گرنگە و شێوەی «key: value» بەکاردێت
error-usage = { $message }
error-write = ناتوانرێت لەم فایلەدا بنووسرێت: { $reason }
error-not-a-file = ئەمە فایلێکی ئاسایی نییە، بەڵکو { $what ->
        [directory] بوخچەیەکە
        [fifo] بۆرییەکی ناونراوە (FIFO)
        [device] ئامێرێکە
        [socket] سۆکێتێکە
        [symlink-loop] بەستەرێکی هێماییە کە دەگەڕێتەوە سەر خۆی
       *[other] شتێکی ترە
    }؛ align تەنیا فایلی ئاسایی دەخوێنێتەوە
error-not-a-file-hint = دەقەکە خۆی بخەرە ناو ئەم فایلەوە، یان ئەوەی لێرەیە لابەرە
error-too-large = قەبارەی ئەم فایلە { $size } بایتە، کە لە سنووری { $limit } بایت زیاترە
error-too-large-hint = فایلی بەیاننامە بە زۆری چەند کیلۆبایتێکە؛ ئەگەر ئەمە بەیاننامەیەکی ڕاستەقینەیە، بەهای «limits: file_size:» لە align.yamlدا بەرز بکەرەوە
error-too-many-blocks = ئەم فایلە { $count } بلۆکی تێدایە (پەرەگراف، سەردێڕ، بڕگەی لیست)، کە لە سنووری { $limit } زیاترە
error-too-many-blocks-hint = دڵنیا ببەرەوە کە ئەمە بەیاننامەیەکە؛ ئەگەر وایە، بەهای «limits: blocks:» لە align.yamlدا بەرز بکەرەوە
error-too-deep = قووڵیی ئەم فایلەی YAML لە { $limit } ئاست زیاترە
error-too-deep-hint = فایلەکانی YAMLی align تەنیا چەند ئاستێک قووڵن؛ بۆشاییەکانی سەرەتای دێڕەکان و کەوانەکانی فایلەکە بپشکنە
error-not-owned = لەم بوخچەیەدا هیچ شتێک بڵاو ناکرێتەوە: فایلی تێدایە کە align publish نەینووسیون
error-not-owned-hint = بە --out بوخچەیەکی بەتاڵ یان نوێ هەڵبژێرە (align ئەو بوخچانە نیشانە دەکات کە تێیاندا بڵاو دەکاتەوە)
error-not-a-directory = ئەمە فایلێکە، لە کاتێکدا بوخچەیەک چاوەڕوان دەکرێت
error-not-a-directory-hint = ناوی بوخچەیەک بنووسە (ئەگەر بوونی نەبێت، دروست دەکرێت)
error-not-a-baseline = فایلی بنچینە (baseline) لێرە نانووسرێت: ئەم فایلە هەیە و فایلی بنچینە نییە
error-not-a-baseline-hint = ناوێکی تر بۆ فایلی --write-baseline هەڵبژێرە (بۆ نموونە align-baseline.yaml)
error-duplicate-target = «{ $code }» دوو جار لە «targets:»دا هاتووە
error-duplicate-target-hint = هەر زمانێکی وەرگێڕان تەنیا یەک جار بنووسە
error-empty-targets = «targets:» هیچ زمانێکی تێدا نییە
error-empty-targets-hint = زمانەکانی وەرگێڕان بنووسە (targets: [ar, kmr, ckb])، یان «targets:» لابەرە بۆ ئەوەی هەموو ئەو فایلانەی زمان کە هەن بپشکنرێن
error-missing-glossary = align.yaml ناوی فەرهەنگۆکی { $glossary } دەهێنێت، بەڵام ئەو فایلە بوونی نییە
error-missing-glossary-hint = فەرهەنگۆکەکە دروست بکە، یان «glossary:» لە align.yamlدا ڕاست بکەرەوە یان لایبەرە
error-ui-lang = زمانی ڕووکاری «{ $code }» پشتگیری ناکرێت (زمانە بەردەستەکان: { $known })

## Segmenting notices

notice-broken-paragraph = ئەم پەرەگرافە لە ناوەڕاستی ڕستەیەکدا کۆتایی دێت و لە دێڕی { $next }دا درێژە دەکێشێت؛ هەردووکیان وەک یەک پەرەگراف خوێندرانەوە
notice-broken-paragraph-hint = دێڕە بەتاڵەکەی نێوان ئەو دوو بەشە لابەرە
notice-repeated-block = ئەم بلۆکە { $of ->
        [title] ناونیشانەکە
       *[lede] پێشەکییەکە
    } دووبارە دەکاتەوە، بۆیە پشتگوێ خرا
notice-empty-list-item = نیشانەیەکی لیست کە هیچ دەقێکی بە دوادا نەهاتبوو پشتگوێ خرا
notice-list-continued = ئەم لیستە ژمارەکانی لیستەکەی سەرەوە درێژە پێدەدات؛ هەردووکیان وەک یەک لیست خوێندرانەوە
notice-indented-paragraph = ئەم پەرەگرافە بە چوار بۆشایی یان زیاتر چووەتە ژوورەوە، کە Markdown وەک کۆد دەیخوێنێتەوە؛ بەڵام وەک پەرەگراف خوێندرایەوە
notice-indented-paragraph-hint = بۆشاییەکانی سەرەتای دێڕ لابەرە (لکاندنی دەق لە ئیمەیڵێکەوە زۆرجار زیادیان دەکات)
notice-raw-html = ئەم بلۆکە HTMLی خاوە؛ وەک دەقی ئاسایی دەخوێندرێتەوە، دەپشکنرێت و بڵاو دەکرێتەوە، و هەرگیز وەک تاگی HTML مامەڵەی لەگەڵ ناکرێت

## `align segment`

segment-summary = { $path } ({ $lang }): { $blocks ->
        [one] یەک بلۆک
       *[other] { $blocks } بلۆک
    }، { $lists ->
        [one] یەک لیست
       *[other] { $lists } لیست
    }، { $sentences ->
        [one] یەک ڕستە
       *[other] { $sentences } ڕستە
    }
segment-list = لیستی { $id } ({ $kind }): { $items ->
        [one] یەک بڕگە
       *[other] { $items } بڕگە
    }

## Command-line help

cli-about = پشکنین و بڵاوکردنەوەی بەیاننامە فرەزمانەکان: segment، align، check، publish.
cli-long-about = align دڵنیا دەبێتەوە کە وەشانە زمانییەکانی بەیاننامەیەک هەمان شت دەڵێن. هەر وەشانێک دابەش دەکات بۆ بلۆک و ڕستە، هەر وەرگێڕانێک لەگەڵ سەرچاوەکەیدا جووت دەکات، و پێش ئەوەی هیچ شتێک بڵاو بکرێتەوە ڕایدەگەیەنێت چی کەمە، چی زیاد کراوە و چی جیاوازە (ژمارە، بەروار، ناو، لیست).
cli-heading-commands = فەرمانەکان
cli-heading-arguments = ئارگومێنتەکان
cli-heading-options = بژاردەکان
cli-heading-usage = بەکارهێنان:
cli-arg-help = یارمەتی پیشان بدە (بۆ زانیاریی زیاتر --help بەکاربهێنە)
cli-arg-version = ژمارەی وەشان پیشان بدە
cli-arg-ui-lang = زمانی پەیامەکانی خودی align: en، ar، ckb، kmr [بنەڕەت: لە ALIGN_UI_LANG، LC_ALL، LC_MESSAGES یان LANG وەردەگیرێت، ئەگینا en]
cli-arg-color = کەی ڕەنگ بەکاربهێنرێت: auto (کاتێک بۆ تێرمیناڵ دەنووسرێت و NO_COLOR دانەنراوە)، always، never
cli-arg-quiet = تەنها ئەنجامەکان پیشان بدە: بێ تێبینی و بێ پوختە
cli-arg-verbose = هەروەها بڵێ کام align.yaml بەکار دێت و کام فایلی دراو پشتگوێ خرا
cli-arg-config = ئەو فایلەی پڕۆژە کە لە جیاتی نزیکترین align.yaml بەکاردەهێنرێت
cli-segment-about = پیشان بدە بەیاننامەیەک چۆن بۆ بلۆک و ڕستە دابەش دەکرێت، لەگەڵ ناسنامە و ژمارەی دێڕەکان
cli-segment-long-about = هەموو بلۆکێک (ناونیشان، پێشەکی، سەردێڕ، پەرەگراف، داواکاری، واژۆکار، بڕگەی لیست) و ڕستەکانی پیشان دەدات، لەگەڵ ئەو ناسنامانەی فەرمانەکانی تر بەکاریان دەهێنن و شوێنەکەیان بە شێوەی فایل:دێڕ:ستوون. یەک فایلی Markdown یان بوخچەیەکی بەیاننامە (بە هەموو فایلە زمانییەکانییەوە) بدە.

    نموونەکان:
      align segment statements/aleppo-2026-01
      align segment statements/aleppo-2026-01/ar.md --format json
cli-segment-arg-path = فایلێکی بەیاننامە (en.md، ar.md …) یان بوخچەیەکی بەیاننامە
cli-segment-arg-format = شێوازی دەرچوون: text بۆ خوێندنەوەی مرۆڤ، json بۆ پرۆگرامەکان
cli-segment-arg-lang = زمانی فایلەکە، کاتێک ناوەکەی زمانەکە دیاری ناکات (en، ar، kmr، ckb)

## `align show`

show-summary = { $source } → { $target }: { $beads ->
        [one] یەک جووتە بلۆک
       *[other] { $beads } جووتە بلۆک
    } ({ $one } یەک بە یەک، { $omitted } لابراو، { $added } زیادکراو)
show-confidence = دڵنیایی { $value }
show-moved = گوێزراوەتەوە: لەگەڵ { $other } جووت دەبێت

cli-show-about = وەرگێڕانێک لە تەنیشت سەرچاوەکەیەوە پیشان بدە، بەو شێوەیەی align جووتیان دەکات
cli-show-long-about = هەر وەرگێڕانێکی بەیاننامەیەک لەگەڵ سەرچاوەکەیدا ڕێک دەخات، سەرەتا بلۆکەکان و پاشان ڕستەکانی ناویان، و لە تەنیشت یەکترەوە پیشانیان دەدات: کام بلۆک و ڕستە وەرگێڕانی کامەیە، جۆری جووتەکە (1-1، 2-1، 1-0 بۆ شتێکی لابراو، 0-1 بۆ شتێکی زیادکراو) و جووتکردنەکە تا چەند دڵنیایە. بەکاری بهێنە بۆ ئەوەی بزانیت بۆچی پشکنینێک دەڵێت شتێک کەمە.

    نموونەکان:
      align show statements/aleppo-2026-01 --lang ar
      align show statements/aleppo-2026-01 --lang ckb --stacked
      align show statements/aleppo-2026-01 --format json
cli-show-arg-dir = بوخچەیەکی بەیاننامە
cli-show-arg-lang = تەنها ئەم وەرگێڕانە (ar، kmr، ckb)؛ بنەڕەت: هەموو وەرگێڕانەکان
cli-show-arg-format = شێوازی دەرچوون: text بۆ خوێندنەوەی مرۆڤ، json بۆ پرۆگرامەکان
cli-show-arg-stacked = هەر وەرگێڕانێک لە ژێر سەرچاوەکەیەوە دابنێ نەک لە تەنیشتییەوە (بۆ تێرمیناڵی تەسک)

## `align pair`

cli-pair-about = دوو فایلی دەقی ساکار ڕێک بخە کە هەر دێڕێکیان یەک ڕستەیە (شێوازی توێژینەوە و ئامرازەکانی وەرگێڕان)
cli-pair-long-about = فایلێکی سەرچاوە و فایلێکی ئامانج دەخوێنێتەوە کە هەر دێڕێکیان یەک بەشە، و پیشان دەدات چۆن جووت دەبن: لە هەر دێڕێکدا یەک جووت بە شێوەی [دێڕەکانی سەرچاوە]:[دێڕەکانی ئامانج]، بە ژمارەی دێڕەکان کە لە 0ەوە دەست پێدەکەن ([0, 1]:[2] واتە دوو دێڕی سەرچاوە بە یەک دێڕی ئامانج وەرگێڕدراون، []:[5] دێڕێکی زیادکراوە، [7]:[] دێڕێکی لابراوە). زمانەکان لە ناوی فایلەکانەوە (dev.de، news.ckb.txt) یان لە بژاردەکانەوە وەردەگیرێن؛ ئەوان دیاری دەکەن ژمارەکان چۆن دەنووسرێن.

    نموونەکان:
      align pair news.en.txt news.ckb.txt
      align pair a.txt b.txt --source-lang en --target-lang ar --format tsv
cli-pair-arg-src = فایلی سەرچاوە، هەر دێڕێک یەک بەش
cli-pair-arg-tgt = فایلی ئامانج، هەر دێڕێک یەک بەش
cli-pair-arg-format = beads ([0, 1]:[2] بۆ هەر دێڕێک)، tsv (سەرچاوە، ئامانج، دڵنیایی) یان json
cli-pair-arg-source-lang = زمانی فایلی سەرچاوە، کاتێک ناوەکەی زمانەکە دیاری ناکات (en، ar، kmr، ckb، de، fr)
cli-pair-arg-target-lang = زمانی فایلی ئامانج، کاتێک ناوەکەی زمانەکە دیاری ناکات

## `align check`: summary

check-summary = { $statements ->
        [one] یەک بەیاننامە
       *[other] { $statements } بەیاننامە
    }، { $languages ->
        [one] یەک زمانی وەرگێڕان
       *[other] { $languages } زمانی وەرگێڕان
    }، { $segments } بەش پشکنران: { $errors ->
        [0] هیچ هەڵەیەک نییە
        [one] یەک هەڵە
       *[other] { $errors } هەڵە
    }، { $warnings ->
        [0] هیچ ئاگادارییەک نییە
        [one] یەک ئاگاداری
       *[other] { $warnings } ئاگاداری
    }، { $infos ->
        [0] هیچ تێبینییەک نییە
        [one] یەک تێبینی
       *[other] { $infos } تێبینی
    }
check-summary-suppressed = { $suppressed ->
        [one] ؛ یەک دانەی تریش بە لێدوانێک یان بە بنچینەکە (baseline) ڕێگەی پێدراوە
       *[other] ؛ { $suppressed } دانەی تریش بە لێدوان یان بە بنچینەکە (baseline) ڕێگەیان پێدراوە
    }

## `align check`: one message, one hint and one description per check.
## Variables are the finding's details; a list variable also has a -count variable.

## `align check --report`: پەڕەی پێداچوونەوە.

report-filter-show = پیشاندان
report-only-findings = تەنیا ئەو جووتانەی ئەنجامیان هەیە
report-pin = ئەم جووتە جێگیر بکە
report-title = پێداچوونەوەی وەرگێڕانەکان
report-statements = بەیاننامەکان
report-languages = زمانەکان
report-errors = هەڵەکان
report-warnings = ئاگادارییەکان
report-notes = تێبینییەکان
report-findings = { $count ->
        [one] یەک ئەنجام
       *[other] { $count } ئەنجام
    }
report-no-findings = هیچ ئەنجامێک نییە.
report-filter-severity = ئاستی گرنگی
report-filter-check = پشکنین
report-filter-language = زمان
report-pair = هاوتاکردن
report-unread = ئەو بەیاننامانەی نەتوانرا بخوێنرێنەوە
report-input-errors = نەپشکنرا: هەڵە لە تێخراودا
cli-check-arg-report = هەروەها پەڕەیەکی پێداچوونەوە لەم فایلە HTMLـەدا بنووسە: هەر وەرگێڕانێک لە تەنیشت سەرچاوەکەیەوە، هەر ئەنجامێک لە بەشەکەی خۆیدا (یەک فایل، بێ ئینتەرنێت)

check-missing-translation = وەرگێڕانی { $lang } نییە: { $file } بوونی نییە
check-missing-translation-hint = وەرگێڕانەکە زیاد بکە، یان { $lang } لە «targets:» لە statement.yaml لابەرە
check-missing-translation-description = وەرگێڕانێک کە لە statement.yaml ناوی هاتووە بەڵام فایلی نییە

check-missing-segment = { $kind ->
        [sentence] ئەم ڕستەیەی سەرچاوە هاوتای لە وەرگێڕانەکەدا نییە
        [demand] ئەم داواکارییە لە وەرگێڕانەکەدا نییە
        [signatory] ئەم واژۆکارە لە وەرگێڕانەکەدا نییە
       *[other] ئەم { $kind ->
            [title] ناونیشانە
            [lede] پێشەکییە
            [heading] سەردێڕە
            [paragraph] پەرەگرافە
            [list-item] بڕگەیە
           *[other] { $kind }
        }ی سەرچاوە هاوتای لە وەرگێڕانەکەدا نییە
    }
check-missing-segment-hint = { $kind ->
        [sentence] ئەم پەرەگرافە ڕستە بە ڕستە بەراورد بکە: وەرگێڕانەکە ڕستەیەک کەمترە لە سەرچاوەکە
       *[other] وەریبگێڕە و لەو دێڕەدا دایبنێ کە بۆ وەرگێڕانەکە نیشان دراوە
    }
check-missing-segment-description = بلۆک یان ڕستەیەکی سەرچاوە کە هاوتای لە وەرگێڕانەکەدا نییە

check-extra-segment = ئەم { $kind ->
        [title] ناونیشانە
        [lede] پێشەکییە
        [heading] سەردێڕە
        [paragraph] پەرەگرافە
        [demand] داواکارییە
        [signatory] واژۆکارە
        [list-item] بڕگەیە
        [sentence] ڕستەیە
       *[other] { $kind }
    }ی وەرگێڕانەکە هاوتای لە سەرچاوەدا نییە
check-extra-segment-hint = لایبەرە، یان ئەگەر بەشێکە لە بەیاننامەکە، سەرەتا لە سەرچاوەکەدا زیادی بکە
check-extra-segment-description = ناوەڕۆکی وەرگێڕان کە هاوتای لە سەرچاوەدا نییە

check-moved-segment = ئەم { $kind ->
        [title] ناونیشانە
        [lede] پێشەکییە
        [heading] سەردێڕە
        [paragraph] پەرەگرافە
        [demand] داواکارییە
        [signatory] واژۆکارە
        [list-item] بڕگەیە
        [sentence] ڕستەیە
       *[other] { $kind }
    } لە وەرگێڕانەکەدا لە شوێنێکی ترە، نەک لەو شوێنەی لە سەرچاوەدا هەیەتی
check-moved-segment-hint = بیگەڕێنەوە بۆ ڕیزبەندییەکەی سەرچاوە، بۆ ئەوەی وەشانەکان وەک یەک بخوێنرێنەوە
check-moved-segment-description = بلۆکێک کە وەرگێڕانەکە لە شوێنێکی تردا دایناوە

check-restructured = { $change ->
        [merged] وەرگێڕانەکە { $source-segments }ی سەرچاوەکە لە یەک پەرەگرافدا کۆ دەکاتەوە ({ $target-segments })
       *[split] وەرگێڕانەکە { $source-segments }ی سەرچاوەکە دابەش دەکات بۆ { $target-segments-count } پەرەگراف ({ $target-segments })
    }
check-restructured-hint = هیچ شتێک کەم نییە؛ ئەگەر بڕیارە وەشانەکان لە تەنیشت یەکەوە بخوێندرێنەوە، پەرەگرافەکانی سەرچاوە وەک خۆیان بهێڵەوە
check-restructured-description = ئەو پەرەگرافانەی وەرگێڕانەکە یەکیان دەخات یان دابەشیان دەکات (زیانی نییە؛ ژمارە، بەروار و زاراوەکان هەر بەراورد دەکرێن)

check-list-count = { $kind ->
        [demands] لیستی داواکارییەکان
        [signatories] لیستی واژۆکارەکان
       *[other] لیستەکە
    } لە سەرچاوەدا { $source-items } بڕگەی هەیە و لە وەرگێڕانەکەدا { $target-items }
check-list-count-hint = هەموو داواکارییەک و هەموو واژۆکارێک دەبێت ڕێک یەک جار بێت؛ لیستەکان بڕگە بە بڕگە بەراورد بکە
check-list-count-description = لیستێک (داواکارییەکان، واژۆکارەکان، هەر لیستێک) کە ژمارەی بڕگەکانی جیاوازە

check-list-numbering = ئەم بڕگەیەی لیست ژمارە { $found }ی لێدراوە، لە کاتێکدا { $expected } چاوەڕوان دەکرا
check-list-numbering-hint = لیستەکە لە نوێوە ژمارە بکە: 1، 2، 3 … (١، ٢، ٣ و ۱، ۲، ۳ وەک یەک دادەنرێن)
check-list-numbering-description = ژمارەکردنی لیست کە ژمارەیەک دەپەڕێنێت یان دووبارەی دەکاتەوە

check-empty-segment = ئەم بەشەی وەرگێڕانەکە بەتاڵە
check-empty-segment-hint = وەرگێڕانەکە بنووسە، یان نیشانە بەتاڵەکەی لیست لابەرە
check-empty-segment-description = بلۆکێکی بەتاڵ یان بڕگەیەکی بەتاڵی لیست لە وەرگێڕانەکەدا

check-number-mismatch = ژمارەکان جیاوازن: { $source-only-count ->
        [0] { $target-only } لە وەرگێڕانەکەدا { $target-only-count ->
            [one] هەیە بەڵام لە سەرچاوەدا نییە
           *[other] هەن بەڵام لە سەرچاوەدا نین
        }
       *[other] { $source-only } لە سەرچاوەدا { $source-only-count ->
            [one] هەیە بەڵام لە وەرگێڕانەکەدا نییە
           *[other] هەن بەڵام لە وەرگێڕانەکەدا نین
        }{ $target-only-count ->
            [0] {""}
           *[other] ، و { $target-only } لە وەرگێڕانەکەدا { $target-only-count ->
                [one] هەیە بەڵام لە سەرچاوەدا نییە
               *[other] هەن بەڵام لە سەرچاوەدا نین
            }
        }
    }
check-number-mismatch-hint = ژمارەکە ڕاست بکەرەوە؛ ژمارەکان دەکرێت بە هەر ئەلفوبێیەک بن و ژمارە دەکرێت بە وشە بنووسرێت (250000 = ٢٥٠٠٠٠ = 250 ألف = 250.000 لە کورمانجیدا)
check-number-mismatch-description = ژمارەکانی جووتێکی هاوتاکراو کە بەهاکەیان جیاوازە

check-unit-mismatch = ژمارەی { $number } لە سەرچاوەدا بە یەکەی { $source-unit ->
        [minute] خولەک
        [hour] کاتژمێر
        [day] ڕۆژ
        [week] هەفتە
        [month] مانگ
        [year] ساڵ
        [decade] دەیە
        [percent] ڕێژەی سەدی
        [kilometre] کیلۆمەتر
        [mile] میل
        [metre] مەتر
        [foot] پێ
        [pound] پاوەند
        [dollar] دۆلار
       *[euro] یۆرۆ
    } هاتووە، بەڵام لە وەرگێڕانەکەدا بە یەکەی { $target-unit ->
        [minute] خولەک
        [hour] کاتژمێر
        [day] ڕۆژ
        [week] هەفتە
        [month] مانگ
        [year] ساڵ
        [decade] دەیە
        [percent] ڕێژەی سەدی
        [kilometre] کیلۆمەتر
        [mile] میل
        [metre] مەتر
        [foot] پێ
        [pound] پاوەند
        [dollar] دۆلار
       *[euro] یۆرۆ
    }
check-unit-mismatch-hint = یەکەی سەرچاوەکە بەکاربهێنە، یان ئەگەر پێویستە یەکەکە بگۆڕدرێت، ژمارەکەش بەپێی یەکە نوێیەکە بگۆڕە
check-unit-mismatch-description = ژمارەیەک کە یەکەکەی جیاوازە (هەفتە و ڕۆژ، پاوەند و دۆلار، میل و کیلۆمەتر)

check-date-mismatch = { $paired-months-count ->
        [0] بەروارەکە جیاوازە: لە سەرچاوەدا { $source-date }، لە وەرگێڕانەکەدا { $target-date }
       *[other] هەردوو ناوی مانگەکە لە { $target-date }دا دوو مانگی جیاوازن
    }
check-date-mismatch-hint = ڕۆژ، مانگ یان ساڵەکە ڕاست بکەرەوە بۆ ئەوەی هەردووکیان هەمان بەروار بڵێن
check-date-mismatch-description = ئەو بەروارانەی ڕۆژ، مانگ یان ساڵەکەیان جیاوازە

check-date-calendar = { $date } مانگێکی هەتاویی کوردی بەکاردەهێنێت، نەک مانگێکی ساڵنامەی زایینی کە سەرچاوەکە بەکاری دەهێنێت
check-date-calendar-hint = بەروارەکە بپشکنە، یان بە مانگی زایینی بینووسە (کانوونی دووەم, Kanûna Paşîn …)
check-date-calendar-description = ناوی مانگێکی هەتاویی کوردی (ڕێبەندان, Xakelêwe …) کە پێویستی بە پشکنینە

check-term-mismatch = «{ $term }» بەو شێوەیە وەرنەگێڕدراوە کە فەرهەنگۆکەکە دەڵێت{ $expected-count ->
        [0] {""}
       *[other] : چاوەڕوان دەکرا { $expected }
    }
check-term-mismatch-hint = وەرگێڕانە پەسەندکراوەکە بەکاربهێنە، یان ئەگەر ئەم وەرگێڕانە دروستە لە فەرهەنگۆکەکەدا زیادی بکە
check-term-mismatch-description = زاراوەیەکی فەرهەنگۆک کە وەرگێڕانەکەی هیچ کام لە وەرگێڕانە پەسەندکراوەکانی تێدا نییە

check-latin-token = «{ $token }»ی سەرچاوە لە وەرگێڕانەکەدا نییە
check-latin-token-hint = کورتکراوەکان، بەستەرەکان و هێماکانی بەڵگەنامە وەک لە سەرچاوەدا هەن بهێڵەوە، یان وەرگێڕانێکیان بۆ لە فەرهەنگۆکەکەدا زیاد بکە
check-latin-token-description = کورتکراوەیەک، بەستەرێک، ئیمەیڵێک یان هێمای بەڵگەنامەیەک کە لە وەرگێڕانەکەدا نییە

check-untranslated = ئەم بەشەی وەرگێڕانەکە هەمان دەقی سەرچاوەیە و وەرنەگێڕدراوە
check-untranslated-hint = وەریبگێڕە؛ ئەو ناوانەی دەبێت وەک خۆیان بمێننەوە دەتوانیت بە <!-- align: allow untranslated --> ڕێگەیان پێ بدەیت
check-untranslated-description = بەشێکی وەرگێڕان کە هێشتا هەمان دەقی سەرچاوەیە

check-missing-content = درێژیی وەرگێڕانی ئەم ڕستەیە تەنیا لە سەدا { $share }ی ئەو درێژییەیە کە وەرگێڕانەکانی ئەم بەڵگەنامەیە بە زۆری هەیانە: وا دیارە بەشێکی لێ کەوتووە{ $missing-count ->
        [0] {""}
       *[other] ؛ لە وەرگێڕانەکەدا نییە: { $missing }
    }
check-missing-content-hint = دەستەواژە بە دەستەواژە لەگەڵ سەرچاوەکە بەراوردی بکە و ئەوەی کەوتووە وەریبگێڕە
check-missing-content-description = ڕستەیەک کە وەرگێڕانەکەی زۆر کورتترە لەوەی هەمووی بگەیەنێت (دەستەواژەیەک، ناو یان نیوەی ڕستەیەک کەوتووە)

check-length-ratio = درێژیی ئەم وەرگێڕانە { $ratio } هێندەی سەرچاوەکەیەتی، لە کاتێکدا ئەم وەرگێڕانە بە زۆری نزیکەی { $typical } هێندەیە
check-length-ratio-hint = دڵنیا ببەرەوە کە هیچ بەشێکی ڕستە لانەبراوە یان زیاد نەکراوە
check-length-ratio-description = جووتە ڕستەیەک کە ڕێژەی درێژییان زۆر جیاوازە لە باقی بەڵگەنامەکە

check-wrong-script = { $scope ->
        [file] زۆربەی ئەم فایلە بە ئەلفوبێی { $found ->
            [latin] لاتینی
           *[arabic] عەرەبی
        } نووسراوە ({ $share }%ی پیتەکانی)، بەڵام { $lang } بە ئەلفوبێی { $expected ->
            [latin] لاتینی
           *[arabic] عەرەبی
        } دەنووسرێت
       *[block] ئەم بەشە بە ئەلفوبێی { $found ->
            [latin] لاتینی
           *[arabic] عەرەبی
        } نووسراوە، بەڵام { $lang } بە ئەلفوبێی { $expected ->
            [latin] لاتینی
           *[arabic] عەرەبی
        } دەنووسرێت
    }
check-wrong-script-hint = دڵنیا ببەرەوە کە دەقی دروست لە فایلی دروستدایە (ckb.md سۆرانییە بە ئەلفوبێی عەرەبی، kmr.md کورمانجییە بە ئەلفوبێی لاتینی)، و ئەوەی بە زمانێکی تر ماوەتەوە وەریبگێڕە
check-wrong-script-description = دەقێک کە بە ئەلفوبێی زمانەکە نییە (فایلێکی ckb بە ئەلفوبێی لاتینی، پەرەگرافێک کە بە ئینگلیزی ماوەتەوە)

check-orthography = { $problem ->
        [arabic-letters] پیتی عەرەبی لە دەقی سۆرانیدا: { $letters } لە { $words }
        [kurdish-letters] پیتی فارسی یان کوردی لە دەقی عەرەبیدا: { $letters } لە { $words }
       *[no-kurdish-letters] هیچ پیتێکی کوردی ({ $letters }) لەم دەقە درێژە کورمانجییەدا نییە
    }
check-orthography-hint = { $problem ->
        [arabic-letters] سۆرانی ی ک ە دەنووسێت لە شوێنێکدا کە عەرەبی ي ك ة دەنووسێت (تەختەکلیلی کوردی بەکاربهێنە)
        [kurdish-letters] عەرەبی ي ك ة و ب ج ز ف دەنووسێت لە شوێنێکدا کە فارسی و کوردی ی ک ە و پ چ ژ ڤ دەنووسن
       *[no-kurdish-letters] ئایا بێ تەختەکلیلی کوردی نووسراوە؟ e, i, u, c, s لە جیاتی ê, î, û, ç, ş مانای وشەکان دەگۆڕن
    }
check-orthography-description = سۆرانی بە پیتی تایبەت بە عەرەبی، عەرەبی بە پیتی فارسی/کوردی، کورمانجی بێ ê î û ç ş

check-invisible-char = پیتی نادیار کە دەتوانن شێوەی پیشاندانی ئەم دەقە تێک بدەن: { $problems }
check-invisible-char-hint = پیتە نادیارەکان بسڕەوە (دەستکاریکەرەکەت دەتوانێت پیشانیان بدات)؛ ZWNJ لە سۆرانیدا دروستە و ڕاپۆرت ناکرێت
check-invisible-char-description = کۆنترۆڵی ئاراستەی (bidi) بێجێ، نیشانە لە ناو وشەدا، بۆشایی بێ پانی

check-punctuation = سەرچاوەکە پرسیار دەکات، بەڵام وەرگێڕانەکە پرسیار ناکات
check-punctuation-hint = پرسیارە وەرگێڕدراوەکە بە ? یان ؟ کۆتایی پێ بهێنە
check-punctuation-description = پرسیارێک کە وەک ڕستەیەکی هەواڵی وەرگێڕدراوە (? و ؟، , و ، وەک یەک دادەنرێن)

check-broken-paragraph = پەرەگرافێک لە ناوەڕاستی ڕستەیەکدا کۆتایی دێت و لە دێڕی { $next-line }دا درێژە دەکێشێت
check-broken-paragraph-hint = دێڕە بەتاڵەکەی نێوان ئەو دوو بەشە لابەرە
check-broken-paragraph-description = پەرەگرافێک کە دێڕێکی بەتاڵ لە ناوەڕاستی ڕستەیەکدا پچڕاندوویەتی
check-stale-pin = جێگیرکردنی { $source } = { $target } ئیتر کار ناکات: { $reason ->
        [changed] دەقی بلۆکەکانی لەوەتەی دروستکراوە گۆڕاوە
        [unknown-block] بلۆکی { $block } ئیتر لە فایلەکەدا نییە
       *[disordered] بلۆکەکانی لەدوای یەک نین، یان لەگەڵ جێگیرکردنێکی تر تێکهەڵدەچێت
    }؛ ڕێکخەرەکە خۆی ئەم بلۆکانە جووت دەکات
check-stale-pin-hint = سەیری جووتکردنەکە بکە (align show)، پاشان دووبارە جێگیری بکە (align pin DIR --lang LANG SOURCE=TARGET) یان جێگیرکردنەکە لاببە (align pin DIR --lang LANG --remove SOURCE)
check-stale-pin-description = جێگیرکردنێک (ڕاستکردنەوەی جووتکردن) کە بلۆکەکانی لەوەتەی دروستکراوە گۆڕاون
check-unknown-allow = لێدوانی <!-- align: allow { $id } --> ناوی هیچ پشکنینێک نابات، بۆیە ڕێگە بە هیچ نادات؛ مەبەستت { $nearest } بوو؟
check-unknown-allow-hint = ناسنامەکە لە لێدوانەکەدا ڕاست بکەرەوە (align check --list-checks هەموو ناسنامەکان پیشان دەدات)
check-unknown-allow-description = لێدوانێکی ڕێگەپێدان کە ناوی هیچ پشکنینێک نابات (ناسنامەیەک بە هەڵەی ڕێنووس)

## `align check`: command line

cli-check-about = پێش بڵاوکردنەوە بدۆزەرەوە چی لە وەرگێڕانەکاندا کەمە یان جیاوازە
cli-check-long-about = هەر وەرگێڕانێکی هەر بەیاننامەیەک لەگەڵ سەرچاوەکەیدا ڕێک دەخات و ڕایدەگەیەنێت چی وا دەکات وەشانە بڵاوکراوەکان شتی جیاواز بڵێن: پەرەگراف و ڕستەی کەم یان زیادە، بڕگەکانی لیست، ژمارە، بەروار، زاراوەکانی فەرهەنگۆک، کورتکراوە، دەقی وەرنەگێڕدراو یان بەتاڵ، دەق بە ئەلفوبێی هەڵە. کۆدی دەرچوون 0 دەبێت کاتێک هیچ شتێک لە ئاستی شکست یان سەرووتر نەدۆزرایەوە، 1 کاتێک شتێکی وا دۆزرایەوە، و 2 کاتێک هەڵەیەک لە بەکارهێنان یان لە تێخراودا هەبێت.

    نموونەکان:
      align check
      align check statements/aleppo-2026-01 --lang ar
      align check statements/aleppo-2026-01/ar.md
      align check --source udhr.en.md udhr.ar.md
      align check --format github --fail-on warning
cli-check-arg-paths = بوخچەکانی بەیاننامە، یان فایلەکانی بەیاننامە: فایلێکی وەرگێڕان (ar.md) ئەو وەرگێڕانە دەپشکنێت، فایلی سەرچاوە (en.md)، statement.yaml یان align.lock هەموو بەیاننامەکە دەپشکنن؛ فایلەکانی تر پشتگوێ دەخرێن. بنەڕەت: هەموو بەیاننامەکانی پڕۆژەکە
cli-check-arg-format = human (بنەڕەت)، concise (بۆ هەر ئەنجامێک یەک دێڕ: path:line:col: level[check] message)، json، github (نیشانەکردن لە workflowدا و پوختەیەکی job)، junit یان sarif
cli-check-arg-fail-on = نزمترین ئاستی گرنگی کە کۆدی دەرچوون دەکاتە 1: error (بنەڕەت) یان warning؛ never ڕادەگەیەنێت بێ ئەوەی شکست بهێنێت (هەڵەکانی تێخراو هەر بە 2 دەردەچن)
cli-check-arg-lang = تەنها ئەم وەرگێڕانانە (کۆدەکان بە کۆما لێک جیا دەکرێنەوە)؛ هەروەها زمانی ئەو فایلانەی وەرگێڕان کە ناوەکەیان زمانەکە دیاری ناکات
cli-check-arg-source = فایلی سەرچاوەی ئەو فایلانەی کە لە بوخچەی بەیاننامەیەکدا نین؛ ئەو کات ڕێڕەوەکان وەرگێڕانەکانی ئەون (align check --source udhr.en.md udhr.ar.md)
cli-check-arg-files-from = ڕێڕەوی زیاتر لەم فایلە بخوێنەوە، هەر دێڕێک یەک ڕێڕەو یان بە NUL لێک جیاکراوە؛ - واتە لە تێخراوی ستاندارد بخوێنەوە (git diff --name-only | align check --files-from -)
cli-check-arg-list-checks = پشکنینەکان، ناسنامەکانیان و ئاستی گرنگیی بنەڕەتییان پیشان بدە، و پاشان کۆتایی پێ بهێنە
cli-check-arg-baseline = ئەو ئەنجامانە پشتگوێ بخە کە لەم فایلی بنچینەیەدا (baseline) تۆمار کراون
cli-check-arg-no-cache = هەموو شتێک دووبارە بپشکنە، بێ خوێندنەوە و نووسینی کاش (‎.align_cache‎ لە ڕەگی پڕۆژەکەدا)
cli-check-arg-write-baseline = ئەنجامەکانی ئێستا لەم فایلی بنچینەیەدا (baseline) تۆمار بکە (لە نوێوە دەنووسرێتەوە) و بە کۆدی 0 کۆتایی پێ بهێنە
check-baseline-written = { $count ->
        [one] یەک ئەنجام
       *[other] { $count } ئەنجام
    } لە { $path }دا تۆمار کرا

check-skipped = { $path } پشتگوێ خرا: بەشێک نییە لە هیچ بەیاننامەیەک
check-skipped-hint = بۆ پشکنینی فایلەکانی دەرەوەی بوخچەی بەیاننامە، فایلی سەرچاوە دیاری بکە: align check --source en.md ar.md
check-config = { $path } بەکار دێت بۆ { $statements ->
        [one] یەک بەیاننامە
       *[other] { $statements } بەیاننامە
    }
check-no-config = align.yaml نییە: ڕێکخستنە بنەڕەتییەکان بۆ { $statements ->
        [one] یەک بەیاننامە
       *[other] { $statements } بەیاننامە
    }
## گۆڕانی سەرچاوە: `align accept`، `align diff` و پشکنینەکانی گۆڕانی سەرچاوە لە `align check`
## (فایلی قوفڵ، align.lock، سەرچاوەکە بەو شێوەیە تۆمار دەکات کە لە کاتی پەسەندکردنی هەر وەرگێڕانێکدا هەبوو)

check-source-drift = سەرچاوەکە گۆڕاوە لەو کاتەوەی ئەم وەرگێڕانە لە ڕێکەوتی { $accepted } پەسەند کرا ({ $grade ->
        [number] ژمارەیەک گۆڕاوە
        [date] بەروارێک گۆڕاوە
        [name] ناوێک گۆڕاوە
        [negation] نەرێکردنێک گۆڕاوە
        [punctuation] تەنها خاڵبەندی
       *[wording] داڕشتنەکە گۆڕاوە
    }): { $changes }
check-source-drift-hint = وەرگێڕانەکە لەگەڵ دەقە نوێیەکەی سەرچاوە ڕێک بخە، پاشان ئەمە جێبەجێ بکە: align accept { $dir } --lang { $lang } --segment { $segment }؛ align diff { $dir } --lang { $lang } هەموو گۆڕانەکە پیشان دەدات
check-source-drift-description = بەشێکی سەرچاوە کە دوای پەسەندکردنی وەرگێڕانەکەی دەستکاری کراوە (پێویستی بە align.lock هەیە)
check-new-source = ئەم بەشە دوای پەسەندکردنی وەرگێڕانەکە بۆ سەرچاوە زیاد کراوە، و لە وەرگێڕانەکەدا نییە
check-new-source-hint = وەریبگێڕە و لەو دێڕەدا دایبنێ کە بۆ وەرگێڕانەکە نیشان دراوە، پاشان align accept جێبەجێ بکە
check-new-source-description = بەشێکی سەرچاوە کە دوای پەسەندکردنی وەرگێڕانەکە زیاد کراوە و لە وەرگێڕانەکەدا نییە
check-removed-source = سەرچاوەکە ئیتر ئەم بەشەی تێدا نییە (کاتێک لە ڕێکەوتی { $accepted } پەسەند کرا، ناسنامەکەی { $accepted-segment } بوو)، بەڵام وەرگێڕانەکە هێشتا ئەم بەشەی تێدایە
check-removed-source-hint = لە وەرگێڕانەکەدا لایبەرە، پاشان align accept جێبەجێ بکە
check-removed-source-description = بەشێکی سەرچاوە کە دوای پەسەندکردنی وەرگێڕانەکە لابراوە و هێشتا لە وەرگێڕانەکەدا ماوە
check-target-changed = وەرگێڕانەکە گۆڕاوە لەو کاتەوەی لە ڕێکەوتی { $accepted } پەسەند کرا، لە کاتێکدا سەرچاوەکەی نەگۆڕاوە
check-target-changed-hint = با کەسێک پێداچوونەوە بە گۆڕانکارییەکەدا بکات، پاشان align accept جێبەجێ بکە بۆ ئەوەی تۆمار بکرێت
check-target-changed-description = وەرگێڕانێک کە دوای پەسەندکردنی دەستکاری کراوە، لە کاتێکدا سەرچاوەکەی وەک خۆی ماوەتەوە

error-lock-version = ئەم فایلی قوفڵە وەشانێکی نوێتری align نووسیویەتی (شێوازی { $found }؛ ئەم وەشانەی align شێوازی { $supported } دەخوێنێتەوە)
error-lock-version-hint = align نوێ بکەرەوە؛ فایلی قوفڵەکە مەسڕەوە و دەستکاریی مەکە، چونکە ئەوەی پەسەند کراوە تۆماری دەکات
error-lock-statement = ئەم فایلی قوفڵە هی بەیاننامەی «{ $found }»ە، نەک «{ $expected }»
error-lock-statement-hint = ئەگەر ناوی بوخچەی بەیاننامەکە گۆڕدرابێت، لە align.lockدا دێڕی «statement: { $found }» بگۆڕە بۆ «statement: { $expected }»؛ ئەگەر فایلی قوفڵەکە لە بەیاننامەیەکی ترەوە کۆپی کرابێت، align.lockی خودی ئەم بەیاننامەیە لە سیستەمی کۆنترۆڵی وەشان (version control) بگەڕێنەوە
error-not-accepted = { $lang } پەسەند نەکرا: وەرگێڕانەکە { $errors ->
        [one] یەک هەڵەی تێدایە (لە سەرەوە پیشان دراوە)
       *[other] { $errors } هەڵەی تێدایە (لە سەرەوە پیشان دراون)
    }
error-not-accepted-hint = هەڵەکان ڕاست بکەرەوە و دووبارە align accept جێبەجێ بکە، یان --force بەکاربهێنە بۆ ئەوەی سەرەڕای هەڵەکان پەسەند بکرێت
error-unknown-segment = سەرچاوەکە هیچ بەشێکی بە ناسنامەی «{ $id }» نییە
error-unknown-segment-hint = ناسنامەی بەشەکان ئەوانەن کە align segment پیشانیان دەدات: title، lede، h1، p3، l1.2 (بلۆکێکی تەواو، نەک ڕستەیەک)
error-no-lock = ئەم بەیاننامەیە align.lockی نییە: هێشتا هیچ وەرگێڕانێک پەسەند نەکراوە
error-no-lock-hint = کاتێک وەرگێڕانەکانی بەیاننامەکە پشکنران و یەکلایی کرانەوە، align accept لەسەر بوخچەی بەیاننامەکە جێبەجێ بکە

accept-done = { $path } پەسەند کرا: { $count ->
        [one] یەک بەش
       *[other] { $count } بەش
    }
accept-segment = { $segment } لە { $path }دا پەسەند کرا
accept-forced = { $path } سەرەڕای { $errors ->
        [one] یەک هەڵە
       *[other] { $errors } هەڵە
    } پەسەند کرا (--force)
accept-written = { $path } نووسرا
accept-unchanged = { $path } پێشتر ئەمەی تۆمار کردووە؛ هیچ شتێک نەنووسرا

diff-changed = { $segment }: گۆڕاوە لەو کاتەوەی لە ڕێکەوتی { $accepted } پەسەند کرا — { $grade ->
        [number] ژمارەیەک گۆڕاوە
        [date] بەروارێک گۆڕاوە
        [name] ناوێک گۆڕاوە
        [negation] نەرێکردنێک گۆڕاوە
        [punctuation] تەنها خاڵبەندی
       *[wording] داڕشتنەکە گۆڕاوە
    }
diff-was = (پێشتر: { $old })
diff-new = { $segment }: دوای پەسەندکردنی وەرگێڕانەکە بۆ سەرچاوە زیاد کراوە
diff-removed = { $segment }: لەو کاتەوەی لە ڕێکەوتی { $accepted } پەسەند کرا، لە سەرچاوە لابراوە
diff-not-in-source = (ئیتر لە سەرچاوەدا نییە)
diff-not-in-translation = (لە وەرگێڕانەکەدا نییە)
diff-none = { $statement }: لەو کاتەوەی وەرگێڕانەکان پەسەند کران، سەرچاوەکە نەگۆڕاوە
diff-summary = { $statement }: لەو کاتەوەی پەسەند کران ({ $langs })، { $count ->
        [one] یەک بەش گۆڕاوە
       *[other] { $count } بەش گۆڕاون
    }
diff-never-accepted = { $lang } هەرگیز پەسەند نەکراوە: align accept { $dir } --lang { $lang } جێبەجێ بکە

cli-accept-about = تۆمار بکە کە وەرگێڕانەکان بەرامبەر بە سەرچاوەکە، بەو شێوەیەی ئێستا هەیە، پەسەند کراون (align.lock دەنووسێت)
cli-accept-long-about = هەر وەرگێڕانێک دەپشکنێت و، ئەگەر align check هیچ هەڵەیەکی تێدا نەدۆزییەوە، لە align.lockی بەیاننامەکەدا بۆ هەر بەشێکی سەرچاوە دەقی سەرچاوەکە بەو شێوەیەی ئێستا هەیە، لەگەڵ پەنجەمۆری (کورتەیەکی پشکنین) ئەو وەرگێڕانەی لەگەڵیدا جووت کراوە، تۆمار دەکات. لەوە بەدواوە، هەر کاتێک سەرچاوەکە بگۆڕێت، align check ڕاپۆرتی source-drift، new-source و removed-source دەدات، و align diff ڕێک پیشان دەدات چی گۆڕاوە. فایلەکانی وەرگێڕان هەرگیز دەستکاری ناکرێن؛ فایلی قوفڵەکە سەرەتا لە فایلێکی کاتیدا دەنووسرێت و پاشان بە گۆڕینی ناوەکەی جێگەی فایلە کۆنەکە دەگرێتەوە.

    نموونەکان:
      align accept statements/aleppo-2026-01
      align accept statements/aleppo-2026-01 --lang ar
      align accept statements/aleppo-2026-01 --lang kmr --segment p4
cli-accept-arg-dir = بوخچەیەکی بەیاننامە
cli-accept-arg-lang = تەنها ئەم وەرگێڕانانە (کۆدەکان بە کۆما لێک جیا دەکرێنەوە)؛ بنەڕەت: هەموو وەرگێڕانەکان
cli-accept-arg-segment = تەنها ئەم بەشەی سەرچاوە (ناسنامەی بلۆکێک کە align segment پیشانی دەدات: p4، l1.2)
cli-accept-arg-force = پەسەندی بکە تەنانەت ئەگەر align check هەڵەی لە وەرگێڕانەکەدا دۆزییەوە

cli-diff-about = پیشان بدە چی لە سەرچاوەدا گۆڕاوە لەو کاتەوەی هەر وەرگێڕانێک پەسەند کرا
cli-diff-long-about = سەرچاوەکە لەگەڵ ئەو دەقەدا بەراورد دەکات کە لە کاتی پەسەندکردنی هەر وەرگێڕانێکدا لە align.lock تۆمار کراوە، و هەموو بەشێکی گۆڕاو، زیادکراو یان لابراو پیشان دەدات: جیاوازیی وشە بە وشەی سەرچاوەکە (وشە سڕاوەکان و وشە زیادکراوەکان بە ڕەنگ، یان بێ ڕەنگ بە نیشانەی [-…-] و {"{"}+…+{"}"}) لە تەنیشت وەرگێڕانەکە بەو شێوەیەی ئێستا هەیە، لەگەڵ ناوی فایل و ژمارەی دێڕ. کۆدی دەرچوون 0 دەبێت کاتێک هیچ شتێک نەگۆڕاوە، 1 کاتێک شتێک گۆڕاوە، و 2 کاتێک هەڵەیەک لە تێخراودا هەبێت.

    نموونەکان:
      align diff statements/aleppo-2026-01
      align diff statements/aleppo-2026-01 --lang ar --stacked
      align diff statements/aleppo-2026-01 --format json
cli-diff-arg-dir = بوخچەیەکی بەیاننامە
cli-diff-arg-lang = تەنها ئەم وەرگێڕانانە (کۆدەکان بە کۆما لێک جیا دەکرێنەوە)؛ بنەڕەت: هەموو وەرگێڕانەکان
cli-diff-arg-format = شێوازی دەرچوون: text بۆ خوێندنەوەی مرۆڤ، json بۆ پرۆگرامەکان
cli-diff-arg-stacked = وەرگێڕانەکە لە ژێر سەرچاوەکەوە دابنێ نەک لە تەنیشتییەوە (بۆ تێرمیناڵی تەسک)

## `align publish`: فایلە بڵاوکراوەکان (ناونیشانەکان بە زمانی ڕووکار)

publish-unchecked-review = هەموو هەڵەیەک لە تەنیشت دەقەکەی: پەڕەی پێداچوونەوە.
publish-unchecked = نەپشکنراو: align check لەم بەیاننامەیەدا { $errors ->
        [one] یەک هەڵەی
       *[other] { $errors } هەڵەی
    } دۆزیوەتەوە و سەرەڕای ئەوەش بڵاو کراوەتەوە (--force). ئەم وەشانە بڵاو مەکەرەوە.
publish-missing = (هاوتای لەم وەرگێڕانەدا نییە)
publish-added = (لە وەرگێڕانەکەدا زیاد کراوە؛ لە سەرچاوەدا نییە)
publish-covered = (پێکەوە لەگەڵ بەشەکەی سەرەوە پیشان دراوە)
publish-drifted = (سەرچاوەی ئەم بەشە دوای پەسەندکردنی وەرگێڕانەکە گۆڕاوە)
publish-versions = بە زمانێکی تر بیخوێنەوە:
publish-all-languages = هەموو زمانەکان
publish-date = { $date }
publish-footer = لە ڕێکەوتی { $date } بە align { $version } لە بەیاننامەی { $statement } ({ $langs }) دروست کراوە. { $checked ->
        [yes] هەموو وەرگێڕانەکان لە align check دەرچوون.
       *[no] نەپشکنراو: align check هەڵەی دۆزیوەتەوە.
    }

## `align publish`: هێڵی فەرمان

publish-refused = هیچ شتێک بڵاو نەکرایەوە: { $errors ->
        [one] یەک هەڵە ماوە (لە سەرەوە پیشان دراوە)؛ ڕاستی بکەرەوە
       *[other] { $errors } هەڵە ماون (لە سەرەوە پیشان دراون)؛ ڕاستیان بکەرەوە
    }، یان --force بەکاربهێنە بۆ ئەوەی فایلەکان وەک «نەپشکنراو» نیشانە بکرێن و بڵاو بکرێنەوە
publish-forced = سەرەڕای { $errors ->
        [one] یەک هەڵە
       *[other] { $errors } هەڵە
    } بڵاو دەکرێتەوە (--force): هەموو فایلەکان وەک «نەپشکنراو» نیشانە دەکرێن
publish-written = { $statement } بڵاو کرایەوە: { $count ->
        [one] یەک فایل
       *[other] { $count } فایل
    } لە { $dir }دا
error-would-overwrite = لێرە نانووسرێت: ئەم فایلە یەکێکە لە فایلەکانی بەیاننامەکە
error-would-overwrite-hint = بە --out بوخچەیەکی تر بۆ دەرچوون هەڵبژێرە

cli-publish-about = وەشانە هاوتەریبەکان (HTML، Markdown، TMX، XLIFF، TSV) بڵاو بکەرەوە، دوای ئەوەی لە align check دەرچوون
cli-publish-long-about = پشکنینەکانی align check لەسەر هەر بەیاننامەیەک جێبەجێ دەکات و، ئەگەر هیچ هەڵەیەک نەمابێت، وەشانە هاوتەریبەکانی دەنووسێت: پەڕەیەکی HTMLی سەربەخۆ کە هەموو زمانەکان لە تەنیشت یەکترەوە پیشان دەدات (لەگەڵ پەڕەیەک بۆ هەر جووتە زمانێک) و عەرەبی و سۆرانی لە ڕاستەوە بۆ چەپ پیشان دەدات، Markdown، بیرگەیەکی وەرگێڕانی TMX، فایلێکی XLIFF 2.0 و فایلێکی TSV بۆ هەر وەرگێڕانێک. فایلەکان سەرەتا بە ناوێکی کاتی دەنووسرێن و پاشان ناویان دەگۆڕدرێت، لە بوخچەی out/ی بەیاننامەکەدا، مەگەر --out یان publish.out لە align.yamlدا شوێنێکی تر دیاری بکات؛ فایلەکانی بەیاننامە هەرگیز دەستکاری ناکرێن. ئەگەر هەڵەیەک مابێت، هیچ شتێک نانووسێت و بە کۆدی 1 کۆتایی پێ دێنێت؛ --force سەرەڕای ئەوەش بڵاوی دەکاتەوە و هەموو فایلەکان وەک «نەپشکنراو» نیشانە دەکات.

    نموونەکان:
      align publish statements/aleppo-2026-01
      align publish statements/aleppo-2026-01 --format html --out public
      align publish statements/aleppo-2026-01 --lang ar --format tmx,xliff --segtype paragraph
cli-publish-arg-dirs = بوخچەکانی بەیاننامە
cli-publish-arg-lang = تەنها ئەم وەرگێڕانانە (کۆدەکان بە کۆما لێک جیا دەکرێنەوە)؛ بنەڕەت: هەموو وەرگێڕانەکان
cli-publish-arg-format = ئەو شێوازانەی دەنووسرێن، بە کۆما لێک جیا دەکرێنەوە: html، md، tmx، xliff، tsv؛ بنەڕەت: هەموویان
cli-publish-arg-out = ئەو بوخچەیەی فایلەکانی تێدا دەنووسرێن؛ بنەڕەت: publish.out لە align.yaml، ئەگینا بوخچەی out/ی هەر بەیاننامەیەک
cli-publish-arg-force = بڵاوی بکەرەوە تەنانەت ئەگەر align check هەڵەی دۆزییەوە، و هەموو فایلەکان وەک «نەپشکنراو» نیشانە بکە
cli-publish-arg-segtype = یەکەکانی وەرگێڕان لە فایلی TMXدا: sentence (ڕستە، بنەڕەت) یان paragraph (پەرەگراف)
error-duplicate-output = دوو لە بەیاننامەکان لە هەمان ئەم فایلەدا بڵاو دەکرێنەوە (ناویان وەک یەکە)
error-duplicate-output-hint = یەک بە یەک بڵاویان بکەرەوە، هەر یەکەیان بە --outی تایبەتی خۆی
error-first-accept-whole = { $lang } هەرگیز بە تەواوی پەسەند نەکراوە، بۆیە ناتوانرێت یەک بەش بە تەنها پەسەند بکرێت
error-first-accept-whole-hint = سەرەتا align accept بێ --segment جێبەجێ بکە (هەموو بەشەکان دەپشکنێت و تۆماریان دەکات)

# Usage errors (clap's, in the interface language)
cli-error-unknown-argument = بژاردە یان ئارگومێنتی نەناسراو { $arg }
cli-error-unknown-command = فەرمانی نەناسراو { $command }
cli-error-missing-value = { $arg } پێویستی بە بەهایەکە
cli-error-invalid-value = { $value } بەهایەکی دروست نییە بۆ { $arg }
cli-error-missing-argument = ئارگومێنتی پێویست { $arg } نییە
cli-error-missing-command = فەرمانێک پێویستە (check، publish، show …)
cli-error-conflict = { $arg } و { $other } پێکەوە بەکارناهێنرێن
cli-error-values = ژمارەی بەهاکان بۆ { $arg } هەڵەیە
cli-error-other = ناتوانرێت هێڵی فەرمان بخوێنرێتەوە: { $detail }
cli-error-did-you-mean = مەبەستت { $suggestion } بوو؟
cli-error-possible-values = بەها گونجاوەکان: { $values }
cli-error-more = { $help } هەموو بژاردەکان ڕوون دەکاتەوە

cli-completions-about = سکریپتی تەواوکردنی خۆکار بۆ شێڵێک چاپ بکە (bash، zsh، fish، powershell، elvish)
cli-completions-long-about = سکریپتی تەواوکردنی خۆکاری شێڵەکە لە دەرچوونی ستاندارددا چاپ دەکات، لە هەمان پێناسەی ‎--help‎ دروستکراوە. bash: align completions bash > ~/.local/share/bash-completion/completions/align. zsh: align completions zsh > ~/.zfunc/_align (لەگەڵ fpath+=~/.zfunc پێش compinit). fish: align completions fish > ~/.config/fish/completions/align.fish.
cli-completions-arg-shell = شێڵەکە: bash، zsh، fish، powershell یان elvish
check-progress = پشکنینی بەیاننامەکان: { $done } لە { $total }

cli-pin-about = جووتکردنەکە ڕاست بکەرەوە: بڵێ کام بلۆکی سەرچاوە بە کام بلۆکی وەرگێڕانەکە وەرگێڕدراوە
cli-pin-long-about = جێگیرکردنەکان لە فایلی pins.yamlی بەیاننامەکەدا تۆمار دەکات: align pin DIR --lang ar p4=p4,p5 واتە بلۆکی p4ی سەرچاوە بە بلۆکەکانی p4 و p5ی وەرگێڕانی عەرەبی وەرگێڕدراوە (ناسنامەی بلۆکەکان وەک align segment و align show چاپیان دەکەن). هەموو فەرمانێک کە وەرگێڕان و سەرچاوە جووت دەکات ڕێز لە جێگیرکردنەکان دەگرێت (check، show، publish، accept، diff، پەڕەی پێداچوونەوە). جێگیرکردن تا دەقی بلۆکەکانی نەگۆڕاوە کار دەکات؛ دوای دەستکاری align check ڕایدەگەیەنێت (stale-pin) و ئیتر کار ناکات. جێگیرکردن هەرگیز لابردنێک ناشارێتەوە: ئەو یەکخستنەی دەیسەپێنێت وەک هەر یەکخستنێکی تر دەپشکنرێت. ئەگەر هیچ جێگیرکردنێک نەدرابێت، جێگیرکردنەکان و ئەوەی ئایا هەر یەکەیان کار دەکات نیشان دەدات.

    نموونەکان:
      align pin statements/aleppo-2026-01 --lang ar p4=p4,p5
      align pin statements/aleppo-2026-01 --lang ckb l1.2,l1.3=l1.2
      align pin statements/aleppo-2026-01
      align pin statements/aleppo-2026-01 --lang ar --remove p4
cli-pin-arg-dir = بوخچەی بەیاننامەیەک
cli-pin-arg-pins = ئەو جێگیرکردنانەی زیاد دەکرێن: ناسنامەی بلۆکەکانی سەرچاوە، =، ناسنامەی بلۆکەکانی وەرگێڕان (p4=p4,p5؛ l1.2,l1.3=l1.2)؛ جێگیرکردنی نوێ جێی ئەوە دەگرێتەوە کە بلۆکێکی هاوبەشی لەگەڵیدا هەیە
cli-pin-arg-lang = ئەو وەرگێڕانەی جێگیرکردنەکان بۆیەتی (ar، ckb، kmr …)
cli-pin-arg-remove = جێگیرکردنەکانی ئەم وەرگێڕانە لاببە کە ئەم بلۆکانەی سەرچاوە لەخۆدەگرن (ناسنامەکان بە کۆما لێک جیا دەکرێنەوە)
pin-added = لە { $lang } جێگیرکرا: { $source } = { $target }
pin-removed = { $count ->
        [one] یەک جێگیرکردن لە { $lang } لابرا
       *[other] { $count } جێگیرکردن لە { $lang } لابران
    }
pin-written = نووسرا: { $path }
pin-listed = { $lang }: { $source } = { $target } ({ $state ->
        [applies] کار دەکات
        [changed] کار ناکات: دەقەکە گۆڕاوە
        [unknown-block] کار ناکات: بلۆکێک نەماوە
       *[disordered] کار ناکات: ڕیزبەندی تێکچووە
    })
pin-none = هیچ جێگیرکردنێک لە { $dir } نییە
pin-lang-needed = بڵێ جێگیرکردنەکان بۆ کام وەرگێڕانن: ‎--lang ar‎ (یان ckb، kmr …)
pin-no-translation = { $dir } وەرگێڕانی بە { $lang } نییە
pin-bad-spec = «{ $spec }» جێگیرکردن نییە: ناسنامەی بلۆکەکانی سەرچاوە، =، ناسنامەی بلۆکەکانی وەرگێڕان بنووسە (p4=p4,p5)
pin-unknown-block = بلۆکی { $block } لە { $path }دا نییە (align segment ناسنامەکان نیشان دەدات)
pin-not-consecutive = بلۆکەکانی «{ $spec }» لەدوای یەک نین: جێگیرکردن بلۆکە دراوسێکان پێکەوە دەبەستێت
pin-too-large = «{ $spec }» بلۆکی زۆر پێکەوە دەبەستێت: لە یەک لادا لانیزۆر چوار، و سێ کاتێک هەردوو لا چەند بلۆکیان هەیە
