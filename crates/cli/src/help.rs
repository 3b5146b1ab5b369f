//! The clap help in the command's language: every about, argument help and heading from `locales/`.
//!
//! A command's about is the message `cli-help` followed by its path ("cli-help-usage-sushi-add");
//! an argument's help is its command's key, "--" and its id with hyphens ("cli-help-split--year",
//! "cli-help-calc--deal-file"). A global argument keeps the root's key in every command
//! ("cli-help--db"), and so do clap's own -h and -V ("cli-help--help"); the help subcommand is
//! "cli-help-help". Clap's headings and value notes are `cli-clap-*`. English is read from
//! `en.ftl` like any other language, so the words live there only (the derive carries none).

use clap::{Arg, Command};
use konsortio_i18n::{message, text, Lang};

/// The root command's key; a subcommand's key appends "-" and its name.
const ROOT_KEY: &str = "cli-help";

/// `cmd` (the derived, unbuilt tree) with its texts in `lang`, built, ready to parse.
pub(crate) fn localized(cmd: Command, lang: Lang) -> Command {
    let mut cmd = ours(cmd, lang, ROOT_KEY);
    cmd.build();
    clap_words(cmd, lang)
}

#[cfg(test)]
/// Every message key the derived tree `cmd` needs: each command's and each argument's.
pub(crate) fn keys(cmd: &Command) -> Vec<String> {
    fn walk(cmd: &Command, key: &str, keys: &mut Vec<String>) {
        keys.push(key.to_string());
        keys.extend(cmd.get_arguments().map(|arg| arg_key(key, arg)));
        for sc in cmd.get_subcommands() {
            walk(sc, &format!("{key}-{}", sc.get_name()), keys);
        }
    }
    let mut keys = Vec::new();
    walk(cmd, ROOT_KEY, &mut keys);
    keys
}

#[cfg(test)]
/// The keys of what clap adds itself when it builds the tree (its help and version flags, the
/// help subcommand) and of its headings and value notes.
pub(crate) const CLAP_KEYS: [&str; 9] = [
    "cli-help--help",
    "cli-help--version",
    "cli-help-help",
    "cli-clap-usage",
    "cli-clap-commands",
    "cli-clap-arguments",
    "cli-clap-options",
    "cli-clap-default",
    "cli-clap-possible-values",
];

fn arg_key(command_key: &str, arg: &Arg) -> String {
    let owner = if arg.is_global_set() { ROOT_KEY } else { command_key };
    format!("{owner}--{}", arg.get_id().as_str().replace('_', "-"))
}

/// Our texts, before clap builds the tree (the help subcommand copies the abouts then, and
/// global arguments are copied into each subcommand then).
fn ours(cmd: Command, lang: Lang, key: &str) -> Command {
    cmd.about(text(lang, key))
        .long_about(None)
        .mut_args(|arg| {
            let help = text(lang, &arg_key(key, &arg));
            if !arg.get_action().takes_values() {
                return arg.help(help).long_help(None);
            }
            let help = [help].into_iter().chain(value_notes(lang, &arg)).collect::<Vec<_>>().join(" ");
            arg.help(help).long_help(None).hide_default_value(true).hide_possible_values(true)
        })
        .mut_subcommands(|sc| {
            let sc_key = format!("{key}-{}", sc.get_name());
            ours(sc, lang, &sc_key)
        })
}

/// "[default: table]" and "[possible values: table, csv]" in `lang`, for an argument that takes
/// a value (they replace clap's own notes, which are English).
fn value_notes(lang: Lang, arg: &Arg) -> Vec<String> {
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    let values: Vec<String> =
        arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
    let mut notes = Vec::new();
    if defaults.iter().any(|d| !d.is_empty()) {
        notes.push(message(lang, "cli-clap-default", &[("value", defaults.join(", ").into())]));
    }
    if !values.is_empty() {
        notes.push(message(lang, "cli-clap-possible-values", &[("values", values.join(", ").into())]));
    }
    notes
}

/// Clap's words in the built tree: headings, the usage line's title, its -h and -V and the help
/// subcommand. Arguments get a heading of ours (clap's default headings are fixed English), and
/// the global ones come after a command's own, as clap would list them without globals.
fn clap_words(cmd: Command, lang: Lang) -> Command {
    let (arguments, options) = (text(lang, "cli-clap-arguments"), text(lang, "cli-clap-options"));
    let has_args = cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.has_subcommands();
    let template = if has_args {
        format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            text(lang, "cli-clap-usage")
        )
    } else {
        format!("{{before-help}}{{about-with-newline}}\n{}: {{usage}}{{after-help}}", text(lang, "cli-clap-usage"))
    };
    let cmd = if cmd.get_name() == "help" { cmd.about(text(lang, "cli-help-help")) } else { cmd };
    cmd.help_template(template)
        .subcommand_help_heading(text(lang, "cli-clap-commands"))
        .mut_args(|arg| {
            let arg = match arg.get_id().as_str() {
                "help" => arg.help(text(lang, "cli-help--help")).long_help(None),
                "version" => arg.help(text(lang, "cli-help--version")),
                _ => arg,
            };
            if arg.is_positional() {
                // A heading of ours sorts its arguments by display order: keep the positions'.
                let position = arg.get_index();
                arg.help_heading(arguments.clone()).display_order(position)
            } else if arg.is_global_set() {
                let order = 900 + arg.get_display_order();
                arg.help_heading(options.clone()).display_order(order)
            } else {
                arg.help_heading(options.clone())
            }
        })
        .mut_subcommands(|sc| clap_words(sc, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// A help message in `lang` (English where `lang` lacks it), its notes' values filled in.
    fn words(lang: Lang, key: &str) -> Option<String> {
        konsortio_i18n::message_if(lang, key, &[("value", "table".into()), ("values", "table, csv".into())])
    }

    fn english_keys() -> Vec<String> {
        Lang::En
            .source()
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(key, _)| key.trim_end()))
            .filter(|key| key.starts_with("cli-help") || key.starts_with("cli-clap-"))
            // Clap's parse errors: parse_error.rs checks its own.
            .filter(|key| !key.starts_with("cli-clap-error-"))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_command_and_argument_has_its_message_in_english_and_no_message_is_left_over() {
        let needed: Vec<String> = keys(&crate::Cli::command()).into_iter().chain(CLAP_KEYS.map(String::from)).collect();
        let missing: Vec<&String> = needed.iter().filter(|key| words(Lang::En, key).is_none()).collect();
        assert!(missing.is_empty(), "locales/en.ftl lacks (## CLI help (clap)): {missing:#?}");
        let unused: Vec<String> = english_keys().into_iter().filter(|key| !needed.contains(key)).collect();
        assert!(unused.is_empty(), "locales/en.ftl has messages no command or argument uses: {unused:#?}");
    }

    #[test]
    fn every_language_has_its_own_words_for_the_help() {
        let keys: Vec<String> = keys(&crate::Cli::command()).into_iter().chain(CLAP_KEYS.map(String::from)).collect();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let english: Vec<&String> = keys.iter().filter(|key| words(lang, key) == words(Lang::En, key)).collect();
            assert!(english.is_empty(), "{}: still English: {english:#?}", lang.code());
        }
    }

    #[test]
    fn the_help_speaks_the_language_lang_asks_for_before_clap_parses_it() {
        // (arguments after the program's name, the language asked for)
        let cases: [(&[&str], Option<Lang>); 7] = [
            (&["--lang", "fi", "--help"], Some(Lang::Fi)),
            (&["split", "--help", "--lang=zh"], Some(Lang::Zh)),
            (&["invoice", "issue", "--lang", "sv", "-h"], Some(Lang::Sv)),
            (&["--help"], None),
            // Not a language Konsortio speaks: none asked (clap refuses the value, in English).
            (&["--lang", "de", "--help"], None),
            (&["--lang"], None),
            // After "--" nothing is an option.
            (&["list", "--", "--lang", "tr"], None),
        ];
        for (args, lang) in cases {
            let args: Vec<String> = ["konsortio"].iter().chain(args).map(|a| a.to_string()).collect();
            assert_eq!(crate::lang_asked(&args), lang, "{args:?}");
        }
    }

    /// The help of every command renders in every language without a word of clap's English.
    #[test]
    fn every_help_renders_in_every_language() {
        fn walk(cmd: &mut Command, lang: Lang, path: &str, seen: &mut usize) {
            let help = cmd.render_help().to_string();
            for english in ["Usage:", "Options:", "Arguments:", "Commands:", "Print help", "[default:"] {
                assert!(lang == Lang::En || !help.contains(english), "{} {path}: {english}\n{help}", lang.code());
            }
            *seen += 1;
            for sc in cmd.get_subcommands_mut().filter(|sc| sc.get_name() != "help") {
                let path = format!("{path} {}", sc.get_name());
                walk(sc, lang, &path, seen);
            }
        }
        for lang in Lang::ALL {
            let mut seen = 0;
            walk(&mut localized(crate::Cli::command(), lang), lang, "konsortio", &mut seen);
            assert!(seen > 40, "{seen} commands");
        }
    }
}
