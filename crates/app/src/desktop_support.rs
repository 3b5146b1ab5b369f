//! What the desktop app's deal forms need beyond one record at a time: the records of one
//! deal (not all 900,000 participations of a large consortium), and several records saved
//! and deleted in one transaction (the participants picker), including records whose key
//! has more than one field (an offer version, a participation).

use konsortio_core::explain::{Step, Value};
use konsortio_core::records::{Fields, Record};
use konsortio_store::{AuditEntry, Reads, StoreError, Tx};

use crate::csvio::checked;
use crate::{now, with_record, App, AppError, Kind, Table};

impl App {
    /// The records of `kind` whose `field` is `value`, in key order, as `list` writes them.
    pub fn list_where(&self, kind: Kind, field: &str, value: &str) -> Result<Table, AppError> {
        with_record!(kind, R => list_where::<R>(&self.store, field, value))
    }

    /// Saves every row of `save` and deletes every record whose key (its values in the
    /// kind's key order) is in `delete`, in one transaction: all of it, or nothing. A bad
    /// value is an [`AppError::Record`] naming the field, its message naming the record.
    /// Only records with a key of two or more fields (offer versions, participations, licence
    /// terms) are deleted here; nothing refers to those.
    pub fn save_many(&mut self, kind: Kind, save: &[Vec<String>], delete: &[Vec<String>]) -> Result<(), AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| with_record!(kind, R => save_many_in::<R>(tx, &actor, save, delete)))
    }
}

fn list_where<R: Record>(store: &impl Reads, field: &str, value: &str) -> Result<Table, AppError> {
    if !R::FIELDS.contains(&field) {
        return Err(AppError::Invalid(format!("{} have no field '{field}'", R::KIND).into()));
    }
    // CAST: numbers (an offer's version) are read back as the text the record reads.
    let columns: Vec<String> = R::FIELDS.iter().map(|f| format!("CAST({f} AS TEXT)")).collect();
    let order = R::KEY.join(", ");
    let sql = format!("SELECT {} FROM {} WHERE {field} = ?1 ORDER BY {order}", columns.join(", "), R::KIND);
    let mut stmt = store.conn().prepare(&sql).map_err(StoreError::from)?;
    let mut rows = stmt.query([value]).map_err(StoreError::from)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(StoreError::from)? {
        let values: Vec<String> = (0..R::FIELDS.len())
            .map(|i| row.get::<usize, Option<String>>(i).map(Option::unwrap_or_default))
            .collect::<Result<_, _>>()
            .map_err(StoreError::from)?;
        let record = R::read(&Fields { names: R::FIELDS, values: &values }).map_err(|error| StoreError::BadRecord {
            kind: R::KIND,
            key: values[0].clone(),
            error,
        })?;
        out.push(record.write());
    }
    Ok(Table { headers: R::FIELDS.iter().map(|f| (*f).to_string()).collect(), rows: out })
}

fn save_many_in<R: Record>(tx: &Tx, actor: &str, save: &[Vec<String>], delete: &[Vec<String>]) -> Result<(), AppError> {
    for key in delete {
        delete_keyed::<R>(tx, key)?;
        audit(tx, actor, "delete", R::KIND, &key.join(" / "))?;
    }
    for values in save {
        if values.len() != R::FIELDS.len() {
            return Err(AppError::Invalid(
                format!("{} has {} fields, not {}", R::KIND, R::FIELDS.len(), values.len()).into(),
            ));
        }
        let (record, key) = checked::<R>(tx, values)?.map_err(|r| AppError::Record {
            kind: R::KIND.into(),
            field: r.field,
            message: {
                let key = values.iter().take(R::KEY.len()).cloned().collect::<Vec<_>>().join(" / ");
                let text = format!("{key}: {}", r.message);
                Step::said("err-record-key", text, [("key", Value::text(key)), ("detail", Value::detail(r.message))])
            },
        })?;
        tx.upsert(&record)?;
        audit(tx, actor, "save", R::KIND, &key.join(" / "))?;
    }
    Ok(())
}

/// Deletes one record by its whole key; a key that names no record is an error.
fn delete_keyed<R: Record>(tx: &Tx, key: &[String]) -> Result<(), AppError> {
    // A record with a one-field key may be referred to: App::delete checks what refers to
    // it first, and is the only way to delete one.
    if R::KEY.len() < 2 {
        return Err(AppError::Invalid(
            format!("{} are deleted one at a time, after checking what refers to them", R::KIND).into(),
        ));
    }
    if key.len() != R::KEY.len() {
        let text = format!("a key of {} has {} values ({})", R::KIND, R::KEY.len(), R::KEY.join(", "));
        return Err(AppError::Invalid(text.into()));
    }
    let condition: Vec<String> = R::KEY.iter().enumerate().map(|(i, k)| format!("{k} = ?{}", i + 1)).collect();
    let sql = format!("DELETE FROM {} WHERE {}", R::KIND, condition.join(" AND "));
    let deleted = match key {
        [a, b] => tx.execute(&sql, [a, b]),
        [a, b, c] => tx.execute(&sql, [a, b, c]),
        _ => unreachable!("keys have two or three fields"),
    };
    // Nothing refers to the kinds the picker deletes (participations, offer versions); a
    // foreign key refusing it anyway is a database error, with SQLite's words.
    let found = deleted.map_err(StoreError::from)? > 0;
    if !found {
        let (kind, key) = (R::KIND, key.join(" / "));
        let text = format!("{kind} has no record {key}");
        return Err(AppError::Invalid(Step::said(
            "err-no-record",
            text,
            [("kind", Value::text(kind)), ("key", Value::text(key))],
        )));
    }
    Ok(())
}

fn audit(tx: &Tx, actor: &str, action: &str, kind: &str, key: &str) -> Result<(), AppError> {
    Ok(tx.audit(&AuditEntry {
        at: now(),
        actor: actor.into(),
        action: action.into(),
        kind: kind.into(),
        key: key.into(),
        detail: String::new(),
    })?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Actor;

    fn demo() -> App {
        let mut app = App::in_memory(Actor { name: "test".into() }).unwrap();
        app.load_demo().unwrap();
        app
    }

    fn row(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn lists_one_deals_records_only() {
        let app = demo();
        let offers = app.list_where(Kind::Offers, "deal", "SD-2426").unwrap();
        let versions: Vec<&str> = offers.rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(versions, ["1", "2", "3"]);
        assert!(matches!(app.list_where(Kind::Offers, "deal; DROP", "x"), Err(AppError::Invalid(_))));
    }

    #[test]
    fn saves_and_deletes_participations_together_or_not_at_all() {
        let mut app = demo();
        let before = app.list_where(Kind::Participations, "deal", "SD-2426").unwrap().rows;
        let gone = vec![before[0][0].clone(), before[0][1].clone()];
        let bad = row(&["SD-2426", "TR-ITU", "2026-03-01", "2026-01-01"]);
        let err = app.save_many(Kind::Participations, &[bad], &[gone.clone()]).unwrap_err();
        assert!(
            matches!(&err, AppError::Record { field, message, .. } if field == "left" && message.text.starts_with("SD-2426 / TR-ITU"))
        );
        assert_eq!(app.list_where(Kind::Participations, "deal", "SD-2426").unwrap().rows, before);

        let joiner = row(&["SD-2426", "TR-ITU", "2026-03-01", ""]);
        app.save_many(Kind::Participations, &[joiner.clone()], &[gone.clone()]).unwrap();
        let after = app.list_where(Kind::Participations, "deal", "SD-2426").unwrap().rows;
        assert!(after.contains(&joiner) && !after.iter().any(|r| r[..2] == gone[..]));
        assert!(app.save_many(Kind::Participations, &[], &[gone]).is_err(), "deleting what is not there");
        let deal = vec!["SD-2426".to_string()];
        assert!(
            matches!(app.save_many(Kind::Deals, &[], &[deal]), Err(AppError::Invalid(_))),
            "only App::delete deletes a deal"
        );
    }
}
