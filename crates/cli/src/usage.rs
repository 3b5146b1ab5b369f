//! `konsortio usage ...`: COUNTER report files.

use std::io::Write;
use std::path::Path;

use konsortio_app::{inspect_usage, AppError, Table};

use crate::{print, say};

/// Prints what a report file is and its total per metric type, as text or JSON.
pub(crate) fn inspect(path: &Path, json: bool, out: &mut dyn Write) -> Result<(), AppError> {
    let s = inspect_usage(path)?;
    if json {
        let text = serde_json::to_string_pretty(&s).expect("a summary serialises");
        return say(out, &text);
    }
    let institution = match (&s.institution_name, &s.institution_id) {
        (Some(n), Some(id)) => format!("{n} ({id})"),
        (Some(n), None) => n.clone(),
        (None, Some(id)) => id.clone(),
        (None, None) => "(not given)".into(),
    };
    let exceptions = if s.exceptions.is_empty() {
        "none".to_string()
    } else {
        s.exceptions.iter().map(|e| format!("{}: {}", e.code, e.message)).collect::<Vec<_>>().join("; ")
    };
    let created = match (&s.created, &s.created_by) {
        (Some(at), Some(by)) => format!("{at} by {by}"),
        (Some(at), None) => at.clone(),
        (None, Some(by)) => format!("by {by}"),
        (None, None) => "(not given)".into(),
    };
    say(
        out,
        &format!(
            "{}: COUNTER release {}, report {} ({})\ninstitution: {institution}\nperiod: {} to {}\ncreated: {created}\nexceptions: {exceptions}\n{} rows, {} item{}",
            s.file,
            s.release.as_str(),
            s.report_id,
            s.report_name,
            s.reporting_period.begin,
            s.reporting_period.end,
            s.row_count,
            s.item_count,
            if s.item_count == 1 { "" } else { "s" }
        ),
    )?;
    let rows = s.metrics.iter().map(|(m, n)| vec![m.clone(), n.to_string()]).collect();
    print::table(out, &Table { headers: vec!["metric".into(), "total".into()], rows })
}
