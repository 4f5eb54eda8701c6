//! align's own messages in English, Arabic, Sorani and Kurmanji (Project Fluent).
//!
//! The `.ftl` files in `locales/` are embedded in the binary. Only the human report, help and
//! error messages use them; machine formats are never localized. A message missing from a
//! locale falls back to English, message by message. In the right-to-left interface languages
//! (Arabic, Sorani) every variable is isolated (U+2068 … U+2069): a date, a path or an option
//! name inside an Arabic sentence then keeps its own order ("7 January 2026" never shows as
//! "January 2026 7"). Left-to-right messages isolate only values in Arabic script (the report
//! does that).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, ErrorKind};

/// The interface languages and their Fluent sources.
pub const UI_LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/align.ftl")),
    ("ar", include_str!("../locales/ar/align.ftl")),
    ("ckb", include_str!("../locales/ckb/align.ftl")),
    ("kmr", include_str!("../locales/kmr/align.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(code: &str, source: &str) -> Bundle {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(matches!(code, "ar" | "ckb"));
    // A syntax error leaves a partial resource; the locale test catches it, users get English.
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    // Duplicate ids are caught by the locale test too; the first definition wins.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Formats messages in one interface language, falling back to English per message.
pub struct Localizer {
    code: &'static str,
    bundle: Bundle,
    english: Option<Bundle>,
}

impl Localizer {
    /// The localizer for a supported interface language code (`en`, `ar`, `ckb`, `kmr`).
    pub fn new(code: &str) -> Option<Localizer> {
        let (code, source) = UI_LANGUAGES.iter().find(|(c, _)| *c == code)?;
        let english = (*code != "en").then(|| bundle("en", UI_LANGUAGES[0].1));
        Some(Localizer {
            code,
            bundle: bundle(code, source),
            english,
        })
    }

    /// The English localizer, shared.
    pub fn english() -> &'static Localizer {
        static EN: OnceLock<Localizer> = OnceLock::new();
        EN.get_or_init(|| Localizer::new("en").unwrap_or_else(|| unreachable!("en is built in")))
    }

    /// The interface language code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Whether the interface language writes right to left.
    pub fn is_rtl(&self) -> bool {
        matches!(self.code, "ar" | "ckb")
    }

    /// Whether the message `id` exists in this language or in English.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.english.as_ref().is_some_and(|b| b.has_message(id))
    }

    /// The message `id` with no arguments.
    pub fn msg(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// The message `id` with arguments; the id itself when no locale has it.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for b in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// The message `id` if it exists, else `None`.
    pub fn opt(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        self.has(id).then(|| self.fmt(id, args))
    }

    /// The message of an input error, without its location.
    pub fn error(&self, e: &Error) -> String {
        let (id, args) = error_message(&e.kind);
        self.fmt(id, &args)
    }

    /// What to do about an input error, when there is advice.
    pub fn error_hint(&self, e: &Error) -> Option<String> {
        let (id, args) = error_message(&e.kind);
        self.opt(&format!("{id}-hint"), &args)
    }
}

fn error_message(kind: &ErrorKind) -> (&'static str, Vec<(&'static str, FluentValue<'_>)>) {
    match kind {
        ErrorKind::NotFound => ("error-not-found", vec![]),
        ErrorKind::Unreadable { reason } => {
            ("error-unreadable", vec![("reason", reason.as_str().into())])
        }
        ErrorKind::InvalidUtf8 { offset } => {
            ("error-invalid-utf8", vec![("offset", (*offset).into())])
        }
        ErrorKind::Empty => ("error-empty", vec![]),
        ErrorKind::NoSourceFile { lang } => {
            ("error-no-source", vec![("lang", lang.as_str().into())])
        }
        ErrorKind::NoLanguageFiles => ("error-no-language-files", vec![]),
        ErrorKind::UnknownLanguage { code } => (
            "error-unknown-language",
            vec![
                ("code", code.as_str().into()),
                ("known", crate::lang::known_codes().into()),
            ],
        ),
        ErrorKind::LanguageFromName => ("error-language-from-name", vec![]),
        ErrorKind::Yaml { message } => ("error-yaml", vec![("message", message.as_str().into())]),
        ErrorKind::Usage { message } => ("error-usage", vec![("message", message.as_str().into())]),
        ErrorKind::Write { reason } => ("error-write", vec![("reason", reason.as_str().into())]),
        ErrorKind::LockVersion { found, supported } => (
            "error-lock-version",
            vec![
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        ErrorKind::LockStatement { found, expected } => (
            "error-lock-statement",
            vec![
                ("found", found.as_str().into()),
                ("expected", expected.as_str().into()),
            ],
        ),
        ErrorKind::NotAccepted { lang, errors } => (
            "error-not-accepted",
            vec![("lang", lang.as_str().into()), ("errors", (*errors).into())],
        ),
        ErrorKind::UnknownSegment { id } => {
            ("error-unknown-segment", vec![("id", id.as_str().into())])
        }
        ErrorKind::NoLock => ("error-no-lock", vec![]),
        ErrorKind::WouldOverwrite => ("error-would-overwrite", vec![]),
        ErrorKind::DuplicateOutput => ("error-duplicate-output", vec![]),
        ErrorKind::FirstAcceptWhole { lang } => (
            "error-first-accept-whole",
            vec![("lang", lang.as_str().into())],
        ),
        ErrorKind::NotAFile { what } => ("error-not-a-file", vec![("what", what.as_str().into())]),
        ErrorKind::TooLarge { size, limit } => (
            "error-too-large",
            vec![("size", (*size).into()), ("limit", (*limit).into())],
        ),
        ErrorKind::TooManyBlocks { count, limit } => (
            "error-too-many-blocks",
            vec![("count", (*count).into()), ("limit", (*limit).into())],
        ),
        ErrorKind::TooDeep { limit } => ("error-too-deep", vec![("limit", (*limit).into())]),
        ErrorKind::NotOwned => ("error-not-owned", vec![]),
        ErrorKind::NotADirectory => ("error-not-a-directory", vec![]),
        ErrorKind::NotABaseline => ("error-not-a-baseline", vec![]),
        ErrorKind::DuplicateTarget { code } => (
            "error-duplicate-target",
            vec![("code", code.as_str().into())],
        ),
        ErrorKind::EmptyTargets => ("error-empty-targets", vec![]),
        ErrorKind::MissingGlossary { glossary } => (
            "error-missing-glossary",
            vec![("glossary", glossary.as_str().into())],
        ),
    }
}

/// Codes of the interface languages, for messages.
pub fn ui_codes() -> String {
    UI_LANGUAGES
        .iter()
        .map(|(c, _)| *c)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Chooses the interface language: `--ui-lang`, else `ALIGN_UI_LANG`, else the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` (`ar_SY.UTF-8` → `ar`, `ku_TR` → `kmr`), else English.
/// An unsupported `--ui-lang` or `ALIGN_UI_LANG` is an error (the user asked for it); an
/// unsupported locale from the environment quietly means English.
pub fn negotiate(
    cli: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<&'static str, String> {
    let explicit = cli
        .map(str::to_string)
        .or_else(|| env("ALIGN_UI_LANG").filter(|v| !v.is_empty()));
    if let Some(code) = explicit {
        return ui_code(&code).ok_or(code);
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.is_empty()));
    Ok(locale.as_deref().and_then(ui_code).unwrap_or("en"))
}

/// `ar`, `ar_SY.UTF-8`, `ckb-IQ`, `ku_TR`, `ku-Arab` → a supported interface code.
fn ui_code(locale: &str) -> Option<&'static str> {
    let base = locale
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let lower = base.to_ascii_lowercase();
    if let Some(l) = crate::lang::lookup(&lower)
        && let Some((code, _)) = UI_LANGUAGES.iter().find(|(c, _)| *c == l.code)
    {
        return Some(code);
    }
    let primary = lower.split('-').next().unwrap_or("");
    let code = match primary {
        "ku" if lower.contains("arab") || lower.ends_with("-iq") || lower.ends_with("-ir") => "ckb",
        "ku" => "kmr",
        other => crate::lang::lookup(other)?.code,
    };
    UI_LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| pairs.iter().find(|(kk, _)| kk == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn ui_language_order() {
        assert_eq!(negotiate(Some("ar"), &env(&[("LANG", "kmr")])), Ok("ar"));
        assert_eq!(
            negotiate(
                None,
                &env(&[("ALIGN_UI_LANG", "ckb"), ("LANG", "ar_SY.UTF-8")])
            ),
            Ok("ckb")
        );
        assert_eq!(
            negotiate(None, &env(&[("LC_ALL", "ar_SY.UTF-8"), ("LANG", "en_US")])),
            Ok("ar")
        );
        assert_eq!(
            negotiate(None, &env(&[("LC_MESSAGES", "ku_TR.UTF-8")])),
            Ok("kmr")
        );
        assert_eq!(
            negotiate(None, &env(&[("LANG", "ckb_IQ.UTF-8")])),
            Ok("ckb")
        );
        assert_eq!(negotiate(None, &env(&[("LANG", "C.UTF-8")])), Ok("en"));
        assert_eq!(negotiate(None, &env(&[("LANG", "fr_FR.UTF-8")])), Ok("en"));
        assert_eq!(negotiate(None, &env(&[])), Ok("en"));
        assert_eq!(negotiate(Some("fr"), &env(&[])), Err("fr".to_string()));
    }

    #[test]
    fn values_in_right_to_left_messages_are_isolated() {
        let l = Localizer::new("ar").unwrap();
        let s = l.fmt(
            "error-unknown-language",
            &[("code", "xx".into()), ("known", "en".into())],
        );
        assert!(s.contains("\u{2068}xx\u{2069}"), "{s:?}");
        // Look-alike: a left-to-right interface adds no marks to its own values.
        let s = Localizer::english().fmt(
            "error-unknown-language",
            &[("code", "xx".into()), ("known", "en".into())],
        );
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
    }

    #[test]
    fn unknown_message_falls_back_to_its_id() {
        assert_eq!(
            Localizer::english().msg("no-such-message"),
            "no-such-message"
        );
    }
}
