//! EN 16931 e-invoices in UBL 2.1 syntax, aimed at Peppol BIS Billing 3.0: an invoice (380)
//! or credit note (381) as XML, written straight from a stored document.

mod xml;

use chrono::NaiveDate;
use konsortio_core::invoice::{Document, DocumentKind, Line, Party, Treatment, VatCategory};
use konsortio_core::Money;

use xml::Xml;

const CUSTOMIZATION: &str = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
const PROFILE: &str = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
const CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

/// The document as UBL 2.1 XML (UTF-8).
pub fn ubl(doc: &Document) -> String {
    assert!(!doc.number.is_empty(), "only an issued document becomes an e-invoice");
    let credit = doc.kind == DocumentKind::CreditNote;
    let root = if credit { "CreditNote" } else { "Invoice" };
    // Outside the scope of VAT (O), EN 16931 forbids VAT identifiers on the document.
    let vat_ids = !doc.vat.iter().any(|v| v.treatment.category == VatCategory::NotSubject);
    let mut x = Xml::new();
    x.open_root(
        root,
        &[
            ("xmlns", &format!("urn:oasis:names:specification:ubl:schema:xsd:{root}-2")),
            ("xmlns:cac", CAC),
            ("xmlns:cbc", CBC),
        ],
    );
    x.leaf("cbc:CustomizationID", CUSTOMIZATION);
    x.leaf("cbc:ProfileID", PROFILE);
    x.leaf("cbc:ID", &doc.number);
    x.leaf("cbc:IssueDate", &doc.issue_date.to_string());
    if !credit {
        x.leaf("cbc:DueDate", &doc.due_date.to_string());
    }
    x.leaf(if credit { "cbc:CreditNoteTypeCode" } else { "cbc:InvoiceTypeCode" }, doc.kind.type_code());
    if let Some(c) = &doc.conversion {
        let note = format!("1 {} = {} {} ({}, {})", c.from, c.rate.normalize(), c.to, c.date, c.source);
        x.leaf("cbc:Note", &note);
    }
    x.leaf("cbc:DocumentCurrencyCode", doc.currency.code());
    if let Some(v) = &doc.vat_national {
        x.leaf("cbc:TaxCurrencyCode", v.currency().code());
    }
    x.leaf("cbc:BuyerReference", &doc.buyer_reference);
    period(&mut x, doc.lines.iter().map(|l| l.period.start).min(), doc.lines.iter().map(|l| l.period.end).max());
    if let Some(c) = &doc.credits {
        x.open("cac:BillingReference");
        x.open("cac:InvoiceDocumentReference");
        x.leaf("cbc:ID", &c.number);
        x.leaf("cbc:IssueDate", &c.issue_date.to_string());
        x.close();
        x.close();
    }
    x.open("cac:AccountingSupplierParty");
    party(&mut x, &doc.seller, vat_ids);
    x.close();
    x.open("cac:AccountingCustomerParty");
    party(&mut x, &doc.buyer, vat_ids);
    x.close();
    payment(&mut x, doc, credit);
    tax_total(&mut x, doc);
    totals(&mut x, doc);
    for l in &doc.lines {
        line(&mut x, doc, l, credit);
    }
    x.finish()
}

fn period(x: &mut Xml, start: Option<NaiveDate>, end: Option<NaiveDate>) {
    if let (Some(s), Some(e)) = (start, end) {
        x.open("cac:InvoicePeriod");
        x.leaf("cbc:StartDate", &s.to_string());
        x.leaf("cbc:EndDate", &e.to_string());
        x.close();
    }
}

/// An electronic address and its EAS scheme: a Finnish OVT code from the business id, a
/// Swedish organisation number from the VAT number, a Turkish tax number, else the e-mail
/// address (valid in EN 16931; Peppol has no scheme for such parties).
fn endpoint(p: &Party) -> Option<(&'static str, String)> {
    match (p.country.as_str(), p.vat_id.as_deref()) {
        ("FI", Some(id)) => Some(("0216", format!("0037{}", &id[2..]))),
        ("SE", Some(id)) if id.len() == 14 => Some(("0007", id[2..12].to_string())),
        ("TR", Some(id)) => Some(("9952", id.to_string())),
        _ => p.email.clone().map(|e| ("EM", e)),
    }
}

fn party(x: &mut Xml, p: &Party, vat_ids: bool) {
    x.open("cac:Party");
    if let Some((scheme, id)) = endpoint(p) {
        x.leaf_attr("cbc:EndpointID", &[("schemeID", scheme)], &id);
    }
    x.open("cac:PartyIdentification");
    x.leaf("cbc:ID", &p.code);
    x.close();
    x.open("cac:PartyName");
    x.leaf("cbc:Name", &p.name);
    x.close();
    x.open("cac:PostalAddress");
    x.leaf_opt("cbc:StreetName", p.address.as_deref());
    x.leaf_opt("cbc:CityName", p.city.as_deref());
    x.leaf_opt("cbc:PostalZone", p.postcode.as_deref());
    x.open("cac:Country");
    x.leaf("cbc:IdentificationCode", &p.country);
    x.close();
    x.close();
    if let Some(id) = p.vat_id.as_deref().filter(|_| vat_ids && konsortio_core::invoice::vat::is_eu(&p.country)) {
        x.open("cac:PartyTaxScheme");
        x.leaf("cbc:CompanyID", id);
        x.open("cac:TaxScheme");
        x.leaf("cbc:ID", "VAT");
        x.close();
        x.close();
    }
    x.open("cac:PartyLegalEntity");
    x.leaf("cbc:RegistrationName", &p.name);
    if p.country == "FI" {
        if let Some(id) = &p.vat_id {
            x.leaf_attr("cbc:CompanyID", &[("schemeID", "0037")], &id[2..]);
        }
    }
    x.close();
    if let Some(e) = &p.email {
        x.open("cac:Contact");
        x.leaf("cbc:ElectronicMail", e);
        x.close();
    }
    x.close();
}

fn payment(x: &mut Xml, doc: &Document, credit: bool) {
    if let (Some(bank), false) = (&doc.bank, credit) {
        x.open("cac:PaymentMeans");
        x.leaf_attr("cbc:PaymentMeansCode", &[("name", "Credit transfer")], "30");
        x.leaf("cbc:PaymentID", &doc.payment_reference);
        x.open("cac:PayeeFinancialAccount");
        x.leaf("cbc:ID", &bank.iban);
        x.leaf("cbc:Name", &doc.seller.name);
        if let Some(bic) = &bank.bic {
            x.open("cac:FinancialInstitutionBranch");
            x.leaf("cbc:ID", bic);
            x.close();
        }
        x.close();
        x.close();
    }
    x.open("cac:PaymentTerms");
    let days = (doc.due_date - doc.issue_date).num_days();
    let terms = if credit {
        format!("Credits invoice {}", doc.credits.as_ref().map_or("", |c| c.number.as_str()))
    } else {
        format!("{days} days net, due {}; payment reference {}", doc.due_date, doc.payment_reference)
    };
    x.leaf("cbc:Note", &terms);
    x.close();
}

fn tax_total(x: &mut Xml, doc: &Document) {
    x.open("cac:TaxTotal");
    amount(x, "cbc:TaxAmount", doc.vat_total);
    for v in &doc.vat {
        x.open("cac:TaxSubtotal");
        amount(x, "cbc:TaxableAmount", v.taxable);
        amount(x, "cbc:TaxAmount", v.tax);
        x.open("cac:TaxCategory");
        x.leaf("cbc:ID", v.treatment.category.code());
        percent(x, &v.treatment);
        x.leaf_opt("cbc:TaxExemptionReasonCode", v.treatment.reason_code.as_deref());
        x.leaf_opt("cbc:TaxExemptionReason", v.treatment.reason.as_deref());
        x.open("cac:TaxScheme");
        x.leaf("cbc:ID", "VAT");
        x.close();
        x.close();
        x.close();
    }
    x.close();
    if let Some(v) = doc.vat_national {
        // BT-111: the VAT total in the seller's currency, without a breakdown.
        x.open("cac:TaxTotal");
        amount(x, "cbc:TaxAmount", v);
        x.close();
    }
}

fn totals(x: &mut Xml, doc: &Document) {
    x.open("cac:LegalMonetaryTotal");
    amount(x, "cbc:LineExtensionAmount", doc.net_total);
    amount(x, "cbc:TaxExclusiveAmount", doc.net_total);
    amount(x, "cbc:TaxInclusiveAmount", doc.gross_total);
    amount(x, "cbc:PayableAmount", doc.gross_total);
    x.close();
}

fn line(x: &mut Xml, doc: &Document, l: &Line, credit: bool) {
    x.open(if credit { "cac:CreditNoteLine" } else { "cac:InvoiceLine" });
    x.leaf("cbc:ID", &l.id.to_string());
    x.leaf_attr(if credit { "cbc:CreditedQuantity" } else { "cbc:InvoicedQuantity" }, &[("unitCode", "C62")], "1");
    amount(x, "cbc:LineExtensionAmount", l.net);
    period(x, Some(l.period.start), Some(l.period.end));
    x.open("cac:Item");
    if !l.explanation.is_empty() {
        // In English, as the engine wrote it: the e-invoice is read by accounting systems.
        let text: Vec<&str> = l.explanation.iter().map(|s| s.text.as_str()).collect();
        x.leaf("cbc:Description", &text.join(" "));
    }
    x.leaf("cbc:Name", &l.description);
    x.open("cac:SellersItemIdentification");
    x.leaf("cbc:ID", &l.deal);
    x.close();
    x.open("cac:ClassifiedTaxCategory");
    x.leaf("cbc:ID", l.vat.category.code());
    percent(x, &l.vat);
    x.open("cac:TaxScheme");
    x.leaf("cbc:ID", "VAT");
    x.close();
    x.close();
    x.close();
    x.open("cac:Price");
    amount(x, "cbc:PriceAmount", l.net);
    x.close();
    x.close();
    debug_assert_eq!(l.net.currency(), doc.currency);
}

/// The VAT rate; outside the scope of VAT (O) there is none to state (BR-O-05).
fn percent(x: &mut Xml, t: &Treatment) {
    if t.category != VatCategory::NotSubject {
        x.leaf("cbc:Percent", &t.rate.normalize().to_string());
    }
}

fn amount(x: &mut Xml, name: &str, m: Money) {
    x.leaf_attr(name, &[("currencyID", m.currency().code())], &m.plain());
}
