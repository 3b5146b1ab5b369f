//! Clap's parse errors in the command's language: what is wrong, clap's tips, the usage line and
//! where to read more, each a `cli-clap-error-*` message (after `cli-error`'s "error: ") with the
//! arguments and values clap names in the error's context. A kind, or a form of one, not worded
//! here is left to clap, in English (see `said`).

use std::error::Error as _;
use std::num::{IntErrorKind, ParseIntError};

use clap::error::{ContextKind, ContextValue, ErrorKind};
use konsortio_i18n::{message, text, Arg, Lang};

/// `--lang` names a language Konsortio does not speak (the value parser's error, so that the
/// reason can be said in the language the rest of the command line asks for).
#[derive(Debug)]
pub(crate) struct NotSpoken;

impl std::fmt::Display for NotSpoken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("use en, fi, sv, tr or zh")
    }
}

impl std::error::Error for NotSpoken {}

/// Clap's indentation of the lines under a message (its lists and tips).
const TAB: &str = "  ";

/// The error `e` as clap would lay it out, in `lang`; None for what clap prints itself: help and
/// version (already in `lang`), help shown for a command given nothing, and any kind or context
/// not worded here (clap's English then).
pub(crate) fn said(e: &clap::Error, lang: Lang) -> Option<String> {
    let what = what(e, lang)?;
    let mut said = message(lang, "cli-error", &[("message", what.into())]);
    let tips = tips(e, lang)?;
    if !tips.is_empty() {
        said.push('\n');
        for tip in tips {
            said.push_str(&format!("\n{TAB}{tip}"));
        }
    }
    if let Some(usage) = e.get(ContextKind::Usage) {
        let ContextValue::StyledStr(usage) = usage else { return None };
        let usage = usage.to_string();
        let line = usage.strip_prefix("Usage: ")?;
        said.push_str(&format!("\n\n{}: {line}", text(lang, "cli-clap-usage")));
    }
    said.push_str(&format!("\n\n{}\n", text(lang, "cli-clap-error-more")));
    Some(said)
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match e.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s),
        _ => None,
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<i64> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).ok(),
        _ => None,
    }
}

/// Lines under a message, indented as clap indents them.
fn listed(lines: &[String]) -> String {
    lines.iter().map(|line| format!("\n{TAB}{line}")).collect()
}

/// What is wrong: the message after "error: ", with its list lines if it has any.
fn what(e: &clap::Error, lang: Lang) -> Option<String> {
    let say = |id: &str, args: &[(&str, Arg)]| message(lang, id, args);
    let arg = || string(e, ContextKind::InvalidArg).map(Arg::from);
    let value = || string(e, ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, ContextKind::InvalidArg)?;
            say("cli-clap-error-missing", &[("count", missing.len().into())]) + &listed(missing)
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut said = if value.is_empty() {
                say("cli-clap-error-value-required", &[("arg", arg)])
            } else {
                say("cli-clap-error-invalid-value", &[("arg", arg), ("value", value.into())])
            };
            if let Some(values) = strings(e, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                let note = say("cli-clap-possible-values", &[("values", values.join(", ").into())]);
                said.push_str(&listed(&[note]));
            }
            said
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg()?, value()?.into());
            match e.source() {
                Some(source) => {
                    let reason = reason(source, lang).into();
                    say("cli-clap-error-invalid-value-because", &[("arg", arg), ("value", value), ("reason", reason)])
                }
                None => say("cli-clap-error-invalid-value", &[("arg", arg), ("value", value)]),
            }
        }
        ErrorKind::UnknownArgument => say("cli-clap-error-unknown-argument", &[("arg", arg()?)]),
        ErrorKind::InvalidSubcommand => {
            say("cli-clap-error-unknown-subcommand", &[("name", string(e, ContextKind::InvalidSubcommand)?.into())])
        }
        ErrorKind::MissingSubcommand => {
            let command = string(e, ContextKind::InvalidSubcommand)?;
            let mut said = say("cli-clap-error-missing-subcommand", &[("command", command.into())]);
            if let Some(names) = strings(e, ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                said.push_str(&listed(&[say("cli-clap-error-subcommands", &[("names", names.join(", ").into())])]));
            }
            said
        }
        ErrorKind::ArgumentConflict => {
            // (A subcommand that conflicts names no InvalidArg: clap words it.)
            let name = string(e, ContextKind::InvalidArg)?;
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(other)) if other == name => {
                    say("cli-clap-error-used-twice", &[("arg", name.into())])
                }
                Some(ContextValue::String(other)) => {
                    say("cli-clap-error-conflict", &[("arg", name.into()), ("other", other.as_str().into())])
                }
                Some(ContextValue::Strings(others)) => {
                    say("cli-clap-error-conflict-list", &[("arg", name.into())]) + &listed(others)
                }
                _ => say("cli-clap-error-conflict-any", &[("arg", name.into())]),
            }
        }
        ErrorKind::TooManyValues => {
            say("cli-clap-error-unexpected-value", &[("arg", arg()?), ("value", value()?.into())])
        }
        ErrorKind::TooFewValues => {
            let (min, actual) = (number(e, ContextKind::MinValues)?, number(e, ContextKind::ActualNumValues)?);
            say("cli-clap-error-too-few", &[("arg", arg()?), ("min", min.into()), ("actual", actual.into())])
        }
        ErrorKind::WrongNumberOfValues => {
            let expected = number(e, ContextKind::ExpectedNumValues)?;
            let actual = number(e, ContextKind::ActualNumValues)?;
            let args = [("arg", arg()?), ("expected", expected.into()), ("actual", actual.into())];
            say("cli-clap-error-wrong-number", &args)
        }
        ErrorKind::NoEquals => say("cli-clap-error-no-equals", &[("arg", arg()?)]),
        _ => return None,
    })
}

/// Why a value parser refused a value: a number that is not one or out of the type's range, a
/// language Konsortio does not speak; any other reason as the parser gave it (English, as the
/// texts that come from outside are, decision 46).
fn reason(source: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    if source.downcast_ref::<NotSpoken>().is_some() {
        return text(lang, "cli-clap-error-lang");
    }
    if let Some(e) = source.downcast_ref::<ParseIntError>() {
        match e.kind() {
            IntErrorKind::Empty | IntErrorKind::InvalidDigit => return text(lang, "cli-clap-error-not-a-number"),
            IntErrorKind::PosOverflow => return text(lang, "cli-clap-error-too-large"),
            IntErrorKind::NegOverflow => return text(lang, "cli-clap-error-too-small"),
            _ => {}
        }
    }
    // Clap's ranged integer parsers: "99999999999 is not in -2147483648..=2147483647".
    let said = source.to_string();
    let bounds = said.split_once(" is not in ").and_then(|(_, range)| range.split_once("..="));
    match bounds {
        Some((min, max)) if !min.is_empty() && !max.is_empty() => {
            message(lang, "cli-clap-error-out-of-range", &[("min", min.into()), ("max", max.into())])
        }
        _ => said,
    }
}

/// Clap's tips ("a similar subcommand exists: 'split'"), each a line; None when one is not
/// worded here.
fn tips(e: &clap::Error, lang: Lang) -> Option<Vec<String>> {
    let say = |id: &str, args: &[(&str, Arg)]| message(lang, id, args);
    let one = |kind| match e.get(kind) {
        None => Some(None),
        Some(ContextValue::String(s)) => Some(Some(s.as_str())),
        Some(ContextValue::Strings(s)) if s.len() <= 1 => Some(s.first().map(String::as_str)),
        Some(_) => None,
    };
    let mut tips = Vec::new();
    if let Some(names) = strings(e, ContextKind::SuggestedSubcommand).filter(|v| !v.is_empty()) {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        tips.push(say(
            "cli-clap-error-similar-subcommand",
            &[("count", names.len().into()), ("names", quoted.join(", ").into())],
        ));
    } else if let Some(name) = string(e, ContextKind::SuggestedSubcommand) {
        tips.push(say(
            "cli-clap-error-similar-subcommand",
            &[("count", 1_usize.into()), ("names", format!("'{name}'").into())],
        ));
    }
    if let Some(arg) = one(ContextKind::SuggestedArg)? {
        tips.push(say("cli-clap-error-similar-argument", &[("arg", arg.into())]));
    }
    if let Some(value) = one(ContextKind::SuggestedValue)? {
        tips.push(say("cli-clap-error-similar-value", &[("value", value.into())]));
    }
    match e.get(ContextKind::Suggested) {
        None => {}
        Some(ContextValue::StyledStrs(suggested)) => {
            for tip in suggested {
                tips.push(suggestion(&tip.to_string(), lang)?);
            }
        }
        Some(_) => return None,
    }
    Some(tips)
}

/// One of clap's free-form suggestions, which it words in English before we see it: known by
/// its shape, or None.
fn suggestion(english: &str, lang: Lang) -> Option<String> {
    let quoted = |s: &str| s.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).map(str::to_string);
    // "to pass '-x' as a value, use '-- -x'"
    if let Some((value, usage)) = english.strip_prefix("to pass ").and_then(|s| s.split_once(" as a value, use ")) {
        let args = [("value", quoted(value)?.into()), ("usage", quoted(usage)?.into())];
        return Some(message(lang, "cli-clap-error-tip-as-value", &args));
    }
    // "subcommand 'list' exists; to use it, remove the '--' before it"
    if let Some(name) = english
        .strip_prefix("subcommand ")
        .and_then(|s| s.strip_suffix(" exists; to use it, remove the '--' before it"))
    {
        return Some(message(lang, "cli-clap-error-tip-double-dash", &[("name", quoted(name)?.into())]));
    }
    // "'split --year' exists"
    let usage = quoted(english.strip_suffix(" exists")?)?;
    Some(message(lang, "cli-clap-error-tip-exists", &[("usage", usage.into())]))
}

#[cfg(test)]
/// The messages this module says (and `cli-clap-usage`, `cli-clap-possible-values` from help.rs).
pub(crate) const KEYS: [&str; 28] = [
    "cli-clap-error-missing",
    "cli-clap-error-invalid-value",
    "cli-clap-error-invalid-value-because",
    "cli-clap-error-value-required",
    "cli-clap-error-not-a-number",
    "cli-clap-error-out-of-range",
    "cli-clap-error-too-large",
    "cli-clap-error-too-small",
    "cli-clap-error-lang",
    "cli-clap-error-unknown-argument",
    "cli-clap-error-unknown-subcommand",
    "cli-clap-error-missing-subcommand",
    "cli-clap-error-subcommands",
    "cli-clap-error-used-twice",
    "cli-clap-error-conflict",
    "cli-clap-error-conflict-list",
    "cli-clap-error-conflict-any",
    "cli-clap-error-unexpected-value",
    "cli-clap-error-too-few",
    "cli-clap-error-wrong-number",
    "cli-clap-error-no-equals",
    "cli-clap-error-similar-subcommand",
    "cli-clap-error-similar-argument",
    "cli-clap-error-similar-value",
    "cli-clap-error-tip-as-value",
    "cli-clap-error-tip-exists",
    "cli-clap-error-tip-double-dash",
    "cli-clap-error-more",
];

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg as ClapArg, Command};

    /// A message with made-up values for every placeholder any of ours names.
    fn words(lang: Lang, key: &str) -> Option<String> {
        let args: Vec<(&str, Arg)> = ["arg", "value", "reason", "max", "name", "names", "command", "other", "usage"]
            .into_iter()
            .map(|n| (n, Arg::from(n)))
            .chain([("count", 2_usize.into()), ("min", 2_usize.into())])
            .chain([("actual", 1_usize.into()), ("expected", 2_usize.into())])
            .collect();
        let said = konsortio_i18n::message_if(lang, key, &args);
        assert!(said.is_some(), "{}: {key} names a value it is not given", lang.code());
        said
    }

    #[test]
    fn every_error_message_is_in_english_and_said_in_every_other_language() {
        let english: Vec<&str> = Lang::En
            .source()
            .lines()
            .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim_end()))
            .filter(|key| key.starts_with("cli-clap-error-"))
            .collect();
        assert_eq!(english, KEYS, "locales/en.ftl's cli-clap-error-* messages and KEYS differ");
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let same: Vec<&str> = KEYS.into_iter().filter(|key| words(lang, key) == words(Lang::En, key)).collect();
            assert!(same.is_empty(), "{}: still English: {same:#?}", lang.code());
        }
    }

    fn error(cmd: Command, args: &[&str]) -> clap::Error {
        cmd.try_get_matches_from(args).expect_err("a parse error")
    }

    #[test]
    fn kinds_the_cli_does_not_reach_are_said_too() {
        let pair = || Command::new("t").arg(ClapArg::new("pair").long("pair").num_args(2));
        let few = || Command::new("t").arg(ClapArg::new("many").long("many").num_args(3..));
        let equals = || Command::new("t").arg(ClapArg::new("x").long("x").require_equals(true));
        let cases = [
            (
                error(pair(), &["t", "--pair", "a"]),
                ErrorKind::WrongNumberOfValues,
                Lang::Fi,
                "virhe: argumentti '--pair <pair> <pair>' tarvitsee 2 arvoa, mutta sai 1",
            ),
            (
                error(few(), &["t", "--many", "a"]),
                ErrorKind::TooFewValues,
                Lang::Sv,
                "fel: '--many <many> <many> <many>...' kräver minst 3 värden, men fick 1",
            ),
            (
                error(equals(), &["t", "--x", "v"]),
                ErrorKind::NoEquals,
                Lang::Zh,
                "错误：'--x=<x>' 的值必须写在等号（=）之后",
            ),
        ];
        for (e, kind, lang, first_line) in cases {
            assert_eq!(e.kind(), kind);
            let said = said(&e, lang).expect("worded");
            assert_eq!(said.lines().next(), Some(first_line), "{said}");
        }
    }

    #[test]
    fn what_is_not_worded_here_is_left_to_clap() {
        let help = error(Command::new("t"), &["t", "--help"]);
        assert_eq!(said(&help, Lang::Fi), None);
        let raw = clap::Error::raw(ErrorKind::InvalidUtf8, "not UTF-8");
        assert_eq!(said(&raw, Lang::Fi), None);
        // A suggestion of a shape we do not know keeps the whole error in clap's words.
        let mut odd = error(Command::new("t"), &["t", "--nope"]);
        let tip = clap::builder::StyledStr::from("use something else");
        odd.insert(ContextKind::Suggested, ContextValue::StyledStrs(vec![tip]));
        assert_eq!(said(&odd, Lang::Fi), None);
    }

    #[test]
    fn clap_suggestions_are_known_by_their_shape() {
        // (clap's English, Finnish)
        let cases = [
            ("to pass '-x' as a value, use '-- -x'", Some("vihje: jos '-x' on arvo, kirjoita '-- -x'")),
            ("'split --year' exists", Some("vihje: 'split --year' on olemassa")),
            (
                "subcommand 'list' exists; to use it, remove the '--' before it",
                Some("vihje: alikomento 'list' on olemassa; käytä sitä poistamalla sen edeltä '--'"),
            ),
            ("something new", None),
        ];
        for (english, finnish) in cases {
            assert_eq!(suggestion(english, Lang::Fi).as_deref(), finnish, "{english}");
        }
    }

    #[test]
    fn clap_speaks_the_language_lang_asks_for_english_for_one_not_spoken_else_the_locale() {
        let sv = || Lang::Sv;
        // (arguments after the program's name, the language)
        let cases: [(&[&str], Lang); 6] = [
            (&["--lang", "fi", "split"], Lang::Fi),
            (&["split", "--lang=zh"], Lang::Zh),
            (&["split"], Lang::Sv),
            (&["--lang", "de", "split"], Lang::En),
            (&["split", "--lang"], Lang::En),
            (&["list", "--", "--lang", "de"], Lang::Sv),
        ];
        for (args, lang) in cases {
            let args: Vec<String> = ["konsortio"].iter().chain(args).map(|a| a.to_string()).collect();
            assert_eq!(crate::parsing_lang(&args, sv), lang, "{args:?}");
        }
    }
}
