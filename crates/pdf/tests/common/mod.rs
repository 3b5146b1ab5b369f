//! Sample documents for the PDF tests and the bench: drafted by konsortio-core, so they add up.
#![allow(dead_code)]

use konsortio_core::invoice::{
    credit_note, draft, Bank, Conversion, Document, DocumentKind, DraftInput, LineInput, Party, Treatment, VatCategory,
};
use konsortio_core::{Currency, Money, Period};
use konsortio_pdf::{Statement, StatementRow};

pub fn cur(code: &str) -> Currency {
    Currency::from_code(code).unwrap()
}

pub fn eur(amount: &str) -> Money {
    Money::parse(amount, cur("EUR")).unwrap()
}

pub fn party(code: &str, name: &str, street: &str, postcode: &str, city: &str, country: &str) -> Party {
    Party {
        code: code.into(),
        name: name.into(),
        address: Some(street.into()),
        postcode: Some(postcode.into()),
        city: Some(city.into()),
        country: country.into(),
        vat_id: None,
        email: None,
        language: "en".into(),
    }
}

pub fn seller() -> Party {
    Party {
        vat_id: Some("FI31846207".into()),
        email: Some("laskutus@konsortio.example".into()),
        ..party("ELC", "Kansallinen e-aineistokonsortio", "Unioninkatu 36", "00170", "Helsinki", "FI")
    }
}

fn bank() -> Option<Bank> {
    Some(Bank { iban: "FI2112345600000785".into(), bic: Some("NDEAFIHH".into()) })
}

pub fn standard(rate: &str) -> Treatment {
    Treatment::new(VatCategory::Standard, rate.parse().unwrap(), None, None)
}

pub fn reverse_charge() -> Treatment {
    Treatment::new(
        VatCategory::ReverseCharge,
        "0".parse().unwrap(),
        Some("VATEX-EU-AE".into()),
        Some("Reverse charge".into()),
    )
}

pub fn not_subject() -> Treatment {
    let mut t = Treatment::new(
        VatCategory::NotSubject,
        "0".parse().unwrap(),
        Some("VATEX-EU-O".into()),
        Some("Not subject to Finnish VAT: a service to a business outside the EU".into()),
    );
    t.reasons = [
        ("fi", "Ei Suomen arvonlisäveron alainen: palvelu EU:n ulkopuoliselle elinkeinonharjoittajalle"),
        ("tr", "Finlandiya KDV'sine tabi değildir: AB dışındaki bir işletmeye verilen hizmet"),
        ("zh", "不征收芬兰增值税：向欧盟以外企业提供的服务"),
    ]
    .into_iter()
    .map(|(lang, words)| (lang.to_string(), words.to_string()))
    .collect();
    t
}

pub fn line(description: &str, resource: &str, share: Money, vat: Treatment) -> LineInput {
    LineInput {
        deal: resource.split_whitespace().next().unwrap_or("D").to_uppercase(),
        year: 2025,
        resource: resource.into(),
        period: Period::year(2025),
        description: description.into(),
        share,
        vat,
        explanation: vec![],
    }
}

fn input(buyer: Party, lines: Vec<LineInput>) -> DraftInput {
    DraftInput {
        kind: DocumentKind::Invoice,
        issue_date: "2025-02-01".parse().unwrap(),
        due_date: "2025-03-03".parse().unwrap(),
        currency: cur("EUR"),
        conversion: None,
        seller: seller(),
        bank: bank(),
        buyer,
        lines,
        credits: None,
    }
}

pub fn helsinki() -> Party {
    Party {
        vat_id: Some("FI03136475".into()),
        language: "fi".into(),
        ..party(
            "FI-HY",
            "Helsingin yliopiston kirjasto",
            "Fabianinkatu 30\nPL 53",
            "00014",
            "Helsingin yliopisto",
            "FI",
        )
    }
}

/// A Finnish university's invoice: three VAT rates, an explanation on the first line.
pub fn finnish_invoice() -> Document {
    let mut sd = line(
        "ScienceDirect Freedom Collection, lisenssi vuodelle 2025",
        "ScienceDirect",
        eur("12345.67"),
        standard("10"),
    );
    sd.explanation = vec![
        "Sopimuksen hinta 1 250 000,00 € jaetaan FTE-luvun mukaan.".into(),
        "Helsingin yliopiston FTE 31 200 / 315 880 = 0,0987716...".into(),
    ];
    let lines = vec![
        sd,
        line("Ebook Central Academic Complete", "Ebook Central", eur("999.99"), standard("14")),
        line("Tietokanta-alusta, ylläpito", "Alusta", eur("0.05"), standard("25.5")),
    ];
    draft(input(helsinki(), lines)).unwrap().issue("2025", 7)
}

pub fn kth() -> Party {
    Party {
        vat_id: Some("SE202100305401".into()),
        email: Some("biblioteket@kth.example".into()),
        ..party("SE-KTH", "KTH Royal Institute of Technology Library", "Osquars backe 31", "100 44", "Stockholm", "SE")
    }
}

/// An English credit note to a Swedish university for a reverse-charged invoice.
pub fn english_reverse_charge_credit_note() -> Document {
    let lines = vec![
        line("Web of Science Core Collection 2025", "Web of Science", eur("48250.00"), reverse_charge()),
        line("Scopus 2025", "Scopus", eur("15300.50"), reverse_charge()),
    ];
    let invoice = draft(input(kth(), lines)).unwrap().issue("2025", 41);
    credit_note(&invoice, &[2], &[], "2025-04-15".parse().unwrap()).unwrap().issue("CN-2025", 3)
}

pub fn itu() -> Party {
    Party {
        vat_id: Some("4810058590".into()),
        language: "tr".into(),
        ..party(
            "TR-ITU",
            "İstanbul Teknik Üniversitesi Mustafa İnan Kütüphanesi",
            "Ayazağa Kampüsü, Sarıyer",
            "34469",
            "İstanbul",
            "TR",
        )
    }
}

/// A Turkish university's invoice: a service outside the scope of Finnish VAT.
pub fn turkish_invoice() -> Document {
    let lines = vec![
        line("IEEE Xplore Digital Library, ağ erişimi", "IEEE Xplore", eur("23456.78"), not_subject()),
        line("SpringerLink dergi paketi – Ğüşiöç", "SpringerLink", eur("8765.43"), not_subject()),
    ];
    draft(input(itu(), lines)).unwrap().issue("2025", 12)
}

pub fn pku() -> Party {
    Party {
        vat_id: Some("12100000400000624D".into()),
        language: "zh".into(),
        ..party("CN-PKU", "北京大学图书馆", "海淀区颐和园路5号", "100871", "北京", "CN")
    }
}

/// A Chinese library's invoice.
pub fn chinese_invoice() -> Document {
    let lines = vec![
        line("中国知网 汉字数据库 2025", "CNKI", eur("5432.10"), not_subject()),
        line("Nature Journals All 2025", "Nature", eur("17890.00"), not_subject()),
    ];
    draft(input(pku(), lines)).unwrap().issue("2025", 88)
}

pub fn abo() -> Party {
    Party {
        vat_id: Some("FI02019281".into()),
        language: "sv".into(),
        ..party("FI-ABO", "Åbo Akademis bibliotek", "Domkyrkogatan 2–4", "20500", "Åbo", "FI")
    }
}

/// A Swedish-language invoice in SEK, converted from the shares in EUR, with VAT in EUR.
pub fn swedish_sek_invoice() -> Document {
    let mut i = input(
        abo(),
        vec![
            line("JSTOR Arts & Sciences I–XV", "JSTOR", eur("1000.00"), standard("25.5")),
            line("Project MUSE Premium Collection", "Project MUSE", eur("333.33"), standard("25.5")),
        ],
    );
    i.currency = cur("SEK");
    i.conversion = Some(Conversion {
        from: cur("EUR"),
        to: cur("SEK"),
        rate: "11.4567".parse().unwrap(),
        date: "2025-01-31".parse().unwrap(),
        source: "ECB reference rate".into(),
    });
    draft(i).unwrap().issue("2025", 19)
}

/// A funder's invoice with `n` lines, one per member (long enough to need several pages).
pub fn long_invoice(n: usize) -> Document {
    let funder = Party {
        vat_id: Some("FI02458947".into()),
        ..party("OKM", "Opetus- ja kulttuuriministeriö", "Meritullinkatu 10", "00170", "Helsinki", "FI")
    };
    let lines = (0..n)
        .map(|i| {
            let share = Money::from_minor(123_456 + (i as i64) * 7_919, cur("EUR"));
            let mut l = line(
                &format!("Member {:03}: ScienceDirect Freedom Collection 2025, the funder's part", i + 1),
                "ScienceDirect",
                share,
                standard("10"),
            );
            l.deal = format!("SD-{:03}", i + 1);
            l
        })
        .collect();
    draft(input(funder, lines)).unwrap().issue("2025", 900)
}

/// A Finnish member's statement with a funder's part, last year, the change and cost per use.
pub fn finnish_statement() -> Statement {
    let row = |deal: &str, title: &str, share: &str| StatementRow {
        deal: deal.into(),
        title: title.into(),
        resource: title.into(),
        share: eur(share),
        notional: None,
        funded: None,
        last_year: None,
        change: String::new(),
        cost_per_use: None,
        explanation: vec![],
    };
    let rows = vec![
        StatementRow {
            notional: Some(eur("20000.00")),
            funded: Some(eur("15000.00")),
            last_year: Some(eur("4800.00")),
            change: "+4,2 %".into(),
            cost_per_use: Some(("0.4166".parse().unwrap(), "Unique_Item_Requests".into())),
            explanation: vec![
                "Sopimuksen hinta 1 250 000,00 € jaetaan FTE-luvun mukaan.".into(),
                "Osuus 20 000,00 €, josta opetus- ja kulttuuriministeriö maksaa 75 % eli 15 000,00 €.".into(),
                "Jäsen maksaa 5 000,00 €.".into(),
            ],
            ..row("SD-2025", "ScienceDirect Freedom Collection", "5000.00")
        },
        StatementRow {
            last_year: Some(eur("1200.00")),
            change: "−2,0 %".into(),
            cost_per_use: Some(("1.93".parse().unwrap(), "Unique_Item_Requests".into())),
            explanation: vec!["Tasaosuus 1 176,00 € jokaiselle 250 jäsenelle.".into()],
            ..row("EBSCO-2025", "EBSCO Academic Search Ultimate", "1176.00")
        },
    ];
    Statement {
        consortium: seller(),
        member: helsinki(),
        year: 2025,
        language: "fi".into(),
        currency: cur("EUR"),
        rows,
        total: eur("6176.00"),
    }
}

/// A 4×4 PNG (a grey square), written by hand so the tests need no image encoder.
pub fn tiny_png() -> Vec<u8> {
    use std::io::Write;
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend(kind);
        out.extend(data);
        out.extend(crc.sum().to_be_bytes());
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(4u32.to_be_bytes());
    header.extend(4u32.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut png, b"IHDR", &header);
    let rows: Vec<u8> = (0..4).flat_map(|_| std::iter::once(0u8).chain([40u8, 90, 160].repeat(4))).collect();
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&rows).unwrap();
    chunk(&mut png, b"IDAT", &z.finish().unwrap());
    chunk(&mut png, b"IEND", &[]);
    png
}

/// The invoice each language's golden text is taken from: one taxable and one reverse-charged
/// line (so the legal mention prints), to a buyer that reads `language`.
pub fn golden_invoice(language: &str) -> Document {
    let buyer = Party { language: language.into(), ..kth() };
    let lines = vec![
        line("Web of Science Core Collection 2025", "Web of Science", eur("48250.00"), reverse_charge()),
        line("JSTOR Arts & Sciences I–XV", "JSTOR", eur("1234.56"), standard("25.5")),
    ];
    draft(input(buyer, lines)).unwrap().issue("2025", 42)
}
