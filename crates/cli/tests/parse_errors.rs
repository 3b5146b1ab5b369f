//! Clap's parse errors in the language the command line or the locale asks for, run through the
//! real binary (its locale variables set per case): the whole of stderr, stdout and exit code.

use std::process::Command;

/// Runs `konsortio args` with `LANG=lang` (no LC_ALL, LC_MESSAGES; None: no locale at all).
fn konsortio(args: &[&str], lang: Option<&str>) -> (String, String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_konsortio"));
    command.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    // Parsing fails before any database is opened; this keeps a stray one out of the way anyway.
    command.env("KONSORTIO_DB", std::env::temp_dir().join("konsortio-parse-errors-unused.db"));
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    let output = command.output().expect("run the konsortio binary");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8 output");
    (text(output.stdout), text(output.stderr), output.status.code().expect("an exit code"))
}

#[test]
fn parse_errors_speak_the_language_asked_for() {
    // (arguments, LANG, the whole of stderr); each exits with 2 and prints nothing to stdout.
    let cases: [(&[&str], Option<&str>, &str); 12] = [
        (
            &["--lang", "fi", "split", "X"],
            None,
            "virhe: seuraava pakollinen argumentti puuttuu:\n  --year <YEAR>\n\n\
             Käyttö: konsortio split --year <YEAR> <DEAL>\n\n\
             Lisätietoja saat valitsimella '--help'.\n",
        ),
        (
            &["--lang", "zh", "splt"],
            None,
            "错误：无法识别的子命令 'splt'\n\n  提示：存在相似的子命令：'split'\n\n\
             用法: konsortio [OPTIONS] <COMMAND>\n\n如需更多信息，请尝试 '--help'。\n",
        ),
        (
            &["--lang", "tr", "split", "X", "--year", "abc"],
            None,
            "hata: '--year <YEAR>' için 'abc' değeri geçersiz: tam sayı değil\n\n\
             Daha fazla bilgi için '--help' seçeneğini deneyin.\n",
        ),
        // Not a language Konsortio speaks: English, whatever the locale.
        (
            &["--lang", "de"],
            Some("sv_SE.UTF-8"),
            "error: invalid value 'de' for '--lang <LANG>': use en, fi, sv, tr or zh\n\n\
             For more information, try '--help'.\n",
        ),
        // Without --lang the locale decides.
        (
            &["split", "X"],
            Some("sv_SE.UTF-8"),
            "fel: ett obligatoriskt argument saknas:\n  --year <YEAR>\n\n\
             Användning: konsortio split --year <YEAR> <DEAL>\n\n\
             Mer information får du med '--help'.\n",
        ),
        // English from en.ftl, as clap words it (but a singular for one argument).
        (
            &["compare", "X"],
            None,
            "error: the following required arguments were not provided:\n  --year <YEAR>\n  --rule <RULES>\n\n\
             Usage: konsortio compare --year <YEAR> --rule <RULES> <DEAL>\n\n\
             For more information, try '--help'.\n",
        ),
        (
            &["--lang=fi", "split", "X", "--year", "2026", "--format", "tabel"],
            None,
            "virhe: argumentin '--format <FORMAT>' arvo 'tabel' ei kelpaa\n  [mahdolliset arvot: table, csv]\n\n  \
             vihje: tarkoititko arvoa 'table'?\n\n\
             Lisätietoja saat valitsimella '--help'.\n",
        ),
        (
            &["split", "X", "--yaer", "2026", "--lang", "sv"],
            None,
            "fel: oväntat argument '--yaer'\n\n  tips: menade du argumentet '--year'?\n\n\
             Användning: konsortio split --year <YEAR> <DEAL>\n\n\
             Mer information får du med '--help'.\n",
        ),
        (
            &["usage", "sushi", "credentials", "M", "E", "--remove", "--customer-id", "c", "--api-key", "k"],
            Some("zh_CN.UTF-8"),
            "错误：参数 '--remove' 不能与以下参数同时使用：\n  --customer-id <CUSTOMER_ID>\n  --api-key <API_KEY>\n\n\
             用法: konsortio usage sushi credentials --remove <MEMBER> <ENDPOINT>\n\n如需更多信息，请尝试 '--help'。\n",
        ),
        (
            &["--lang", "fi", "invoice", "--db", "x.db"],
            None,
            "virhe: 'konsortio invoice' tarvitsee alikomennon, mutta sitä ei annettu\n  \
             [alikomennot: issue, list, show, credit, pay, export, help]\n\n\
             Käyttö: konsortio invoice [OPTIONS] <COMMAND>\n\n\
             Lisätietoja saat valitsimella '--help'.\n",
        ),
        (
            &["--lang", "tr", "list", "-x"],
            None,
            "hata: beklenmeyen argüman: '-x'\n\n  ipucu: '-x' bir değer olarak verilecekse '-- -x' yazın\n\n\
             Kullanım: konsortio list [OPTIONS] <KIND>\n\n\
             Daha fazla bilgi için '--help' seçeneğini deneyin.\n",
        ),
        (
            &["--lang", "sv", "split", "X", "--year", "99999999999"],
            None,
            "fel: ogiltigt värde '99999999999' för '--year <YEAR>': värdet ska vara mellan -2147483648 och \
             2147483647\n\nMer information får du med '--help'.\n",
        ),
    ];
    for (args, lang, expected) in cases {
        let (out, err, code) = konsortio(args, lang);
        assert_eq!((out.as_str(), err.as_str(), code), ("", expected, 2), "{args:?} LANG={lang:?}");
    }
}

#[test]
fn help_and_version_still_go_to_stdout_with_success() {
    let (out, err, code) = konsortio(&["split", "--help"], Some("fi_FI.UTF-8"));
    assert!(out.contains("Käyttö: konsortio split") && err.is_empty() && code == 0, "{out}{err}");
    let (out, err, code) = konsortio(&["--version", "--lang", "zh"], None);
    assert!(out.starts_with("konsortio ") && err.is_empty() && code == 0, "{out}{err}");
    // A command given nothing shows its help, on stderr, as a usage error.
    let (out, err, code) = konsortio(&["--lang", "sv", "invoice"], None);
    assert!(out.is_empty() && err.contains("Användning: konsortio invoice") && code == 2, "{err}");
}
