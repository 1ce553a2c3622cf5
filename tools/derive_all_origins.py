#!/usr/bin/env python3
"""Derives assets/data/unhcr_asylum_all_origins.csv.gz from UNHCR's three raw tables (all origins).

Run from the project root:  python3 tools/derive_all_origins.py [path/to/shared/data [output.csv.gz]]
(the test fixture src/test/resources/fixtures/all-origins/derived.csv.gz is this script's output for the raw-shaped
tables next to it: AllOriginsBundleTest checks that the app reads both alike).

One row per year x origin x country of asylum, in the columns of the bundled China table
(assets/data/china_asylum.csv), so the same reader takes both:
  * applications_new = sum of `applied` where app_type == "N"; applications_all = sum of `applied` over every row
    (new, repeat, appeal, unspecified), both over all authority, stage and cases/persons splits;
  * decisions_* = sums of dec_recognized, dec_other, dec_rejected, dec_closed, dec_total over all splits;
  * asylum_seekers, refugees = the population table's end-year stocks (one row per key there; a second row for a
    key stops the script, since stocks are never summed);
  * asylum_seekers_release_2024_06 = release 2024.6.0's asylum-seeker stock. The shared folder has that release
    for China only (china_asylum_seekers.csv), so the column is filled for origin CHN and empty elsewhere.
Joins are on ISO3 codes (coo_iso, coa_iso), never on UNHCR's codes or names. A value the source does not have
stays empty (missing), never 0; a 0 in the source stays 0. Only the standard library is used. The output is
written byte-for-byte reproducibly (gzip with mtime 0), so a rerun on the same input changes nothing.
"""
import csv
import gzip
import hashlib
import io
import sys
from pathlib import Path

COLUMNS = [
    "year", "origin_iso3", "origin_name", "asylum_iso3", "asylum_name",
    "asylum_seekers", "asylum_seekers_release_2024_06", "refugees",
    "applications_new", "applications_all",
    "decisions_recognized", "decisions_complementary_protection", "decisions_rejected",
    "decisions_otherwise_closed", "decisions_total",
]
DECISIONS = [("dec_recognized", "decisions_recognized"), ("dec_other", "decisions_complementary_protection"),
             ("dec_rejected", "decisions_rejected"), ("dec_closed", "decisions_otherwise_closed"),
             ("dec_total", "decisions_total")]


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    raw = shared / "raw"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "assets/data/unhcr_asylum_all_origins.csv.gz")
    rows: dict[tuple[int, str, str], dict[str, object]] = {}
    names: dict[str, str] = {}

    def name_of(iso: str, name: str) -> str:
        name = name.strip()  # some exports write "Unknown " with a trailing space
        if names.setdefault(iso, name) != name:
            raise SystemExit(f"two names for {iso}: {names[iso]!r} and {name!r}")
        return name

    def row_for(r: dict[str, str]) -> dict[str, object]:
        key = (int(r["year"]), r["coo_iso"], r["coa_iso"])
        if not key[1] or not key[2]:
            raise SystemExit(f"row without an ISO3 code: {r}")
        row = rows.get(key)
        if row is None:
            row = {c: None for c in COLUMNS}
            row.update(year=key[0], origin_iso3=key[1], origin_name=name_of(key[1], r["coo_name"]),
                       asylum_iso3=key[2], asylum_name=name_of(key[2], r["coa_name"]))
            rows[key] = row
        return row

    def add(row: dict[str, object], column: str, value: str) -> None:
        if value == "" or value == "NA":
            return
        row[column] = (row[column] or 0) + int(value)

    with open(raw / "unhcr_asylum_applications_all_origins_2000-2025.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            row = row_for(r)
            add(row, "applications_all", r["applied"])
            # A key with application rows but none of type N has 0 new applications, not a gap.
            add(row, "applications_new", r["applied"] if r["app_type"] == "N" else "0")

    with open(raw / "unhcr_asylum_decisions_all_origins_2000-2025.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            row = row_for(r)
            for source, column in DECISIONS:
                add(row, column, r[source])

    seen_population: set[tuple[int, str, str]] = set()
    with open(raw / "unhcr_population_all_origins_1951-2025.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["asylum_seekers"] in ("", "NA") and r["refugees"] in ("", "NA"):
                continue
            key = (int(r["year"]), r["coo_iso"], r["coa_iso"])
            if key in seen_population:
                raise SystemExit(f"population table has {key} twice: stocks are not summed")
            seen_population.add(key)
            row = row_for(r)
            add(row, "asylum_seekers", r["asylum_seekers"])
            add(row, "refugees", r["refugees"])

    # Release 2024.6.0, China only (the shared folder has no all-origins copy of that release).
    with open(shared / "china_asylum_seekers.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (int(r["year"]), "CHN", r["country_of_asylum_iso3"])
            value = r["asylum_seekers_release_2024_06"]
            if value == "":
                continue
            # A key only release 2024.6.0 has (e.g. Serbia 2024) gets a row with that value alone.
            row = row_for({"year": r["year"], "coo_iso": "CHN", "coo_name": "China",
                           "coa_iso": r["country_of_asylum_iso3"], "coa_name": r["country_of_asylum"]})
            row["asylum_seekers_release_2024_06"] = int(value)

    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(COLUMNS)
    for key in sorted(rows):
        w.writerow(["" if rows[key][c] is None else rows[key][c] for c in COLUMNS])
    data = text.getvalue().encode("utf-8")
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"wrote {len(rows)} rows ({len(data):,} bytes of CSV, {out.stat().st_size:,} gzipped) to {out};"
          f" sha256 of the CSV {hashlib.sha256(data).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
