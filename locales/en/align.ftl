## align: messages for people (English, the reference locale).
## Every other locale has exactly these ids, with the same variables.
## Machine formats (JSON, SARIF, JUnit, GitHub annotations) never use this file.

## Labels

label-error = error
label-warning = warning
label-info = note
label-hint = hint

## Errors on input (printed as "error: PATH:LINE:COL: message")

error-not-found = no such file or directory
error-not-found-hint = check the path; statements live in statements/<name>/ with one file per language (en.md, ar.md, kmr.md, ckb.md)
error-unreadable = cannot read this file: { $reason }
error-invalid-utf8 = this file is not valid UTF-8 (first bad byte at offset { $offset })
error-invalid-utf8-hint = save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)
error-empty = this file is empty
error-empty-hint = a statement file needs at least a title; write the text or remove the file
error-no-source = this directory has no source file { $lang }.md
error-no-source-hint = a statement directory holds one file per language; the source language is set by "source:" in statement.yaml (default: en)
error-no-language-files = no language files here (en.md, ar.md, kmr.md, ckb.md …)
error-no-language-files-hint = name each file by its language code: en.md, ar.md, kmr.md, ckb.md
error-unknown-language = unknown language code "{ $code }" (known: { $known })
error-language-from-name = cannot tell the language of this file from its name
error-language-from-name-hint = name it by language code (ar.md, udhr.ar.md) or pass --lang
error-yaml = invalid YAML: { $message }
error-yaml-hint = fix the line shown; YAML is indentation-sensitive and uses "key: value"
error-usage = { $message }
error-write = cannot write this file: { $reason }
error-not-a-file = this is not a regular file but { $what ->
        [directory] a directory
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
        [symlink-loop] a symbolic link that leads back to itself
       *[other] something else
    }; align reads only regular files
error-not-a-file-hint = put the text itself in this file, or remove what is there
error-too-large = this file is { $size } bytes, more than the limit of { $limit } bytes
error-too-large-hint = a statement file is a few kilobytes; if this one is real, raise "limits: file_size:" in align.yaml
error-too-many-blocks = this file has { $count } blocks (paragraphs, headings, list items), more than the limit of { $limit }
error-too-many-blocks-hint = check that this is a statement; if it is, raise "limits: blocks:" in align.yaml
error-too-deep = this YAML file is nested more than { $limit } levels deep
error-too-deep-hint = align's YAML files are a few levels deep; check the file's indentation and brackets
error-not-owned = refusing to publish into this directory: it has files that align publish did not write
error-not-owned-hint = choose an empty or new directory with --out (align marks the directories it publishes to)
error-not-a-directory = this is a file, where a directory is expected
error-not-a-directory-hint = name a directory (a new one is created)
error-not-a-baseline = refusing to write a baseline here: this file exists and is not a baseline
error-not-a-baseline-hint = choose another file name for --write-baseline (for example align-baseline.yaml)
error-duplicate-target = "{ $code }" is listed twice in "targets:"
error-duplicate-target-hint = list each translation language once
error-empty-targets = "targets:" lists no language
error-empty-targets-hint = list the translation languages (targets: [ar, kmr, ckb]), or remove "targets:" to check every language file present
error-missing-glossary = align.yaml names the glossary { $glossary }, which does not exist
error-missing-glossary-hint = create the glossary, or correct or remove "glossary:" in align.yaml
error-ui-lang = unsupported interface language "{ $code }" (available: { $known })

## Segmenting notices

notice-broken-paragraph = this paragraph ends in the middle of a sentence and continues at line { $next }; they were read as one paragraph
notice-broken-paragraph-hint = remove the blank line between the two parts
notice-repeated-block = this block repeats the { $of ->
        [title] title
       *[lede] lede
    } and was left out
notice-empty-list-item = a list marker with nothing after it was left out
notice-list-continued = this list continues the numbering of the list above; both were read as one list
notice-indented-paragraph = this paragraph is indented by four spaces or more, which Markdown reads as code; it was read as a paragraph
notice-indented-paragraph-hint = remove the indentation (a paste from an e-mail often adds it)
notice-raw-html = this block is raw HTML; it is read, checked and published as text, never as markup

## `align segment`

segment-summary = { $path } ({ $lang }): { $blocks ->
        [one] one block
       *[other] { $blocks } blocks
    }, { $lists ->
        [one] one list
       *[other] { $lists } lists
    }, { $sentences ->
        [one] one sentence
       *[other] { $sentences } sentences
    }
segment-list = list { $id } ({ $kind }): { $items ->
        [one] one item
       *[other] { $items } items
    }

## Command-line help

cli-about = Check and publish multilingual statements: segment, align, check, publish.
cli-long-about = align keeps the language versions of a statement saying the same thing. It splits each version into blocks and sentences, pairs every translation with its source, and reports what is missing, added or different (numbers, dates, names, lists) before anything is published.
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-usage = Usage:
cli-arg-help = Print help (see more with --help)
cli-arg-version = Print version
cli-arg-ui-lang = Language of align's own messages: en, ar, ckb, kmr [default: from ALIGN_UI_LANG, LC_ALL, LC_MESSAGES or LANG, else en]
cli-arg-color = When to use colours: auto (when writing to a terminal and NO_COLOR is unset), always, never
cli-arg-quiet = Print only results: no notices, no summary
cli-arg-verbose = Also say which align.yaml is in use and which files given were skipped
cli-arg-config = Project file to use instead of the nearest align.yaml
cli-segment-about = Show how a statement is split into blocks and sentences, with ids and line numbers
cli-segment-long-about = Prints every block (title, lede, heading, paragraph, demand, signatory, list item) and its sentences, with the ids that other commands use and their file:line:column. Give one Markdown file or a statement directory (all its language files).

    Examples:
      align segment statements/aleppo-2026-01
      align segment statements/aleppo-2026-01/ar.md --format json
cli-segment-arg-path = A statement file (en.md, ar.md …) or a statement directory
cli-segment-arg-format = Output format: text for people, json for programs
cli-segment-arg-lang = Language of the file, when its name does not say (en, ar, kmr, ckb)

## `align show`

show-summary = { $source } → { $target }: { $beads ->
        [one] one block pair
       *[other] { $beads } block pairs
    } ({ $one } one-to-one, { $omitted } left out, { $added } added)
show-confidence = confidence { $value }
show-moved = moved: pairs with { $other }

cli-show-about = Show a translation beside its source, as align pairs them
cli-show-long-about = Aligns each translation of a statement to its source, blocks first and sentences inside them, and prints them side by side: which blocks and sentences render which, the bead kind (1-1, 2-1, 1-0 for something left out, 0-1 for something added) and how confident the pairing is. Use it to see why a check says something is missing.

    Examples:
      align show statements/aleppo-2026-01 --lang ar
      align show statements/aleppo-2026-01 --lang ckb --stacked
      align show statements/aleppo-2026-01 --format json
cli-show-arg-dir = A statement directory
cli-show-arg-lang = Only this translation (ar, kmr, ckb); default: every translation
cli-show-arg-format = Output format: text for people, json for programs
cli-show-arg-stacked = Put each translation under its source instead of beside it (for narrow terminals)

## `align pair`

cli-pair-about = Align two plain-text files of one sentence a line (research and translation-tool format)
cli-pair-long-about = Reads a source and a target file with one segment a line and prints how they pair: one bead a line as [source lines]:[target lines] with 0-based line indices ([0, 1]:[2] is two source lines rendered by one target line, []:[5] an added line, [7]:[] a left-out line). Languages come from the file names (dev.de, news.ckb.txt) or the options; they tell how numbers are written.

    Examples:
      align pair news.en.txt news.ckb.txt
      align pair a.txt b.txt --source-lang en --target-lang ar --format tsv
cli-pair-arg-src = Source file, one segment a line
cli-pair-arg-tgt = Target file, one segment a line
cli-pair-arg-format = beads ([0, 1]:[2] per line), tsv (source, target, confidence) or json
cli-pair-arg-source-lang = Language of the source file when its name does not say (en, ar, kmr, ckb, de, fr)
cli-pair-arg-target-lang = Language of the target file when its name does not say

## `align check`: summary

check-summary = { $statements ->
        [one] one statement
       *[other] { $statements } statements
    }, { $languages ->
        [one] one translation language
       *[other] { $languages } translation languages
    }, { $segments } segments checked: { $errors ->
        [0] no errors
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings
        [one] one warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [0] no notes
        [one] one note
       *[other] { $infos } notes
    }
check-summary-suppressed = { $suppressed ->
        [one] ; one more allowed by a comment or the baseline
       *[other] ; { $suppressed } more allowed by comments or the baseline
    }

## `align check`: one message, one hint and one description per check.
## Variables are the finding's details; a list variable also has a -count variable.

## `align check --report`: the review page (labels; messages and hints are the checks' own).

report-filter-show = Show
report-only-findings = only pairs with findings
report-pin = pin this pair
report-title = Translation review
report-statements = Statements
report-languages = Languages
report-errors = Errors
report-warnings = Warnings
report-notes = Notes
report-findings = { $count ->
        [one] One finding
       *[other] { $count } findings
    }
report-no-findings = No findings.
report-filter-severity = Severity
report-filter-check = Check
report-filter-language = Language
report-pair = Alignment
report-unread = Statements that could not be read
report-input-errors = Not checked: input errors
cli-check-arg-report = Also write a review page to this HTML file: each translation beside its source, every finding at its segment (one file, works offline)

check-missing-translation = there is no { $lang } translation: { $file } does not exist
check-missing-translation-hint = add the translation, or remove { $lang } from "targets:" in statement.yaml
check-missing-translation-description = a translation named in statement.yaml has no file

check-missing-segment = { $kind ->
        [sentence] this source sentence has no counterpart in the translation
        [demand] this demand is missing from the translation
        [signatory] this signatory is missing from the translation
       *[other] this source { $kind } has no counterpart in the translation
    }
check-missing-segment-hint = { $kind ->
        [sentence] compare this paragraph sentence by sentence: the translation renders one sentence less than the source
       *[other] translate it and put it at the line shown for the translation
    }
check-missing-segment-description = a source block or sentence with no counterpart in the translation

check-extra-segment = this { $kind } of the translation has no counterpart in the source
check-extra-segment-hint = remove it, or add it to the source first if it belongs to the statement
check-extra-segment-description = translation content with no source counterpart

check-moved-segment = this { $kind } is in another place in the translation than in the source
check-moved-segment-hint = move it back to the source's order, so that the versions read alike
check-moved-segment-description = a block the translation puts in another place

check-restructured = { $change ->
        [merged] the translation renders { $source-segments } of the source as one paragraph ({ $target-segments })
       *[split] the translation splits { $source-segments } of the source into { $target-segments-count } paragraphs ({ $target-segments })
    }
check-restructured-hint = nothing is missing; keep the source's paragraphs if the versions are to be read side by side
check-restructured-description = paragraphs the translation merges or splits (harmless; numbers, dates and terms are still compared)

check-list-count = the { $kind ->
        [demands] list of demands
        [signatories] list of signatories
       *[other] list
    } has { $source-items } items in the source and { $target-items } in the translation
check-list-count-hint = every demand and every signatory must appear exactly once; compare the lists item by item
check-list-count-description = a list (demands, signatories, any) with another number of items

check-list-numbering = this list item is numbered { $found } where { $expected } was expected
check-list-numbering-hint = renumber the list: 1, 2, 3 … (١، ٢، ٣ and ۱، ۲، ۳ count alike)
check-list-numbering-description = list numbering that skips or repeats

check-empty-segment = this segment of the translation is empty
check-empty-segment-hint = write the translation, or remove the empty list marker
check-empty-segment-description = an empty block or list item in the translation

check-number-mismatch = the numbers differ: { $source-only-count ->
        [0] { $target-only } in the translation { $target-only-count ->
            [one] is
           *[other] are
        } not in the source
       *[other] { $source-only } in the source { $source-only-count ->
            [one] is
           *[other] are
        } not in the translation{ $target-only-count ->
            [0] {""}
           *[other] , and { $target-only } in the translation { $target-only-count ->
                [one] is
               *[other] are
            } not in the source
        }
    }
check-number-mismatch-hint = correct the number; digits may be in any script and a number may be written in words (250000 = ٢٥٠٠٠٠ = 250 ألف = 250.000 in Kurmanji)
check-number-mismatch-description = numbers of an aligned pair that differ by value

check-unit-mismatch = { $number } counts { $source-unit ->
        [minute] minutes
        [hour] hours
        [day] days
        [week] weeks
        [month] months
        [year] years
        [decade] decades
        [percent] per cent
        [kilometre] kilometres
        [mile] miles
        [metre] metres
        [foot] feet
        [pound] pounds
        [dollar] dollars
       *[euro] euros
    } in the source but { $target-unit ->
        [minute] minutes
        [hour] hours
        [day] days
        [week] weeks
        [month] months
        [year] years
        [decade] decades
        [percent] per cent
        [kilometre] kilometres
        [mile] miles
        [metre] metres
        [foot] feet
        [pound] pounds
        [dollar] dollars
       *[euro] euros
    } in the translation
check-unit-mismatch-hint = use the source's unit, or convert the number too if the unit must change
check-unit-mismatch-description = a number whose unit differs (weeks and days, pounds and dollars, miles and kilometres)

check-date-mismatch = { $paired-months-count ->
        [0] the date differs: { $source-date } in the source, { $target-date } in the translation
       *[other] the two month names of { $target-date } are different months
    }
check-date-mismatch-hint = correct the day, month or year so that both say the same date
check-date-mismatch-description = dates whose day, month or year differ

check-date-calendar = { $date } uses a Kurdish solar month, not a month of the Gregorian calendar the source uses
check-date-calendar-hint = check the date, or write it with the Gregorian month (کانوونی دووەم, Kanûna Paşîn …)
check-date-calendar-description = a Kurdish solar month name (ڕێبەندان, Xakelêwe …) that needs checking

check-term-mismatch = "{ $term }" is not rendered as the glossary says{ $expected-count ->
        [0] {""}
       *[other] : expected { $expected }
    }
check-term-mismatch-hint = use the accepted rendering, or add this one to the glossary if it is right
check-term-mismatch-description = a glossary term whose translation has none of the accepted renderings

check-latin-token = "{ $token }" of the source is missing from the translation
check-latin-token-hint = keep acronyms, links and document symbols as in the source, or add a rendering to the glossary
check-latin-token-description = an acronym, link, email or document symbol missing from the translation

check-untranslated = this segment of the translation is the source text, not translated
check-untranslated-hint = translate it; names that must stay as they are can be allowed with <!-- align: allow untranslated -->
check-untranslated-description = a translation segment that is still the source text

check-missing-content = the translation of this sentence is { $share }% of the length this document's translations usually have: part of it seems to be left out{ $missing-count ->
        [0] {""}
       *[other] ; not in the translation: { $missing }
    }
check-missing-content-hint = compare it with the source clause by clause, and translate what is missing
check-missing-content-description = a sentence whose translation is far too short to render all of it (a clause, names, half a sentence left out)

check-length-ratio = this translation is { $ratio } times the length of its source, where this translation usually runs at { $typical }
check-length-ratio-hint = check that no clause was left out or added
check-length-ratio-description = a sentence pair whose length ratio is far from the rest of the document

check-wrong-script = { $scope ->
        [file] this file is mostly in { $found ->
            [latin] Latin
           *[arabic] Arabic
        } script ({ $share }% of its letters), but { $lang } is written in { $expected ->
            [latin] Latin
           *[arabic] Arabic
        } script
       *[block] this segment is in { $found ->
            [latin] Latin
           *[arabic] Arabic
        } script, but { $lang } is written in { $expected ->
            [latin] Latin
           *[arabic] Arabic
        } script
    }
check-wrong-script-hint = check that the right text is in the right file (ckb.md is Sorani in Arabic script, kmr.md Kurmanji in Latin script), and translate what was left in another language
check-wrong-script-description = text not in the language's script (a ckb file in Latin script, a paragraph left in English)

check-orthography = { $problem ->
        [arabic-letters] Arabic letters in Sorani text: { $letters } in { $words }
        [kurdish-letters] Persian or Kurdish letters in Arabic text: { $letters } in { $words }
       *[no-kurdish-letters] no Kurdish letters ({ $letters }) in this long Kurmanji text
    }
check-orthography-hint = { $problem ->
        [arabic-letters] Sorani writes ی ک ە where Arabic writes ي ك ة (switch to a Kurdish keyboard layout)
        [kurdish-letters] Arabic writes ي ك ة and ب ج ز ف where Persian and Kurdish write ی ک ە and پ چ ژ ڤ
       *[no-kurdish-letters] was it typed without a Kurdish keyboard? e, i, u, c, s where ê, î, û, ç, ş belong change the words
    }
check-orthography-description = Sorani with Arabic-only letters, Arabic with Persian/Kurdish letters, Kurmanji without ê î û ç ş

check-invisible-char = invisible characters that can disturb how this text is displayed: { $problems }
check-invisible-char-hint = delete the invisible characters (your editor can show them); ZWNJ in Sorani is correct and is not reported
check-invisible-char-description = stray bidi controls, marks inside words, zero-width spaces

check-punctuation = the source asks a question, the translation does not
check-punctuation-hint = end the translated question with ? or ؟
check-punctuation-description = a question rendered as a statement (? and ؟, , and ، count alike)

check-broken-paragraph = a paragraph ends in the middle of a sentence and continues at line { $next-line }
check-broken-paragraph-hint = remove the blank line between the two parts
check-broken-paragraph-description = a paragraph broken by a blank line in the middle of a sentence
check-stale-pin = the pin { $source } = { $target } no longer applies: { $reason ->
        [changed] the text of its blocks changed since it was made
        [unknown-block] block { $block } is not in the file any more
       *[disordered] its blocks are not consecutive, or it crosses another pin
    }; the aligner pairs these blocks on its own
check-stale-pin-hint = look at the pairing (align show), then pin it again (align pin DIR --lang LANG SOURCE=TARGET) or remove the pin (align pin DIR --lang LANG --remove SOURCE)
check-stale-pin-description = a pin (a correction of the alignment) whose blocks changed since it was made
check-unknown-allow = the comment <!-- align: allow { $id } --> names no check, so it allows nothing; did you mean { $nearest }?
check-unknown-allow-hint = correct the id in the comment (align check --list-checks lists every id)
check-unknown-allow-description = an allow comment that names no check (a misspelled id)

## `align check`: command line

cli-check-about = Find what is missing or different in the translations before publishing
cli-check-long-about = Aligns every translation of every statement to its source and reports what would make the published versions say different things: missing or extra paragraphs and sentences, list items, numbers, dates, glossary terms, acronyms, untranslated or empty text, text in the wrong script. The exit code is 0 when nothing at or above the fail level was found, 1 when something was, 2 on a usage or input error.

    Examples:
      align check
      align check statements/aleppo-2026-01 --lang ar
      align check statements/aleppo-2026-01/ar.md
      align check --source udhr.en.md udhr.ar.md
      align check --format github --fail-on warning
cli-check-arg-paths = Statement directories, or statement files: a translation (ar.md) checks that translation, a source file (en.md), statement.yaml or align.lock the whole statement; other files are skipped. Default: every statement of the project
cli-check-arg-format = human (default), concise (one line a finding: path:line:col: level[check] message), json, github (workflow annotations and a job summary), junit or sarif
cli-check-arg-fail-on = Lowest severity that makes the exit code 1: error (default) or warning; never reports without failing (input errors still exit 2)
cli-check-arg-lang = Only these translations (comma-separated codes); also the language of translation files whose name does not say it
cli-check-arg-source = The source file of files that are not in a statement directory; the paths are then its translations (align check --source udhr.en.md udhr.ar.md)
cli-check-arg-files-from = Read more paths from this file, one a line or NUL-separated; - reads standard input (git diff --name-only | align check --files-from -)
cli-check-arg-list-checks = List the checks, their ids and default severities, and exit
cli-check-arg-baseline = Ignore the findings recorded in this baseline file
cli-check-arg-no-cache = Check everything again, without reading or writing the cache (.align_cache in the project's root)
cli-check-arg-write-baseline = Record the current findings in this baseline file (written anew) and exit 0
check-baseline-written = { $count ->
        [one] one finding recorded
       *[other] { $count } findings recorded
    } in { $path }

check-skipped = skipped { $path }: not part of a statement
check-skipped-hint = to check files outside a statement directory, name the source: align check --source en.md ar.md
check-config = using { $path } for { $statements ->
        [one] one statement
       *[other] { $statements } statements
    }
check-no-config = no align.yaml: default settings for { $statements ->
        [one] one statement
       *[other] { $statements } statements
    }
## Source drift: `align accept`, `align diff`, and the drift checks of `align check`
## (a lock file, align.lock, records the source as it stood when each translation was accepted)

check-source-drift = the source changed since this translation was accepted on { $accepted } ({ $grade ->
        [number] a number changed
        [date] a date changed
        [name] a name changed
        [negation] a negation changed
        [punctuation] punctuation only
       *[wording] the wording changed
    }): { $changes }
check-source-drift-hint = bring the translation in line with the new source text, then run: align accept { $dir } --lang { $lang } --segment { $segment }; align diff { $dir } --lang { $lang } shows the whole change
check-source-drift-description = a source segment edited after its translation was accepted (needs align.lock)
check-new-source = this segment was added to the source after the translation was accepted, and the translation lacks it
check-new-source-hint = translate it and put it at the line shown for the translation, then run align accept
check-new-source-description = a source segment added after the translation was accepted, missing from the translation
check-removed-source = the source no longer has this segment (it was { $accepted-segment } when accepted on { $accepted }), but the translation still renders it
check-removed-source-hint = remove it from the translation, then run align accept
check-removed-source-description = a source segment removed after the translation was accepted, still in the translation
check-target-changed = the translation changed since it was accepted on { $accepted }, while its source did not
check-target-changed-hint = have the change reviewed, then run align accept to record it
check-target-changed-description = a translation edited after it was accepted while its source stayed the same

error-lock-version = this lock file was written by a newer align (format { $found }; this align reads format { $supported })
error-lock-version-hint = update align; do not delete or edit the lock, it records what was accepted
error-lock-statement = this lock file belongs to the statement "{ $found }", not "{ $expected }"
error-lock-statement-hint = if the statement directory was renamed, change the line "statement: { $found }" in align.lock to "statement: { $expected }"; if the lock was copied from another statement, restore this statement's own align.lock from version control
error-not-accepted = { $lang } not accepted: the translation has { $errors ->
        [one] one error
       *[other] { $errors } errors
    } (shown above)
error-not-accepted-hint = fix them and run align accept again, or pass --force to accept anyway
error-unknown-segment = the source has no segment "{ $id }"
error-unknown-segment-hint = segment ids are those align segment prints: title, lede, h1, p3, l1.2 (a whole block, not a sentence)
error-no-lock = this statement has no align.lock: no translation has been accepted yet
error-no-lock-hint = run align accept on the statement directory when its translations are checked and final

accept-done = accepted { $path }: { $count ->
        [one] one segment
       *[other] { $count } segments
    }
accept-segment = accepted { $segment } in { $path }
accept-forced = accepted { $path } despite { $errors ->
        [one] one error
       *[other] { $errors } errors
    } (--force)
accept-written = wrote { $path }
accept-unchanged = { $path } already records this; nothing written

diff-changed = { $segment }: changed since accepted on { $accepted } — { $grade ->
        [number] a number changed
        [date] a date changed
        [name] a name changed
        [negation] a negation changed
        [punctuation] punctuation only
       *[wording] the wording changed
    }
diff-was = (was { $old })
diff-new = { $segment }: added to the source since the translation was accepted
diff-removed = { $segment }: removed from the source since accepted on { $accepted }
diff-not-in-source = (no longer in the source)
diff-not-in-translation = (not in the translation)
diff-none = { $statement }: no change to the source since the translations were accepted
diff-summary = { $statement }: { $count ->
        [one] one segment changed
       *[other] { $count } segments changed
    } since accepted ({ $langs })
diff-never-accepted = { $lang } was never accepted: run align accept { $dir } --lang { $lang }

cli-accept-about = Record that the translations render the source as it stands now (writes align.lock)
cli-accept-long-about = Checks each translation and, when align check finds no errors in it, records in the statement's align.lock, for every source segment, the source text as it stands and a fingerprint of the translation aligned with it. From then on align check reports source-drift, new-source and removed-source when the source changes, and align diff shows exactly what changed. Translation files are never modified; the lock is written to a temporary file and renamed over the old one.

    Examples:
      align accept statements/aleppo-2026-01
      align accept statements/aleppo-2026-01 --lang ar
      align accept statements/aleppo-2026-01 --lang kmr --segment p4
cli-accept-arg-dir = A statement directory
cli-accept-arg-lang = Only these translations (comma-separated codes); default: every translation
cli-accept-arg-segment = Only this source segment (a block id from align segment: p4, l1.2)
cli-accept-arg-force = Accept even when align check finds errors in the translation

cli-diff-about = Show what changed in the source since each translation was accepted
cli-diff-long-about = Compares the source with the text recorded in align.lock when each translation was accepted and prints every changed, added or removed segment: the word diff of the source (deletions and insertions in colour, or marked [-…-] and {"{"}+…+{"}"} without colour) beside the translation as it stands, with file and line. The exit code is 0 when nothing changed, 1 when something did, 2 on an input error.

    Examples:
      align diff statements/aleppo-2026-01
      align diff statements/aleppo-2026-01 --lang ar --stacked
      align diff statements/aleppo-2026-01 --format json
cli-diff-arg-dir = A statement directory
cli-diff-arg-lang = Only these translations (comma-separated codes); default: every translation
cli-diff-arg-format = Output format: text for people, json for programs
cli-diff-arg-stacked = Put the translation under the source instead of beside it (for narrow terminals)

## `align publish`: the published files (labels in the interface language)

publish-unchecked-review = Every error beside its text: the review page.
publish-unchecked = UNCHECKED: align check found { $errors ->
        [one] one error
       *[other] { $errors } errors
    } in this statement and it was published anyway (--force). Do not publish this version.
publish-missing = (no counterpart in this translation)
publish-added = (added in the translation; not in the source)
publish-covered = (rendered together with the passage above)
publish-drifted = (the source of this passage changed after the translation was accepted)
publish-versions = Read it in
publish-all-languages = all languages
publish-date = { $date }
publish-footer = Generated by align { $version } from the statement { $statement } ({ $langs }) on { $date }. { $checked ->
        [yes] Every translation passed align check.
       *[no] Not checked: align check found errors.
    }

## `align publish`: command line

publish-refused = nothing published: { $errors ->
        [one] one error remains
       *[other] { $errors } errors remain
    } (shown above); fix them, or pass --force to publish files marked unchecked
publish-forced = publishing anyway (--force) despite { $errors ->
        [one] one error
       *[other] { $errors } errors
    }: every file is marked unchecked
publish-written = published { $statement }: { $count ->
        [one] one file
       *[other] { $count } files
    } in { $dir }
error-would-overwrite = refusing to write here: this file belongs to the statement
error-would-overwrite-hint = choose another output directory with --out

cli-publish-about = Publish the parallel versions (HTML, Markdown, TMX, XLIFF, TSV) once align check passes
cli-publish-long-about = Runs the checks of align check on each statement and, when no error remains, writes its parallel versions: a self-contained side-by-side HTML page with every language (and one per language pair) that renders Arabic and Sorani right to left, Markdown, a TMX translation memory, an XLIFF 2.0 file and a TSV file per translation. Files are written to a temporary name and renamed, into the statement's out/ directory unless --out or publish.out in align.yaml says otherwise; statement files are never written. With an error left it writes nothing and exits 1; --force publishes anyway and marks every file unchecked.

    Examples:
      align publish statements/aleppo-2026-01
      align publish statements/aleppo-2026-01 --format html --out public
      align publish statements/aleppo-2026-01 --lang ar --format tmx,xliff --segtype paragraph
cli-publish-arg-dirs = Statement directories
cli-publish-arg-lang = Only these translations (comma-separated codes); default: every translation
cli-publish-arg-format = Formats to write, comma-separated: html, md, tmx, xliff, tsv; default: all
cli-publish-arg-out = Directory to write to; default: publish.out of align.yaml, else each statement's out/
cli-publish-arg-force = Publish even when align check finds errors, marking every file unchecked
cli-publish-arg-segtype = Translation units of the TMX file: sentence (default) or paragraph
error-duplicate-output = two of the statements would be published to this same file (they have the same name)
error-duplicate-output-hint = publish them one at a time, each with its own --out
error-first-accept-whole = { $lang } has never been accepted as a whole, so one segment cannot be accepted alone
error-first-accept-whole-hint = run align accept without --segment first (it checks and records every segment)

# Usage errors (clap's, in the interface language)
cli-error-unknown-argument = unknown option or argument { $arg }
cli-error-unknown-command = unknown command { $command }
cli-error-missing-value = { $arg } needs a value
cli-error-invalid-value = { $value } is not a valid value for { $arg }
cli-error-missing-argument = missing required argument { $arg }
cli-error-missing-command = a command is needed (check, publish, show …)
cli-error-conflict = { $arg } cannot be used together with { $other }
cli-error-values = wrong number of values for { $arg }
cli-error-other = the command line could not be read: { $detail }
cli-error-did-you-mean = did you mean { $suggestion }?
cli-error-possible-values = possible values: { $values }
cli-error-more = { $help } explains every option

cli-completions-about = Print a shell's completion script (bash, zsh, fish, powershell, elvish)
cli-completions-long-about = Prints the completion script for the shell on standard output, generated from the same definition as --help. Bash: align completions bash > ~/.local/share/bash-completion/completions/align. Zsh: align completions zsh > ~/.zfunc/_align (with fpath+=~/.zfunc before compinit). Fish: align completions fish > ~/.config/fish/completions/align.fish.
cli-completions-arg-shell = The shell: bash, zsh, fish, powershell or elvish
check-progress = checking statements: { $done } of { $total }

cli-pin-about = Correct the alignment: say which source blocks a translation renders with which of its blocks
cli-pin-long-about = Records pins in the statement's pins.yaml: align pin DIR --lang ar p4=p4,p5 says that source block p4 is rendered by blocks p4 and p5 of the Arabic (block ids as align segment and align show print them). Every command that aligns honours the pins (check, show, publish, accept, diff, the review page). A pin holds while the text of its blocks is unchanged; after an edit align check reports it (stale-pin) and it no longer applies. A pin never hides an omission: a merge it forces is verified like any other. With no pins given, lists the pins and whether each applies.

    Examples:
      align pin statements/aleppo-2026-01 --lang ar p4=p4,p5
      align pin statements/aleppo-2026-01 --lang ckb l1.2,l1.3=l1.2
      align pin statements/aleppo-2026-01
      align pin statements/aleppo-2026-01 --lang ar --remove p4
cli-pin-arg-dir = A statement directory
cli-pin-arg-pins = Pins to add: source block ids, =, translation block ids (p4=p4,p5; l1.2,l1.3=l1.2); a new pin replaces one that shares a block with it
cli-pin-arg-lang = The translation the pins are for (ar, ckb, kmr …)
cli-pin-arg-remove = Remove the pins of this translation that hold these source blocks (comma-separated ids)
pin-added = pinned { $lang }: { $source } = { $target }
pin-removed = { $count ->
        [one] one pin removed from { $lang }
       *[other] { $count } pins removed from { $lang }
    }
pin-written = written: { $path }
pin-listed = { $lang }: { $source } = { $target } ({ $state ->
        [applies] applies
        [changed] stale: the text changed
        [unknown-block] stale: a block is gone
       *[disordered] stale: out of order
    })
pin-none = no pins in { $dir }
pin-lang-needed = say which translation the pins are for: --lang ar (or ckb, kmr …)
pin-no-translation = { $dir } has no translation in { $lang }
pin-bad-spec = "{ $spec }" is not a pin: write source block ids, =, translation block ids (p4=p4,p5)
pin-unknown-block = there is no block { $block } in { $path } (align segment lists the ids)
pin-not-consecutive = the blocks of "{ $spec }" are not consecutive: a pin joins neighbouring blocks
pin-too-large = "{ $spec }" joins too many blocks: at most 4 on one side, and 3 when both sides have several
