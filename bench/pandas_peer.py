#!/usr/bin/python3
"""The peer for the load benchmark: pandas read_csv + groupby(year, origin ISO3, asylum ISO3).sum() of the same
three raw UNHCR tables, the work LoadBenchmark.parseAndAggregate does in Java. Prints the median of RUNS timed
runs (after one warm-up) in ms, and pandas' version. Usage: pandas_peer.py DIR [RUNS]  (Debian: python3-pandas)
"""
import statistics
import sys
import time

import pandas as pd

TABLES = ["unhcr_asylum_applications_all_origins_2000-2025.csv",
          "unhcr_asylum_decisions_all_origins_2000-2025.csv",
          "unhcr_population_all_origins_1951-2025.csv"]
# As the app reads them: empty, "-" and "NA" figures are missing; "NA" is a real code in app_type/dec_level,
# which are not summed, so reading it as missing there changes nothing.
MISSING = ["", "-", "NA"]


def load(folder):
    rows = 0
    for name in TABLES:
        df = pd.read_csv(f"{folder}/{name}", keep_default_na=False, na_values=MISSING, low_memory=False)
        figures = [c for c in df.columns if c != "year" and df[c].dtype.kind in "if"]
        df.groupby(["year", "coo_iso", "coa_iso"])[figures].sum(min_count=1)
        rows += len(df)
    return rows


def main():
    folder = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    rows = load(folder)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        load(folder)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"pandas-version={pd.__version__}")
    print(f"pandas-rows={rows}")
    print(f"pandas-median-ms={statistics.median(times):.1f}")
    print(f"pandas-min-ms={min(times):.1f}")


if __name__ == "__main__":
    main()
