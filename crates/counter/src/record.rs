//! One row of a tabular report as cells, whatever it came from (TSV, CSV or a sheet), with the
//! delimiter that joined it so that an unquoted value split by it can be put back together.

use csv::StringRecord;

pub struct Cells<'a> {
    record: &'a StringRecord,
    delimiter: char,
}

impl<'a> Cells<'a> {
    pub fn new(record: &'a StringRecord, delimiter: char) -> Self {
        Cells { record, delimiter }
    }

    /// The cell's text untrimmed, or "" past the end of the row.
    pub fn get(&self, index: usize) -> &'a str {
        self.record.get(index).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.record.len()
    }

    pub fn is_blank(&self) -> bool {
        self.record.iter().all(|c| c.trim().is_empty())
    }

    /// One past the last non-empty cell.
    pub fn used_len(&self) -> usize {
        (0..self.record.len()).rev().find(|&i| !self.get(i).trim().is_empty()).map_or(0, |i| i + 1)
    }

    /// The value of a `Label<TAB>value` row: the cells after the label up to the last non-empty one,
    /// joined again by the delimiter ("Institution_Name,University of X, Y" without quotes).
    pub fn value_after_label(&self) -> String {
        self.join_from(1)
    }

    /// The whole row as one value.
    pub fn joined(&self) -> String {
        self.join_from(0)
    }

    fn join_from(&self, first: usize) -> String {
        let end = self.used_len();
        if end <= first {
            return String::new();
        }
        let parts: Vec<&str> = (first..end).map(|i| self.get(i)).collect();
        parts.join(&self.delimiter.to_string()).trim().to_string()
    }
}
