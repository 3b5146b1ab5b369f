//! Invoices, credit notes, member statements and usage reports as A4 PDFs, in the reader's language.
//!
//! Plain Rust over `konsortio-core`'s documents: values in, bytes out, no I/O. The fonts are
//! compiled in (Noto Sans, with Noto Sans CJK SC for what it lacks), parsed once per process
//! and shared by every document and thread; each PDF embeds subsets of the faces it uses.
//! A character no bundled font covers is reported, never drawn as a silent blank.
//! Any number of threads may render at once; they share the parsed fonts.
//! This crate knows nothing of SQLite, files, Tauri or the command line.

mod canvas;
mod cff;
mod fonts;
pub mod format;
mod invoice;
pub mod labels;
mod sfnt;
mod statement;
mod usage;

use thiserror::Error;

pub use invoice::invoice_pdf;
pub use labels::{step_text, Lang};
pub use statement::{statement_pdf, Statement, StatementRow};
pub use usage::{usage_pdf, UsageReport, UsageReportRow};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PdfError {
    #[error(
        "no bundled font has the character '{character}' (U+{code:04X}) in \"{text}\": \
         change the text, or add a font that covers it to konsortio-pdf",
        code = u32::from(*character)
    )]
    Uncovered { text: String, character: char },
    #[error("the letterhead's logo is not an image that can be read: {0}")]
    Logo(String),
    /// printpdf could not write the document as drawn (a font it failed to subset): a bug here,
    /// reported rather than written as a PDF with missing or oversized fonts.
    #[error("the PDF could not be written: {0}")]
    Render(String),
}

/// What an invoice carries besides the document itself: the seller's logo, if any. Everything
/// else on the letterhead comes from the document's seller and bank.
#[derive(Clone, Default)]
pub struct Letterhead {
    logo: Option<printpdf::RawImage>,
}

impl Letterhead {
    /// A letterhead with no logo.
    pub fn plain() -> Letterhead {
        Letterhead::default()
    }

    /// A letterhead with a logo (PNG bytes), decoded once here for every invoice that uses it.
    pub fn with_logo(png: &[u8]) -> Result<Letterhead, PdfError> {
        let image = printpdf::RawImage::decode_from_bytes(png, &mut Vec::new()).map_err(PdfError::Logo)?;
        Ok(Letterhead { logo: Some(image) })
    }
}

impl std::fmt::Debug for Letterhead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let logo = self.logo.as_ref().map(|l| (l.width, l.height));
        f.debug_struct("Letterhead").field("logo_px", &logo).finish()
    }
}

/// Checks that every text an invoice or credit note of `doc` prints (the parties, the lines
/// and their explanations, the notes, the conversion's source, the VAT reasons) has a bundled
/// font for each character, in regular and bold, so that a batch can refuse an unprintable
/// name before anything is numbered rather than when the PDFs are exported.
pub fn check_printable(doc: &konsortio_core::invoice::Document) -> Result<(), PdfError> {
    let f = fonts::fonts();
    let lang = Lang::from_code(&doc.buyer.language);
    for step in doc.lines.iter().flat_map(|l| &l.explanation) {
        f.shape(&labels::step_text(lang, step), false)?;
    }
    for party in [&doc.seller, &doc.buyer] {
        let fields = [&party.address, &party.postcode, &party.city, &party.vat_id, &party.email];
        for text in [&party.name, &party.code].into_iter().chain(fields.into_iter().flatten()) {
            f.shape(text, false)?;
            f.shape(text, true)?;
        }
    }
    let lines = doc.lines.iter().flat_map(|l| [&l.resource, &l.description]);
    let reasons = doc.vat.iter().filter_map(|v| v.treatment.reason.as_ref());
    let source = doc.conversion.iter().map(|c| &c.source);
    for text in lines.chain(reasons).chain(source).chain([&doc.buyer_reference]) {
        f.shape(text, false)?;
    }
    // The notes as the PDF prints them: in the buyer's language, a VAT reason's translation.
    for note in invoice::notes(doc, lang) {
        f.shape(&note, true)?;
    }
    Ok(())
}

/// Parses the bundled Latin fonts now rather than on the first document (the CJK face is
/// parsed when a text first needs it). Calling it is optional.
pub fn warm_up() {
    let f = fonts::fonts();
    f.face(fonts::FaceId::SansCore);
    f.face(fonts::FaceId::SansBoldCore);
}
