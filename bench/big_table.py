# Writes a generated UNHCR-layout table of about SIZE bytes for the 2 GB memory benchmark (BENCHMARKS.md):
#   python3 bench/big_table.py flow|complete SIZE OUT.csv   (run from the repository root)
# flow: year,coo_iso,coa_iso,applied with no split columns (many rows per key, summed; 62,400 keys);
# complete: the R package layout with every split column (one row per key: 77 M keys in 2 GB).
import sys, random
kind, size, out = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
codes = [l.split(',')[0] for l in open('assets/data/unhcr_countries.csv').read().splitlines()[1:] if l.split(',')[0]]
with open(out, 'w', buffering=1<<22) as f:
    written = 0
    if kind == 'flow':
        f.write('year,coo_iso,coa_iso,applied\n')
        i = 0
        while written < size:
            rows = []
            for _ in range(100000):
                rows.append('%d,%s,%s,%d\n' % (2000 + i % 26, codes[(i // 26) % 40], codes[(i // 1040) % 60], i % 100000))
                i += 1
            chunk = ''.join(rows); f.write(chunk); written += len(chunk)
    else:  # complete keys, R package layout
        f.write('year,coo_iso,coa_iso,procedure_type,app_type,dec_level,app_pc,applied\n')
        auth = ['G','J','U']; types=['N','R','A','V']; stages=['FI','AR','RA','EO','IN','NA']; units=['P','C']
        i = 0
        while written < size:
            rows = []
            for _ in range(100000):
                s = i // (26*200*200)
                if s >= 144: raise SystemExit('too few keys')
                r = i % (26*200*200)
                rows.append('%d,%s,%s,%s,%s,%s,%s,%d\n' % (2000 + r % 26, codes[(r//26) % 200], codes[(r//5200) % 200], auth[s%3], types[(s//3)%4], stages[(s//12)%6], units[(s//72)%2], i % 1000))
                i += 1
            chunk = ''.join(rows); f.write(chunk); written += len(chunk)
