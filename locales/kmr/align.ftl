## align: messages for people (English, the reference locale).
## Every other locale has exactly these ids, with the same variables.
## Machine formats (JSON, SARIF, JUnit, GitHub annotations) never use this file.

## Labels

label-error = çewtî
label-warning = hişyarî
label-info = têbînî
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
error-not-a-file = ev ne pelekî asayî ye, lê { $what ->
        [directory] peldankek e
        [fifo] boriyeke bi nav e (FIFO)
        [device] amûrek e
        [socket] soketek e
        [symlink-loop] girêdaneke sembolîk e ku vedigere ser xwe
       *[other] tiştekî din e
    }; align tenê pelên asayî dixwîne
error-not-a-file-hint = nivîsê bi xwe têxe vî pelî, an tiştê ku li vir e rake
error-too-large = ev pel { $size } bayt e, ku ji sînorê { $limit } baytî zêdetir e
error-too-large-hint = pelê daxuyaniyê bi gelemperî çend kîlobayt e; heke ev pel bi rastî daxuyaniyek be, "limits: file_size:" di align.yaml de bilind bike
error-too-many-blocks = di vî pelî de { $count } blok hene (paragraf, sernav, xalên lîsteyê), ku ji sînorê { $limit } zêdetir e
error-too-many-blocks-hint = kontrol bike ku ev daxuyaniyek e; heke wisa be, "limits: blocks:" di align.yaml de bilind bike
error-too-deep = kûrahiya vî pelê YAML ji { $limit } astan zêdetir e
error-too-deep-hint = pelên YAML ên align tenê çend ast kûr in; valahiyên serê rêzan û kevanekên pelî kontrol bike
error-not-owned = align di vê peldankê de naweşîne: pelên ku align publish nenivîsandine tê de hene
error-not-owned-hint = bi --out peldankeke vala an nû hilbijêre (align li peldankên ku tê de diweşîne nîşaneyekê datîne)
error-not-a-directory = ev pelek e, lê li vir peldankek tê hêvîkirin
error-not-a-directory-hint = navê peldankekê binivîse (heke tune be tê çêkirin)
error-not-a-baseline = pelê baseline li vir nayê nivîsandin: ev pel jixwe heye û ne pelê baseline ye
error-not-a-baseline-hint = ji bo --write-baseline navekî din ê pelî hilbijêre (bo mînak align-baseline.yaml)
error-duplicate-target = "{ $code }" du caran di "targets:" de hatiye nivîsandin
error-duplicate-target-hint = her zimanê wergerê tenê carekê binivîse
error-empty-targets = di "targets:" de tu ziman tune ye
error-empty-targets-hint = zimanên wergerê binivîse (targets: [ar, kmr, ckb]), an "targets:" rake da ku hemû pelên zimanan ên heyî werin kontrolkirin
error-missing-glossary = align.yaml navê ferhengoka { $glossary } dide, lê ew pel tune ye
error-missing-glossary-hint = ferhengokê çêke, an "glossary:" di align.yaml de rast bike an rake
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
notice-indented-paragraph = ev paragraf bi çar valahiyan an zêdetir ketiye hundir, ku Markdown wek kod dixwîne; lê wek paragraf hat xwendin
notice-indented-paragraph-hint = valahiyên serê rêzê rake (kopîkirin û pêvekirina nivîsê ji e-nameyekê pir caran wan lê zêde dike)
notice-raw-html = ev blok HTML ya xav e; wek nivîsa sade tê xwendin, kontrolkirin û weşandin, û qet wek etîketên HTML nayê hesibandin

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
cli-arg-verbose = Herwiha bibêje kîjan align.yaml tê bikaranîn û kîjan pelên hatine dayîn hatin derbaskirin
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

## `align check`: summary

check-summary = { $statements ->
        [one] daxuyaniyek
       *[other] { $statements } daxuyanî
    }, { $languages ->
        [one] zimanekî wergerê
       *[other] { $languages } zimanên wergerê
    }, { $segments } parçe hatin kontrolkirin: { $errors ->
        [0] bê çewtî
        [one] çewtiyek
       *[other] { $errors } çewtî
    }, { $warnings ->
        [0] bê hişyarî
        [one] hişyariyek
       *[other] { $warnings } hişyarî
    }, { $infos ->
        [0] bê têbînî
        [one] têbîniyek
       *[other] { $infos } têbînî
    }
check-summary-suppressed = { $suppressed ->
        [one] ; encamek din jî bi şîroveyekê an bi pelê baseline hatiye qebûlkirin
       *[other] ; { $suppressed } encamên din jî bi şîroveyan an bi pelê baseline hatine qebûlkirin
    }

## `align check`: one message, one hint and one description per check.
## Variables are the finding's details; a list variable also has a -count variable.

## `align check --report`: rûpela venêrînê.

report-filter-show = Nîşan bide
report-only-findings = tenê cotên bi encaman
report-pin = vê cotê pîn bike
report-title = Venêrîna wergeran
report-statements = Daxuyanî
report-languages = Ziman
report-errors = Çewtî
report-warnings = Hişyarî
report-notes = Têbînî
report-findings = { $count ->
        [one] Encamek
       *[other] { $count } encam
    }
report-no-findings = Tu encam tune ye.
report-filter-severity = Giranî
report-filter-check = Kontrol
report-filter-language = Ziman
report-pair = Cotkirin
report-unread = Daxuyaniyên ku nehatin xwendin
report-input-errors = Nehat kontrolkirin: çewtiyên têketinê
cli-check-arg-report = Rûpeleke venêrînê jî di vî pelê HTML de binivîse: her werger li kêleka çavkaniya xwe, her encam li cem parçeya xwe (yek pel, bê înternetê dixebite)

check-missing-translation = wergera { $lang } tune ye: pelê { $file } tune ye
check-missing-translation-hint = wergerê zêde bike, an jî { $lang } ji "targets:" ya di statement.yaml de rake
check-missing-translation-description = wergereke ku di statement.yaml de hatiye diyarkirin, lê pelê wê tune ye

check-missing-segment = { $kind ->
        [sentence] ev hevoka çavkaniyê di wergerê de beramberê xwe nîne
        [demand] ev daxwaz di wergerê de kêm e
        [signatory] ev îmzekar di wergerê de kêm e
       *[other] ev { $kind ->
            [title] sernavê çavkaniyê
            [lede] paragrafa destpêkê ya çavkaniyê
            [heading] sernavê beşê yê çavkaniyê
            [paragraph] paragrafa çavkaniyê
            [list-item] xala lîsteyê ya çavkaniyê
           *[other] beşa çavkaniyê ({ $kind })
        } di wergerê de beramberê xwe nîne
    }
check-missing-segment-hint = { $kind ->
        [sentence] vê paragrafê hevok bi hevok berhev bike: di wergerê de hevokek ji çavkaniyê kêmtir heye
       *[other] wê wergerîne û di wergerê de li rêza nîşandayî deyne
    }
check-missing-segment-description = blokek an hevokeke çavkaniyê ku di wergerê de beramberê wê tune ye

check-extra-segment = ev { $kind ->
        [title] sernavê wergerê
        [lede] paragrafa destpêkê ya wergerê
        [heading] sernavê beşê yê wergerê
        [paragraph] paragrafa wergerê
        [demand] daxwaza wergerê
        [signatory] îmzekarê wergerê
        [list-item] xala lîsteyê ya wergerê
        [sentence] hevoka wergerê
       *[other] beşa wergerê ({ $kind })
    } di çavkaniyê de beramberê xwe nîne
check-extra-segment-hint = wê rake, an jî eger ew beşek ji daxuyaniyê be, pêşî wê li çavkaniyê zêde bike
check-extra-segment-description = naveroka wergerê ku di çavkaniyê de beramberê wê tune ye

check-moved-segment = ev { $kind ->
        [title] sernav
        [lede] paragrafa destpêkê
        [heading] sernavê beşê
        [paragraph] paragraf
        [demand] daxwaz
        [signatory] îmzekar
        [list-item] xala lîsteyê
        [sentence] hevok
       *[other] blok ({ $kind })
    } di wergerê de li cihekî din e, ne li cihê xwe yê di çavkaniyê de
check-moved-segment-hint = wê vegerîne cihê wê yê di rêzbendiya çavkaniyê de, da ku guherto wekî hev bên xwendin
check-moved-segment-description = blokeke ku werger wê li cihekî din datîne

check-restructured = { $change ->
        [merged] werger { $source-segments } yên çavkaniyê di yek paragrafê de dide ({ $target-segments })
       *[split] werger { $source-segments } ya çavkaniyê dike { $target-segments-count } paragraf ({ $target-segments })
    }
check-restructured-hint = tiştek kêm nîne; heke guherto dê li kêleka hev werin xwendin, dabeşkirina paragrafên çavkaniyê biparêze
check-restructured-description = paragrafên ku werger dike yek an parçe dike (bê zirar e; hejmar, dîrok û têgeh hîn jî tên berhevdan)

check-list-count = { $kind ->
        [demands] lîsteya daxwazan
        [signatories] lîsteya îmzekaran
       *[other] lîste
    } di çavkaniyê de { $source-items } xal û di wergerê de { $target-items } xal dihewîne
check-list-count-hint = divê her daxwaz û her îmzekar tam carekê xuya bibe; lîsteyan xal bi xal bide ber hev
check-list-count-description = lîsteyek (daxwaz, îmzekar, her cure) ku hejmara xalên wê cuda ye

check-list-numbering = hejmara vê xala lîsteyê { $found } e, lê diviya { $expected } bûya
check-list-numbering-hint = lîsteyê ji nû ve hejmar bike: 1, 2, 3 … (١، ٢، ٣ û ۱، ۲، ۳ wekî hev tên hesibandin)
check-list-numbering-description = hejmartina lîsteyê ku hejmarekê diavêje an dubare dike

check-empty-segment = ev parçeya wergerê vala ye
check-empty-segment-hint = wergerê binivîse, an jî nîşaneya lîsteyê ya vala rake
check-empty-segment-description = blokek an xaleke lîsteyê ya vala di wergerê de

check-number-mismatch = hejmar cuda ne: { $source-only-count ->
        [0] { $target-only } di wergerê de { $target-only-count ->
            [one] heye
           *[other] hene
        } lê ne di çavkaniyê de
       *[other] { $source-only } di çavkaniyê de { $source-only-count ->
            [one] heye
           *[other] hene
        } lê ne di wergerê de{ $target-only-count ->
            [0] {""}
           *[other] , û { $target-only } di wergerê de { $target-only-count ->
                [one] heye
               *[other] hene
            } lê ne di çavkaniyê de
        }
    }
check-number-mismatch-hint = hejmarê rast bike; reqem dikarin bi her alfabeyê bin û hejmar dikare bi peyvan jî were nivîsandin (250000 = ٢٥٠٠٠٠ = 250 ألف = 250.000 bi kurmancî)
check-number-mismatch-description = hejmarên cotekê ku nirxên wan cuda ne

check-unit-mismatch = yekeya { $number } cuda ye: di çavkaniyê de { $source-unit ->
        [minute] deqîqe
        [hour] saet
        [day] roj
        [week] hefte
        [month] meh
        [year] sal
        [decade] dehsal
        [percent] ji sedî
        [kilometre] kîlometre
        [mile] mîl
        [metre] metre
        [foot] pê
        [pound] sterlîn
        [dollar] dolar
       *[euro] ewro
    }, lê di wergerê de { $target-unit ->
        [minute] deqîqe
        [hour] saet
        [day] roj
        [week] hefte
        [month] meh
        [year] sal
        [decade] dehsal
        [percent] ji sedî
        [kilometre] kîlometre
        [mile] mîl
        [metre] metre
        [foot] pê
        [pound] sterlîn
        [dollar] dolar
       *[euro] ewro
    }
check-unit-mismatch-hint = yekeya çavkaniyê bi kar bîne, an heke divê yeke biguhere, hejmarê jî li gorî wê biguherîne
check-unit-mismatch-description = hejmarek ku yekeya wê cuda ye (hefte û roj, sterlîn û dolar, mîl û kîlometre)

check-date-mismatch = { $paired-months-count ->
        [0] dîrok cuda ye: di çavkaniyê de { $source-date }, di wergerê de { $target-date }
       *[other] her du navên mehan ên di { $target-date } de ne heman meh in
    }
check-date-mismatch-hint = roj, meh an salê rast bike, da ku her du jî heman dîrokê bibêjin
check-date-mismatch-description = dîrokên ku roj, meh an sala wan cuda ye

check-date-calendar = { $date } meheke salnameya rojî ya kurdî bi kar tîne, ne meheke salnameya zayînî ya ku çavkanî bi kar tîne
check-date-calendar-hint = dîrokê kontrol bike, an jî wê bi meha zayînî binivîse (کانوونی دووەم, Kanûna Paşîn …)
check-date-calendar-description = navê meheke salnameya rojî ya kurdî (ڕێبەندان, Xakelêwe …) ku divê were kontrolkirin

check-term-mismatch = "{ $term }" ne wekî ku ferheng dibêje hatiye wergerandin{ $expected-count ->
        [0] {""}
       *[other] : divê { $expected } be
    }
check-term-mismatch-hint = wergera pejirandî bi kar bîne, an jî eger ev werger rast be, wê li ferhengê zêde bike
check-term-mismatch-description = termeke ferhengê ku di wergerê de tu yek ji wergerên wê yên pejirandî tune ye

check-latin-token = "{ $token }" ya çavkaniyê di wergerê de kêm e
check-latin-token-hint = kurtenav, girêdan û sembolên belgeyan wekî di çavkaniyê de bihêle, an jî wergerekê li ferhengê zêde bike
check-latin-token-description = kurtenavek, girêdanek, e-nameyek an sembola belgeyekê ku di wergerê de kêm e

check-untranslated = ev parçeya wergerê hîn nivîsa çavkaniyê ye, nehatiye wergerandin
check-untranslated-hint = wê wergerîne; navên ku divê wekî xwe bimînin dikarin bi <!-- align: allow untranslated --> werin qebûlkirin
check-untranslated-description = parçeyeke wergerê ku hîn nivîsa çavkaniyê ye

check-missing-content = wergera vê hevokê ji dirêjahiya asayî ya wergerên vê belgeyê tenê { $share }% e: xuya ye ku beşek jê ketiye{ $missing-count ->
        [0] {""}
       *[other] ; di wergerê de tune: { $missing }
    }
check-missing-content-hint = wê beş bi beş bi çavkaniyê re bide ber hev û ya ku kêm e wergerîne
check-missing-content-description = hevokek ku wergera wê ji bo ku wê bi tevahî bide pir kurt e (beşek, nav an nîvê hevokê jê ketiye)

check-length-ratio = dirêjahiya vê wergerê { $ratio } qatê dirêjahiya çavkaniya wê ye, lê di vê wergerê de ev rêje bi gelemperî { $typical } e
check-length-ratio-hint = kontrol bike ku tu beşa hevokê nehatiye avêtin an zêdekirin
check-length-ratio-description = cotek hevokan ku rêjeya dirêjahiya wan ji ya yên din ên belgeyê gelekî dûr e

check-wrong-script = { $scope ->
        [file] ev pel bi piranî bi tîpên { $found ->
            [latin] latînî
           *[arabic] erebî
        } e ({ $share }% ji tîpên wê), lê { $lang } bi tîpên { $expected ->
            [latin] latînî
           *[arabic] erebî
        } tê nivîsandin
       *[block] ev parçe bi tîpên { $found ->
            [latin] latînî
           *[arabic] erebî
        } e, lê { $lang } bi tîpên { $expected ->
            [latin] latînî
           *[arabic] erebî
        } tê nivîsandin
    }
check-wrong-script-hint = kontrol bike ku nivîsa rast di pelê rast de ye (ckb.md soranî bi tîpên erebî ye, kmr.md kurmancî bi tîpên latînî), û tiştê ku bi zimanekî din maye wergerîne
check-wrong-script-description = nivîsa ku ne bi alfabeya zimanê xwe ye (pelekî ckb bi tîpên latînî, paragrafek ku bi îngilîzî maye)

check-orthography = { $problem ->
        [arabic-letters] tîpên erebî di nivîsa soranî de: { $letters } di { $words } de
        [kurdish-letters] tîpên farisî an kurdî di nivîsa erebî de: { $letters } di { $words } de
       *[no-kurdish-letters] di vê nivîsa dirêj a kurmancî de tîpên kurdî ({ $letters }) tune ne
    }
check-orthography-hint = { $problem ->
        [arabic-letters] soranî ی ک ە dinivîse li cihê ku erebî ي ك ة dinivîse (klavyeya kurdî bi kar bîne)
        [kurdish-letters] erebî ي ك ة û ب ج ز ف dinivîse li cihê ku farisî û kurdî ی ک ە û پ چ ژ ڤ dinivîsin
       *[no-kurdish-letters] gelo ev bê klavyeya kurdî hatiye nivîsandin? e, i, u, c, s li cihê ê, î, û, ç, ş wateya peyvan diguherînin
    }
check-orthography-description = soranî bi tîpên ku tenê yên erebî ne, erebî bi tîpên farisî/kurdî, kurmancî bê ê î û ç ş

check-invisible-char = tîpên nexuya yên ku dikarin nîşandana vê nivîsê tevlihev bikin: { $problems }
check-invisible-char-hint = tîpên nexuya jê bibe (edîtora te dikare wan nîşan bide); ZWNJ di soranî de rast e û nayê ragihandin
check-invisible-char-description = tîpên kontrolê yên bidi yên bêcih, nîşane di nav peyvan de, valahiyên bê firehî

check-punctuation = di çavkaniyê de pirsek heye, lê werger ne pirs e
check-punctuation-hint = pirsa wergerandî bi ? an ؟ biqedîne
check-punctuation-description = pirsek ku wekî hevokeke ragihandinê hatiye wergerandin (? û ؟, , û ، wekî hev tên hesibandin)

check-broken-paragraph = paragrafek di nîvê hevokekê de diqede û li rêza { $next-line } berdewam dike
check-broken-paragraph-hint = rêza vala ya di navbera her du beşan de jê bibe
check-broken-paragraph-description = paragrafek ku rêzeke vala ew di nîvê hevokekê de perçe kiriye
check-stale-pin = pîna { $source } = { $target } êdî derbas nabe: { $reason ->
        [changed] nivîsa blokên wê ji dema çêbûnê ve guheriye
        [unknown-block] bloka { $block } êdî di pelê de tune
       *[disordered] blokên wê li pey hev nînin, an pîneke din dibire
    }; align van blokan bi serê xwe dike cot
check-stale-pin-hint = li cotkirinê binêre (align show), paşê ji nû ve pîn bike (align pin DIR --lang LANG SOURCE=TARGET) an pînê rake (align pin DIR --lang LANG --remove SOURCE)
check-stale-pin-description = pînek (rastkirina cotkirinê) ku blokên wê ji dema çêbûnê ve guherîne
check-unknown-allow = şîroveya <!-- align: allow { $id } --> navê tu kontrolê nade, ji ber vê yekê destûrê nade tu tiştî; mebesta te { $nearest } bû?
check-unknown-allow-hint = nasnameyê di şîroveyê de rast bike (align check --list-checks hemû nasnameyan rêz dike)
check-unknown-allow-description = şîroveyeke destûrê ku navê tu kontrolê nade (nasnameyeke bi xeletiya rastnivîsê)

## `align check`: command line

cli-check-about = Berî weşandinê bibîne ka di wergeran de çi kêm an cuda ye
cli-check-long-about = Her wergera her daxuyaniyê bi çavkaniya wê re dike cot û radigihîne ka çi dê bike ku guhertoyên weşandî tiştên cuda bibêjin: paragraf û hevokên kêm an zêde, xalên lîsteyê, hejmar, dîrok, termên ferhengê, kurtenav, nivîsa nehatî wergerandin an vala, nivîsa bi alfabeya çewt. Koda derketinê 0 e dema ku tiştek di asta têkçûnê de an ji wê bilindtir nehat dîtin, 1 e dema ku hat dîtin, û 2 e dema ku çewtiyeke bikaranînê an têketinê hebe.

    Mînak:
      align check
      align check statements/aleppo-2026-01 --lang ar
      align check statements/aleppo-2026-01/ar.md
      align check --source udhr.en.md udhr.ar.md
      align check --format github --fail-on warning
cli-check-arg-paths = Peldankên daxuyaniyan, an pelên daxuyaniyê: pelekî wergerê (ar.md) wê wergerê kontrol dike, pelê çavkaniyê (en.md), statement.yaml an align.lock tevahiya daxuyaniyê; pelên din tên derbaskirin. Standard: hemû daxuyaniyên projeyê
cli-check-arg-format = human (standard), concise (ji bo her encamekê rêzek: path:line:col: level[check] message), json, github (şîroveyên workflowê û kurteya karî), junit an sarif
cli-check-arg-fail-on = Asta herî nizm a ku koda derketinê dike 1: error (standard) an warning; never radigihîne bêyî ku têk biçe (çewtiyên têketinê dîsa bi 2 derdikevin)
cli-check-arg-lang = Tenê ev werger (kod, bi virgulê hatine veqetandin); herwiha zimanê pelên wergerê yên ku navê wan ziman diyar nake
cli-check-arg-source = Pelê çavkaniyê yê pelên ku ne di peldanka daxuyaniyekê de ne; wê demê rê wergerên wî ne (align check --source udhr.en.md udhr.ar.md)
cli-check-arg-files-from = Rêyên din ji vî pelî bixwîne, her rêzekê rêyek an bi NULê veqetandî; - têketina standard dixwîne (git diff --name-only | align check --files-from -)
cli-check-arg-list-checks = Kontrolan, nasnameyên wan û astên wan ên standard rêz bike, û derkeve
cli-check-arg-baseline = Encamên ku di vî pelê baseline de hatine tomarkirin paşguh bike
cli-check-arg-no-cache = Her tiştî ji nû ve kontrol bike, bêyî xwendin an nivîsandina cache (.align_cache di koka projeyê de)
cli-check-arg-write-baseline = Encamên niha di vî pelê baseline de tomar bike (ji nû ve tê nivîsandin) û bi 0 derkeve
check-baseline-written = { $count ->
        [one] encamek hat tomarkirin
       *[other] { $count } encam hatin tomarkirin
    } di { $path } de

check-skipped = { $path } hat derbaskirin: ne beşek ji daxuyaniyekê ye
check-skipped-hint = Ji bo kontrolkirina pelên li derveyî peldanka daxuyaniyê, pelê çavkaniyê binav bike: align check --source en.md ar.md
check-config = { $path } tê bikaranîn ji bo { $statements ->
        [one] daxuyaniyekê
       *[other] { $statements } daxuyaniyan
    }
check-no-config = align.yaml tune ye: mîhengên standard ji bo { $statements ->
        [one] daxuyaniyekê
       *[other] { $statements } daxuyaniyan
    }
## Source drift: `align accept`, `align diff`, and the drift checks of `align check`
## (a lock file, align.lock, records the source as it stood when each translation was accepted)

check-source-drift = çavkanî hatiye guhertin piştî ku ev werger di { $accepted } de hat pejirandin ({ $grade ->
        [number] hejmarek hatiye guhertin
        [date] dîrokek hatiye guhertin
        [name] navek hatiye guhertin
        [negation] neyîniyek hatiye guhertin
        [punctuation] tenê xalbendî hatiye guhertin
       *[wording] gotin hatine guhertin
    }): { $changes }
check-source-drift-hint = wergerê li gorî nivîsa nû ya çavkaniyê rast bike, paşê vê fermanê bixebitîne: align accept { $dir } --lang { $lang } --segment { $segment }; align diff { $dir } --lang { $lang } hemû guhertinê nîşan dide
check-source-drift-description = parçeyeke çavkaniyê ku piştî pejirandina wergera wê hatiye guhertin (align.lock pêwîst e)
check-new-source = ev parçe piştî pejirandina wergerê li çavkaniyê hatiye zêdekirin, û di wergerê de tune ye
check-new-source-hint = wê wergerîne û di wergerê de li rêza nîşandayî deyne, paşê align accept bixebitîne
check-new-source-description = parçeyeke çavkaniyê ku piştî pejirandina wergerê hatiye zêdekirin û di wergerê de kêm e
check-removed-source = ev parçe êdî di çavkaniyê de tune ye (dema ku di { $accepted } de hat pejirandin, ew { $accepted-segment } bû), lê hîn di wergerê de heye
check-removed-source-hint = wê ji wergerê rake, paşê align accept bixebitîne
check-removed-source-description = parçeyeke çavkaniyê ku piştî pejirandina wergerê hatiye rakirin, lê hîn di wergerê de ye
check-target-changed = werger piştî ku di { $accepted } de hat pejirandin hatiye guhertin, lê çavkaniya wê nehatiye guhertin
check-target-changed-hint = guhertinê bide kontrolkirin, paşê align accept bixebitîne da ku were tomarkirin
check-target-changed-description = wergereke ku piştî pejirandinê hatiye guhertin, lê çavkaniya wê wekî xwe maye

error-lock-version = ev pelê kilîtê bi guhertoyeke nûtir a align hatiye nivîsandin (formata { $found }; ev align formata { $supported } dixwîne)
error-lock-version-hint = align nû bike; pelê kilîtê jê nebe û neguherîne, ew tomar dike ka çi hatiye pejirandin
error-lock-statement = ev pelê kilîtê yê daxuyaniya "{ $found }" e, ne yê "{ $expected }"
error-lock-statement-hint = heke navê peldanka daxuyaniyê hatibe guhertin, di align.lock de rêza "statement: { $found }" bi "statement: { $expected }" biguherîne; heke pelê kilîtê ji daxuyaniyeke din hatibe kopîkirin, align.lock ya vê daxuyaniyê bi xwe ji pergala kontrola guhertoyan (version control) vegerîne
error-not-accepted = { $lang } nehat pejirandin: { $errors ->
        [one] di wergerê de çewtiyek heye (li jor hatiye nîşandan)
       *[other] di wergerê de { $errors } çewtî hene (li jor hatine nîşandan)
    }
error-not-accepted-hint = wan rast bike û align accept dîsa bixebitîne, an jî --force bi kar bîne da ku her çawa be were pejirandin
error-unknown-segment = di çavkaniyê de parçeya "{ $id }" tune ye
error-unknown-segment-hint = nasnameyên parçeyan ew in ku align segment nîşan dide: title, lede, h1, p3, l1.2 (blokeke tevahî, ne hevokek)
error-no-lock = ji bo vê daxuyaniyê align.lock tune ye: hîn tu werger nehatiye pejirandin
error-no-lock-hint = dema ku wergerên daxuyaniyê hatin kontrolkirin û bûn guhertoya dawî, align accept li ser peldanka daxuyaniyê bixebitîne

accept-done = { $path } hat pejirandin: { $count ->
        [one] parçeyek
       *[other] { $count } parçe
    }
accept-segment = { $segment } di { $path } de hat pejirandin
accept-forced = { $path } hat pejirandin, tevî { $errors ->
        [one] çewtiyekê
       *[other] { $errors } çewtiyan
    } (--force)
accept-written = { $path } hat nivîsandin
accept-unchanged = { $path } jixwe vê yekê tomar dike; tiştek nehat nivîsandin

diff-changed = { $segment }: piştî pejirandina di { $accepted } de hatiye guhertin — { $grade ->
        [number] hejmarek hatiye guhertin
        [date] dîrokek hatiye guhertin
        [name] navek hatiye guhertin
        [negation] neyîniyek hatiye guhertin
        [punctuation] tenê xalbendî hatiye guhertin
       *[wording] gotin hatine guhertin
    }
diff-was = (berê: { $old })
diff-new = { $segment }: piştî pejirandina wergerê li çavkaniyê hatiye zêdekirin
diff-removed = { $segment }: piştî pejirandina di { $accepted } de ji çavkaniyê hatiye rakirin
diff-not-in-source = (êdî ne di çavkaniyê de ye)
diff-not-in-translation = (ne di wergerê de ye)
diff-none = { $statement }: ji dema pejirandina wergeran ve çavkanî nehatiye guhertin
diff-summary = { $statement }: { $count ->
        [one] parçeyek hatiye guhertin
       *[other] { $count } parçe hatine guhertin
    } ji dema pejirandinê ve ({ $langs })
diff-never-accepted = { $lang } qet nehatiye pejirandin: align accept { $dir } --lang { $lang } bixebitîne

cli-accept-about = Tomar bike ku werger li hember çavkaniyê, wekî ku niha ye, hatine pejirandin (align.lock dinivîse)
cli-accept-long-about = Her wergerê kontrol dike û, dema ku align check tu çewtiyê tê de nabîne, di align.lock ya daxuyaniyê de ji bo her parçeyeke çavkaniyê nivîsa çavkaniyê wekî ku niha ye û şopeke kurt (checksum) a wergera ku pê re cot bûye tomar dike. Ji wê şûnde, dema ku çavkanî biguhere, align check source-drift, new-source û removed-source radigihîne, û align diff tam nîşan dide ka çi hatiye guhertin. Pelên wergerê qet nayên guhertin; pelê kilîtê pêşî di pelekî demkî de tê nivîsandin, paşê bi navê yê kevn li şûna wî tê danîn.

    Mînak:
      align accept statements/aleppo-2026-01
      align accept statements/aleppo-2026-01 --lang ar
      align accept statements/aleppo-2026-01 --lang kmr --segment p4
cli-accept-arg-dir = Peldanka daxuyaniyê
cli-accept-arg-lang = Tenê ev werger (kod, bi virgulê hatine veqetandin); standard: hemû werger
cli-accept-arg-segment = Tenê ev parçeya çavkaniyê (nasnameya blokê ya ku align segment nîşan dide: p4, l1.2)
cli-accept-arg-force = Bipejirîne, her çend align check di wergerê de çewtiyan bibîne jî

cli-diff-about = Nîşan bide ka ji dema pejirandina her wergerê ve çi di çavkaniyê de hatiye guhertin
cli-diff-long-about = Çavkaniyê bi wê nivîsê re dide ber hev ku dema pejirandina her wergerê di align.lock de hatiye tomarkirin, û her parçeya guhertî, zêdekirî an rakirî nîşan dide: cudahiya peyv bi peyv a çavkaniyê (peyvên jêbirî û zêdekirî bi reng, an bê reng bi [-…-] û {"{"}+…+{"}"} hatine nîşankirin) li kêleka wergerê wekî ku niha ye, bi pel û rêzê. Koda derketinê 0 e dema ku tiştek nehatibe guhertin, 1 e dema ku tiştek hatibe guhertin, û 2 e dema ku çewtiyeke têketinê hebe.

    Mînak:
      align diff statements/aleppo-2026-01
      align diff statements/aleppo-2026-01 --lang ar --stacked
      align diff statements/aleppo-2026-01 --format json
cli-diff-arg-dir = Peldanka daxuyaniyê
cli-diff-arg-lang = Tenê ev werger (kod, bi virgulê hatine veqetandin); standard: hemû werger
cli-diff-arg-format = Formata derketinê: text ji bo mirovan, json ji bo bernameyan
cli-diff-arg-stacked = Wergerê li binê çavkaniyê deyne, ne li kêleka wê (ji bo termînalên teng)

## `align publish`: the published files (labels in the interface language)

publish-unchecked-review = Her çewtî li kêleka nivîsa xwe: rûpela venêrînê.
publish-unchecked = NEHATIYE KONTROLKIRIN: align check di vê daxuyaniyê de { $errors ->
        [one] çewtiyek dît
       *[other] { $errors } çewtî dîtin
    }, lê daxuyanî dîsa jî hat weşandin (--force). Vê guhertoyê neweşînin.
publish-missing = (di vê wergerê de beramberê wê tune ye)
publish-added = (di wergerê de hatiye zêdekirin; di çavkaniyê de tune ye)
publish-covered = (ligel beşa li jor hatiye nîşandan)
publish-drifted = (çavkaniya vê beşê piştî pejirandina wergerê hatiye guhertin)
publish-versions = Bi zimanekî din bixwîne:
publish-all-languages = hemû ziman
publish-date = { $date }
publish-footer = Ev pel di { $date } de bi align { $version } ji daxuyaniya { $statement } ({ $langs }) hatiye çêkirin. { $checked ->
        [yes] Hemû werger ji align check derbas bûn.
       *[no] Nehatiye kontrolkirin: align check çewtî dîtin.
    }

## `align publish`: command line

publish-refused = tiştek nehat weşandin: { $errors ->
        [one] çewtiyek maye (li jor hatiye nîşandan)
       *[other] { $errors } çewtî mane (li jor hatine nîşandan)
    }; wan rast bike, an jî --force bi kar bîne da ku pel werin weşandin û wekî nekontrolkirî werin nîşankirin
publish-forced = tevî { $errors ->
        [one] çewtiyekê
       *[other] { $errors } çewtiyan
    } dîsa jî tê weşandin (--force): her pel wekî nekontrolkirî tê nîşankirin
publish-written = { $statement } hat weşandin: { $count ->
        [one] pelek
       *[other] { $count } pel
    } di { $dir } de
error-would-overwrite = align li vir nanivîse: ev pel yek ji pelên daxuyaniyê ye
error-would-overwrite-hint = bi --out peldankeke din a derketinê hilbijêre

cli-publish-about = Guhertoyên paralel (HTML, Markdown, TMX, XLIFF, TSV) biweşîne, dema ku align check bê çewtî derbas bibe
cli-publish-long-about = Kontrolên align check li ser her daxuyaniyê dixebitîne û, dema ku tu çewtî nemabe, guhertoyên wê yên paralel dinivîse: rûpeleke HTML ya serbixwe ku hemû ziman tê de li kêleka hev in (û ji bo her cotek zimanan rûpelek jî) û erebî û soranî ji rastê ber bi çepê ve nîşan dide, Markdown, bîreke wergerê ya TMX (translation memory), pelekî XLIFF 2.0 û ji bo her wergerê pelekî TSV. Pel pêşî bi navekî demkî tên nivîsandin, paşê navê wan tê guhertin; ew di peldanka out/ ya daxuyaniyê de tên danîn, heke --out an publish.out di align.yaml de cihekî din diyar neke. Pelên daxuyaniyê qet nayên guhertin. Heke çewtiyek mabe, tiştekî nanivîse û bi 1 derdikeve; --force dîsa jî diweşîne û her pelî wekî nekontrolkirî nîşan dike.

    Mînak:
      align publish statements/aleppo-2026-01
      align publish statements/aleppo-2026-01 --format html --out public
      align publish statements/aleppo-2026-01 --lang ar --format tmx,xliff --segtype paragraph
cli-publish-arg-dirs = Peldankên daxuyaniyan
cli-publish-arg-lang = Tenê ev werger (kod, bi virgulê hatine veqetandin); standard: hemû werger
cli-publish-arg-format = Formatên ku werin nivîsandin, bi virgulê hatine veqetandin: html, md, tmx, xliff, tsv; standard: hemû
cli-publish-arg-out = Peldanka ku pel tê de werin nivîsandin; standard: publish.out ya align.yaml, wekî din out/ ya her daxuyaniyê
cli-publish-arg-force = Biweşîne, her çend align check çewtiyan bibîne jî, û her pelî wekî nekontrolkirî nîşan bike
cli-publish-arg-segtype = Yekeyên wergerê yên pelê TMX: sentence (standard) an paragraph
error-duplicate-output = du ji daxuyaniyan dê di heman vî pelî de bên weşandin (navê wan yek e)
error-duplicate-output-hint = wan yek bi yek biweşîne, her yekê bi --out ya xwe
error-first-accept-whole = { $lang } qet bi tevahî nehatiye pejirandin, ji ber vê yekê parçeyek bi tenê nikare were pejirandin
error-first-accept-whole-hint = pêşî align accept bê --segment bixebitîne (ew hemû parçeyan kontrol dike û tomar dike)

# Usage errors (clap's, in the interface language)
cli-error-unknown-argument = vebijark an argûmana nenas { $arg }
cli-error-unknown-command = fermana nenas { $command }
cli-error-missing-value = { $arg } nirxekê dixwaze
cli-error-invalid-value = { $value } ji bo { $arg } ne nirxekî derbasdar e
cli-error-missing-argument = argûmana pêwîst { $arg } tune
cli-error-missing-command = fermanek pêwîst e (check, publish, show …)
cli-error-conflict = { $arg } û { $other } bi hev re nayên bikaranîn
cli-error-values = hejmara nirxan ji bo { $arg } ne rast e
cli-error-other = rêza fermanê nehat xwendin: { $detail }
cli-error-did-you-mean = mebesta te { $suggestion } bû?
cli-error-possible-values = nirxên gengaz: { $values }
cli-error-more = { $help } hemû vebijarkan rave dike

cli-completions-about = Skrîpta temamkirina xweber a shellekê çap bike (bash, zsh, fish, powershell, elvish)
cli-completions-long-about = Skrîpta temamkirina xweber a shellê li derketina standard çap dike, ji heman pênaseya --help tê çêkirin. Bash: align completions bash > ~/.local/share/bash-completion/completions/align. Zsh: align completions zsh > ~/.zfunc/_align (bi fpath+=~/.zfunc berî compinit). Fish: align completions fish > ~/.config/fish/completions/align.fish.
cli-completions-arg-shell = Shell: bash, zsh, fish, powershell an elvish
check-progress = daxuyanî têne kontrolkirin: { $done } ji { $total }

cli-pin-about = Cotkirinê rast bike: bêje kîjan blokên çavkaniyê bi kîjan blokên wergerê têne wergerandin
cli-pin-long-about = Pînan di pelê pins.yaml yê daxuyaniyê de tomar dike: align pin DIR --lang ar p4=p4,p5 tê wê wateyê ku bloka çavkaniyê p4 bi blokên p4 û p5 yên wergera erebî hatiye wergerandin (nasnameyên blokan wek ku align segment û align show çap dikin). Her fermana ku wergerê û çavkaniyê dike cot pînan dişopîne (check, show, publish, accept, diff, rûpela venêrînê). Pînek heta ku nivîsa blokên wê neguhere derbas dibe; piştî guherînê align check wê ragihîne (stale-pin) û êdî derbas nabe. Pîn tu carî tiştekî kêm venaşêre: yekkirina ku ew ferz dike wek her yekkirineke din tê kontrolkirin. Heke tu pîn neyên dayîn, pînan û ka her yek hîn derbas dibe an na nîşan dide.

    Mînak:
      align pin statements/aleppo-2026-01 --lang ar p4=p4,p5
      align pin statements/aleppo-2026-01 --lang ckb l1.2,l1.3=l1.2
      align pin statements/aleppo-2026-01
      align pin statements/aleppo-2026-01 --lang ar --remove p4
cli-pin-arg-dir = Peldanka daxuyaniyekê
cli-pin-arg-pins = Pînên ku werin zêdekirin: nasnameyên blokên çavkaniyê, =, nasnameyên blokên wergerê (p4=p4,p5; l1.2,l1.3=l1.2); pîneke nû cihê ya ku blokekê pê re parve dike digire
cli-pin-arg-lang = Wergera ku pîn jê re ne (ar, ckb, kmr …)
cli-pin-arg-remove = Pînên vê wergerê yên ku van blokên çavkaniyê dihewînin rake (nasname, bi virgulê hatine veqetandin)
pin-added = di { $lang } de hat pînkirin: { $source } = { $target }
pin-removed = { $count ->
        [one] pînek ji { $lang } hat rakirin
       *[other] { $count } pîn ji { $lang } hatin rakirin
    }
pin-written = hat nivîsandin: { $path }
pin-listed = { $lang }: { $source } = { $target } ({ $state ->
        [applies] derbas dibe
        [changed] derbas nabe: nivîs guheriye
        [unknown-block] derbas nabe: blokek nemaye
       *[disordered] derbas nabe: rêz tevlihev e
    })
pin-none = di { $dir } de tu pîn tune
pin-lang-needed = bêje pîn ji bo kîjan wergerê ne: --lang ar (an ckb, kmr …)
pin-no-translation = di { $dir } de wergera { $lang } tune
pin-bad-spec = "{ $spec }" ne pîn e: nasnameyên blokên çavkaniyê, =, nasnameyên blokên wergerê binivîse (p4=p4,p5)
pin-unknown-block = di { $path } de bloka { $block } tune (align segment nasnameyan rêz dike)
pin-not-consecutive = blokên "{ $spec }" li pey hev nînin: pînek blokên cîran digihîne hev
pin-too-large = "{ $spec }" pir zêde blokan digihîne hev: herî zêde çar li aliyekî, û sê dema ku li her du aliyan çend blok hebin
