//! A synthetic Release 5.1 TR_J1 of any size, for the benchmark and the truncation tests.

use std::io::{self, Write};

/// A TR_J1 TSV for 2022 with `titles` journals, two metrics each (so `2 × titles` rows), counts
/// varying with the title so that no two rows are alike.
pub fn tr_j1_tsv(titles: u32) -> String {
    let mut out = Vec::with_capacity(titles as usize * 480 + 1024);
    write_tr_j1_tsv(titles, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the report is UTF-8")
}

/// The same report written to `out` row by row, so that a large one needs no memory.
pub fn write_tr_j1_tsv(titles: u32, out: &mut impl Write) -> io::Result<()> {
    out.write_all(
        concat!(
        "\u{feff}Report_Name\tJournal Requests (Controlled)\n",
        "Report_ID\tTR_J1\n",
        "Release\t5.1\n",
        "Institution_Name\tSynthetic University\n",
        "Institution_ID\tISNI:0000000000000001\n",
        "Metric_Types\tTotal_Item_Requests; Unique_Item_Requests\n",
        "Report_Filters\tData_Type=Journal; Access_Type=Controlled; Access_Method=Regular\n",
        "Report_Attributes\t\n",
        "Exceptions\t\n",
        "Reporting_Period\tBegin_Date=2022-01-01; End_Date=2022-12-31\n",
        "Created\t2023-02-15T09:11:12Z\n",
        "Created_By\tSynthetic Publisher\n",
        "Registry_Record\thttps://registry.projectcounter.org/platform/00000000-0000-0000-0000-000000000000\n",
        "\n",
        "Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tMetric_Type\t",
        "Reporting_Period_Total\tJan-2022\tFeb-2022\tMar-2022\tApr-2022\tMay-2022\tJun-2022\tJul-2022\tAug-2022\t",
        "Sep-2022\tOct-2022\tNov-2022\tDec-2022\n",
    )
        .as_bytes(),
    )?;
    for t in 0..titles {
        for (metric, divisor) in [("Total_Item_Requests", 1), ("Unique_Item_Requests", 2)] {
            let months: Vec<u64> = (0..12u64).map(|m| (u64::from(t) * 7 + m * 13) % 997 / divisor).collect();
            let total: u64 = months.iter().sum();
            write!(
                out,
                "Journal of Synthetic Studies {t}\tSynthetic Publisher\tISNI:4321432143214321\tPlatform 1\t10.9999/syn.{t}\t\
                 P1:J{t}\t{:04}-{:04}\t{:04}-{:04}\thttps://doi.org/10.9999/syn.{t}\t{metric}\t{total}",
                t % 10000,
                (t / 10000) % 10000,
                (t + 1) % 10000,
                (t / 10000) % 10000,
            )?;
            for count in months {
                write!(out, "\t{count}")?;
            }
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}
