//! Tabular reports (TSV, CSV, xlsx) row by row: the header block, then the column headings, then
//! one usage row per table row, with bounded memory whatever the file's length.

use std::collections::{BTreeMap, VecDeque};
use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};
use csv::StringRecord;

use crate::body::{self, Columns, Line};
use crate::error::{CounterError, ErrorKind, Location};
use crate::header::{self, R4Header, R5Header};
use crate::model::{Header, Metric, UsageRow};
use crate::record::Cells;

enum State {
    Start,
    R5(R5Header),
    R4(R4Header),
    Body(Box<Body>),
}

struct Body {
    header: Header,
    columns: Columns,
    /// Release 4: what the "Total for all ..." rows state, with the first such row, and what the rows add up to.
    stated_totals: BTreeMap<Metric, (u64, u64)>,
    row_totals: BTreeMap<Metric, u64>,
}

/// The parser proper: fed one row at a time by a text or a sheet reader.
pub struct TabularParser {
    file: String,
    delimiter: char,
    pad_short_rows: bool,
    state: State,
    header_announced: bool,
}

impl TabularParser {
    pub fn new(file: &str, delimiter: char, pad_short_rows: bool) -> Self {
        TabularParser {
            file: file.to_string(),
            delimiter,
            pad_short_rows,
            state: State::Start,
            header_announced: false,
        }
    }

    pub fn header(&self) -> Option<&Header> {
        match &self.state {
            State::Body(body) => Some(&body.header),
            _ => None,
        }
    }

    /// The header, once, as soon as the column headings row has been read.
    pub fn take_new_header(&mut self) -> Option<&Header> {
        if self.header_announced {
            return None;
        }
        let State::Body(body) = &self.state else { return None };
        self.header_announced = true;
        Some(&body.header)
    }

    /// Takes the next row of the file (`row` is 1-based); yields a usage row for a data row.
    pub fn push(&mut self, record: &StringRecord, row: u64) -> Result<Option<UsageRow>, CounterError> {
        let cells = Cells::new(record, self.delimiter);
        if cells.is_blank() {
            return Ok(None);
        }
        let file = self.file.as_str();
        match &mut self.state {
            State::Start => {
                self.state = start(file, &cells, row)?;
                Ok(None)
            }
            State::R5(_) if body::is_r5_headings(&cells) => self.begin_body(&cells, row).map(|_| None),
            State::R4(_) if body::is_r4_headings(&cells) => self.begin_body(&cells, row).map(|_| None),
            State::R5(h) => h.push(file, &cells, row).map(|_| None),
            State::R4(h) => h.push(file, &cells, row).map(|_| None),
            State::Body(body) => body.line(file, &cells, row),
        }
    }

    fn begin_body(&mut self, cells: &Cells, row: u64) -> Result<(), CounterError> {
        let header = match std::mem::replace(&mut self.state, State::Start) {
            State::R5(h) => h.finish(&self.file, row)?,
            State::R4(h) => h.finish(&self.file, row)?,
            _ => unreachable!("the body begins only after a header"),
        };
        let columns = Columns::new(&self.file, &header, cells, row, self.pad_short_rows)?;
        let body = Body { header, columns, stated_totals: BTreeMap::new(), row_totals: BTreeMap::new() };
        self.state = State::Body(Box::new(body));
        Ok(())
    }

    /// The end of the input: the header if the report was whole.
    pub fn finish(&mut self) -> Result<Header, CounterError> {
        let at = Location::file(&self.file);
        match std::mem::replace(&mut self.state, State::Start) {
            State::Start => Err(CounterError::new(at, ErrorKind::EmptyFile)),
            State::R5(_) | State::R4(_) => Err(CounterError::new(at, ErrorKind::MissingColumnHeadings)),
            State::Body(body) => body.finish(&self.file),
        }
    }
}

fn start(file: &str, cells: &Cells, row: u64) -> Result<State, CounterError> {
    let first = cells.get(0);
    if header::is_r5_label(first) {
        let mut h = R5Header::default();
        h.push(file, cells, row)?;
        return Ok(State::R5(h));
    }
    if header::is_r4_title(first) {
        return Ok(State::R4(R4Header::start(file, cells, row)?));
    }
    let shown: String = first.trim().chars().take(60).collect();
    let kind = ErrorKind::NotReportStart { row, found: shown };
    Err(CounterError::new(Location::cell(file, row, 0, None), kind))
}

impl Body {
    fn line(&mut self, file: &str, cells: &Cells, row: u64) -> Result<Option<UsageRow>, CounterError> {
        match self.columns.line(file, cells, row)? {
            Line::Usage(usage) => {
                let sum = self.row_totals.entry(usage.metric).or_insert(0);
                *sum = sum.saturating_add(usage.total);
                Ok(Some(usage))
            }
            Line::R4Totals(metric, total) => {
                let stated = self.stated_totals.entry(metric).or_insert((0, row));
                stated.0 = stated.0.saturating_add(total);
                Ok(None)
            }
        }
    }

    fn finish(self, file: &str) -> Result<Header, CounterError> {
        for (metric, (stated, row)) in &self.stated_totals {
            let rows = self.row_totals.get(metric).copied().unwrap_or(0);
            if rows != *stated {
                let kind = ErrorKind::TotalsRowMismatch { metric: metric.to_string(), stated: *stated, rows };
                return Err(CounterError::new(Location::row(file, *row), kind));
            }
        }
        Ok(self.header)
    }
}

/// Reads the next record; its 1-based line, or `None` at the end of the input.
fn next_record<R: Read>(
    file: &str,
    reader: &mut csv::Reader<LineTracker<R>>,
    record: &mut StringRecord,
) -> Result<Option<u64>, CounterError> {
    match reader.read_record(record) {
        Ok(true) => Ok(Some(record_line(reader, record))),
        Ok(false) => Ok(None),
        Err(e) => {
            let row = e.position().map(|p| p.line() + reader.get_mut().newlines_skipped_at(p.byte()));
            Err(csv_error(file, e, row))
        }
    }
}

fn csv_error(file: &str, error: csv::Error, row: Option<u64>) -> CounterError {
    let kind = match error.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            let at = Location { column: Some(err.field() as u64 + 1), row, ..Location::file(file) };
            return CounterError::new(at, ErrorKind::Encoding);
        }
        csv::ErrorKind::Io(e) => ErrorKind::Io(e.to_string()),
        other => ErrorKind::Malformed(format!("{other:?}")),
    };
    CounterError::new(Location { row, ..Location::file(file) }, kind)
}

fn csv_reader<R: Read>(input: R, delimiter: char) -> csv::Reader<LineTracker<R>> {
    assert!(delimiter.is_ascii(), "delimiters are ASCII");
    let tracked = LineTracker { inner: input, offset: 0, runs: VecDeque::new(), open_run: None };
    csv::ReaderBuilder::new().delimiter(delimiter as u8).has_headers(false).flexible(true).from_reader(tracked)
}

/// The 1-based line a record starts on. The csv reader skips blank lines silently and reports a
/// record's position as the end of the record before it, so the newlines it skipped are added back.
fn record_line<R: Read>(reader: &mut csv::Reader<LineTracker<R>>, record: &StringRecord) -> u64 {
    let Some(position) = record.position() else { return 0 };
    let skipped = reader.get_mut().newlines_skipped_at(position.byte());
    position.line() + skipped
}

/// Passes bytes through, remembering where runs of line terminators hold blank lines.
pub struct LineTracker<R> {
    inner: R,
    offset: u64,
    /// (first byte, one past the last byte, offsets of the '\n's) of each run of two or more
    /// terminator bytes other than a lone CRLF, not yet passed by the records.
    runs: VecDeque<(u64, u64, Vec<u64>)>,
    open_run: Option<(u64, Vec<u64>)>,
}

impl<R> LineTracker<R> {
    fn newlines_skipped_at(&mut self, byte: u64) -> u64 {
        while self.runs.front().is_some_and(|&(_, end, _)| end <= byte) {
            self.runs.pop_front();
        }
        let open = self.open_run_view();
        let run = self.runs.iter().chain(open.as_ref()).find(|(start, end, _)| *start <= byte && byte < *end);
        run.map_or(0, |(_, _, newlines)| newlines.iter().filter(|&&n| n >= byte).count() as u64)
    }

    fn open_run_view(&self) -> Option<(u64, u64, Vec<u64>)> {
        self.open_run.as_ref().map(|(start, newlines)| (*start, self.offset, newlines.clone()))
    }

    fn track(&mut self, bytes: &[u8]) {
        for (i, &b) in bytes.iter().enumerate() {
            let at = self.offset + i as u64;
            match (b, &mut self.open_run) {
                (b'\n' | b'\r', Some((_, newlines))) => {
                    if b == b'\n' {
                        newlines.push(at);
                    }
                }
                (b'\n' | b'\r', None) => self.open_run = Some((at, if b == b'\n' { vec![at] } else { Vec::new() })),
                (_, Some(_)) => self.close_run(at),
                (_, None) => {}
            }
        }
        self.offset += bytes.len() as u64;
    }

    fn close_run(&mut self, end: u64) {
        let (start, newlines) = self.open_run.take().expect("a run is open");
        let lone_terminator = end - start == 1 || (end - start == 2 && newlines.len() == 1 && newlines[0] == start + 1);
        if !lone_terminator {
            self.runs.push_back((start, end, newlines));
        }
    }
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.track(&buf[..n]);
        Ok(n)
    }
}

/// Usage rows of a TSV or CSV report, one at a time; the header is read when the reader is made.
pub struct TabularRows<R: Read> {
    reader: csv::Reader<LineTracker<R>>,
    parser: TabularParser,
    record: StringRecord,
    done: bool,
}

impl<R: Read> TabularRows<R> {
    /// Reads up to the column headings; `input` must start at the report's first byte after any BOM.
    pub fn new(file: &str, input: R, delimiter: char) -> Result<TabularRows<R>, CounterError> {
        let mut rows = TabularRows {
            reader: csv_reader(input, delimiter),
            parser: TabularParser::new(file, delimiter, false),
            record: StringRecord::new(),
            done: false,
        };
        while rows.parser.header().is_none() {
            let Some(row) = rows.read()? else {
                rows.parser.finish()?;
                unreachable!("a parser without a body fails to finish");
            };
            if let Some(usage) = rows.parser.push(&rows.record, row)? {
                unreachable!("no usage row before the headings: {usage:?}");
            }
        }
        rows.parser.take_new_header();
        Ok(rows)
    }

    pub fn header(&self) -> &Header {
        self.parser.header().expect("a TabularRows exists only once its header is read")
    }

    fn read(&mut self) -> Result<Option<u64>, CounterError> {
        next_record(&self.parser.file, &mut self.reader, &mut self.record)
    }

    fn next_row(&mut self) -> Result<Option<UsageRow>, CounterError> {
        loop {
            let Some(row) = self.read()? else {
                self.parser.finish()?;
                return Ok(None);
            };
            if let Some(usage) = self.parser.push(&self.record, row)? {
                return Ok(Some(usage));
            }
        }
    }
}

impl<R: Read> Iterator for TabularRows<R> {
    type Item = Result<UsageRow, CounterError>;

    /// Ends after the first error: a report is imported whole or not at all.
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_row();
        if !matches!(next, Ok(Some(_))) {
            self.done = true;
        }
        next.transpose()
    }
}

/// Feeds every row of a sheet's first worksheet to `on_row`, reading cell by cell.
pub fn each_sheet_row<E: From<CounterError>>(
    file: &str,
    bytes: Vec<u8>,
    on_row: &mut dyn FnMut(&StringRecord, u64) -> Result<(), E>,
) -> Result<(), E> {
    let xlsx_error = |e: calamine::XlsxError| CounterError::new(Location::file(file), ErrorKind::Xlsx(e.to_string()));
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let sheet = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| CounterError::new(Location::file(file), ErrorKind::NoWorksheet))?;
    let mut cells = workbook.worksheet_cells_reader(&sheet).map_err(xlsx_error)?;
    let mut record = StringRecord::new();
    let mut current_row: Option<u32> = None;
    while let Some(cell) = cells.next_cell().map_err(xlsx_error)? {
        let (row, column) = cell.get_position();
        if current_row != Some(row) {
            if let Some(done) = current_row {
                on_row(&record, u64::from(done) + 1)?;
            }
            record.clear();
            current_row = Some(row);
        }
        while record.len() < column as usize {
            record.push_field("");
        }
        if record.len() == column as usize {
            record.push_field(&cell_text(cell.get_value()));
        }
    }
    if let Some(done) = current_row {
        on_row(&record, u64::from(done) + 1)?;
    }
    Ok(())
}

/// A sheet cell as the text a TSV export would hold: whole numbers without ".0", dates as ISO dates.
fn cell_text(value: &DataRef) -> String {
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e}"),
        DataRef::Empty => String::new(),
    }
}

/// Feeds every row of a delimited text to `on_row`.
pub fn each_text_row<R: Read, E: From<CounterError>>(
    file: &str,
    input: R,
    delimiter: char,
    on_row: &mut dyn FnMut(&StringRecord, u64) -> Result<(), E>,
) -> Result<(), E> {
    let mut reader = csv_reader(input, delimiter);
    let mut record = StringRecord::new();
    while let Some(row) = next_record(file, &mut reader, &mut record)? {
        on_row(&record, row)?;
    }
    Ok(())
}
