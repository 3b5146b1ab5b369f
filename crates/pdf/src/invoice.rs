//! The invoice and credit note layout: letterhead, parties, lines (over as many pages as they
//! take, the header repeated), VAT per category, totals, conversion, legal notes, payment.

use konsortio_core::invoice::{Document, DocumentKind, Line, VatCategory};

use crate::canvas::{Canvas, Style, BOTTOM, LEFT, RIGHT};
use crate::format;
use crate::labels::{page_of, step_text, Label, Lang, Words};
use crate::{Letterhead, PdfError};

const BODY: Style = Style::new(9.0);
const SMALL: Style = Style::new(7.5).grey(0.35);
const CELL: Style = Style::new(8.5);
const HEAD: Style = Style::new(8.0).bold();
const SHADE: f32 = 0.92;
const RULE: f32 = 0.8;

/// Lines table columns: description from LEFT, period, VAT % (right edge), net (right edge).
const PERIOD_X: f32 = 110.0;
const VAT_RIGHT: f32 = 160.0;
const DESC_W: f32 = PERIOD_X - LEFT - 4.0;
const PERIOD_W: f32 = 36.0;

/// The letterhead's width, clear of the meta block on the right.
const LETTERHEAD_W: f32 = META_X - LEFT - 6.0;

/// The meta block: labels at META_X, values at META_VALUE_X.
const META_X: f32 = 118.0;
const META_VALUE_X: f32 = 152.0;

/// Renders an invoice or credit note in its buyer's language.
pub fn invoice_pdf(doc: &Document, letterhead: &Letterhead) -> Result<Vec<u8>, PdfError> {
    let lang = Lang::from_code(&doc.buyer.language);
    let mut w = Writer { c: Canvas::new(), doc, lang, y: 0.0 };
    w.first_page(letterhead)?;
    w.lines_table()?;
    w.vat_breakdown()?;
    w.totals()?;
    w.conversion()?;
    w.notes()?;
    if doc.kind == DocumentKind::Invoice {
        w.payment()?;
    }
    let Writer { mut c, .. } = w;
    c.decorate(|c, n, m| footer(c, doc, lang, n, m))?;
    c.finish(&format!("{} {}", title(doc, lang), doc.number))
}

struct Writer<'a> {
    c: Canvas,
    doc: &'a Document,
    lang: Lang,
    /// The next baseline, in mm from the top of the page.
    y: f32,
}

fn title(doc: &Document, lang: Lang) -> &'static str {
    lang.text(match doc.kind {
        DocumentKind::Invoice => Label::Invoice,
        DocumentKind::CreditNote => Label::CreditNote,
    })
}

impl Writer<'_> {
    fn t(&self, label: Label) -> &'static str {
        self.lang.text(label)
    }

    /// Starts a new page when `height` mm no longer fit on this one.
    fn room(&mut self, height: f32) -> Result<bool, PdfError> {
        if self.y + height <= BOTTOM {
            return Ok(false);
        }
        self.c.new_page();
        self.continuation_header()?;
        Ok(true)
    }

    /// Page 2 onwards: who, what and which number, so a loose page is never anonymous.
    fn continuation_header(&mut self) -> Result<(), PdfError> {
        let doc = self.doc;
        self.c.text(LEFT, 18.0, &doc.seller.name, BODY.bold())?;
        self.c.text_right(RIGHT, 18.0, &format!("{} {}", title(doc, self.lang), doc.number), BODY.bold())?;
        self.c.text(LEFT, 23.0, &doc.buyer.name, SMALL)?;
        self.c.text_right(RIGHT, 23.0, &format::date(doc.issue_date, self.lang), SMALL)?;
        self.c.rule(LEFT, RIGHT, 26.0, 0.5, 0.6);
        self.y = 33.0;
        Ok(())
    }

    fn first_page(&mut self, letterhead: &Letterhead) -> Result<(), PdfError> {
        let seller_end = self.seller_block(letterhead)?;
        let meta_end = self.meta_block()?;
        self.y = seller_end.max(44.0) + 6.0;
        let buyer_end = self.buyer_block()?;
        self.y = buyer_end.max(meta_end) + 8.0;
        Ok(())
    }

    /// The letterhead: logo, seller's name, address, VAT id, email and bank; returns its end.
    fn seller_block(&mut self, letterhead: &Letterhead) -> Result<f32, PdfError> {
        let (seller, lang) = (&self.doc.seller, self.lang);
        let mut y = 20.0;
        if let Some(logo) = &letterhead.logo {
            let (_, h) = self.c.image(logo, LEFT, 12.0, 70.0, 18.0);
            y = 12.0 + h + 6.0;
        }
        let name_style = Style::new(12.0).bold();
        let name = self.c.wrap(&seller.name, name_style, LETTERHEAD_W)?;
        let y = self.c.lines(LEFT, y, &name, name_style)? - name_style.line_mm();
        let style = Style::new(8.0).grey(0.25);
        let mut lines = format::address(seller, self.doc.buyer.country != seller.country);
        if let Some(id) = &seller.vat_id {
            lines.push(format!("{}\u{a0}{id}", lang.text(Label::VatId)));
        }
        if let Some(email) = &seller.email {
            lines.push(email.clone());
        }
        if let Some(bank) = &self.doc.bank {
            let bic = bank.bic.as_ref().map(|b| format!("  BIC {b}")).unwrap_or_default();
            lines.push(format!("IBAN {}{bic}", iban(&bank.iban)));
        }
        let mut wrapped = Vec::new();
        for line in &lines {
            wrapped.extend(self.c.wrap(line, style, LETTERHEAD_W)?);
        }
        self.c.lines(LEFT, y + 5.0, &wrapped, style)
    }

    /// Title, number, dates and references at the top right; returns its end.
    fn meta_block(&mut self) -> Result<f32, PdfError> {
        let doc = self.doc;
        self.c.text_right(RIGHT, 22.0, title(doc, self.lang), Style::new(18.0).bold())?;
        let mut rows: Vec<(Label, String, bool)> = vec![
            (Label::Number, doc.number.clone(), true),
            (Label::IssueDate, format::date(doc.issue_date, self.lang), false),
        ];
        if doc.kind == DocumentKind::Invoice {
            rows.push((Label::DueDate, format::date(doc.due_date, self.lang), true));
            rows.push((Label::PaymentReference, spaced(&doc.payment_reference), false));
        }
        rows.push((Label::BuyerReference, doc.buyer_reference.clone(), false));
        if let Some(credited) = &doc.credits {
            let value = format!("{}, {}", credited.number, format::date(credited.issue_date, self.lang));
            rows.push((Label::CreditedInvoice, value, true));
        }
        let mut y = 31.0;
        for (label, value, strong) in rows.into_iter().filter(|(_, v, _)| !v.is_empty()) {
            let label_lines = self.c.wrap(self.t(label), SMALL, META_VALUE_X - META_X - 2.0)?;
            self.c.lines(META_X, y, &label_lines, SMALL)?;
            let style = if strong { BODY.bold() } else { BODY };
            let value_lines = self.c.wrap(&value, style, RIGHT - META_VALUE_X)?;
            let end = self.c.lines(META_VALUE_X, y, &value_lines, style)?;
            y = end.max(y + SMALL.line_mm() * label_lines.len() as f32) + 0.6;
        }
        Ok(y)
    }

    /// The buyer's name, address, country and VAT id; returns its end.
    fn buyer_block(&mut self) -> Result<f32, PdfError> {
        let buyer = &self.doc.buyer;
        self.c.text(LEFT, self.y, self.t(Label::Buyer), SMALL)?;
        let name = self.c.wrap(&buyer.name, Style::new(10.0).bold(), 90.0)?;
        let mut y = self.c.lines(LEFT, self.y + 5.0, &name, Style::new(10.0).bold())?;
        let mut lines = format::address(buyer, buyer.country != self.doc.seller.country);
        if let Some(id) = &buyer.vat_id {
            lines.push(format!("{}\u{a0}{id}", self.t(Label::VatId)));
        }
        for line in lines {
            let wrapped = self.c.wrap(&line, BODY, 90.0)?;
            y = self.c.lines(LEFT, y, &wrapped, BODY)?;
        }
        Ok(y)
    }

    fn table_header(&mut self) -> Result<(), PdfError> {
        let y = self.y;
        self.c.shade(LEFT - 1.5, y - 4.3, RIGHT - LEFT + 3.0, 6.2, SHADE);
        self.c.text(LEFT, y, self.t(Label::Description), HEAD)?;
        self.c.text(PERIOD_X, y, self.t(Label::Period), HEAD)?;
        self.c.text_right(VAT_RIGHT, y, self.t(Label::VatRate), HEAD)?;
        let net = format!("{} ({})", self.t(Label::Net), self.doc.currency.code());
        self.c.text_right(RIGHT, y, &net, HEAD)?;
        self.y += 6.5;
        Ok(())
    }

    fn lines_table(&mut self) -> Result<(), PdfError> {
        self.table_header()?;
        for line in &self.doc.lines {
            self.line_row(line)?;
        }
        self.y += 2.0;
        Ok(())
    }

    /// One line: description (wrapped), period, VAT rate and net amount, then the resource and
    /// the explanation steps when there are any. A row too low for the page moves to the next.
    fn line_row(&mut self, line: &Line) -> Result<(), PdfError> {
        let lang = self.lang;
        let desc = self.c.wrap(&line.description, CELL, DESC_W)?;
        let mut period = vec![format::period(&line.period, lang)];
        if self.c.width(&period[0], CELL)? > PERIOD_W {
            period = vec![format!("{} –", format::date(line.period.start, lang)), format::date(line.period.end, lang)];
        }
        let resource = if line.resource.is_empty() || line.description.contains(&line.resource) {
            Vec::new()
        } else {
            self.c.wrap(&line.resource, SMALL, DESC_W)?
        };
        let left = desc.len() as f32 * CELL.line_mm() + resource.len() as f32 * SMALL.line_mm();
        let height = left.max(period.len() as f32 * CELL.line_mm());
        if self.room(height + 1.5)? {
            self.table_header()?;
        }
        let y = self.y;
        let below = self.c.lines(LEFT, y, &desc, CELL)?;
        self.c.lines(LEFT, below, &resource, SMALL)?;
        self.c.lines(PERIOD_X, y, &period, CELL)?;
        self.c.text_right(VAT_RIGHT, y, &vat_rate(line, lang), CELL)?;
        self.c.text_right(RIGHT, y, &format::amount(&line.net, lang), CELL)?;
        self.y += height;
        let steps = Style::new(7.0).grey(0.35);
        for (i, step) in line.explanation.iter().enumerate() {
            self.indented(&format!("{}. {}", i + 1, step_text(lang, step)), 4.0, steps)?;
        }
        self.c.rule(LEFT, RIGHT, self.y - 2.6, 0.3, RULE);
        self.y += 1.5;
        Ok(())
    }

    /// Wrapped grey text under a line's description, each of its lines placed where it fits.
    fn indented(&mut self, text: &str, indent: f32, style: Style) -> Result<(), PdfError> {
        for part in self.c.wrap(text, style, DESC_W + 40.0 - indent)? {
            if self.room(style.line_mm())? {
                self.table_header()?;
            }
            self.c.text(LEFT + indent, self.y, &part, style)?;
            self.y += style.line_mm();
        }
        Ok(())
    }

    /// VAT per category: code and name, rate, taxable amount, VAT.
    fn vat_breakdown(&mut self) -> Result<(), PdfError> {
        let (doc, lang) = (self.doc, self.lang);
        let height = 12.0 + doc.vat.len() as f32 * CELL.line_mm() * 2.0;
        self.room(height.min(60.0))?;
        self.c.text(LEFT, self.y, self.t(Label::VatBreakdown), BODY.bold())?;
        self.y += 5.5;
        let (rate_r, taxable_r) = (128.0, 160.0);
        let y = self.y;
        self.c.shade(LEFT - 1.5, y - 4.3, RIGHT - LEFT + 3.0, 6.2, SHADE);
        self.c.text(LEFT, y, self.t(Label::Category), HEAD)?;
        self.c.text_right(rate_r, y, self.t(Label::VatRate), HEAD)?;
        self.c.text_right(taxable_r, y, self.t(Label::Taxable), HEAD)?;
        self.c.text_right(RIGHT, y, self.t(Label::Vat), HEAD)?;
        self.y += 6.5;
        for v in &doc.vat {
            let name = format!("{}  {}", v.treatment.category.code(), self.t(category_label(v.treatment.category)));
            let name_lines = self.c.wrap(&name, CELL, 85.0)?;
            self.room(name_lines.len() as f32 * CELL.line_mm())?;
            let y = self.y;
            self.c.lines(LEFT, y, &name_lines, CELL)?;
            let rate = if v.treatment.category.charges_vat() || !v.treatment.rate.is_zero() {
                format::percent(v.treatment.rate, lang)
            } else {
                "–".to_string()
            };
            self.c.text_right(rate_r, y, &rate, CELL)?;
            self.c.text_right(taxable_r, y, &format::amount(&v.taxable, lang), CELL)?;
            self.c.text_right(RIGHT, y, &format::amount(&v.tax, lang), CELL)?;
            self.y += name_lines.len() as f32 * CELL.line_mm() + 1.0;
        }
        self.y += 3.0;
        Ok(())
    }

    /// Net, VAT and the total to pay (or credited), right-aligned under the amounts.
    fn totals(&mut self) -> Result<(), PdfError> {
        let (doc, lang) = (self.doc, self.lang);
        self.room(22.0)?;
        let label_x = 112.0;
        for (label, value) in [(Label::NetTotal, &doc.net_total), (Label::VatTotal, &doc.vat_total)] {
            self.c.text(label_x, self.y, self.t(label), BODY)?;
            self.c.text_right(RIGHT, self.y, &format::money(value, lang), BODY)?;
            self.y += BODY.line_mm() + 0.6;
        }
        self.c.rule(label_x, RIGHT, self.y - 2.6, 0.8, 0.2);
        self.y += 2.2;
        let total = match doc.kind {
            DocumentKind::Invoice => Label::TotalToPay,
            DocumentKind::CreditNote => Label::TotalCredited,
        };
        let big = Style::new(11.0).bold();
        self.c.text(label_x, self.y, self.t(total), big)?;
        self.c.text_right(RIGHT, self.y, &format::money(&doc.gross_total, lang), big)?;
        self.y += big.line_mm() + 3.0;
        Ok(())
    }

    /// "1 EUR = 11.4567 SEK, 2025-01-31, ECB reference rate" and the VAT in the seller's currency.
    fn conversion(&mut self) -> Result<(), PdfError> {
        let (doc, lang) = (self.doc, self.lang);
        let style = Style::new(8.0).grey(0.2);
        if let Some(c) = &doc.conversion {
            let text = format!(
                "{}: 1 {} = {} {}, {}, {}",
                self.t(Label::ExchangeRate),
                c.from.code(),
                format::decimal(c.rate, lang),
                c.to.code(),
                format::date(c.date, lang),
                c.source
            );
            for line in self.c.wrap(&text, style, RIGHT - LEFT)? {
                self.room(style.line_mm())?;
                self.c.text(LEFT, self.y, &line, style)?;
                self.y += style.line_mm();
            }
        }
        if let Some(vat) = &doc.vat_national {
            self.room(style.line_mm())?;
            let text = format!("{}: {}", self.t(Label::VatNational), format::money(vat, lang));
            self.c.text(LEFT, self.y, &text, style)?;
            self.y += style.line_mm();
        }
        self.y += 2.0;
        Ok(())
    }

    /// The words the law asks for, in the document's language first, in a shaded box.
    fn notes(&mut self) -> Result<(), PdfError> {
        let notes = notes(self.doc, self.lang);
        if notes.is_empty() {
            return Ok(());
        }
        let style = BODY.bold();
        let mut lines = Vec::new();
        for note in &notes {
            lines.extend(self.c.wrap(note, style, RIGHT - LEFT - 6.0)?);
        }
        let height = lines.len() as f32 * style.line_mm() + 3.0;
        self.room(height + 2.0)?;
        self.c.shade(LEFT - 1.5, self.y - 2.0, RIGHT - LEFT + 3.0, height, SHADE);
        self.c.shade(LEFT - 1.5, self.y - 2.0, 1.2, height, 0.3);
        self.y = self.c.lines(LEFT + 2.5, self.y + 2.5, &lines, style)? + 3.0;
        Ok(())
    }

    /// Where and how to pay, at the end of the invoice.
    fn payment(&mut self) -> Result<(), PdfError> {
        let (doc, lang) = (self.doc, self.lang);
        let mut rows: Vec<(&str, String, bool)> = vec![(self.t(Label::Beneficiary), doc.seller.name.clone(), false)];
        if let Some(bank) = &doc.bank {
            rows.push(("IBAN", iban(&bank.iban), true));
            if let Some(bic) = &bank.bic {
                rows.push(("BIC", bic.clone(), false));
            }
        }
        rows.push((self.t(Label::PaymentReference), spaced(&doc.payment_reference), true));
        rows.push((self.t(Label::DueDate), format::date(doc.due_date, lang), false));
        rows.push((self.t(Label::Amount), format::money(&doc.gross_total, lang), true));
        let rows: Vec<_> = rows.into_iter().filter(|(_, v, _)| !v.is_empty()).collect();
        let height = 8.0 + rows.len() as f32 * (BODY.line_mm() + 0.4);
        self.room(height + 4.0)?;
        self.y += 2.0;
        self.c.rule(LEFT, RIGHT, self.y - 4.0, 0.8, 0.2);
        self.c.text(LEFT, self.y + 1.0, self.t(Label::PaymentDetails), BODY.bold())?;
        self.y += 6.5;
        let value_x = 62.0;
        for (label, value, strong) in rows {
            let style = if strong { BODY.bold() } else { BODY };
            let value = self.c.wrap(&value, style, RIGHT - value_x)?;
            self.room(value.len() as f32 * style.line_mm())?;
            self.c.text(LEFT, self.y, label, SMALL)?;
            self.y = self.c.lines(value_x, self.y, &value, style)? + 0.4;
        }
        Ok(())
    }
}

/// On every page: the seller and its VAT id, and "page n of m".
fn footer(c: &mut Canvas, doc: &Document, lang: Lang, page: usize, pages: usize) -> Result<(), PdfError> {
    let style = Style::new(7.0).grey(0.4);
    c.rule(LEFT, RIGHT, 281.0, 0.3, 0.7);
    let mut who = doc.seller.name.clone();
    if let Some(id) = &doc.seller.vat_id {
        who.push_str(&format!(" · {}\u{a0}{id}", lang.text(Label::VatId)));
    }
    // Two lines at most: a name that needs more is on the first page in full.
    let who = c.wrap(&who, style, 118.0)?;
    c.lines(LEFT, 285.0, &who[..who.len().min(2)], style)?;
    let number = format!("{} {} · ", title(doc, lang), doc.number);
    let page = page_of(lang, page, pages);
    c.text_right(RIGHT, 285.0, &format!("{number}{page}"), style)
}

/// Legal words: "Reverse charge" in the document's language when a line is reverse charged,
/// then why no VAT is charged, per category, in the document's language where the VAT rate
/// gives that language's words (else its default words), each said once. A reverse-charge
/// reason in other words than the mention is kept (it may cite the law).
pub(crate) fn notes(doc: &Document, lang: Lang) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    let reverse_charged = doc.vat.iter().any(|v| v.treatment.category == VatCategory::ReverseCharge);
    if reverse_charged {
        notes.push(lang.text(Label::ReverseCharge).to_string());
    }
    let reasons = doc.vat.iter().filter_map(|v| {
        let default = v.treatment.reason.as_deref()?;
        // The mention in English is the default reason of most reverse-charge rates: said above.
        let said = v.treatment.category == VatCategory::ReverseCharge
            && default.trim().eq_ignore_ascii_case(Lang::En.text(Label::ReverseCharge))
            && !v.treatment.reasons.contains_key(lang.code());
        (!said).then(|| v.treatment.reason_in(lang.code()).unwrap_or(default))
    });
    for note in reasons {
        if !notes.iter().any(|n| n.eq_ignore_ascii_case(note.trim())) && !note.trim().is_empty() {
            notes.push(note.trim().to_string());
        }
    }
    notes
}

fn category_label(category: VatCategory) -> Label {
    match category {
        VatCategory::Standard => Label::CategoryStandard,
        VatCategory::ZeroRated => Label::CategoryZeroRated,
        VatCategory::Exempt => Label::CategoryExempt,
        VatCategory::ReverseCharge => Label::ReverseCharge,
        VatCategory::IntraCommunity => Label::CategoryIntraCommunity,
        VatCategory::Export => Label::CategoryExport,
        VatCategory::NotSubject => Label::CategoryNotSubject,
    }
}

/// A line's VAT rate, or the category code where no VAT is charged ("AE", "E").
fn vat_rate(line: &Line, lang: Lang) -> String {
    if line.vat.category.charges_vat() || line.vat.category == VatCategory::ZeroRated {
        format::percent(line.vat.rate, lang)
    } else {
        line.vat.category.code().to_string()
    }
}

/// An IBAN in groups of four, as it is printed for people to type.
fn iban(raw: &str) -> String {
    spaced(&raw.chars().filter(|c| !c.is_whitespace()).collect::<String>())
}

/// A reference in groups of four characters ("RF18 5390 0754 7034").
fn spaced(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_and_references_are_grouped_by_four() {
        assert_eq!(iban("FI2112345600000785"), "FI21 1234 5600 0007 85");
        assert_eq!(spaced("RF18539007547034"), "RF18 5390 0754 7034");
        assert_eq!(spaced(""), "");
    }
}
