//! The packed shares of a split: every share with its participant's own frozen fields, in one blob.
//!
//! The blob is the format byte, the number of shares, then per share in input order: member
//! code, payable and funded minor units, the id of the member's snapshot (its name and the
//! metrics the rule read), a byte saying which of joined, left, last year and stand-alone
//! follow, and those that do.
//! Integers are unsigned LEB128 varints (so no amount can be negative); texts are a varint
//! byte length and UTF-8; a date is its day number from 1 January of year 1 (zigzag, so any
//! date fits); a decimal is its digits as an integer and a byte holding its scale and sign, so
//! it comes back exactly, scale included ("800.00" stays "800.00"). A split is one row, not
//! one row per share: see decision 22.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::StoreError;

const FORMAT: u8 = 1;
const JOINED: u8 = 1;
const LEFT: u8 = 2;
const LAST_YEAR: u8 = 4;
const STANDALONE: u8 = 8;
/// In a decimal's scale byte: the sign (scales go up to 28 only).
const NEGATIVE: u8 = 0x80;

/// One share and its participant's own fields, as packed; texts borrow from the split or blob.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry<'a> {
    pub code: &'a str,
    pub payable_minor: u64,
    pub funded_minor: u64,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
    pub last_year: Option<Decimal>,
    pub standalone: Option<Decimal>,
    pub snapshot: u64,
}

/// Packs the entries of one split into a blob.
pub(crate) struct Packer {
    blob: Vec<u8>,
}

impl Packer {
    pub fn new(count: usize) -> Packer {
        let mut packer = Packer { blob: Vec::with_capacity(count * 24 + 16) };
        packer.blob.push(FORMAT);
        packer.varint(count as u64);
        packer
    }

    pub fn put(&mut self, e: &Entry) {
        self.text(e.code);
        self.varint(e.payable_minor);
        self.varint(e.funded_minor);
        self.varint(e.snapshot);
        self.blob.push(
            (u8::from(e.joined.is_some()) * JOINED)
                | (u8::from(e.left.is_some()) * LEFT)
                | (u8::from(e.last_year.is_some()) * LAST_YEAR)
                | (u8::from(e.standalone.is_some()) * STANDALONE),
        );
        e.joined.iter().chain(&e.left).for_each(|d| self.date(*d));
        e.last_year.iter().chain(&e.standalone).for_each(|d| self.decimal(*d));
    }

    pub fn finish(self) -> Vec<u8> {
        self.blob
    }

    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.blob.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        self.blob.push(n as u8);
    }

    fn wide_varint(&mut self, mut n: u128) {
        while n >= 0x80 {
            self.blob.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        self.blob.push(n as u8);
    }

    fn text(&mut self, text: &str) {
        self.varint(text.len() as u64);
        self.blob.extend_from_slice(text.as_bytes());
    }

    fn date(&mut self, date: NaiveDate) {
        let day = i64::from(date.num_days_from_ce());
        self.varint(((day << 1) ^ (day >> 63)) as u64);
    }

    fn decimal(&mut self, d: Decimal) {
        self.wide_varint(d.mantissa().unsigned_abs());
        self.blob.push(d.scale() as u8 | if d.is_sign_negative() { NEGATIVE } else { 0 });
    }
}

/// Reads entries back from a blob; anything malformed is corruption, never a panic.
pub(crate) struct Unpacker<'a> {
    blob: &'a [u8],
    left: u64,
}

impl<'a> Unpacker<'a> {
    pub fn new(blob: &'a [u8]) -> Result<Unpacker<'a>, StoreError> {
        let (&format, rest) = blob.split_first().ok_or_else(|| corrupt("is empty"))?;
        if format != FORMAT {
            return Err(corrupt(&format!("has format {format}, not {FORMAT}")));
        }
        let mut unpacker = Unpacker { blob: rest, left: 0 };
        unpacker.left = unpacker.varint()?;
        Ok(unpacker)
    }

    /// How many entries are still to come.
    pub fn len(&self) -> usize {
        usize::try_from(self.left).unwrap_or(usize::MAX)
    }

    /// The next entry; None after the last, which must end the blob.
    pub fn next_entry(&mut self) -> Result<Option<Entry<'a>>, StoreError> {
        if self.left == 0 {
            return if self.blob.is_empty() { Ok(None) } else { Err(corrupt("has bytes after its last share")) };
        }
        self.left -= 1;
        let (code, payable_minor, funded_minor, snapshot) =
            (self.text()?, self.varint()?, self.varint()?, self.varint()?);
        let present = self.byte()?;
        Ok(Some(Entry {
            code,
            payable_minor,
            funded_minor,
            snapshot,
            joined: self.date_if(present & JOINED != 0)?,
            left: self.date_if(present & LEFT != 0)?,
            last_year: self.decimal_if(present & LAST_YEAR != 0)?,
            standalone: self.decimal_if(present & STANDALONE != 0)?,
        }))
    }

    fn byte(&mut self) -> Result<u8, StoreError> {
        let (&b, rest) = self.blob.split_first().ok_or_else(|| corrupt("ends inside a share"))?;
        self.blob = rest;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, StoreError> {
        match self.blob.first() {
            Some(&b) if b < 0x80 => {
                self.blob = &self.blob[1..];
                Ok(u64::from(b))
            }
            _ => u64::try_from(self.wide_varint()?).map_err(|_| corrupt("has a number too large")),
        }
    }

    fn wide_varint(&mut self) -> Result<u128, StoreError> {
        let mut n = 0u128;
        for shift in (0..128).step_by(7) {
            let b = self.byte()?;
            n |= u128::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(corrupt("has a number too long"))
    }

    fn text(&mut self) -> Result<&'a str, StoreError> {
        let len = usize::try_from(self.varint()?).map_err(|_| corrupt("has a text too long"))?;
        if len > self.blob.len() {
            return Err(corrupt("ends inside a text"));
        }
        let (bytes, rest) = self.blob.split_at(len);
        self.blob = rest;
        std::str::from_utf8(bytes).map_err(|_| corrupt("has a text that is not UTF-8"))
    }

    fn date_if(&mut self, present: bool) -> Result<Option<NaiveDate>, StoreError> {
        if !present {
            return Ok(None);
        }
        let zigzag = self.varint()?;
        let day = i32::try_from((zigzag >> 1) as i64 ^ -((zigzag & 1) as i64)).ok();
        day.and_then(NaiveDate::from_num_days_from_ce_opt).map(Some).ok_or_else(|| corrupt("has a date out of range"))
    }

    fn decimal_if(&mut self, present: bool) -> Result<Option<Decimal>, StoreError> {
        if !present {
            return Ok(None);
        }
        let digits = i128::try_from(self.wide_varint()?).map_err(|_| corrupt("has a decimal too large"))?;
        let scale_and_sign = self.byte()?;
        let mut d = Decimal::try_from_i128_with_scale(digits, u32::from(scale_and_sign & !NEGATIVE))
            .map_err(|_| corrupt("has a decimal out of range"))?;
        d.set_sign_negative(scale_and_sign & NEGATIVE != 0);
        Ok(Some(d))
    }
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("a split's packed shares {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(code: &str) -> Entry<'_> {
        Entry {
            code,
            payable_minor: 0,
            funded_minor: u64::MAX,
            snapshot: 1,
            joined: None,
            left: None,
            last_year: None,
            standalone: None,
        }
    }

    #[test]
    fn entries_come_back_as_packed() {
        let full = Entry {
            joined: "2026-04-01".parse().ok(),
            left: "2026-10-31".parse().ok(),
            last_year: "1234.500".parse().ok(),
            standalone: "-0.010".parse().ok(),
            payable_minor: 300,
            snapshot: 1 << 40,
            ..entry("TR-ODTÜ")
        };
        let long = "x".repeat(300);
        let extremes = Entry {
            joined: Some(NaiveDate::MIN),
            left: Some(NaiveDate::MAX),
            last_year: Some(Decimal::MAX),
            standalone: "-0.00".parse().ok(),
            ..entry("B")
        };
        let entries = [entry("A"), full, entry(&long), extremes];
        let mut packer = Packer::new(entries.len());
        entries.iter().for_each(|e| packer.put(e));
        let blob = packer.finish();
        let mut unpacker = Unpacker::new(&blob).unwrap();
        assert_eq!(unpacker.len(), 4);
        for e in &entries {
            let back = unpacker.next_entry().unwrap().unwrap();
            assert_eq!(&back, e);
            let text = |d: Option<Decimal>| d.map(|d| d.to_string());
            assert_eq!(text(back.last_year), text(e.last_year), "scale kept");
            assert_eq!(text(back.standalone), text(e.standalone), "scale and sign kept");
        }
        assert_eq!(unpacker.next_entry().unwrap(), None);
    }

    #[test]
    fn a_damaged_blob_is_corruption_not_a_panic() {
        let mut packer = Packer::new(1);
        packer.put(&Entry { last_year: Some(Decimal::new(12345, 2)), ..entry("FI-A") });
        let blob = packer.finish();
        for cut in 0..blob.len() {
            let unpacked = Unpacker::new(&blob[..cut]).and_then(|mut u| u.next_entry().and_then(|_| u.next_entry()));
            assert!(matches!(unpacked, Err(StoreError::Corrupt(_))), "cut at {cut}");
        }
        let mut extra = blob.clone();
        extra.push(0);
        let mut u = Unpacker::new(&extra).unwrap();
        u.next_entry().unwrap();
        assert!(u.next_entry().is_err(), "trailing bytes");
        let mut wrong = blob;
        wrong[0] = 9;
        assert!(Unpacker::new(&wrong).is_err(), "unknown format");
    }
}
