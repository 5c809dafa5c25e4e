#!/usr/bin/env python3
"""allocator_state_truth.py -- the simulated allocator's true state at chosen events.

Re-runs the fixture simulations of make_fixtures.py (same seeds, so the same traces as the files
in tests/data) and, about every 200 trace entries and at every `oom` entry, records what the
simulated CUDACachingAllocator really held: the number of segments as a dump would report them
(one per contiguous mapped run), and per (raw stream, pool id) the reserved bytes, the free
cached bytes and the largest free block. tests/model/tst_allocatorstate.cpp compares the state
that VRAMScope replays back from each dump against this: segment counts and reserved bytes must
match exactly; free bytes may only be larger by the unsplit remainders that a trace cannot show.

    python3 tests/tools/allocator_state_truth.py > tests/data/allocator_state_truth.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures as mf  # noqa: E402

FIXTURES = {"layout20": "layout20_history.pickle", "oom_expandable": "oom_expandable.pickle",
            "private_pool": "private_pool.pickle"}
EVERY = 200

states = []
next_sample = {}
current = None
record_trace = mf.Sim.record


def truth(alloc):
    pools = {}
    runs = alloc.runs()
    for seg, _addr, blocks, _ctx in runs:
        p = pools.setdefault((seg.stream, tuple(seg.pool)), {"reserved": 0, "free": 0, "largest": 0})
        for b in blocks:
            p["reserved"] += b.size
            if b.state == "free":
                p["free"] += b.size
                p["largest"] = max(p["largest"], b.size)
    return len(runs), [{"stream": k[0], "pool": list(k[1]), **v} for k, v in sorted(pools.items())]


def record(self, dev, te):
    # The simulator records some entries after their effect (alloc, segment_alloc) and some
    # before (free_completed, segment_map, segment_free). A free_requested entry is recorded
    # before anything changes and changes no free block, so the state when it arrives is the
    # state after the entry before it: sample there, about every EVERY entries. An oom entry
    # comes after everything the failing malloc did and changes nothing: sample it at once.
    index = len(self.traces[dev])
    alloc = self.allocs.get(dev)
    due = te.action == "free_requested" and index >= next_sample.get((current, dev), 1)
    if alloc is not None and (te.action == "oom" or due):
        segments, pools = truth(alloc)
        event = index if te.action == "oom" else index - 1
        states.append({"file": current, "device": dev, "event": event,
                       "action": self.traces[dev][event].action if event < index else te.action,
                       "segments": segments, "pools": pools})
        if due:
            next_sample[(current, dev)] = index + EVERY
    record_trace(self, dev, te)


def main():
    global current
    mf.Sim.record = record
    for build, name in FIXTURES.items():
        current = name
        getattr(mf, "build_" + build)()
    json.dump({"generator": "tests/tools/allocator_state_truth.py", "states": states},
              sys.stdout, indent=0, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
