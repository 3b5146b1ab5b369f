//! Editing one record at a time (the desktop app's forms): save with validation, delete
//! refused while anything refers to the record.

use konsortio_core::explain::{Step, Value};
use konsortio_core::records::Record;
use konsortio_store::{count_where, AuditEntry, Tx};

use crate::csvio::{checked, singular};
use crate::{now, with_record, App, AppError, Kind};

impl App {
    /// Creates or replaces one record from its values, in the order of `list(kind)`'s
    /// headers. A bad value is an [`AppError::Record`] naming the field.
    pub fn save(&mut self, kind: Kind, values: &[String]) -> Result<(), AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| with_record!(kind, R => save_in::<R>(tx, &actor, values)))
    }

    /// Deletes the record of `kind` with code `key`. Refused, saying by what, while other
    /// records refer to it; a finalised split referring to it refuses it too.
    pub fn delete(&mut self, kind: Kind, key: &str) -> Result<(), AppError> {
        let key_field = with_record!(kind, R => single_key::<R>())?;
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            refuse_if_referred(tx, kind, key)?;
            if !tx.delete(kind.name(), key_field, key)? {
                return Err(AppError::NotFound { kind: singular(kind.name()), key: key.into() });
            }
            tx.audit(&AuditEntry {
                at: now(),
                actor,
                action: "delete".into(),
                kind: kind.name().into(),
                key: key.into(),
                detail: String::new(),
            })?;
            Ok(())
        })
    }
}

fn save_in<R: Record>(tx: &Tx, actor: &str, values: &[String]) -> Result<(), AppError> {
    if values.len() != R::FIELDS.len() {
        return Err(AppError::Invalid(
            format!("{} has {} fields, not {}", R::KIND, R::FIELDS.len(), values.len()).into(),
        ));
    }
    let (record, key) = checked::<R>(tx, values)?.map_err(|r| AppError::Record {
        kind: R::KIND.into(),
        field: r.field,
        message: r.message,
    })?;
    tx.upsert(&record)?;
    tx.audit(&AuditEntry {
        at: now(),
        actor: actor.into(),
        action: "save".into(),
        kind: R::KIND.into(),
        key: key.join(" / "),
        detail: String::new(),
    })?;
    Ok(())
}

fn single_key<R: Record>() -> Result<&'static str, AppError> {
    match R::KEY {
        [one] => Ok(one),
        _ => Err(AppError::Invalid(format!("{} are deleted from their parent record", R::KIND).into())),
    }
}

/// An error listing what refers to `kind` `key`, if anything does.
fn refuse_if_referred(tx: &Tx, kind: Kind, key: &str) -> Result<(), AppError> {
    let mut referrers = Vec::new();
    for other in Kind::ALL {
        let references = with_record!(other, R => R::REFERENCES);
        for (field, target) in references {
            if *target == kind.name() {
                let n = count_where(tx, other.name(), field, key)?;
                if n > 0 {
                    referrers.push(referrer(n, other.name()));
                }
            }
        }
    }
    if kind == Kind::Members {
        let n = count_where(tx, "usage_imports", "member", key)?;
        if n > 0 {
            referrers.push(referrer(n, "usage_imports"));
        }
    }
    let Some(referrers) = and_list(referrers) else { return Ok(()) };
    let kind = singular(kind.name());
    let text = format!("{kind} '{key}' cannot be deleted: {} refer to it", referrers.text);
    let kind_value = crate::error_words::kind_value(kind);
    let args = [("kind", kind_value), ("key", Value::text(key)), ("referrers", Value::detail(referrers))];
    Err(AppError::Invalid(Step::said("err-delete-referred", text, args)))
}

/// "3 participations": how many records of `table` refer to the one to delete.
fn referrer(count: u64, table: &str) -> Step {
    let phrase = match table {
        "resources" => "err-table-resources",
        "member_metrics" => "err-table-member-metrics",
        "licences" => "err-table-licences",
        "licence_terms" => "err-table-licence-terms",
        "licence_amendments" => "err-table-licence-amendments",
        "deals" => "err-table-deals",
        "offers" => "err-table-offers",
        "participations" => "err-table-participations",
        "usage_imports" => "err-table-usage-imports",
        other => unreachable!("{other} refers to no record that can be deleted"),
    };
    let text = format!("{count} {}", table.replace('_', " "));
    Step::said("err-referrer", text, [("count", Value::count(count)), ("table", Value::phrase(phrase))])
}

/// "a and b and c", each language with its own "and"; None for no items.
fn and_list(items: Vec<Step>) -> Option<Step> {
    items.into_iter().rev().reduce(|rest, first| {
        let text = format!("{} and {}", first.text, rest.text);
        Step::said("err-and", text, [("first", Value::detail(first)), ("rest", Value::detail(rest))])
    })
}
