#!/usr/bin/env python3
"""Derives assets/data/china_asylum.csv and china_asylum_release_2024.6.0.csv from the UNHCR tables in ../shared/data.

Run from the project root:  python3 tools/derive_bundled_dataset.py [path/to/shared/data]

It full-outer-joins the two China tables on (year, ISO3 of the country of asylum), never on UNHCR codes,
and writes one row per year x country of asylum with every measure. A value the source does not have stays
empty (missing), never 0. Only the standard library is used so that anyone can rerun it.

Each UNHCR release has a file of its own, listed in assets/data/releases.csv (its id, dates, whether its newest
year is a mid-year figure, its file). The newest release (2025.12.1) is china_asylum.csv; release 2024.6.0
(the article's, asylum-seekers only) is china_asylum_release_2024.6.0.csv, in the same columns.
"""
import csv
import sys
from pathlib import Path

COLUMNS = [
    "year", "origin_iso3", "origin_name", "asylum_iso3", "asylum_name",
    "asylum_seekers", "refugees",
    "applications_new", "applications_all",
    "decisions_recognized", "decisions_complementary_protection", "decisions_rejected",
    "decisions_otherwise_closed", "decisions_total",
]
# An earlier release keeps only the figures the shared folder has from it: the asylum-seeker stock.
RELEASE_2024_06_COLUMNS = COLUMNS[:6]
RELEASE_2024_06_FILE = "china_asylum_release_2024.6.0.csv"


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    out = Path("assets/data/china_asylum.csv")
    rows: dict[tuple[int, str], dict[str, str]] = {}
    release_2024_06: dict[tuple[int, str], dict[str, str]] = {}

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
            if r["asylum_seekers_release_2024_06"] != "":
                release_2024_06[(int(r["year"]), r["country_of_asylum_iso3"])] = {
                    c: row[c] for c in RELEASE_2024_06_COLUMNS[:5]} | {
                    "asylum_seekers": r["asylum_seekers_release_2024_06"]}
            row["refugees"] = r["refugees"]

    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for key in sorted(rows, key=lambda k: (k[0], rows[k]["asylum_name"])):
            w.writerow(rows[key])
    print(f"wrote {len(rows)} rows to {out}")
    out_2024_06 = out.with_name(RELEASE_2024_06_FILE)
    with open(out_2024_06, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=RELEASE_2024_06_COLUMNS, lineterminator="\n")
        w.writeheader()
        for key in sorted(release_2024_06, key=lambda k: (k[0], release_2024_06[k]["asylum_name"])):
            w.writerow(release_2024_06[key])
    print(f"wrote {len(release_2024_06)} rows to {out_2024_06}")


if __name__ == "__main__":
    main()
