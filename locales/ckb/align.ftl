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
