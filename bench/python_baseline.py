#!/usr/bin/env python3
"""What every Python-based viewer pays before it can draw: pickle.load of the whole file.
Prints one JSON line: wall_ms and peak_rss_kib (ru_maxrss)."""
import json
import pickle
import resource
import sys
import time

t = time.perf_counter()
with open(sys.argv[1], 'rb') as f:
    data = pickle.load(f)
ms = (time.perf_counter() - t) * 1000
print(json.dumps({'wall_ms': round(ms), 'peak_rss_kib': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
