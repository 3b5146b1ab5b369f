//! PDFs: invoices and credit notes with the consortium's letterhead, and member statements,
//! rendered by konsortio-pdf from what the app holds.

use std::path::{Path, PathBuf};

use konsortio_core::Money;
use konsortio_pdf::format::percent;
use konsortio_pdf::{Lang, Letterhead, Statement, StatementRow};
use rust_decimal::Decimal;

use crate::invoicing::{member_party, seller};
use crate::statements::{MemberStatement, StatementLine};
use crate::{App, AppError};

impl App {
    /// Writes every invoice and credit note as a PDF `{number}.pdf` in `dir`.
    pub fn export_pdf(
        &self,
        dir: &Path,
        force: bool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<PathBuf>, AppError> {
        let letterhead = self.letterhead()?;
        self.export_documents(dir, "pdf", force, &|d| Ok(konsortio_pdf::invoice_pdf(d, &letterhead)?), progress)
    }

    /// One document as a PDF.
    pub fn document_pdf(&self, number: &str) -> Result<Vec<u8>, AppError> {
        Ok(konsortio_pdf::invoice_pdf(&self.document(number)?, &self.letterhead()?)?)
    }

    /// A member's statement for a year as a PDF, in the member's language.
    pub fn statement_pdf(&self, member: &str, year: i32) -> Result<Vec<u8>, AppError> {
        Ok(konsortio_pdf::statement_pdf(&statement(&self.statement(member, year)?))?)
    }

    /// The letterhead: the consortium's logo when one is set (a PNG file).
    fn letterhead(&self) -> Result<Letterhead, AppError> {
        let logo = self.consortium()?.and_then(|c| c.logo);
        match logo {
            None => Ok(Letterhead::plain()),
            Some(path) => {
                let path = Path::new(&path);
                let bytes = std::fs::read(path).map_err(|e| AppError::io(path, e))?;
                Letterhead::with_logo(&bytes)
                    .map_err(|e| AppError::File { file: path.display().to_string(), message: e.to_string().into() })
            }
        }
    }
}

/// A statement as konsortio-pdf draws it.
fn statement(st: &MemberStatement) -> Statement {
    let lang = Lang::from_code(&st.member.language);
    Statement {
        consortium: seller(&st.consortium),
        member: member_party(&st.member),
        year: st.year,
        language: st.member.language.clone(),
        currency: st.consortium.currency,
        rows: st.lines.iter().map(|l| row(l, lang)).collect(),
        total: st.total_payable(),
    }
}

fn row(l: &StatementLine, lang: Lang) -> StatementRow {
    let funded = (!l.funded.is_zero()).then_some(l.funded);
    StatementRow {
        deal: l.deal.clone(),
        title: l.title.clone(),
        resource: l.resource.clone(),
        share: l.payable,
        notional: funded.map(|_| l.notional()),
        funded,
        last_year: l.last_year,
        change: change(l.payable, l.last_year, lang),
        cost_per_use: l.cost_per_use.map(|c| (c, crate::usage::DEFAULT_METRIC.to_string())),
        explanation: l.explanation.clone(),
    }
}

/// The change since last year in percent, one decimal, signed; empty without last year.
fn change(now: Money, last: Option<Money>, lang: Lang) -> String {
    let Some(last) = last.filter(|l| !l.is_zero()) else { return String::new() };
    let pct = ((now.amount() - last.amount()) * Decimal::ONE_HUNDRED / last.amount()).round_dp(1);
    let sign = if pct > Decimal::ZERO { "+" } else { "" };
    format!("{sign}{}", percent(pct, lang))
}
