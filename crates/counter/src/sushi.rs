//! SUSHI JSON reports of Release 5.1 (Attribute_Performance) and 5 (Performance/Instance), with the
//! quirks servers send: exceptions instead of a report, lowercase keys, wrapped or listed reports.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::cells::{self, End};
use crate::error::{CounterError, ErrorKind, Location};
use crate::header::split_list;
use crate::model::{Exception, Header, Item, Metric, Month, MonthCount, Period, Release, ReportId, UsageRow};

type Object = Map<String, Value>;

/// A SUSHI document's header and usage rows, one per item, attribute set and metric.
pub fn parse(file: &str, bytes: &[u8]) -> Result<(Header, Vec<UsageRow>), CounterError> {
    let document: Value = serde_json::from_slice(bytes).map_err(|e| json_error(file, &e))?;
    let (report, pointer) = find_report(file, &document, String::new(), 0)?;
    let header_value = get(report, "Report_Header").expect("find_report checks the header");
    let header_pointer = format!("{pointer}/Report_Header");
    let header_object =
        header_value.as_object().ok_or_else(|| shape(file, &header_pointer, "Report_Header is no object"))?;
    let header = parse_header(file, header_object, &header_pointer)?;
    let mut rows = Vec::new();
    let items = match get(report, "Report_Items") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(items)) => items.as_slice(),
        Some(_) => return Err(shape(file, &format!("{pointer}/Report_Items"), "Report_Items is no list")),
    };
    let reader = ItemReader { file, period: header.period };
    for (i, value) in items.iter().enumerate() {
        let at = format!("{pointer}/Report_Items/{i}");
        let object = value.as_object().ok_or_else(|| shape(file, &at, "a report item is no object"))?;
        reader.report_item(object, &at, i as u64 + 1, &mut rows)?;
    }
    Ok((header, rows))
}

fn json_error(file: &str, error: &serde_json::Error) -> CounterError {
    let at = Location { row: Some(error.line() as u64), column: Some(error.column() as u64), ..Location::file(file) };
    let kind = match error.classify() {
        serde_json::error::Category::Eof => ErrorKind::Truncated,
        _ => ErrorKind::Json(error.to_string()),
    };
    CounterError::new(at, kind)
}

fn shape(file: &str, pointer: &str, what: &str) -> CounterError {
    CounterError::new(
        Location::pointer(file, if pointer.is_empty() { "/" } else { pointer }),
        ErrorKind::JsonShape(what.into()),
    )
}

/// A key compared without regard to case or underscores ("report_header", "ReportHeader").
fn same_key(a: &str, b: &str) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| *c != '_').map(|c| c.to_ascii_lowercase()).collect::<String>();
    a.eq_ignore_ascii_case(b) || squeeze(a) == squeeze(b)
}

fn get<'a>(object: &'a Object, key: &str) -> Option<&'a Value> {
    object.get(key).or_else(|| object.iter().find(|(k, _)| same_key(k, key)).map(|(_, v)| v))
}

/// The text of a string or number field; `None` for absent, null or empty.
fn text(object: &Object, key: &str) -> Option<String> {
    match get(object, key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The report object in the document: itself, inside a wrapper object or a one-element list; or
/// the exceptions a server sent instead.
fn find_report<'a>(
    file: &str,
    value: &'a Value,
    pointer: String,
    depth: u32,
) -> Result<(&'a Object, String), CounterError> {
    let not_a_report = || CounterError::new(Location::file(file), ErrorKind::NoReportHeader);
    if depth > 3 {
        return Err(not_a_report());
    }
    match value {
        Value::Object(o) if get(o, "Report_Header").is_some() => Ok((o, pointer)),
        Value::Object(o) if is_exception(o) => Err(exceptions_error(file, std::slice::from_ref(value), &pointer)),
        Value::Object(o) => {
            if let Some(list) = get(o, "Exceptions").or_else(|| get(o, "Exception")) {
                let list = list.as_array().map_or(std::slice::from_ref(list), Vec::as_slice);
                return Err(exceptions_error(file, list, &pointer));
            }
            let mut inner = o.iter().filter(|(_, v)| v.is_object() || v.is_array());
            match (inner.next(), inner.next()) {
                (Some((k, v)), None) => find_report(file, v, format!("{pointer}/{k}"), depth + 1),
                _ => Err(not_a_report()),
            }
        }
        Value::Array(list) if !list.is_empty() && list.iter().all(|v| v.as_object().is_some_and(is_exception)) => {
            Err(exceptions_error(file, list, &pointer))
        }
        Value::Array(list) if list.len() == 1 => find_report(file, &list[0], format!("{pointer}/0"), depth + 1),
        _ => Err(not_a_report()),
    }
}

fn is_exception(object: &Object) -> bool {
    get(object, "Code").is_some() && get(object, "Message").is_some()
}

fn exceptions_error(file: &str, list: &[Value], pointer: &str) -> CounterError {
    match exceptions(file, list, pointer) {
        Ok(found) => CounterError::new(
            Location::pointer(file, if pointer.is_empty() { "/" } else { pointer }),
            ErrorKind::SushiExceptions(found),
        ),
        Err(e) => e,
    }
}

fn exceptions(file: &str, list: &[Value], pointer: &str) -> Result<Vec<Exception>, CounterError> {
    let mut found = Vec::new();
    for (i, value) in list.iter().enumerate() {
        let at = format!("{pointer}/{i}");
        let object = value
            .as_object()
            .filter(|o| is_exception(o))
            .ok_or_else(|| shape(file, &at, "an exception lacks Code or Message"))?;
        let code = text(object, "Code")
            .and_then(|c| c.parse::<u32>().ok())
            .ok_or_else(|| shape(file, &at, "an exception's Code is no number"))?;
        found.push(Exception {
            code,
            message: text(object, "Message").unwrap_or_default(),
            severity: text(object, "Severity"),
            data: text(object, "Data"),
            help_url: text(object, "Help_URL"),
        });
    }
    Ok(found)
}

fn parse_header(file: &str, header: &Object, pointer: &str) -> Result<Header, CounterError> {
    let at = |key: &str| Location::pointer(file, &format!("{pointer}/{key}"));
    let release_text =
        text(header, "Release").ok_or_else(|| CounterError::new(at("Release"), ErrorKind::MissingHeader("Release")))?;
    let release = Release::parse_r5(&release_text)
        .ok_or_else(|| CounterError::new(at("Release"), ErrorKind::UnknownRelease(release_text)))?;
    let id_text = text(header, "Report_ID")
        .ok_or_else(|| CounterError::new(at("Report_ID"), ErrorKind::MissingHeader("Report_ID")))?;
    let report_id = ReportId::parse_r5(&id_text)
        .ok_or_else(|| CounterError::new(at("Report_ID"), ErrorKind::UnknownReport(id_text)))?;
    let filters = name_values(get(header, "Report_Filters"));
    let period = filters_period(&filters).ok_or_else(|| {
        CounterError::new(at("Report_Filters"), ErrorKind::MissingHeader("Begin_Date and End_Date in Report_Filters"))
    })?;
    let exception_list = match get(header, "Exceptions") {
        Some(Value::Array(list)) => exceptions(file, list, &format!("{pointer}/Exceptions"))?,
        Some(one @ Value::Object(_)) => exceptions(file, std::slice::from_ref(one), &format!("{pointer}/Exceptions"))?,
        _ => Vec::new(),
    };
    let metric_types =
        filters.iter().find(|(k, _)| same_key(k, "Metric_Type")).map(|(_, v)| split_list(v)).unwrap_or_default();
    let report_filters: Vec<String> = filters
        .iter()
        .filter(|(k, _)| !["Metric_Type", "Begin_Date", "End_Date"].iter().any(|s| same_key(k, s)))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let attributes: Vec<String> =
        name_values(get(header, "Report_Attributes")).iter().map(|(k, v)| format!("{k}={v}")).collect();
    Ok(Header {
        release,
        report_id,
        report_name: text(header, "Report_Name").unwrap_or_else(|| report_id.as_str().to_string()),
        institution_name: text(header, "Institution_Name"),
        institution_id: get(header, "Institution_ID").and_then(identifiers),
        customer_id: text(header, "Customer_ID"),
        metric_types,
        report_filters: (!report_filters.is_empty()).then(|| report_filters.join("; ")),
        report_attributes: (!attributes.is_empty()).then(|| attributes.join("; ")),
        exceptions: exception_list,
        period,
        created: text(header, "Created"),
        created_by: text(header, "Created_By"),
        registry_record: text(header, "Registry_Record"),
    })
}

/// Filters or attributes as (name, value) pairs: 5.1 writes `{"Name": ["a", "b"]}`, 5 writes
/// `[{"Name": "Name", "Value": "a|b"}]`. Lists come back joined by '|'.
fn name_values(value: Option<&Value>) -> Vec<(String, String)> {
    let scalar = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Array(list) => {
            list.iter().map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string)).collect::<Vec<_>>().join("|")
        }
        other => other.to_string(),
    };
    match value {
        Some(Value::Object(o)) => o.iter().map(|(k, v)| (k.clone(), scalar(v))).collect(),
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|o| Some((text(o, "Name")?, get(o, "Value").map(scalar).unwrap_or_default())))
            .collect(),
        _ => Vec::new(),
    }
}

fn filters_period(filters: &[(String, String)]) -> Option<Period> {
    let find = |key: &str| filters.iter().find(|(k, _)| same_key(k, key)).map(|(_, v)| v.as_str());
    let begin = cells::period_date(find("Begin_Date")?, End::Begin)?;
    let end = cells::period_date(find("End_Date")?, End::End)?;
    (begin <= end).then_some(Period { begin, end })
}

/// Institution_ID / Publisher_ID as the tabular form writes them ("ISNI:1234..."; proprietary ids bare).
fn identifiers(value: &Value) -> Option<String> {
    let one =
        |kind: &str, id: &str| if same_key(kind, "Proprietary") { id.to_string() } else { format!("{kind}:{id}") };
    let mut out = Vec::new();
    match value {
        Value::Object(o) => {
            for (kind, ids) in o {
                match ids {
                    Value::Array(list) => out.extend(list.iter().filter_map(Value::as_str).map(|id| one(kind, id))),
                    Value::String(id) => out.push(one(kind, id)),
                    _ => {}
                }
            }
        }
        Value::Array(list) => {
            for o in list.iter().filter_map(Value::as_object) {
                if let (Some(kind), Some(id)) = (text(o, "Type"), text(o, "Value")) {
                    out.push(one(&kind, &id));
                }
            }
        }
        Value::String(s) if !s.is_empty() => out.push(s.clone()),
        _ => {}
    }
    (!out.is_empty()).then(|| out.join("; "))
}

/// Item_ID in either release's form, as (type, value) pairs.
fn item_ids(value: Option<&Value>) -> Vec<(String, String)> {
    match value {
        Some(Value::Object(o)) => o.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect(),
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|o| Some((text(o, "Type")?, text(o, "Value")?)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Authors as the tabular form writes them: names joined by "; ".
fn authors(value: Option<&Value>) -> Option<String> {
    let list = value?.as_array()?;
    let names: Vec<String> = list.iter().filter_map(Value::as_object).filter_map(|o| text(o, "Name")).collect();
    (!names.is_empty()).then(|| names.join("; "))
}

struct ItemReader<'a> {
    file: &'a str,
    period: Period,
}

const ATTRIBUTES: [&str; 5] = ["Data_Type", "Section_Type", "YOP", "Access_Type", "Access_Method"];

impl ItemReader<'_> {
    fn report_item(
        &self,
        object: &Object,
        at: &str,
        source_row: u64,
        rows: &mut Vec<UsageRow>,
    ) -> Result<(), CounterError> {
        if let Some(children) = get(object, "Items") {
            // A 5.1 IR parent: its own fields describe the parent of each item below it.
            let mut parent = Item::default();
            describe_parent(&mut parent, object, "Title");
            let list =
                children.as_array().ok_or_else(|| shape(self.file, &format!("{at}/Items"), "Items is no list"))?;
            for (i, child) in list.iter().enumerate() {
                let child_at = format!("{at}/Items/{i}");
                let child = child.as_object().ok_or_else(|| shape(self.file, &child_at, "an item is no object"))?;
                let mut item = parent.clone();
                describe(&mut item, child);
                self.performance(&item, child, &child_at, source_row, rows)?;
            }
            return Ok(());
        }
        let mut item = Item::default();
        describe(&mut item, object);
        if let Some(parent) = get(object, "Item_Parent").and_then(Value::as_object) {
            describe_parent(&mut item, parent, "Item_Name");
        }
        let has_usage = has_performance(object);
        if has_usage {
            self.performance(&item, object, at, source_row, rows)?;
        }
        let components = self.components(&item, object, at, source_row, rows)?;
        if !has_usage && components == 0 {
            return Err(shape(self.file, at, "the item has no Performance"));
        }
        Ok(())
    }

    /// Components with usage of their own (R5 Item_Component, 5.1 Components) become rows of the
    /// item with Component_* fields, as in the tabular IR. Returns how many components there were.
    fn components(
        &self,
        item: &Item,
        object: &Object,
        at: &str,
        source_row: u64,
        rows: &mut Vec<UsageRow>,
    ) -> Result<usize, CounterError> {
        let mut count = 0;
        for key in ["Item_Component", "Components"] {
            let Some(list) = get(object, key) else { continue };
            let list = list
                .as_array()
                .ok_or_else(|| shape(self.file, &format!("{at}/{key}"), "the components are no list"))?;
            count += list.len();
            for (i, component) in list.iter().enumerate() {
                let component_at = format!("{at}/{key}/{i}");
                let component =
                    component.as_object().ok_or_else(|| shape(self.file, &component_at, "a component is no object"))?;
                if !has_performance(component) {
                    continue; // a component listed without usage of its own
                }
                let mut with_component = item.clone();
                describe_related(&mut with_component, component, "Component", "Item_Name");
                self.performance(&with_component, component, &component_at, source_row, rows)?;
            }
        }
        Ok(count)
    }

    fn performance(
        &self,
        item: &Item,
        object: &Object,
        at: &str,
        source_row: u64,
        rows: &mut Vec<UsageRow>,
    ) -> Result<(), CounterError> {
        if let Some(list) = get(object, "Attribute_Performance") {
            let list = list.as_array().ok_or_else(|| {
                shape(self.file, &format!("{at}/Attribute_Performance"), "Attribute_Performance is no list")
            })?;
            for (i, entry) in list.iter().enumerate() {
                let entry_at = format!("{at}/Attribute_Performance/{i}");
                let entry = entry
                    .as_object()
                    .ok_or_else(|| shape(self.file, &entry_at, "an Attribute_Performance is no object"))?;
                let mut with_attributes = item.clone();
                describe(&mut with_attributes, entry);
                let performance = get(entry, "Performance").and_then(Value::as_object);
                let performance =
                    performance.ok_or_else(|| shape(self.file, &entry_at, "Performance is missing or no object"))?;
                self.metric_counts(
                    &with_attributes,
                    performance,
                    &format!("{entry_at}/Performance"),
                    source_row,
                    rows,
                )?;
            }
            return Ok(());
        }
        match get(object, "Performance") {
            Some(Value::Array(periods)) => {
                self.r5_performance(item, periods, &format!("{at}/Performance"), source_row, rows)
            }
            Some(Value::Object(performance)) => {
                self.metric_counts(item, performance, &format!("{at}/Performance"), source_row, rows)
            }
            _ => Err(shape(self.file, &format!("{at}/Performance"), "Performance is no list or object")),
        }
    }

    /// 5.1: `{"Total_Item_Requests": {"2022-01": 526, ...}, ...}`.
    fn metric_counts(
        &self,
        item: &Item,
        performance: &Object,
        at: &str,
        source_row: u64,
        rows: &mut Vec<UsageRow>,
    ) -> Result<(), CounterError> {
        for (name, counts) in performance {
            let metric_at = format!("{at}/{name}");
            let metric = self.metric(name, &metric_at)?;
            let counts = counts.as_object().ok_or_else(|| shape(self.file, &metric_at, "the counts are no object"))?;
            let mut months = Vec::with_capacity(counts.len());
            for (key, value) in counts {
                let count_at = format!("{metric_at}/{key}");
                let month = self.month(key, &count_at)?;
                if months.iter().any(|m: &MonthCount| m.month == month) {
                    return Err(CounterError::new(
                        Location::pointer(self.file, &count_at),
                        ErrorKind::DuplicateMonth(month),
                    ));
                }
                months.push(MonthCount { month, count: self.count(value, &count_at)? });
            }
            let total = months.iter().map(|m| m.count).sum();
            rows.push(UsageRow { source_row, item: item.clone(), metric, r4_metric: None, total, months });
        }
        Ok(())
    }

    /// 5: `[{"Period": {"Begin_Date", "End_Date"}, "Instance": [{"Metric_Type", "Count"}]}]`, one row per metric.
    fn r5_performance(
        &self,
        item: &Item,
        periods: &[Value],
        at: &str,
        source_row: u64,
        rows: &mut Vec<UsageRow>,
    ) -> Result<(), CounterError> {
        let mut by_metric: BTreeMap<Metric, (u64, Vec<MonthCount>)> = BTreeMap::new();
        for (i, period) in periods.iter().enumerate() {
            let period_at = format!("{at}/{i}");
            let period =
                period.as_object().ok_or_else(|| shape(self.file, &period_at, "a Performance entry is no object"))?;
            let month = self.period_month(period, &period_at)?;
            let instances = get(period, "Instance")
                .and_then(Value::as_array)
                .ok_or_else(|| shape(self.file, &period_at, "Instance is missing or no list"))?;
            for (j, instance) in instances.iter().enumerate() {
                let instance_at = format!("{period_at}/Instance/{j}");
                let instance =
                    instance.as_object().ok_or_else(|| shape(self.file, &instance_at, "an Instance is no object"))?;
                let name = text(instance, "Metric_Type").unwrap_or_default();
                let metric = self.metric(&name, &format!("{instance_at}/Metric_Type"))?;
                let count_at = format!("{instance_at}/Count");
                let count = self.count(get(instance, "Count").unwrap_or(&Value::Null), &count_at)?;
                let (total, months) = by_metric.entry(metric).or_default();
                *total += count;
                if let Some(month) = month {
                    if months.iter().any(|m| m.month == month) {
                        return Err(CounterError::new(
                            Location::pointer(self.file, &count_at),
                            ErrorKind::DuplicateMonth(month),
                        ));
                    }
                    months.push(MonthCount { month, count });
                }
            }
        }
        for (metric, (total, mut months)) in by_metric {
            months.sort_by_key(|m| m.month);
            rows.push(UsageRow { source_row, item: item.clone(), metric, r4_metric: None, total, months });
        }
        Ok(())
    }

    /// The month a Release 5 Period covers, or `None` for a period of several months (Granularity=Totals).
    fn period_month(&self, period: &Object, at: &str) -> Result<Option<Month>, CounterError> {
        let dates = get(period, "Period").and_then(Value::as_object);
        let begin = dates.and_then(|d| text(d, "Begin_Date")).and_then(|t| cells::period_date(&t, End::Begin));
        let end = dates.and_then(|d| text(d, "End_Date")).and_then(|t| cells::period_date(&t, End::End));
        let (Some(begin), Some(end)) = (begin, end) else {
            return Err(shape(self.file, &format!("{at}/Period"), "Period lacks a readable Begin_Date or End_Date"));
        };
        let (first, last) = (Month::of(begin), Month::of(end));
        for month in [first, last] {
            self.check_in_period(month, &format!("{at}/Period"))?;
        }
        Ok((first == last).then_some(first))
    }

    fn metric(&self, name: &str, at: &str) -> Result<Metric, CounterError> {
        Metric::parse_r5(name).ok_or_else(|| {
            CounterError::new(Location::pointer(self.file, at), ErrorKind::UnknownMetric(name.to_string()))
        })
    }

    fn month(&self, key: &str, at: &str) -> Result<Month, CounterError> {
        let month = cells::month_heading(key)
            .ok_or_else(|| CounterError::new(Location::pointer(self.file, at), ErrorKind::BadMonth(key.to_string())))?;
        self.check_in_period(month, at)?;
        Ok(month)
    }

    fn check_in_period(&self, month: Month, at: &str) -> Result<(), CounterError> {
        if self.period.contains(month) {
            return Ok(());
        }
        let kind = ErrorKind::MonthOutsidePeriod {
            month,
            begin: self.period.begin.to_string(),
            end: self.period.end.to_string(),
        };
        Err(CounterError::new(Location::pointer(self.file, at), kind))
    }

    fn count(&self, value: &Value, at: &str) -> Result<u64, CounterError> {
        let fail = |kind| CounterError::new(Location::pointer(self.file, at), kind);
        match value {
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(c), ..) if c <= cells::MAX_COUNT => Ok(c),
                (Some(_), ..) => Err(fail(ErrorKind::CountTooLarge(n.to_string()))),
                (None, Some(_), _) => Err(fail(ErrorKind::NegativeCount(n.to_string()))),
                (None, None, Some(f)) if f < 0.0 => Err(fail(ErrorKind::NegativeCount(n.to_string()))),
                (None, None, Some(f)) if f.fract() == 0.0 && f <= cells::MAX_COUNT as f64 => Ok(f as u64),
                _ => Err(fail(ErrorKind::NotACount(n.to_string()))),
            },
            Value::String(s) if !s.trim().is_empty() => cells::count(s).map_err(fail),
            other => Err(fail(ErrorKind::NotACount(other.to_string()))),
        }
    }
}

/// The fields of a report item (or an Attribute_Performance entry) that describe the item.
fn describe(item: &mut Item, object: &Object) {
    for key in ["Title", "Database", "Item"] {
        set(&mut item.name, text(object, key));
    }
    set(&mut item.publisher, text(object, "Publisher"));
    set(&mut item.publisher_id, get(object, "Publisher_ID").and_then(identifiers));
    set(&mut item.platform, text(object, "Platform"));
    for (kind, id) in item_ids(get(object, "Item_ID")) {
        let slot = match kind.to_ascii_lowercase().as_str() {
            "doi" => &mut item.doi,
            "proprietary" | "proprietary_id" => &mut item.proprietary_id,
            "isbn" => &mut item.isbn,
            "print_issn" => &mut item.print_issn,
            "online_issn" => &mut item.online_issn,
            "uri" => &mut item.uri,
            _ => {
                item.other.insert(format!("Item_ID {kind}"), id);
                continue;
            }
        };
        *slot = Some(id);
    }
    for (key, value) in ATTRIBUTES.iter().map(|k| (*k, text(object, k))) {
        let slot = match key {
            "Data_Type" => &mut item.data_type,
            "Section_Type" => &mut item.section_type,
            "YOP" => &mut item.yop,
            "Access_Type" => &mut item.access_type,
            _ => &mut item.access_method,
        };
        set(slot, value);
    }
    insert(item, "Authors", authors(get(object, "Authors")).or_else(|| authors(get(object, "Item_Contributors"))));
    insert(
        item,
        "Publication_Date",
        text(object, "Publication_Date").or_else(|| typed_value(object, "Item_Dates", "Publication_Date")),
    );
    insert(
        item,
        "Article_Version",
        text(object, "Article_Version").or_else(|| typed_value(object, "Item_Attributes", "Article_Version")),
    );
}

/// Release 5's `[{"Type": "Publication_Date", "Value": "2018-01-01"}]` lists, one type's value.
fn typed_value(object: &Object, list: &str, wanted: &str) -> Option<String> {
    let list = get(object, list)?.as_array()?;
    let entry =
        list.iter().filter_map(Value::as_object).find(|o| text(o, "Type").is_some_and(|t| same_key(&t, wanted)))?;
    text(entry, "Value")
}

fn has_performance(object: &Object) -> bool {
    get(object, "Performance").is_some() || get(object, "Attribute_Performance").is_some()
}

/// The parent's fields, as the tabular IR's Parent_* columns carry them.
fn describe_parent(item: &mut Item, parent: &Object, name_key: &str) {
    describe_related(item, parent, "Parent", name_key);
}

/// A parent's or component's fields under the tabular IR's Parent_* or Component_* headings.
fn describe_related(item: &mut Item, related: &Object, prefix: &str, name_key: &str) {
    let mut p = Item::default();
    describe(&mut p, related);
    let name = text(related, name_key).or(p.name.take());
    let fields = [
        ("Title", name),
        ("Authors", p.other.remove("Authors")),
        ("Publication_Date", p.other.remove("Publication_Date")),
        ("Article_Version", p.other.remove("Article_Version")),
        ("Data_Type", p.data_type),
        ("DOI", p.doi),
        ("Proprietary_ID", p.proprietary_id),
        ("ISBN", p.isbn),
        ("Print_ISSN", p.print_issn),
        ("Online_ISSN", p.online_issn),
        ("URI", p.uri),
    ];
    for (key, value) in fields {
        insert(item, &format!("{prefix}_{key}"), value);
    }
}

fn set(slot: &mut Option<String>, value: Option<String>) {
    if value.is_some() {
        *slot = value;
    }
}

fn insert(item: &mut Item, key: &str, value: Option<String>) {
    if let Some(v) = value {
        item.other.insert(key.to_string(), v);
    }
}
