//! Numbers, money and dates as each language writes them, from exact decimal text (never a float).
//!
//! The separators are CLDR's: Finnish and Swedish group with U+00A0 NO-BREAK SPACE (CLDR's
//! group mark for both, not the narrow U+202F French uses), Turkish with ".", English and
//! Chinese with ",". Money puts the symbol where the language does, with one departure from
//! CLDR: Turkish writes the lira after the amount ("1.234,56 ₺", as "1.234,56 TL" is written),
//! where CLDR has "₺1.234,56" (decision 39).

use crate::Lang;

/// Non-breaking space: keeps "1 234,56" and "1 234,56 €" on one line.
pub const NBSP: char = '\u{a0}';

/// The thousands separator and the decimal mark of a language.
pub fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En | Lang::Zh => (',', '.'),
        Lang::Fi | Lang::Sv => (NBSP, ','),
        Lang::Tr => ('.', ','),
    }
}

/// A plain decimal ("-1234567.5", as `Decimal` prints) grouped in thousands with the
/// language's marks: "1 234 567,5" in Finnish, "1,234,567.5" in English.
pub fn number(plain: &str, lang: Lang) -> String {
    let (group, mark) = separators(lang);
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    debug_assert!(int.bytes().all(|b| b.is_ascii_digit()), "not a plain decimal: {plain}");
    let mut out = String::with_capacity(plain.len() + int.len() / 3 + 2);
    out.push_str(sign);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push(mark);
        out.push_str(f);
    }
    out
}

/// The currency's sign in a language: "€", "kr" for kronor in Swedish, "₺" for lira in
/// Turkish, "¥" for yuan in Chinese; the ISO code where the language has no sign of its own.
pub fn currency_sign(code: &str, lang: Lang) -> &str {
    match (code, lang) {
        ("EUR", _) => "€",
        ("SEK", Lang::Sv) => "kr",
        ("TRY", Lang::Tr) => "₺",
        ("CNY", Lang::Zh) => "¥",
        ("USD", Lang::En) => "$",
        ("GBP", Lang::En) => "£",
        _ => code,
    }
}

/// An amount (plain decimal text, the currency's decimals already) with its currency, as the
/// language writes it: "€1,234.56" (en), "1 234,56 €" (fi, sv), "1 234,56 kr" (sv, SEK),
/// "1.234,56 ₺" (tr), "¥1,234.56" (zh); a code stands apart: "SEK 1,234.56" (en).
pub fn money(plain: &str, currency: &str, lang: Lang) -> String {
    let sign = currency_sign(currency, lang);
    match lang {
        Lang::En | Lang::Zh => {
            let (minus, digits) = plain.strip_prefix('-').map_or(("", plain), |d| ("-", d));
            let gap = if sign.chars().all(|c| c.is_ascii_uppercase()) { NBSP.to_string() } else { String::new() };
            format!("{minus}{sign}{gap}{}", number(digits, lang))
        }
        Lang::Fi | Lang::Sv | Lang::Tr => format!("{}{NBSP}{sign}", number(plain, lang)),
    }
}

/// A calendar date: ISO in English and Swedish (2025-01-31, as Swedish writes it and as
/// English readers in many countries read without doubt), "31.1.2025" in Finnish,
/// "31.01.2025" in Turkish, "2025年1月31日" in Chinese.
pub fn date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    debug_assert!((1..=12).contains(&month) && (1..=31).contains(&day), "{year}-{month}-{day}");
    match lang {
        Lang::En | Lang::Sv => format!("{year:04}-{month:02}-{day:02}"),
        Lang::Fi => format!("{day}.{month}.{year}"),
        Lang::Tr => format!("{day:02}.{month:02}.{year}"),
        Lang::Zh => format!("{year}年{month}月{day}日"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_as_each_language_writes_it() {
        // (language, amount, currency, written)
        let cases = [
            (Lang::Fi, "1234.56", "EUR", "1\u{a0}234,56\u{a0}€"),
            (Lang::Sv, "1234.56", "SEK", "1\u{a0}234,56\u{a0}kr"),
            (Lang::Sv, "1234.56", "EUR", "1\u{a0}234,56\u{a0}€"),
            (Lang::Tr, "1234.56", "TRY", "1.234,56\u{a0}₺"),
            (Lang::Zh, "1234.56", "CNY", "¥1,234.56"),
            (Lang::En, "1234.56", "EUR", "€1,234.56"),
            (Lang::En, "-0.05", "EUR", "-€0.05"),
            (Lang::En, "1234.56", "SEK", "SEK\u{a0}1,234.56"),
            (Lang::Fi, "1234567.5", "SEK", "1\u{a0}234\u{a0}567,5\u{a0}SEK"),
            (Lang::Zh, "-999.99", "EUR", "-€999.99"),
        ];
        for (lang, plain, currency, written) in cases {
            assert_eq!(money(plain, currency, lang), written, "{lang:?} {plain} {currency}");
        }
    }

    #[test]
    fn numbers_group_in_thousands_with_no_break_spaces_in_finnish() {
        assert_eq!(number("1234567.891", Lang::Fi), "1\u{a0}234\u{a0}567,891");
        assert_eq!(number("-1000", Lang::Tr), "-1.000");
        assert_eq!(number("999", Lang::En), "999");
        assert_eq!(number("0.5", Lang::Zh), "0.5");
    }

    #[test]
    fn dates_as_each_language_writes_them() {
        let written: Vec<String> = Lang::ALL.iter().map(|l| date(2025, 1, 31, *l)).collect();
        assert_eq!(written, ["2025-01-31", "31.1.2025", "2025-01-31", "31.01.2025", "2025年1月31日"]);
    }
}
