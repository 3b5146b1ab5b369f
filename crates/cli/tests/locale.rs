//! The binary speaks the locale's language when no --lang is given, and --lang wins over it.

use std::process::Command;

fn konsortio(args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_konsortio"));
    cmd.arg("--db").arg(&db).args(args);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    // (arguments, locale variables, the first line printed)
    let cases: [(&[&str], &[(&str, &str)], &str); 5] = [
        (&["init"], &[("LANG", "fi_FI.UTF-8")], "tietokanta "),
        (&["init"], &[("LANG", "fi_FI.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8")], "数据库 "),
        (&["init"], &[("LC_ALL", "sv_SE.UTF-8"), ("LANG", "tr_TR.UTF-8")], "databas "),
        (&["init", "--lang", "en"], &[("LANG", "tr_TR.UTF-8")], "database "),
        (&["init"], &[("LANG", "de_DE.UTF-8")], "database "),
    ];
    for (args, env, start) in cases {
        let text = konsortio(args, env);
        assert!(text.starts_with(start), "{args:?} {env:?}: {text}");
    }
}

#[test]
fn an_error_is_introduced_in_the_language() {
    let text = konsortio(&["list", "nonsense", "--lang", "tr"], &[]);
    assert!(text.starts_with("hata: "), "{text}");
}

#[test]
fn the_help_is_in_the_language_of_lang_or_the_locale() {
    // (arguments, locale variables, a line the help prints)
    let cases: [(&[&str], &[(&str, &str)], &str); 9] = [
        (&["--help"], &[], "  split       Compute a deal's split for a year (the frozen one if finalised)"),
        (
            &["--lang", "fi", "--help"],
            &[],
            "  split       Laske sopimuksen kustannusjako vuodelle (vahvistettu jako lukittuna)",
        ),
        (&["--help", "--lang=sv"], &[("LANG", "fi_FI.UTF-8")], "Kommandon:"),
        (
            &["invoice", "--help"],
            &[("LANG", "tr_TR.UTF-8")],
            "  issue   Bir yılın kesinleştirilmiş paylaşımlarının faturalarını düzenle (bir anlaşmanın ya da hepsinin)",
        ),
        (
            &["invoice", "issue", "--help"],
            &[("LC_ALL", "tr_TR.UTF-8")],
            "Kullanım: konsortio invoice issue [OPTIONS] --year <YEAR>",
        ),
        (
            &["split", "--help", "--lang", "zh"],
            &[],
            "      --format <FORMAT>    以表格或 CSV 输出 [默认：table] [可选值：table, csv]",
        ),
        (&["usage", "sushi", "add", "-h"], &[("LC_MESSAGES", "zh_CN.UTF-8")], "  <CODE>  端点的简称，例如 EBSCO"),
        (&["help", "finalise"], &[("LANG", "sv_SE.UTF-8")], "Fastställ (lås) ett avtals fördelning för ett år"),
        // A language Konsortio does not speak: English.
        (&["split", "--help"], &[("LANG", "de_DE.UTF-8")], "  -h, --help               Print help"),
    ];
    for (args, env, line) in cases {
        let text = konsortio(args, env);
        assert!(text.lines().any(|l| l == line), "{args:?} {env:?} lacks\n{line}\nin\n{text}");
    }
}
