//! Usage reports (COUNTER): what a vendor's file holds, read without touching the database.

use std::path::Path;

pub use konsortio_counter::Summary;

use crate::csvio::file_label;
use crate::AppError;

/// Inspects a COUNTER report file: release, report, institution, period, exceptions and the
/// total of each metric type, streamed (a large file is never held whole).
pub fn inspect_usage(path: &Path) -> Result<Summary, AppError> {
    let file = std::fs::File::open(path).map_err(|e| AppError::io(path, e))?;
    Ok(konsortio_counter::inspect(&file_label(path), std::io::BufReader::new(file))?)
}
