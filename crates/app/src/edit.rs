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
                    referrers.push(format!("{n} {}", other.name().replace('_', " ")));
                }
            }
        }
    }
    if kind == Kind::Members {
        let n = count_where(tx, "usage_imports", "member", key)?;
        if n > 0 {
            referrers.push(format!("{n} usage imports"));
        }
    }
    if referrers.is_empty() {
        return Ok(());
    }
    let (kind, referrers) = (singular(kind.name()), referrers.join(" and "));
    let text = format!("{kind} '{key}' cannot be deleted: {referrers} refer to it");
    let kind_value = crate::error_words::kind_value(kind);
    let args = [("kind", kind_value), ("key", Value::text(key)), ("referrers", Value::text(referrers))];
    Err(AppError::Invalid(Step::said("err-delete-referred", text, args)))
}
