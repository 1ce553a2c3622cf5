#!/usr/bin/env python3
"""Derives assets/data/china_asylum.csv from the UNHCR tables in ../shared/data.

Run from the project root:  python3 tools/derive_bundled_dataset.py [path/to/shared/data]

It full-outer-joins the two China tables on (year, ISO3 of the country of asylum), never on UNHCR codes,
and writes one row per year x country of asylum with every measure. A value the source does not have stays
empty (missing), never 0. Only the standard library is used so that anyone can rerun it.
"""
import csv
import sys
from pathlib import Path

COLUMNS = [
    "year", "origin_iso3", "origin_name", "asylum_iso3", "asylum_name",
    "asylum_seekers", "asylum_seekers_release_2024_06", "refugees",
    "applications_new", "applications_all",
    "decisions_recognized", "decisions_complementary_protection", "decisions_rejected",
    "decisions_otherwise_closed", "decisions_total",
]


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    out = Path("assets/data/china_asylum.csv")
    rows: dict[tuple[int, str], dict[str, str]] = {}

    def row_for(year: str, iso3: str, name: str) -> dict[str, str]:
        key = (int(year), iso3)
        if key not in rows:
            rows[key] = {c: "" for c in COLUMNS}
            rows[key].update(year=year, origin_iso3="CHN", origin_name="China", asylum_iso3=iso3, asylum_name=name)
        return rows[key]

    with open(shared / "china_asylum_applications.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            row = row_for(r["year"], r["country_of_asylum_iso3"], r["country_of_asylum"])
            row["applications_new"] = r["applications"]
            row["applications_all"] = r["applications_all_types"]
            row["decisions_recognized"] = r["decisions_recognized"]
            row["decisions_complementary_protection"] = r["decisions_complementary_protection"]
            row["decisions_rejected"] = r["decisions_rejected"]
            row["decisions_otherwise_closed"] = r["decisions_otherwise_closed"]
            row["decisions_total"] = r["decisions_total"]

    with open(shared / "china_asylum_seekers.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            row = row_for(r["year"], r["country_of_asylum_iso3"], r["country_of_asylum"])
            if row["asylum_name"] != r["country_of_asylum"]:
                raise SystemExit(f"name mismatch for {r['country_of_asylum_iso3']}: {row['asylum_name']} / {r['country_of_asylum']}")
            row["asylum_seekers"] = r["asylum_seekers"]
            row["asylum_seekers_release_2024_06"] = r["asylum_seekers_release_2024_06"]
            row["refugees"] = r["refugees"]

    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for key in sorted(rows, key=lambda k: (k[0], rows[k]["asylum_name"])):
            w.writerow(rows[key])
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
