//! Konsortio's words in each language, read from the Fluent files in `locales/`, and the language a user or document asks for.
//!
//! The files are compiled in (`include_str!`) and parsed once per process; the desktop UI
//! reads the same files (decision 37). Plurals are Fluent selectors on the CLDR plural
//! categories, never words glued together. A message id that is missing, or an argument a
//! message needs and was not given, is a bug: it trips a debug assertion, and in a release
//! build prints the English message (or the id), never a blank.
//! This crate knows nothing of money types, SQLite, PDFs or the command line.

pub mod format;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language Konsortio speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fi,
    Sv,
    Tr,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fi, Lang::Sv, Lang::Tr, Lang::Zh];

    /// The BCP 47 code: "en", "fi", "sv", "tr", "zh".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::Tr => "tr",
            Lang::Zh => "zh",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fi => "suomi",
            Lang::Sv => "svenska",
            Lang::Tr => "Türkçe",
            Lang::Zh => "简体中文",
        }
    }

    /// The language of a code or locale ("fi", "sv-FI", "zh_Hans", "fi_FI.UTF-8", "tr_TR@euro"),
    /// or None for one Konsortio does not speak ("de", "C", "POSIX", "").
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language of a party's or member's `language` code; English for any other.
    pub fn from_code(code: &str) -> Lang {
        Lang::parse(code).unwrap_or(Lang::En)
    }

    /// The language the locale variables ask for, as POSIX orders them: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not empty decides; English if it names a language
    /// Konsortio does not speak (or "C"). `var` reads a variable (`std::env::var` in the CLI).
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::En)
    }

    /// The Fluent source of this language (locales/<code>.ftl).
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../../locales/en.ftl"),
            Lang::Fi => include_str!("../../../locales/fi.ftl"),
            Lang::Sv => include_str!("../../../locales/sv.ftl"),
            Lang::Tr => include_str!("../../../locales/tr.ftl"),
            Lang::Zh => include_str!("../../../locales/zh.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A value for a message's `{ $name }`: text as it is, or a count that also picks the plural form.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).expect("a count fits in i64"))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Count(n.into())
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
                let mut bundle = Bundle::new_concurrent(vec![id]);
                // No Unicode isolation marks around arguments: none of our languages is written
                // right to left, and the marks would show in terminals, goldens and PDFs.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(lang.source().to_string())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{}.ftl does not parse: {errors:?}", lang.code()));
                bundle.add_resource(resource).expect("each message id once per file");
                bundle
            })
            .collect()
    })
}

/// The message `id` in `lang`, without arguments.
pub fn text(lang: Lang, id: &str) -> String {
    message(lang, id, &[])
}

/// The message `id` in `lang` with its `{ $name }`s filled from `args`.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, id, args).or_else(|| format_in(Lang::En, id, args)).unwrap_or_else(|| {
        debug_assert!(false, "no message '{id}' in locales/en.ftl");
        id.to_string()
    })
}

/// The message `id` in `lang` (English where `lang` lacks it) with its `{ $name }`s filled from
/// `args`, or None when English has no such message or `args` lack one it names. For ids that
/// come with data, such as an explanation step's key: data stored before the key had a message,
/// or with other values, is printed its own way by the caller, not as a broken sentence.
pub fn message_if(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    [lang, Lang::En].into_iter().find_map(|l| {
        let bundle = &bundles()[l.index()];
        let pattern = bundle.get_message(id)?.value()?;
        let fluent_args = fluent_args(args);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        Some(errors.is_empty().then_some(text))
    })?
}

fn fluent_args<'a>(args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    fluent_args
}

fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = &bundles()[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let fluent_args = fluent_args(args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    debug_assert!(errors.is_empty(), "{}: '{id}': {errors:?}", lang.code());
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        // (locale or code, language)
        let cases = [
            ("fi_FI.UTF-8", Some(Lang::Fi)),
            ("sv-FI", Some(Lang::Sv)),
            ("sv_SE.utf8@euro", Some(Lang::Sv)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            ("zh_CN.GB18030", Some(Lang::Zh)),
            ("TR", Some(Lang::Tr)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
        ];
        for (tag, lang) in cases {
            assert_eq!(Lang::parse(tag), lang, "{tag}");
        }
        assert_eq!(Lang::from_code("de"), Lang::En);
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_locale_vars(env(&[("LANG", "fi_FI.UTF-8")])), Lang::Fi);
        assert_eq!(Lang::from_locale_vars(env(&[("LANG", "fi_FI.UTF-8"), ("LC_MESSAGES", "sv_SE.UTF-8")])), Lang::Sv);
        assert_eq!(Lang::from_locale_vars(env(&[("LC_ALL", "tr_TR.UTF-8"), ("LC_MESSAGES", "sv_SE.UTF-8")])), Lang::Tr);
        // An empty LC_ALL does not count; "C" means English, not the next variable.
        assert_eq!(Lang::from_locale_vars(env(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")])), Lang::Zh);
        assert_eq!(Lang::from_locale_vars(env(&[("LC_ALL", "C"), ("LANG", "fi_FI.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale_vars(env(&[])), Lang::En);
    }

    #[test]
    fn messages_fill_their_arguments_without_isolation_marks() {
        let page = |lang| message(lang, "doc-page-of", &[("n", 2.into()), ("m", 3.into())]);
        assert_eq!(page(Lang::En), "Page 2 of 3");
        assert_eq!(page(Lang::Fi), "Sivu 2/3");
        assert_eq!(page(Lang::Zh), "第 2 页，共 3 页");
        assert_eq!(text(Lang::Sv, "doc-reverse-charge"), "Omvänd skattskyldighet");
    }

    #[test]
    fn a_message_with_data_is_none_without_its_message_or_its_arguments() {
        let payable = [("payable", Arg::from("12,00\u{a0}€"))];
        assert_eq!(message_if(Lang::Fi, "explain-result", &payable).as_deref(), Some("Maksat 12,00\u{a0}€."));
        // An old step's key with no message, and a message whose argument is missing.
        assert_eq!(message_if(Lang::Fi, "central", &payable), None);
        assert_eq!(message_if(Lang::Fi, "explain-result", &[]), None);
    }
}
