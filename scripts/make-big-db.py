#!/usr/bin/env python3
"""Writes the CSV files of a large generated consortium for the desktop speed figures:
3,000 members with two years of metrics, 500 deals (one closed, so all 3,000 members take
part; the others open, each member opting in with a probability of 60 %, as the benchmark's
consortium), their offers, 100 licences with terms. Deterministic (a fixed seed).

    scripts/make-big-db.py DIR            then: konsortio --db big.db import-dir DIR
"""
import csv
import random
import sys
from pathlib import Path

MEMBERS, DEALS, LICENCES = 3000, 500, 100
NAMES = ["Kirjasto Äänekoski", "Biblioteket Åbo", "Kütüphane İğdır Şişli", "图书馆汉字"]
RULES = [
    "shared: fte",
    "shared: equal",
    "shared: 50% fte + 50% usage",
    "central: 30%; shared: fte; floor: 500",
    "shared: budget; ceiling: 50000",
    "shared: bands fte (0=1, 5000=2, 20000=3.5)",
    "shared: 20% equal + 80% fte; max-increase: 10%",
    "shared: usage avg 2; floor: 200",
]
PERMISSION_TERMS = [
    "walk_in_users", "remote_access", "alumni_access", "ill_print", "ill_electronic", "ill_secure_electronic",
    "course_packs", "e_reserves", "scholarly_sharing", "text_data_mining", "perpetual_access",
    "post_cancellation_access", "archiving_rights", "confidentiality", "annual_opt_out",
    "accessibility_compliance", "open_access_publishing",
]
PERMISSIONS = ["permitted_explicit", "permitted_interpreted", "prohibited_explicit", "prohibited_interpreted", "silent"]


def write(dir: Path, name: str, header: list[str], rows) -> int:
    with open(dir / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        n = 0
        for row in rows:
            w.writerow(row)
            n += 1
    return n


def main(dir: Path) -> None:
    rnd = random.Random(2026)
    dir.mkdir(parents=True, exist_ok=True)
    write(dir, "consortium.csv",
          ["name", "country", "currency", "vat_id", "address", "email", "postcode", "city", "iban", "bic", "payment_days"],
          [["Large Test Consortium", "FI", "EUR", "FI31846207", "Katu 1", "office@test.example", "00100", "Helsinki",
            "FI2112345600000785", "NDEAFIHH", "30"]])
    write(dir, "funders.csv", ["name", "country", "city", "address", "postcode", "vat_id", "language", "currency", "email"],
          [["Ministry", "FI", "Helsinki", "Katu 2", "00100", "", "fi", "EUR", "ministry@test.example"]])
    write(dir, "vendors.csv", ["code", "name", "country", "currency", "vat_id", "email"],
          [[f"V{i:02}", f"Vendor {i}", "NL", "EUR", "", ""] for i in range(20)])
    kinds = ["database", "ejournals", "ebooks", "other"]
    write(dir, "resources.csv", ["code", "vendor", "name", "kind", "platform", "counter_platform", "counter_database"],
          [[f"R{i:04}", f"V{i % 20:02}", f"Resource {i}", kinds[i % 4], "", "", ""] for i in range(DEALS)])
    write(dir, "members.csv",
          ["code", "name", "kind", "country", "city", "address", "postcode", "vat_id", "language", "currency",
           "join_date", "leave_date", "email"],
          [[f"M{i:04}", f"{NAMES[i % 4]} {i}", "public", "FI", "Helsinki", f"Katu {i}", "00100", f"FI{10_000_000 + i:08}",
            ["fi", "sv", "tr", "zh"][i % 4], "EUR", "2000-01-01", "", f"m{i}@test.example"] for i in range(MEMBERS)])
    sizes = [rnd.lognormvariate(7, 1.2) for _ in range(MEMBERS)]
    write(dir, "member_metrics.csv", ["member", "year", "metric", "value"],
          ([f"M{i:04}", year, metric, max(1, round(value))]
           for i, size in enumerate(sizes) for year in (2024, 2025)
           for metric, value in (("fte", size), ("usage", size * rnd.uniform(5, 40)), ("budget", size * rnd.uniform(80, 300)))))
    write(dir, "licences.csv",
          ["code", "resource", "title", "start_date", "end_date", "renewal", "notice_days", "governing_law", "jurisdiction"],
          [[f"L{i:04}", f"R{i:04}", f"Licence {i}", "2025-01-01", "2027-12-31", ["automatic", "explicit"][i % 2],
            str(30 + 30 * (i % 4)), "Finland", "Helsinki"] for i in range(LICENCES)])
    write(dir, "licence_terms.csv", ["licence", "term", "value", "note"],
          ([f"L{i:04}", term, rnd.choice(PERMISSIONS), ""] for i in range(LICENCES) for term in PERMISSION_TERMS))
    deals, offers = [], []
    for d in range(DEALS):
        rule = RULES[d % len(RULES)] if d else "shared: fte"
        funder = "Ministry" if rule.startswith("central") else ""
        deals.append([f"D{d:04}", f"R{d:04}", f"Deal {d}" if d else "Everyone's database", "2026-01-01", "2026-12-31",
                      "closed" if d == 0 else "open", funder, rule])
        price = round(rnd.uniform(20_000, 2_000_000), -2)
        for v in range(1, 1 + d % 3 + 1):
            pricing = f"total {price * (1 + 0.04 * (3 - v)):.0f}" if d % 5 else f"total 1={price * 0.6:.0f}, 500={price:.0f}, 1500={price * 1.3:.0f}"
            offers.append([f"D{d:04}", v, f"2025-{8 + v:02}-01", "EUR", f"{price * 0.1:.0f}", pricing, "4", "2026=2.5", "", "", "", ""])
    write(dir, "deals.csv", ["code", "resource", "title", "start_date", "end_date", "participation", "funder", "rule"], deals)
    write(dir, "offers.csv",
          ["deal", "version", "date", "currency", "list_price", "pricing", "annual_cap_pct", "index_pct", "rate", "rate_date",
           "rate_source", "note"], offers)

    def participations():
        for d in range(1, DEALS):
            for m in range(MEMBERS):
                if rnd.random() < 0.6:
                    joined = "2026-07-01" if rnd.random() < 0.01 else ""
                    yield [f"D{d:04}", f"M{m:04}", joined, ""]

    n = write(dir, "participations.csv", ["deal", "member", "joined", "left"], participations())
    print(f"{dir}: {MEMBERS} members, {DEALS} deals, {len(offers)} offers, {n} participations, {LICENCES} licences")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
