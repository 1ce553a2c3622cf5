#!/usr/bin/env python3
"""Derives assets/data/world_bank_population.csv, the denominator of "per 100,000", from the World Bank table.

Run from the project root:  python3 tools/derive_population.py [path/to/shared/data]

Input: population/world_bank_population_1960-2024.csv in the shared data folder (columns
`Country Name,Country Code,Year,Value`; World Bank SP.POP.TOTL, CC BY 4.0; see the README next to it).
Output: one row per ISO3 code and year, `iso3,year,population`, sorted, for 1960-2024 (the newest World Bank year;
nothing is extrapolated, so 2025 has no row).
  * World Bank aggregates (WLD, EAS, HIC, ... listed below) are no countries and are left out;
  * so are the few codes that are not in UNHCR's country list (assets/data/unhcr_countries.csv): no UNHCR row can
    join them (ISO3 joins only), e.g. the Channel Islands (CHI) and Kosovo (XKX, inside UNHCR's "Serbia and Kosovo");
  * a row without a value is left out (a gap), never written as 0; a second row for a code and year stops the script.
Only the standard library is used; the output is byte-for-byte reproducible.
"""
import csv
import hashlib
import io
import sys
from pathlib import Path

# The World Bank's regional, income and lending groups in this table: sums of countries, not countries.
AGGREGATES = {
    "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS", "HIC", "HPC", "IBD",
    "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC", "LMY", "LTE", "MEA", "MIC", "MNA", "NAC",
    "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA", "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC",
    "WLD",
}


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    source = shared / "population" / "world_bank_population_1960-2024.csv"
    out = Path("assets/data/world_bank_population.csv")
    with open("assets/data/unhcr_countries.csv", newline="", encoding="utf-8") as f:
        unhcr = {r["iso_code"] for r in csv.DictReader(f) if r["iso_code"]}
    rows: dict[tuple[str, int], int] = {}
    dropped: dict[str, str] = {}
    with open(source, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code, year, value = r["Country Code"], int(r["Year"]), r["Value"].strip()
            if code in AGGREGATES or code not in unhcr:
                dropped[code] = r["Country Name"]
                continue
            if value == "":
                continue
            if (code, year) in rows:
                raise SystemExit(f"{source}: {code} {year} twice")
            rows[(code, year)] = int(float(value)) if "." in value else int(value)
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\n")
    w.writerow(["iso3", "year", "population"])
    for (code, year) in sorted(rows):
        w.writerow([code, year, rows[(code, year)]])
    data = text.getvalue().encode("utf-8")
    out.write_bytes(data)
    not_aggregates = sorted(c for c in dropped if c not in AGGREGATES)
    print(f"wrote {len(rows)} rows, {len({c for c, _ in rows})} codes, years {min(y for _, y in rows)}-"
          f"{max(y for _, y in rows)} to {out}; sha256 {hashlib.sha256(data).hexdigest()[:16]}; left out"
          f" {len(dropped) - len(not_aggregates)} aggregates and {not_aggregates} (not in UNHCR's list)")


if __name__ == "__main__":
    main()
