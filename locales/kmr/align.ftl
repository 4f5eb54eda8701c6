## align: messages for people (English, the reference locale).
## Every other locale has exactly these ids, with the same variables.
## Machine formats (JSON, SARIF, JUnit, GitHub annotations) never use this file.

## Labels

label-error = çewtî
label-warning = hişyarî
label-info = nîşe
label-hint = şîret

## Errors on input (printed as "error: PATH:LINE:COL: message")

error-not-found = pel an peldank nehat dîtin
error-not-found-hint = rêçê kontrol bike; daxuyanî di statements/<name>/ de cih digirin, ji bo her zimanî pelek (en.md, ar.md, kmr.md, ckb.md)
error-unreadable = ev pel nayê xwendin: { $reason }
error-invalid-utf8 = ev pel ne bi UTF-8 ya derbasdar e (yekem baytê xelet li cihê { $offset } e)
error-invalid-utf8-hint = di edîtorê xwe de pelî bi kodkirina UTF-8 tomar bike ("Save with encoding" → UTF-8)
error-empty = ev pel vala ye
error-empty-hint = pelê daxuyaniyê herî kêm sernavekî dixwaze; nivîsê binivîse an jî pelî jê bibe
error-no-source = di vê peldankê de pelê çavkaniyê { $lang }.md tune ye
error-no-source-hint = peldanka daxuyaniyê ji bo her zimanî pelekî dihewîne; zimanê çavkaniyê bi "source:" di statement.yaml de tê diyarkirin (standard: en)
error-no-language-files = li vir pelên zimanan tune ne (en.md, ar.md, kmr.md, ckb.md …)
error-no-language-files-hint = navê her pelî li gorî koda zimanê wî deyne: en.md, ar.md, kmr.md, ckb.md
error-unknown-language = koda ziman "{ $code }" nayê naskirin (kodên naskirî: { $known })
error-language-from-name = zimanê vî pelî ji navê wî nayê fêmkirin
error-language-from-name-hint = navê wî li gorî koda ziman deyne (ar.md, udhr.ar.md) an jî --lang bi kar bîne
error-yaml = YAML ne derbasdar e: { $message }
error-yaml-hint = rêza nîşandayî rast bike; di YAML de valahiyên destpêka rêzan girîng in û forma "key: value" tê bikaranîn
error-usage = { $message }
error-write = ev pel nayê nivîsandin: { $reason }
error-ui-lang = zimanê navrûyê "{ $code }" nayê piştgirîkirin (yên heyî: { $known })

## Segmenting notices

notice-broken-paragraph = ev paragraf di nîvê hevokekê de diqede û li rêza { $next } berdewam dike; her du beş wekî yek paragraf hatin xwendin
notice-broken-paragraph-hint = rêza vala ya di navbera her du beşan de jê bibe
notice-repeated-block = ev blok { $of ->
        [title] sernav
       *[lede] paragrafa destpêkê
    } dubare dike, lewma hat derxistin
notice-empty-list-item = nîşaneya lîsteyê ya ku tiştek li pey wê tune bû hat derxistin
notice-list-continued = ev lîste hejmartina lîsteya li jor didomîne; her du wekî yek lîste hatin xwendin

## `align segment`

segment-summary = { $path } ({ $lang }): { $blocks ->
        [one] blokek
       *[other] { $blocks } blok
    }, { $lists ->
        [one] lîsteyek
       *[other] { $lists } lîste
    }, { $sentences ->
        [one] hevokek
       *[other] { $sentences } hevok
    }
segment-list = lîste { $id } ({ $kind }): { $items ->
        [one] xalek
       *[other] { $items } xal
    }

## Command-line help

cli-about = Daxuyaniyên pirzimanî kontrol bike û biweşîne: segment, align, check, publish.
cli-long-about = align piştrast dike ku guhertoyên zimanî yên daxuyaniyekê heman tiştî dibêjin. Ew her guhertoyê li blok û hevokan parçe dike, her wergerê bi çavkaniya wê re dike cot, û berî ku tiştek were weşandin radigihîne ka çi kêm e, çi hatiye zêdekirin an çi cuda ye (hejmar, dîrok, nav, lîste).
cli-heading-commands = Ferman
cli-heading-arguments = Argûman
cli-heading-options = Vebijark
cli-heading-usage = Bikaranîn:
cli-arg-help = Alîkariyê nîşan bide (bi --help bêtir bibîne)
cli-arg-version = Guhertoyê nîşan bide
cli-arg-ui-lang = Zimanê peyamên align bi xwe: en, ar, ckb, kmr [standard: ji ALIGN_UI_LANG, LC_ALL, LC_MESSAGES an LANG, wekî din en]
cli-arg-color = Kengî reng bên bikaranîn: auto (dema ku li termînalê tê nivîsandin û NO_COLOR nehatibe danîn), always, never
cli-arg-quiet = Tenê encaman nîşan bide: bê agahdarî, bê kurte
cli-arg-config = Pelê projeyê ku li şûna align.yaml ya herî nêzîk were bikaranîn
cli-segment-about = Nîşan bide ka daxuyaniyek çawa li blok û hevokan tê parçekirin, bi nasname û hejmarên rêzan
cli-segment-long-about = Her blokê (sernav, paragrafa destpêkê, sernavê beşê, paragraf, daxwaz, îmzekar, xala lîsteyê) û hevokên wê nîşan dide, bi wan nasnameyên ku fermanên din bi kar tînin û bi pel:rêz:stûna wan. Pelekî Markdown an peldankeke daxuyaniyê (bi hemû pelên wê yên zimanan) bide.

    Mînak:
      align segment statements/aleppo-2026-01
      align segment statements/aleppo-2026-01/ar.md --format json
cli-segment-arg-path = Pelê daxuyaniyê (en.md, ar.md …) an peldanka daxuyaniyê
cli-segment-arg-format = Formata derketinê: text ji bo mirovan, json ji bo bernameyan
cli-segment-arg-lang = Zimanê pelî, dema ku navê wî ziman diyar nake (en, ar, kmr, ckb)

## `align show`

show-summary = { $source } → { $target }: { $beads ->
        [one] cotek blok
       *[other] { $beads } cot blok
    } ({ $one } yek-bi-yek, { $omitted } nehatine wergerandin, { $added } hatine zêdekirin)
show-confidence = bawerî { $value }
show-moved = cih guhertiye: bi { $other } re cot dibe

cli-show-about = Wergerekê li kêleka çavkaniya wê nîşan bide, wekî ku align wan dike cot
cli-show-long-about = Her wergera daxuyaniyekê bi çavkaniya wê re dike cot, pêşî blokan û paşê hevokên di nav wan de, û wan li kêleka hev nîşan dide: kîjan blok û hevok li hember kîjanan in, cureyê cotê (1-1, 2-1, 1-0 ji bo tiştekî ku nehatiye wergerandin, 0-1 ji bo tiştekî ku hatiye zêdekirin) û asta baweriya cotkirinê. Bi kar bîne da ku bibînî çima kontrolek dibêje tiştek kêm e.

    Mînak:
      align show statements/aleppo-2026-01 --lang ar
      align show statements/aleppo-2026-01 --lang ckb --stacked
      align show statements/aleppo-2026-01 --format json
cli-show-arg-dir = Peldanka daxuyaniyê
cli-show-arg-lang = Tenê ev werger (ar, kmr, ckb); standard: hemû werger
cli-show-arg-format = Formata derketinê: text ji bo mirovan, json ji bo bernameyan
cli-show-arg-stacked = Her wergerê li binê çavkaniya wê deyne, ne li kêleka wê (ji bo termînalên teng)

## `align pair`

cli-pair-about = Du pelên nivîsa sade yên ku di her rêzê de hevokek heye bike cot (formata lêkolînê û amûrên wergerê)
cli-pair-long-about = Pelekî çavkaniyê û pelekî armancê yên ku di her rêzê de parçeyek heye dixwîne û nîşan dide ka ew çawa dibin cot: di her rêzê de cotek, bi forma [rêzên çavkaniyê]:[rêzên armancê] û bi hejmarên rêzan ên ku ji 0 dest pê dikin ([0, 1]:[2] tê wateya du rêzên çavkaniyê ku yek rêza armancê wan werdigerîne, []:[5] rêzeke zêdekirî, [7]:[] rêzeke ku nehatiye wergerandin). Ziman ji navên pelan (dev.de, news.ckb.txt) an ji vebijarkan tên zanîn; ew diyar dikin ka hejmar çawa tên nivîsandin.

    Mînak:
      align pair news.en.txt news.ckb.txt
      align pair a.txt b.txt --source-lang en --target-lang ar --format tsv
cli-pair-arg-src = Pelê çavkaniyê, di her rêzê de parçeyek
cli-pair-arg-tgt = Pelê armancê, di her rêzê de parçeyek
cli-pair-arg-format = beads (di her rêzê de [0, 1]:[2]), tsv (çavkanî, armanc, bawerî) an json
cli-pair-arg-source-lang = Zimanê pelê çavkaniyê, dema ku navê wî ziman diyar nake (en, ar, kmr, ckb, de, fr)
cli-pair-arg-target-lang = Zimanê pelê armancê, dema ku navê wî ziman diyar nake
