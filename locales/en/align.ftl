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
