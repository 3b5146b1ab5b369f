//! Numbers, amounts, rates and dates as each document language writes them; exact decimals only.
//!
//! Grouping and dates are konsortio-i18n's; amounts on documents keep the ISO code in English
//! and Chinese ("EUR 1,234.56"): a sign such as ¥ is ambiguous on a bill crossing borders.

use chrono::{Datelike, NaiveDate};
use konsortio_core::invoice::Party;
use konsortio_core::{Money, Period};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::labels::Lang;

pub use konsortio_i18n::format::{number, NBSP};

/// An amount without its currency, with the currency's decimals: for table columns.
pub fn amount(m: &Money, lang: Lang) -> String {
    number(&m.plain(), lang)
}

/// An amount with its currency: "1 234,56 €" (fi, sv, tr), "EUR 1,234.56" (en, zh).
pub fn money(m: &Money, lang: Lang) -> String {
    money_plain(&m.plain(), m.currency().code(), lang)
}

/// An amount as plain decimal text with its currency's code, written as `money` writes it.
pub fn money_plain(plain: &str, code: &str, lang: Lang) -> String {
    let n = number(plain, lang);
    match lang {
        Lang::En | Lang::Zh => format!("{code}{NBSP}{n}"),
        Lang::Fi | Lang::Sv | Lang::Tr => {
            let unit = if code == "EUR" { "€" } else { code };
            format!("{n}{NBSP}{unit}")
        }
    }
}

/// A decimal as given, trailing zeros dropped: an exchange rate "11,4567", a rate "25,5".
pub fn decimal(d: Decimal, lang: Lang) -> String {
    number(&d.normalize().to_string(), lang)
}

/// A decimal rounded half to even to `dp` places, for display only (cost per use).
pub fn rounded(d: Decimal, dp: u32, lang: Lang) -> String {
    let mut r = d.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven);
    r.rescale(dp);
    number(&r.to_string(), lang)
}

/// A percentage: "25.5%" (en, zh), "25,5 %" (fi, sv), "%25,5" (tr).
pub fn percent(rate: Decimal, lang: Lang) -> String {
    percent_plain(&rate.normalize().to_string(), lang)
}

/// A percentage given as plain decimal text ("12.5"), written as `percent` writes it.
pub fn percent_plain(plain: &str, lang: Lang) -> String {
    let n = number(plain, lang);
    match lang {
        Lang::En | Lang::Zh => format!("{n}%"),
        Lang::Fi | Lang::Sv => format!("{n}{NBSP}%"),
        Lang::Tr => format!("%{n}"),
    }
}

/// A date: ISO in English and Swedish, "31.1.2025" in Finnish, "31.01.2025" in Turkish,
/// "2025年1月31日" in Chinese.
pub fn date(d: NaiveDate, lang: Lang) -> String {
    konsortio_i18n::format::date(d.year(), d.month(), d.day(), lang)
}

/// A period as its first and last day, joined by an en dash.
pub fn period(p: &Period, lang: Lang) -> String {
    format!("{}–{}", date(p.start, lang), date(p.end, lang))
}

/// Street lines, "postcode city", and the country's name when it is to be shown.
pub fn address(p: &Party, with_country: bool) -> Vec<String> {
    let mut lines: Vec<String> =
        p.address.iter().flat_map(|a| a.lines()).map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    let place = [p.postcode.as_deref(), p.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    if !place.trim().is_empty() {
        lines.push(place.trim().to_string());
    }
    if with_country {
        lines.push(country_name(&p.country).to_string());
    }
    lines
}

/// A country's name in English capitals, as the Universal Postal Union asks for on mail
/// crossing borders; the code itself for countries not listed.
fn country_name(code: &str) -> &str {
    const NAMES: &[(&str, &str)] = &[
        ("AT", "AUSTRIA"),
        ("BE", "BELGIUM"),
        ("BG", "BULGARIA"),
        ("CH", "SWITZERLAND"),
        ("CN", "CHINA"),
        ("CY", "CYPRUS"),
        ("CZ", "CZECHIA"),
        ("DE", "GERMANY"),
        ("DK", "DENMARK"),
        ("EE", "ESTONIA"),
        ("ES", "SPAIN"),
        ("FI", "FINLAND"),
        ("FR", "FRANCE"),
        ("GB", "UNITED KINGDOM"),
        ("GR", "GREECE"),
        ("HR", "CROATIA"),
        ("HU", "HUNGARY"),
        ("IE", "IRELAND"),
        ("IS", "ICELAND"),
        ("IT", "ITALY"),
        ("LT", "LITHUANIA"),
        ("LU", "LUXEMBOURG"),
        ("LV", "LATVIA"),
        ("MT", "MALTA"),
        ("NL", "NETHERLANDS"),
        ("NO", "NORWAY"),
        ("PL", "POLAND"),
        ("PT", "PORTUGAL"),
        ("RO", "ROMANIA"),
        ("SE", "SWEDEN"),
        ("SI", "SLOVENIA"),
        ("SK", "SLOVAKIA"),
        ("TR", "TÜRKİYE"),
        ("US", "UNITED STATES"),
    ];
    NAMES.iter().find(|(c, _)| c.eq_ignore_ascii_case(code.trim())).map_or(code, |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use konsortio_core::Currency;

    use super::*;

    fn m(amount: &str, code: &str) -> Money {
        Money::parse(amount, Currency::from_code(code).unwrap()).unwrap()
    }

    #[test]
    fn amounts_follow_the_language() {
        // (language, amount, currency, printed)
        let cases = [
            (Lang::Fi, "1234.56", "EUR", "1\u{a0}234,56\u{a0}€"),
            (Lang::Sv, "1234567.5", "SEK", "1\u{a0}234\u{a0}567,50\u{a0}SEK"),
            (Lang::En, "1234.56", "EUR", "EUR\u{a0}1,234.56"),
            (Lang::Tr, "1234.56", "TRY", "1.234,56\u{a0}TRY"),
            (Lang::Zh, "-999.99", "CNY", "CNY\u{a0}-999.99"),
            (Lang::Fi, "0.05", "EUR", "0,05\u{a0}€"),
            (Lang::En, "1000000", "JPY", "JPY\u{a0}1,000,000"),
        ];
        for (lang, amount, code, printed) in cases {
            assert_eq!(money(&m(amount, code), lang), printed, "{lang:?} {amount} {code}");
        }
    }

    #[test]
    fn rates_percentages_and_dates() {
        let d: NaiveDate = "2025-01-31".parse().unwrap();
        let rate: Decimal = "11.45670".parse().unwrap();
        let vat: Decimal = "25.50".parse().unwrap();
        let cases = [
            (Lang::En, "11.4567", "25.5%", "2025-01-31"),
            (Lang::Fi, "11,4567", "25,5\u{a0}%", "31.1.2025"),
            (Lang::Sv, "11,4567", "25,5\u{a0}%", "2025-01-31"),
            (Lang::Tr, "11,4567", "%25,5", "31.01.2025"),
            (Lang::Zh, "11.4567", "25.5%", "2025年1月31日"),
        ];
        for (lang, r, p, day) in cases {
            assert_eq!((decimal(rate, lang), percent(vat, lang), date(d, lang)), (r.into(), p.into(), day.into()));
        }
        assert_eq!(rounded("0.125".parse().unwrap(), 2, Lang::Fi), "0,12");
        assert_eq!(rounded("1234.5".parse().unwrap(), 2, Lang::En), "1,234.50");
    }

    #[test]
    fn countries_are_named_for_the_post() {
        assert_eq!(country_name("tr"), "TÜRKİYE");
        assert_eq!(country_name("XK"), "XK");
    }
}
