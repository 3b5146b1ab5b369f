//! The words printed on documents, in each language a document can be in (later: Fluent files).
//!
//! Every language names every label (the `match`es are exhaustive). Where no wording in a
//! language is certain, the English one stands, and `ENGLISH_ON_PURPOSE` lists it, so a
//! translator can find and fill it.

/// A language documents are printed in; an unknown code prints in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Fi,
    Sv,
    Tr,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fi, Lang::Sv, Lang::Tr, Lang::Zh];

    /// The language of a party's `language` code ("fi", "sv-FI", "zh-Hans"); English otherwise.
    pub fn from_code(code: &str) -> Lang {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "fi" => Lang::Fi,
            "sv" => Lang::Sv,
            "tr" => Lang::Tr,
            "zh" => Lang::Zh,
            _ => Lang::En,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::Tr => "tr",
            Lang::Zh => "zh",
        }
    }

    pub fn text(self, label: Label) -> &'static str {
        match self {
            Lang::En => en(label),
            Lang::Fi => fi(label),
            Lang::Sv => sv(label),
            Lang::Tr => tr(label),
            Lang::Zh => zh(label),
        }
    }
}

/// One printed word or phrase. `{n}`, `{m}`, `{year}` are filled in by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Invoice,
    CreditNote,
    Number,
    IssueDate,
    DueDate,
    PaymentReference,
    BuyerReference,
    Buyer,
    VatId,
    Email,
    CreditedInvoice,
    Description,
    Period,
    VatRate,
    Net,
    VatBreakdown,
    Category,
    Taxable,
    Vat,
    NetTotal,
    VatTotal,
    TotalToPay,
    TotalCredited,
    ExchangeRate,
    VatNational,
    PaymentDetails,
    Beneficiary,
    Amount,
    /// "Page {n} of {m}".
    PageOf,
    ReverseCharge,
    CategoryStandard,
    CategoryZeroRated,
    CategoryExempt,
    CategoryIntraCommunity,
    CategoryExport,
    CategoryNotSubject,
    /// "Cost statement {year}".
    Statement,
    Member,
    Deal,
    WholeShare,
    FunderPaid,
    YouPay,
    LastYear,
    Change,
    CostPerUse,
    Total,
    HowComputed,
}

impl Label {
    pub const ALL: [Label; 47] = [
        Label::Invoice,
        Label::CreditNote,
        Label::Number,
        Label::IssueDate,
        Label::DueDate,
        Label::PaymentReference,
        Label::BuyerReference,
        Label::Buyer,
        Label::VatId,
        Label::Email,
        Label::CreditedInvoice,
        Label::Description,
        Label::Period,
        Label::VatRate,
        Label::Net,
        Label::VatBreakdown,
        Label::Category,
        Label::Taxable,
        Label::Vat,
        Label::NetTotal,
        Label::VatTotal,
        Label::TotalToPay,
        Label::TotalCredited,
        Label::ExchangeRate,
        Label::VatNational,
        Label::PaymentDetails,
        Label::Beneficiary,
        Label::Amount,
        Label::PageOf,
        Label::ReverseCharge,
        Label::CategoryStandard,
        Label::CategoryZeroRated,
        Label::CategoryExempt,
        Label::CategoryIntraCommunity,
        Label::CategoryExport,
        Label::CategoryNotSubject,
        Label::Statement,
        Label::Member,
        Label::Deal,
        Label::WholeShare,
        Label::FunderPaid,
        Label::YouPay,
        Label::LastYear,
        Label::Change,
        Label::CostPerUse,
        Label::Total,
        Label::HowComputed,
    ];
}

/// Labels a language prints in English because no wording in it is certain.
pub const ENGLISH_ON_PURPOSE: &[(Lang, Label)] = &[
    (Lang::Tr, Label::ReverseCharge),
    (Lang::Tr, Label::CategoryIntraCommunity),
    (Lang::Zh, Label::ReverseCharge),
    (Lang::Zh, Label::CategoryIntraCommunity),
];

fn en(label: Label) -> &'static str {
    match label {
        Label::Invoice => "INVOICE",
        Label::CreditNote => "CREDIT NOTE",
        Label::Number => "Number",
        Label::IssueDate => "Date",
        Label::DueDate => "Due date",
        Label::PaymentReference => "Payment reference",
        Label::BuyerReference => "Your reference",
        Label::Buyer => "Bill to",
        Label::VatId => "VAT id",
        Label::Email => "Email",
        Label::CreditedInvoice => "Credits invoice",
        Label::Description => "Description",
        Label::Period => "Period",
        Label::VatRate => "VAT %",
        Label::Net => "Net",
        Label::VatBreakdown => "VAT breakdown",
        Label::Category => "Category",
        Label::Taxable => "Taxable amount",
        Label::Vat => "VAT",
        Label::NetTotal => "Total without VAT",
        Label::VatTotal => "VAT total",
        Label::TotalToPay => "Total to pay",
        Label::TotalCredited => "Total credited",
        Label::ExchangeRate => "Exchange rate",
        Label::VatNational => "VAT in national currency",
        Label::PaymentDetails => "Payment details",
        Label::Beneficiary => "Beneficiary",
        Label::Amount => "Amount",
        Label::PageOf => "Page {n} of {m}",
        Label::ReverseCharge => "Reverse charge",
        Label::CategoryStandard => "Taxable",
        Label::CategoryZeroRated => "Zero rated",
        Label::CategoryExempt => "Exempt",
        Label::CategoryIntraCommunity => "Intra-community supply",
        Label::CategoryExport => "Export",
        Label::CategoryNotSubject => "Not subject to VAT",
        Label::Statement => "Cost statement {year}",
        Label::Member => "Member",
        Label::Deal => "Agreement",
        Label::WholeShare => "Whole share",
        Label::FunderPaid => "Paid by funder",
        Label::YouPay => "You pay",
        Label::LastYear => "Last year",
        Label::Change => "Change",
        Label::CostPerUse => "Cost per use",
        Label::Total => "Total",
        Label::HowComputed => "How each share was computed",
    }
}

fn fi(label: Label) -> &'static str {
    match label {
        Label::Invoice => "LASKU",
        Label::CreditNote => "HYVITYSLASKU",
        Label::Number => "Numero",
        Label::IssueDate => "Päivämäärä",
        Label::DueDate => "Eräpäivä",
        Label::PaymentReference => "Viitenumero",
        Label::BuyerReference => "Viitteenne",
        Label::Buyer => "Ostaja",
        Label::VatId => "ALV-tunnus",
        Label::Email => "Sähköposti",
        Label::CreditedInvoice => "Hyvitettävä lasku",
        Label::Description => "Kuvaus",
        Label::Period => "Kausi",
        Label::VatRate => "ALV %",
        Label::Net => "Veroton",
        Label::VatBreakdown => "ALV-erittely",
        Label::Category => "Verokoodi",
        Label::Taxable => "Veron peruste",
        Label::Vat => "ALV",
        Label::NetTotal => "Veroton yhteensä",
        Label::VatTotal => "ALV yhteensä",
        Label::TotalToPay => "Maksettava yhteensä",
        Label::TotalCredited => "Hyvitys yhteensä",
        Label::ExchangeRate => "Valuuttakurssi",
        Label::VatNational => "ALV kotimaan valuutassa",
        Label::PaymentDetails => "Maksutiedot",
        Label::Beneficiary => "Saaja",
        Label::Amount => "Summa",
        Label::PageOf => "Sivu {n}/{m}",
        Label::ReverseCharge => "Käännetty verovelvollisuus",
        Label::CategoryStandard => "Verollinen",
        Label::CategoryZeroRated => "Nollaverokanta",
        Label::CategoryExempt => "Veroton",
        Label::CategoryIntraCommunity => "Yhteisömyynti",
        Label::CategoryExport => "Vienti",
        Label::CategoryNotSubject => "Ei arvonlisäveron alainen",
        Label::Statement => "Kustannuserittely {year}",
        Label::Member => "Jäsen",
        Label::Deal => "Sopimus",
        Label::WholeShare => "Koko osuus",
        Label::FunderPaid => "Rahoittaja maksaa",
        Label::YouPay => "Maksatte",
        Label::LastYear => "Edellinen vuosi",
        Label::Change => "Muutos",
        Label::CostPerUse => "Hinta per käyttö",
        Label::Total => "Yhteensä",
        Label::HowComputed => "Näin osuudet laskettiin",
    }
}

fn sv(label: Label) -> &'static str {
    match label {
        Label::Invoice => "FAKTURA",
        Label::CreditNote => "KREDITFAKTURA",
        Label::Number => "Nummer",
        Label::IssueDate => "Datum",
        Label::DueDate => "Förfallodag",
        Label::PaymentReference => "Betalningsreferens",
        Label::BuyerReference => "Er referens",
        Label::Buyer => "Köpare",
        Label::VatId => "Momsreg.nr",
        Label::Email => "E-post",
        Label::CreditedInvoice => "Krediterad faktura",
        Label::Description => "Beskrivning",
        Label::Period => "Period",
        Label::VatRate => "Moms %",
        Label::Net => "Netto",
        Label::VatBreakdown => "Momsspecifikation",
        Label::Category => "Momskod",
        Label::Taxable => "Underlag",
        Label::Vat => "Moms",
        Label::NetTotal => "Summa exkl. moms",
        Label::VatTotal => "Moms totalt",
        Label::TotalToPay => "Att betala",
        Label::TotalCredited => "Krediteras totalt",
        Label::ExchangeRate => "Växelkurs",
        Label::VatNational => "Moms i nationell valuta",
        Label::PaymentDetails => "Betalningsuppgifter",
        Label::Beneficiary => "Mottagare",
        Label::Amount => "Belopp",
        Label::PageOf => "Sida {n} av {m}",
        Label::ReverseCharge => "Omvänd betalningsskyldighet",
        Label::CategoryStandard => "Momspliktig",
        Label::CategoryZeroRated => "Nollskattesats",
        Label::CategoryExempt => "Undantagen från moms",
        Label::CategoryIntraCommunity => "Gemenskapsintern leverans",
        Label::CategoryExport => "Export",
        Label::CategoryNotSubject => "Utanför momsens tillämpningsområde",
        Label::Statement => "Kostnadsspecifikation {year}",
        Label::Member => "Medlem",
        Label::Deal => "Avtal",
        Label::WholeShare => "Hela andelen",
        Label::FunderPaid => "Betalas av finansiär",
        Label::YouPay => "Ni betalar",
        Label::LastYear => "Föregående år",
        Label::Change => "Förändring",
        Label::CostPerUse => "Kostnad per användning",
        Label::Total => "Summa",
        Label::HowComputed => "Så beräknades andelarna",
    }
}

fn tr(label: Label) -> &'static str {
    match label {
        Label::Invoice => "FATURA",
        Label::CreditNote => "ALACAK DEKONTU",
        Label::Number => "Belge no",
        Label::IssueDate => "Tarih",
        Label::DueDate => "Son ödeme tarihi",
        Label::PaymentReference => "Ödeme referansı",
        Label::BuyerReference => "Alıcı referansı",
        Label::Buyer => "Alıcı",
        Label::VatId => "Vergi no",
        Label::Email => "E-posta",
        Label::CreditedInvoice => "İlgili fatura",
        Label::Description => "Açıklama",
        Label::Period => "Dönem",
        Label::VatRate => "KDV %",
        Label::Net => "Tutar",
        Label::VatBreakdown => "KDV dökümü",
        Label::Category => "Kategori",
        Label::Taxable => "Matrah",
        Label::Vat => "KDV",
        Label::NetTotal => "KDV hariç toplam",
        Label::VatTotal => "KDV toplamı",
        Label::TotalToPay => "Ödenecek toplam",
        Label::TotalCredited => "Toplam tutar",
        Label::ExchangeRate => "Döviz kuru",
        Label::VatNational => "Ulusal para biriminde KDV",
        Label::PaymentDetails => "Ödeme bilgileri",
        Label::Beneficiary => "Lehtar",
        Label::Amount => "Tutar",
        Label::PageOf => "Sayfa {n}/{m}",
        Label::ReverseCharge => "Reverse charge",
        Label::CategoryStandard => "KDV'ye tabi",
        Label::CategoryZeroRated => "Sıfır oranlı",
        Label::CategoryExempt => "KDV'den istisna",
        Label::CategoryIntraCommunity => "Intra-community supply",
        Label::CategoryExport => "İhracat",
        Label::CategoryNotSubject => "KDV kapsamı dışında",
        Label::Statement => "Maliyet dökümü {year}",
        Label::Member => "Üye",
        Label::Deal => "Anlaşma",
        Label::WholeShare => "Toplam pay",
        Label::FunderPaid => "Fon sağlayıcının ödediği",
        Label::YouPay => "Ödeyeceğiniz",
        Label::LastYear => "Geçen yıl",
        Label::Change => "Değişim",
        Label::CostPerUse => "Kullanım başına maliyet",
        Label::Total => "Toplam",
        Label::HowComputed => "Payların hesaplanması",
    }
}

fn zh(label: Label) -> &'static str {
    match label {
        Label::Invoice => "发票",
        Label::CreditNote => "贷项通知单",
        Label::Number => "编号",
        Label::IssueDate => "开具日期",
        Label::DueDate => "付款截止日期",
        Label::PaymentReference => "付款参考号",
        Label::BuyerReference => "买方参考号",
        Label::Buyer => "购买方",
        Label::VatId => "税号",
        Label::Email => "电子邮件",
        Label::CreditedInvoice => "原发票",
        Label::Description => "项目",
        Label::Period => "期间",
        Label::VatRate => "税率",
        Label::Net => "金额",
        Label::VatBreakdown => "税额明细",
        Label::Category => "类别",
        Label::Taxable => "计税金额",
        Label::Vat => "税额",
        Label::NetTotal => "不含税合计",
        Label::VatTotal => "税额合计",
        Label::TotalToPay => "应付总额",
        Label::TotalCredited => "贷项总额",
        Label::ExchangeRate => "汇率",
        Label::VatNational => "本币税额",
        Label::PaymentDetails => "付款信息",
        Label::Beneficiary => "收款人",
        Label::Amount => "金额",
        Label::PageOf => "第 {n} 页，共 {m} 页",
        Label::ReverseCharge => "Reverse charge",
        Label::CategoryStandard => "应税",
        Label::CategoryZeroRated => "零税率",
        Label::CategoryExempt => "免税",
        Label::CategoryIntraCommunity => "Intra-community supply",
        Label::CategoryExport => "出口",
        Label::CategoryNotSubject => "不征税",
        Label::Statement => "{year} 年费用明细",
        Label::Member => "成员馆",
        Label::Deal => "协议",
        Label::WholeShare => "全额份额",
        Label::FunderPaid => "资助方支付",
        Label::YouPay => "贵馆支付",
        Label::LastYear => "上年",
        Label::Change => "变化",
        Label::CostPerUse => "单次使用成本",
        Label::Total => "合计",
        Label::HowComputed => "分摊计算说明",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_label_and_english_only_on_purpose() {
        for lang in Lang::ALL {
            for label in Label::ALL {
                let text = lang.text(label);
                assert!(!text.trim().is_empty(), "{lang:?} {label:?} is empty");
                let same_as_english = lang != Lang::En && text == en(label);
                let on_purpose = ENGLISH_ON_PURPOSE.contains(&(lang, label));
                // A few words are the same in two languages ("Period", "Export").
                let shared_word = matches!((lang, label), (Lang::Sv, Label::Period | Label::CategoryExport));
                assert_eq!(same_as_english && !shared_word, on_purpose, "{lang:?} {label:?}: '{text}'");
            }
        }
    }

    #[test]
    fn templates_keep_their_placeholders() {
        for lang in Lang::ALL {
            let page = lang.text(Label::PageOf);
            assert!(page.contains("{n}") && page.contains("{m}"), "{lang:?}: {page}");
            assert!(lang.text(Label::Statement).contains("{year}"), "{lang:?}");
        }
    }

    #[test]
    fn label_list_has_each_label_once() {
        for (i, a) in Label::ALL.iter().enumerate() {
            assert!(!Label::ALL[i + 1..].contains(a), "{a:?} twice");
        }
    }

    #[test]
    fn language_codes_fall_back_to_english() {
        let cases = [("fi", Lang::Fi), ("sv-FI", Lang::Sv), ("zh_Hans", Lang::Zh), ("TR", Lang::Tr), ("de", Lang::En)];
        for (code, lang) in cases {
            assert_eq!(Lang::from_code(code), lang, "{code}");
        }
    }
}
