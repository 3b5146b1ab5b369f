//! Which resource a usage item is: by the user's mappings of names and identifiers, then by
//! the catalogue's COUNTER database and platform names (decision 31).

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use konsortio_core::records::Resource;
use konsortio_store::{normalise_into, ItemFields, Reads, StoreError, StoredItem, UsageReads};

/// What a report's id says its items are: the resource kind it implies, and whether its
/// items are databases (so that the item's name is matched to `counter_database`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ReportClass {
    Other,
    Journals,
    Books,
    Databases,
}

impl ReportClass {
    pub fn of(report_id: &str) -> ReportClass {
        match report_id {
            "DR" | "DR_D1" | "DR_D2" | "DB1" => ReportClass::Databases,
            "JR1" => ReportClass::Journals,
            "BR1" | "BR2" => ReportClass::Books,
            id if id.starts_with("TR_J") => ReportClass::Journals,
            id if id.starts_with("TR_B") => ReportClass::Books,
            _ => ReportClass::Other,
        }
    }

    fn kind(self) -> Option<&'static str> {
        match self {
            ReportClass::Journals => Some("ejournals"),
            ReportClass::Books => Some("ebooks"),
            ReportClass::Databases => Some("database"),
            ReportClass::Other => None,
        }
    }
}

/// The resource kind a COUNTER Data_Type implies, if any.
fn kind_of_data_type(data_type: &str) -> Option<&'static str> {
    match data_type {
        "Journal" | "Article" | "Newspaper_or_Newsletter" => Some("ejournals"),
        "Book" | "Book_Segment" | "Reference_Work" => Some("ebooks"),
        t if t.starts_with("Database") => Some("database"),
        _ => None,
    }
}

/// Where the matcher sent an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Match {
    Resource(usize),
    /// Several resources share the name and the report's kind does not tell them apart.
    Ambiguous(Vec<usize>),
    Unmatched,
}

// Field positions in ItemFields (konsortio_store::ITEM_FIELDS).
const DATA_TYPE: usize = 0;
const NAME: usize = 1;
const PLATFORM: usize = 4;
/// doi, proprietary_id, isbn, print_issn, online_issn, uri.
const IDENTIFIERS: [usize; 6] = [5, 6, 7, 8, 9, 10];

/// The catalogue's names and the user's mappings, ready to look items up.
pub(crate) struct Matcher {
    pub codes: Vec<Arc<str>>,
    kinds: Vec<String>,
    has_database: Vec<bool>,
    mappings: HashMap<String, usize>,
    by_database: HashMap<String, Vec<usize>>,
    by_platform: HashMap<String, Vec<usize>>,
    key: String,
}

impl Matcher {
    pub fn load(r: &impl Reads) -> Result<Matcher, StoreError> {
        let resources = r.all::<Resource>()?;
        let index: HashMap<&str, usize> = resources.iter().enumerate().map(|(i, res)| (res.code.as_str(), i)).collect();
        let mut m = Matcher {
            codes: resources.iter().map(|res| Arc::from(res.code.as_str())).collect(),
            kinds: resources.iter().map(|res| res.kind.clone()).collect(),
            has_database: resources.iter().map(|res| res.counter_database.is_some()).collect(),
            mappings: HashMap::new(),
            by_database: HashMap::new(),
            by_platform: HashMap::new(),
            key: String::new(),
        };
        for mapping in r.usage_mappings()? {
            let i = *index.get(mapping.resource.as_str()).expect("a mapping's resource exists (foreign key)");
            m.mappings.insert(konsortio_store::mapping_key(&mapping.name), i);
        }
        for (i, res) in resources.iter().enumerate() {
            if let Some(db) = &res.counter_database {
                m.by_database.entry(konsortio_store::mapping_key(db)).or_default().push(i);
            }
            if let Some(platform) = res.counter_platform.as_ref().or(res.platform.as_ref()) {
                m.by_platform.entry(konsortio_store::mapping_key(platform)).or_default().push(i);
            }
        }
        Ok(m)
    }

    pub fn resource_index(&self, code: &str) -> Option<usize> {
        self.codes.iter().position(|c| &**c == code)
    }

    /// The resource an item of a report of `class` counts for: a mapping of one of its
    /// identifiers, of its name or of its platform wins; then a database report's database
    /// by `counter_database`; then the platform by `counter_platform` (else `platform`),
    /// leaving out, for a database report, resources narrowed to one database. Several
    /// candidates are told apart by the resource kind the item's Data_Type or the report implies.
    pub fn resolve(&mut self, item: &ItemFields, class: ReportClass) -> Match {
        if !self.mappings.is_empty() {
            for field in IDENTIFIERS.into_iter().chain([NAME, PLATFORM]) {
                if let Some(&i) = item[field].and_then(|v| self.lookup_mapping(v)) {
                    return Match::Resource(i);
                }
            }
        }
        let kind = item[DATA_TYPE].and_then(kind_of_data_type).or(class.kind());
        let database_row = class == ReportClass::Databases && item[NAME].is_some();
        if database_row {
            if let Some(found) = item[NAME].and_then(|name| self.candidates(Names::Database, name, kind, database_row))
            {
                return found;
            }
        }
        let on_platform = |m: &mut Matcher, p| m.candidates(Names::Platform, p, kind, database_row);
        item[PLATFORM].and_then(|p| on_platform(self, p)).unwrap_or(Match::Unmatched)
    }

    fn lookup_mapping(&mut self, value: &str) -> Option<&usize> {
        normalise_into(value, &mut self.key);
        self.mappings.get(&self.key)
    }

    /// The resources a database or platform name gives. By platform, a resource narrowed to
    /// one database (`counter_database`) is left out for a database row (its name did not
    /// match) and comes last otherwise: the platform as a whole is the resource that is not
    /// narrowed, if there is one (a single-database platform such as Scopus has none).
    fn candidates(&mut self, names: Names, value: &str, kind: Option<&str>, database_row: bool) -> Option<Match> {
        normalise_into(value, &mut self.key);
        let all = match names {
            Names::Database => return pick(self.by_database.get(&self.key)?, &self.kinds, kind),
            Names::Platform => self.by_platform.get(&self.key)?,
        };
        let plain: Vec<usize> = all.iter().copied().filter(|&i| !self.has_database[i]).collect();
        if plain.is_empty() && !database_row {
            return pick(all, &self.kinds, kind);
        }
        pick(&plain, &self.kinds, kind)
    }
}

/// One resource of `found`, else the one of the implied kind among them; None if none.
fn pick(found: &[usize], kinds: &[String], kind: Option<&str>) -> Option<Match> {
    match found {
        [] => None,
        [one] => Some(Match::Resource(*one)),
        several => {
            let of_kind: Vec<usize> = several.iter().copied().filter(|&i| Some(kinds[i].as_str()) == kind).collect();
            Some(match of_kind.as_slice() {
                [one] => Match::Resource(*one),
                _ => Match::Ambiguous(several.to_vec()),
            })
        }
    }
}

#[derive(Clone, Copy)]
enum Names {
    Database,
    Platform,
}

/// Resolves stored items by id, each (item, report class) once.
pub(crate) struct Resolver {
    pub matcher: Matcher,
    cache: HashMap<(i64, ReportClass), Match, BuildHasherDefault<IdHasher>>,
}

/// A multiply-and-rotate hash for item ids: cost per use looks one up per row of every
/// report, and SipHash's resistance to chosen keys buys nothing for ids the store made.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|b| self.write_u64(u64::from(*b)));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn write_isize(&mut self, n: isize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Resolver {
    pub fn load(r: &impl Reads) -> Result<Resolver, StoreError> {
        Ok(Resolver { matcher: Matcher::load(r)?, cache: HashMap::default() })
    }

    /// The resource of a stored item in a report of `class`, if it matches exactly one.
    pub fn resource(&mut self, r: &impl Reads, item: i64, class: ReportClass) -> Result<Option<usize>, StoreError> {
        Ok(match self.resolve(r, item, class)? {
            Match::Resource(i) => Some(*i),
            _ => None,
        })
    }

    pub fn resolve(&mut self, r: &impl Reads, item: i64, class: ReportClass) -> Result<&Match, StoreError> {
        match self.cache.entry((item, class)) {
            Entry::Occupied(found) => Ok(found.into_mut()),
            Entry::Vacant(slot) => {
                let stored: StoredItem = r.usage_item(item)?;
                Ok(slot.insert(self.matcher.resolve(&stored.borrowed(), class)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(resources: &[(&str, &str, Option<&str>, Option<&str>)], mappings: &[(&str, usize)]) -> Matcher {
        let mut m = Matcher {
            codes: resources.iter().map(|r| Arc::from(r.0)).collect(),
            kinds: resources.iter().map(|r| r.1.to_string()).collect(),
            has_database: resources.iter().map(|r| r.3.is_some()).collect(),
            mappings: mappings.iter().map(|(k, i)| (konsortio_store::mapping_key(k), *i)).collect(),
            by_database: HashMap::new(),
            by_platform: HashMap::new(),
            key: String::new(),
        };
        for (i, r) in resources.iter().enumerate() {
            if let Some(p) = r.2 {
                m.by_platform.entry(konsortio_store::mapping_key(p)).or_default().push(i);
            }
            if let Some(d) = r.3 {
                m.by_database.entry(konsortio_store::mapping_key(d)).or_default().push(i);
            }
        }
        m
    }

    fn item(
        data_type: Option<&'static str>,
        name: Option<&'static str>,
        platform: &'static str,
    ) -> ItemFields<'static> {
        let mut f: ItemFields = [None; 11];
        (f[DATA_TYPE], f[NAME], f[PLATFORM]) = (data_type, name, Some(platform));
        f
    }

    #[test]
    fn items_find_their_resources() {
        // 0: journals and 1: books on one platform; 2 and 3: two databases on another; 4: the
        // platform itself as a resource.
        let resources = [
            ("SD", "ejournals", Some("ScienceDirect"), None),
            ("SD-BOOKS", "ebooks", Some("ScienceDirect"), None),
            ("ASC", "database", Some("EBSCOhost"), Some("Academic Search Complete")),
            ("CINAHL", "database", Some("EBSCOhost"), Some("CINAHL Complete")),
            ("EBSCO", "other", Some("EBSCOhost"), None),
            ("SCOPUS", "database", Some("Scopus"), Some("Scopus")),
        ];
        let mut m = matcher(&resources, &[("1234-5678", 3), ("Old Platform  Name", 0)]);
        use ReportClass::*;
        let cases: &[(ItemFields, ReportClass, Match)] = &[
            (item(None, Some("Journal A"), "sciencedirect"), Journals, Match::Resource(0)),
            (item(None, Some("Book A"), "ScienceDirect"), Books, Match::Resource(1)),
            (item(Some("Book"), Some("Book A"), "ScienceDirect"), Other, Match::Resource(1)),
            (item(None, None, "ScienceDirect"), Other, Match::Ambiguous(vec![0, 1])),
            (item(None, Some("academic search  complete"), "EBSCOhost"), Databases, Match::Resource(2)),
            (item(None, Some("Unknown DB"), "EBSCOhost"), Databases, Match::Resource(4)),
            (item(None, None, "EBSCOhost"), Other, Match::Resource(4)),
            (item(None, Some("Title"), "EBSCOhost"), Journals, Match::Resource(4)),
            (item(None, None, "Scopus"), Other, Match::Resource(5)),
            (item(None, Some("Scopus"), "Scopus"), Databases, Match::Resource(5)),
            (item(None, Some("Other DB"), "Scopus"), Databases, Match::Unmatched),
            (item(None, Some("Journal B"), "old platform name"), Journals, Match::Resource(0)),
            (item(None, Some("Journal C"), "Nowhere"), Journals, Match::Unmatched),
        ];
        for (i, (fields, class, expected)) in cases.iter().enumerate() {
            assert_eq!(&m.resolve(fields, *class), expected, "case {i}");
        }
        let mut by_issn = item(None, Some("Journal D"), "ScienceDirect");
        by_issn[8] = Some("1234-5678");
        assert_eq!(m.resolve(&by_issn, Journals), Match::Resource(3), "an identifier's mapping comes first");
    }
}
