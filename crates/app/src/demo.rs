//! The demo consortium, built into the program from fixtures/demo so that it runs anywhere.

use crate::Kind;

macro_rules! demo_file {
    ($kind:expr, $name:literal) => {
        ($kind, $name, include_bytes!(concat!("../../../fixtures/demo/", $name)).as_slice())
    };
}

/// The demo's CSV files, one per kind, in import order.
pub(crate) const FILES: &[(Kind, &str, &[u8])] = &[
    demo_file!(Kind::Consortium, "consortium.csv"),
    demo_file!(Kind::Funders, "funders.csv"),
    demo_file!(Kind::VatRates, "vat_rates.csv"),
    demo_file!(Kind::ExchangeRates, "exchange_rates.csv"),
    demo_file!(Kind::Vendors, "vendors.csv"),
    demo_file!(Kind::Resources, "resources.csv"),
    demo_file!(Kind::Members, "members.csv"),
    demo_file!(Kind::Metrics, "member_metrics.csv"),
    demo_file!(Kind::Licences, "licences.csv"),
    demo_file!(Kind::LicenceTerms, "licence_terms.csv"),
    demo_file!(Kind::Amendments, "licence_amendments.csv"),
    demo_file!(Kind::Deals, "deals.csv"),
    demo_file!(Kind::Offers, "offers.csv"),
    demo_file!(Kind::Participations, "participations.csv"),
];

/// The year the demo is set in: splits of earlier years are finalised when it loads.
pub const DEMO_YEAR: i32 = 2026;
