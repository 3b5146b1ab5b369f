//! A fixed, generated consortium for benchmarks and scale tests: `n` Finnish member
//! libraries and one closed deal shared equally, as CSV files an import reads.

use std::path::Path;

use crate::AppError;

/// A synthetic Release 5.1 TR_J1 (the COUNTER benchmark's report), written row by row.
pub use konsortio_counter::synthetic::write_tr_j1_tsv;

/// Writes the CSV files of the synthetic consortium into `dir` (for `App::import_dir`).
pub fn write_invoicing_dataset(dir: &Path, members: usize) -> Result<(), AppError> {
    let files: [(&str, String); 7] = [
        (
            "consortium.csv",
            "name,country,currency,vat_id,address,email,postcode,city,iban,bic,payment_days\n\
             Test Consortium,FI,EUR,FI31846207,Katu 1,office@test.example,00100,Helsinki,FI2112345600000785,NDEAFIHH,30\n"
                .into(),
        ),
        ("vat_rates.csv", "country,resource_kind,valid_from,category,rate,reason_code,reason\nFI,*,2024-09-01,S,25.5,,\n".into()),
        ("vendors.csv", "code,name,country,currency,vat_id,email\nV,Vendor,NL,EUR,,\n".into()),
        ("resources.csv", "code,vendor,name,kind,platform,counter_platform,counter_database\nR,V,Database,database,,,\n".into()),
        (
            "deals.csv",
            "code,resource,title,start_date,end_date,participation,funder,rule\n\
             D,R,Database 2025,2025-01-01,2025-12-31,closed,,shared: equal\n"
                .into(),
        ),
        (
            "offers.csv",
            "deal,version,date,currency,list_price,pricing,annual_cap_pct,index_pct,rate,rate_date,rate_source,note\n\
             D,1,2024-10-01,EUR,,total 3000000,,,,,,\n"
                .into(),
        ),
        ("members.csv", members_csv(members)),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| AppError::io(&path, e))?;
    }
    Ok(())
}

/// Members M0000... with names in Finnish, Swedish, Turkish and Chinese by turns, so that
/// every script the documents must render appears.
fn members_csv(n: usize) -> String {
    const NAMES: [&str; 4] = ["Kirjasto Äänekoski", "Biblioteket Åbo", "Kütüphane İğdır Şişli", "图书馆汉字"];
    let mut out = String::from(
        "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n",
    );
    for i in 0..n {
        let language = ["fi", "sv", "tr", "zh"][i % 4];
        out.push_str(&format!(
            "M{i:04},{} {i},public,FI,Helsinki,Katu {i},00100,FI{:08},{language},EUR,2000-01-01,,m{i}@test.example\n",
            NAMES[i % 4],
            10_000_000 + i
        ));
    }
    out
}
