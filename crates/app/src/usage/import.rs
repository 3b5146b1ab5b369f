//! Importing a member's COUNTER report: streamed into the store in one transaction, replacing
//! an earlier import of the same report, with what matched and what lies outside membership.

use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasherDefault;
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use konsortio_core::explain::Value;
use konsortio_core::records::Member;
use konsortio_counter::{Format, Header, UsageRow, Visitor};
use konsortio_store::{
    month_of, AuditEntry, ItemFields, MonthIndex, NewImport, Reads, Tx, UsageImport, UsageReads, UsageWriter,
};
use serde::Serialize;

use super::matching::{IdHasher, Match, Matcher, ReportClass};
use super::tally::Membership;
use super::UnmatchedName;
use crate::csvio::file_label;
use crate::{now, App, AppError};

/// What importing one report did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UsageImportSummary {
    pub file: String,
    pub member: String,
    pub release: String,
    pub report_id: String,
    pub format: String,
    pub begin: NaiveDate,
    pub end: NaiveDate,
    /// The platforms the rows name.
    pub platform: String,
    pub rows: u64,
    pub items: u64,
    /// The sum of each metric's counts, as stored: the file's own Reporting_Period_Totals.
    pub metrics: BTreeMap<String, u64>,
    /// Of those, the counts in months outside the member's membership: stored, but left out
    /// of cost per use, usage bases and exports.
    pub outside_membership: BTreeMap<String, u64>,
    /// Earlier imports of the same report that this one replaced: "file (imported at)".
    pub replaced: Vec<String>,
    /// Rows by the resource they matched.
    pub matched: BTreeMap<String, u64>,
    /// Names that matched no resource (or several): map them with `App::map_usage`.
    pub unmatched: Vec<UnmatchedName>,
}

impl App {
    /// Imports a COUNTER report file (any release, report and format konsortio-counter reads)
    /// as `member`'s usage, streamed, in one transaction: a bad file writes nothing and its
    /// error names the file, row and column. A report of the same member, report id,
    /// platform and period (or a period inside the new one) is replaced, not doubled; one
    /// that overlaps it otherwise is an error.
    pub fn import_usage(&mut self, member: &str, path: &Path) -> Result<UsageImportSummary, AppError> {
        let file = std::fs::File::open(path).map_err(|e| AppError::io(path, e))?;
        let reader = std::io::BufReader::with_capacity(1 << 17, file);
        let (label, actor) = (file_label(path), self.actor.name.clone());
        self.store.write(|tx| import_in(tx, &actor, member, &label, reader))
    }
}

/// Reads the report on a thread of its own and stores its rows on this one, so that parsing
/// and SQLite each take one core (the pipeline holds a few batches of rows at most).
pub(crate) fn import_in(
    tx: &Tx,
    actor: &str,
    member: &str,
    file: &str,
    input: impl Read + Send,
) -> Result<UsageImportSummary, AppError> {
    let member = tx
        .all::<Member>()?
        .into_iter()
        .find(|m| m.code == member)
        .ok_or_else(|| AppError::NotFound { kind: "member", key: member.into() })?;
    let mut importer = Importer {
        tx,
        file,
        actor,
        imported_at: now(),
        membership: Membership::of(&member),
        member,
        matcher: Matcher::load(tx)?,
        writer: None,
        class: ReportClass::Other,
        period_start: 0,
        months: Vec::new(),
        items: HashSet::default(),
        last_item: None,
        metrics: BTreeMap::new(),
        outside: BTreeMap::new(),
        matched: BTreeMap::new(),
        unmatched: BTreeMap::new(),
    };
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel(4);
        let parser = scope.spawn(move || {
            let mut forward = Forward { send, batch: Vec::with_capacity(BATCH) };
            let parsed = konsortio_counter::visit(file, input, &mut forward);
            parsed.and_then(|done| forward.flush().map(|()| done))
        });
        for parsed in receive {
            match parsed {
                Parsed::Header(header) => importer.header(&header)?,
                Parsed::Rows(rows) => rows.into_iter().try_for_each(|row| importer.row(row))?,
            }
        }
        match parser.join().expect("the parser returns its errors, it does not panic") {
            Ok((format, header)) => importer.finish(format, &header),
            Err(Stopped::Counter(e)) => Err(e.into()),
            Err(Stopped::Consumer) => unreachable!("the rows were all taken"),
        }
    })
}

/// Rows are handed from the parser to the store in batches of this many.
const BATCH: usize = 512;

/// What the parser's thread hands over.
enum Parsed {
    Header(Box<Header>),
    Rows(Vec<UsageRow>),
}

/// Why the parser's thread stopped early.
enum Stopped {
    Counter(konsortio_counter::CounterError),
    /// The storing side failed and stopped taking rows; its own error is the one reported.
    Consumer,
}

impl From<konsortio_counter::CounterError> for Stopped {
    fn from(e: konsortio_counter::CounterError) -> Self {
        Stopped::Counter(e)
    }
}

/// The parser's visitor: forwards the header, and the rows in batches.
struct Forward {
    send: std::sync::mpsc::SyncSender<Parsed>,
    batch: Vec<UsageRow>,
}

impl Forward {
    fn flush(&mut self) -> Result<(), Stopped> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let rows = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        self.send.send(Parsed::Rows(rows)).map_err(|_| Stopped::Consumer)
    }
}

impl Visitor for Forward {
    type Error = Stopped;

    fn header(&mut self, header: &Header) -> Result<(), Stopped> {
        self.send.send(Parsed::Header(Box::new(header.clone()))).map_err(|_| Stopped::Consumer)
    }

    fn row(&mut self, row: UsageRow) -> Result<(), Stopped> {
        self.batch.push(row);
        if self.batch.len() == BATCH {
            self.flush()?;
        }
        Ok(())
    }
}

/// Stores rows as the parser reads them and tallies the summary.
struct Importer<'t, 'c> {
    tx: &'t Tx<'c>,
    file: &'t str,
    actor: &'t str,
    imported_at: String,
    member: Member,
    membership: Membership,
    matcher: Matcher,
    writer: Option<UsageWriter<'t>>,
    class: ReportClass,
    period_start: MonthIndex,
    months: Vec<(MonthIndex, u64)>,
    items: HashSet<i64, BuildHasherDefault<IdHasher>>,
    last_item: Option<(i64, Match)>,
    metrics: BTreeMap<&'static str, u64>,
    outside: BTreeMap<&'static str, u64>,
    matched: BTreeMap<usize, u64>,
    unmatched: BTreeMap<PlatformAndDatabase, (Vec<usize>, HashSet<i64>)>,
}

/// What an unmatched item is listed under: its platform and, in a database report, database.
type PlatformAndDatabase = (Option<String>, Option<String>);

impl Importer<'_, '_> {
    fn header(&mut self, header: &Header) -> Result<(), AppError> {
        assert!(self.writer.is_none(), "a report has one header");
        let import = NewImport {
            member: &self.member.code,
            release: header.release.as_str(),
            report_id: header.report_id.as_str(),
            begin: header.period.begin,
            end: header.period.end,
            file: self.file,
            institution_name: header.institution_name.as_deref(),
            institution_id: header.institution_id.as_deref(),
            imported_at: &self.imported_at,
            imported_by: self.actor,
        };
        self.writer = Some(self.tx.usage_writer(&import)?);
        self.class = ReportClass::of(header.report_id.as_str());
        self.period_start = month_of(header.period.begin);
        Ok(())
    }

    fn row(&mut self, row: UsageRow) -> Result<(), AppError> {
        let writer = self.writer.as_mut().expect("the parser gives the header before the rows");
        self.months.clear();
        self.months.extend(
            row.months.iter().map(|m| (i32::from(m.month.year()) * 12 + i32::from(m.month.month()) - 1, m.count)),
        );
        if self.months.is_empty() {
            // A report without monthly details: its total counts in its period's first month.
            self.months.push((self.period_start, row.total));
        }
        let i = &row.item;
        let fields: ItemFields = [
            i.data_type.as_deref(),
            i.name.as_deref(),
            i.publisher.as_deref(),
            i.publisher_id.as_deref(),
            i.platform.as_deref(),
            i.doi.as_deref(),
            i.proprietary_id.as_deref(),
            i.isbn.as_deref(),
            i.print_issn.as_deref(),
            i.online_issn.as_deref(),
            i.uri.as_deref(),
        ];
        let item = writer.add(&fields, row.metric.as_str(), &self.months, row.total)?;
        let metric = row.metric.as_str();
        *self.metrics.entry(metric).or_default() += row.total;
        let outside: u64 = self.months.iter().filter(|(m, _)| !self.membership.contains(*m)).map(|(_, n)| n).sum();
        if outside > 0 {
            *self.outside.entry(metric).or_default() += outside;
        }
        if self.last_item.as_ref().is_none_or(|(last, _)| *last != item) {
            self.items.insert(item);
        }
        self.tally_match(item, &fields);
        Ok(())
    }

    fn tally_match(&mut self, item: i64, fields: &ItemFields) {
        let found = match &self.last_item {
            Some((id, found)) if *id == item => found.clone(),
            _ => {
                let found = self.matcher.resolve(fields, self.class);
                self.last_item = Some((item, found.clone()));
                found
            }
        };
        let candidates = match found {
            Match::Resource(r) => {
                *self.matched.entry(r).or_default() += 1;
                return;
            }
            Match::Ambiguous(candidates) => candidates,
            Match::Unmatched => Vec::new(),
        };
        let database = fields[1].filter(|_| self.class == ReportClass::Databases).map(str::to_string);
        let entry = self.unmatched.entry((fields[4].map(str::to_string), database)).or_default();
        entry.0 = candidates;
        entry.1.insert(item);
    }

    fn finish(self, format: Format, header: &Header) -> Result<UsageImportSummary, AppError> {
        let writer = self.writer.expect("a parsed report has a header");
        let format = serde_json::to_value(format).expect("a format serialises");
        let stored = writer.finish(format.as_str().unwrap_or("?"), header.created_by.as_deref())?;
        let replaced = replace_earlier(self.tx, &stored)?;
        self.tx.audit(&AuditEntry {
            at: stored.imported_at.clone(),
            actor: self.actor.to_string(),
            action: "import".into(),
            kind: "usage".into(),
            key: format!("{} / {} / {} to {}", stored.member, stored.report_id, stored.begin, stored.end),
            detail: format!(
                "{}: {} rows from {}{}",
                stored.file,
                stored.rows,
                stored.platform,
                replaced_text(&replaced)
            ),
        })?;
        let codes = &self.matcher.codes;
        Ok(UsageImportSummary {
            file: stored.file,
            member: stored.member,
            release: stored.release,
            report_id: stored.report_id,
            format: stored.format,
            begin: stored.begin,
            end: stored.end,
            platform: stored.platform,
            rows: stored.rows,
            items: self.items.len() as u64,
            metrics: self.metrics.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            outside_membership: self.outside.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            replaced,
            matched: self.matched.into_iter().map(|(r, n)| (codes[r].to_string(), n)).collect(),
            unmatched: self
                .unmatched
                .into_iter()
                .map(|((platform, database), (candidates, items))| UnmatchedName {
                    platform,
                    database,
                    candidates: candidates.into_iter().map(|r| codes[r].to_string()).collect(),
                    items: items.len() as u64,
                    members: 1,
                })
                .collect(),
        })
    }
}

/// Deletes the member's earlier imports of the same report and platform whose period is the
/// new one's or lies inside it; refuses one that overlaps it otherwise (its other months
/// would be lost, or counted twice).
fn replace_earlier(tx: &Tx, new: &UsageImport) -> Result<Vec<String>, AppError> {
    let mut replaced = Vec::new();
    for old in tx.usage_imports_of(&new.member)? {
        let same_report = old.id != new.id && old.report_id == new.report_id && old.platform == new.platform;
        if !same_report || old.end < new.begin || old.begin > new.end {
            continue;
        }
        if old.begin < new.begin || old.end > new.end {
            let text = format!(
                "{}: {} {} of {} covers {} to {}, which overlaps the import of {} covering {} to {}; \
                 import a report for the same period (or one that covers it) to replace it",
                new.file, new.report_id, new.platform, new.member, new.begin, new.end, old.file, old.begin, old.end
            );
            let t = |s: &str| Value::text(s);
            let args = [
                ("file", t(&new.file)),
                ("report", t(&new.report_id)),
                ("platform", t(&new.platform)),
                ("member", t(&new.member)),
                ("begin", Value::date(new.begin)),
                ("end", Value::date(new.end)),
                ("other", t(&old.file)),
                ("other_begin", Value::date(old.begin)),
                ("other_end", Value::date(old.end)),
            ];
            return Err(AppError::invalid("err-usage-overlap", text, args));
        }
        tx.delete_usage_import(old.id)?;
        replaced.push(format!("{} ({})", old.file, old.imported_at));
    }
    Ok(replaced)
}

fn replaced_text(replaced: &[String]) -> String {
    if replaced.is_empty() {
        String::new()
    } else {
        format!("; replaced {}", replaced.join(", "))
    }
}
