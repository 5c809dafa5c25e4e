#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 VRAMScope authors
# SPDX-License-Identifier: MIT
"""Writes the libFuzzer seed corpora: make_seeds.py TESTS_DATA OUT_DIR [SHARED_CORPUS]

OUT_DIR/<target>/ gets seeds for every fuzz target (fuzz_pickle, fuzz_replay, fuzz_gzip, fuzz_zstd,
fuzz_html, fuzz_oommessage, fuzz_json, fuzz_load) taken from the fixtures in tests/data plus small generated
inputs (hostile pickles, a decompression bomb, JSON exports), and from the real snapshots and OOM
messages of SHARED_CORPUS (../shared/corpus) when it exists. Fixtures over 160 KB are left out:
big seeds make every iteration slow and mutate poorly. zstd seeds need the zstd command line tool.
"""
import base64
import gzip
import os
import pathlib
import pickle
import shutil
import subprocess
import sys

MAX_SEED = 160_000


def small_fixture_pickles(data):
    out = {}
    for p in sorted(data.iterdir()):
        if p.suffix == ".pickle" and p.stat().st_size <= MAX_SEED:
            out[p.name] = p.read_bytes()
    return out


def generated_pickles():
    # Schema-shaped pickles the fixtures do not cover: frees of unknown addresses, odd actions,
    # nonsense types, a tiny ring buffer; in protocols 0, 2 and 4.
    trace = [
        {"action": "alloc", "addr": 4096, "size": 512, "stream": 0, "time_us": 10, "frames": []},
        {"action": "free_requested", "addr": 4096, "size": 512, "stream": 0, "time_us": 11},
        {"action": "free_completed", "addr": 4096, "size": 512, "stream": 0, "time_us": 12},
        {"action": "free_completed", "addr": 1 << 40, "size": 64, "stream": 0},
        {"action": "segment_alloc", "addr": 0, "size": 2 << 20, "stream": 0},
        {"action": "oom", "addr": 0, "size": 1 << 30, "device_free": 12, "stream": 0},
        {"action": "snapshot", "addr": 0, "size": 0, "stream": 0},
        {"action": "segment_map", "addr": 0, "size": 2 << 20, "stream": 1},
        {"action": "what", "addr": 3, "size": -1, "stream": 0},
    ]
    segs = [{"device": 0, "address": 0, "total_size": 2 << 20, "allocated_size": 512,
             "active_size": 512, "requested_size": 500, "stream": 0, "segment_type": "large",
             "segment_pool_id": (0, 0), "is_expandable": False,
             "blocks": [{"address": 0, "size": 512, "requested_size": 500,
                         "state": "active_allocated",
                         "frames": [{"filename": "a.py", "line": 3, "name": "f"}]}]}]
    snap = {"segments": segs, "device_traces": [trace, [], trace[:3]]}
    out = {}
    for proto in (0, 2, 4):
        out[f"gen_schema_p{proto}.pickle"] = pickle.dumps(snap, protocol=proto)
    out["gen_bare_segments.pickle"] = pickle.dumps(segs, protocol=2)
    out["gen_unknown_frees.pickle"] = pickle.dumps(
        {"segments": [], "device_traces": [[{"action": "free_completed", "addr": a * 512,
                                              "size": 512, "stream": 0} for a in range(64)]]},
        protocol=4)
    out["gen_nonsense_types.pickle"] = pickle.dumps(
        {"segments": [{"device": "zero", "address": -1, "total_size": 2 ** 70}],
         "device_traces": [[{"action": 7, "addr": "x"}]]}, protocol=4)
    return out


def html_of(payload):
    b64 = base64.b64encode(payload + b"\0").decode()
    return ("<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n<script type=\"module\">\n"
            "import {add_local_files} from \"https://cdn.jsdelivr.net/gh/pytorch/pytorch@main/"
            "torch/utils/viz/MemoryViz.js\"\nconst local_files = [{\"name\": \"snapshot.pickle\", "
            f"\"base64\": \"{b64}\"}}]\nadd_local_files(local_files, \"Active Memory Timeline\")\n"
            "</script>\n</body>\n</html>\n").encode()


JSON_SEEDS = {
    "timeline_us.json": b"[[1700000000000000, 1700000000000100, 1700000000000250],"
                        b" [[0, 1000, 0, 64, 0, 0, 0, 0, 0], [0, 1000, 0, 64, 512, 2048, 0, 0, 16],"
                        b" [0, 1000, 2000, 0, 0, 0, 1000, 0, 0]]]",
    "timeline_ns_float.json": b"[[1700000000000000000, 1700000000000500000],\n"
                              b" [[0.0, 4096.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],\n"
                              b"  [0.0, 4096.0, 8192.0, 0.0, 1536.0, 0.0, 4096.0, 0.0, 0.0]]]",
    "raw.json": b"[[-1, 1, 4096, 0], [1700000000000000000, 2, 1024, 2],"
                b" [1700000000000001000, 2, 512, 3], [1700000000000002000, 3, -512, 3],"
                b" [1700000000000004000, 4, -1024, 4]]",
    "kineto.json": b"{\"traceEvents\": ["
                   b"{\"ph\": \"i\", \"cat\": \"cpu_instant_event\", \"s\": \"t\", \"name\": \"[memory]\","
                   b" \"pid\": 7, \"tid\": 7, \"ts\": 100.250, \"args\": {\"Addr\": 94000, \"Bytes\": 512,"
                   b" \"Total Allocated\": 512, \"Total Reserved\": 2097152, \"Device Type\": 1,"
                   b" \"Device Id\": 0}},"
                   b"{\"ph\": \"i\", \"cat\": \"cpu_instant_event\", \"s\": \"t\", \"name\": \"[memory]\","
                   b" \"pid\": 7, \"tid\": 7, \"ts\": 101.5, \"args\": {\"Addr\": 94000, \"Bytes\": -512,"
                   b" \"Total Allocated\": \"0\", \"Total Reserved\": 2097152, \"Device Type\": 1,"
                   b" \"Device Id\": 0}},"
                   b"{\"ph\": \"i\", \"name\": \"[OutOfMemory]\", \"ts\": 105.0, \"args\": {\"Device Type\": 1,"
                   b" \"Device Id\": 0, \"Bytes\": 1073741824, \"Total Allocated\": 512,"
                   b" \"Total Reserved\": 2097152}}], \"displayTimeUnit\": \"ms\"}",
    "kineto_array.json": b"[{\"ph\": \"X\", \"name\": \"aten::mm\", \"ts\": 1, \"dur\": 2},"
                         b" {\"ph\": \"i\", \"name\": \"[memory]\", \"ts\": 3, \"args\": {\"Addr\": 8,"
                         b" \"Bytes\": 64, \"Device Type\": 1, \"Device Id\": 1}}]",
    "escapes.json": b"{\"traceEvents\": [{\"name\": \"\\u005bmemory]\\n\\ud83d\\ude00\", \"ts\": 1e3,"
                    b" \"args\": {\"Bytes\": -0.0e+0}}]}",
}


def corpus_seeds(corpus):
    """(target, name, bytes) for the small real files of the shared corpus, sorted by content."""
    out = []
    if corpus is None or not corpus.is_dir():
        print("   shared corpus absent: seeds come from tests/data and generated inputs only")
        return out
    for p in sorted(corpus.rglob("*")):
        if not p.is_file() or p.stat().st_size > MAX_SEED:
            continue
        blob = p.read_bytes()
        name = "corpus_" + p.name
        if blob[:1] == b"\x80":
            out += [("fuzz_pickle", name, blob), ("fuzz_replay", name, blob)]
        elif blob[:2] == b"\x1f\x8b":
            out.append(("fuzz_gzip", name, blob))
        elif blob[:4] == b"\x28\xb5\x2f\xfd":
            out.append(("fuzz_zstd", name, blob))
        elif blob.lstrip()[:1] in (b"{", b"["):
            out.append(("fuzz_json", name, blob[:16384]))
        elif b"<html" in blob[:4096].lower():
            out.append(("fuzz_html", name, blob))
        elif p.suffix in (".txt", ".log", ".md"):
            # OOM messages: one seed per paragraph, as users paste one message at a time.
            text = blob.decode("utf-8", "replace")
            for i, para in enumerate(t for t in text.split("\n\n") if "memory" in t.lower()):
                out.append(("fuzz_oommessage", f"{name}_{i:03d}.txt", para.encode()[:16384]))
    print(f"   shared corpus: {len(out)} seeds from {corpus}")
    return out


def write(dir_, name, data):
    dir_.mkdir(parents=True, exist_ok=True)
    (dir_ / name).write_bytes(data)


def main(argv):
    data, out = pathlib.Path(argv[1]), pathlib.Path(argv[2])
    if out.exists():
        shutil.rmtree(out)
    pickles = {**small_fixture_pickles(data), **generated_pickles()}
    for name, blob in pickles.items():
        write(out / "fuzz_pickle", name, blob)
        write(out / "fuzz_replay", name, blob)
    small = {n: b for n, b in pickles.items() if len(b) <= 20_000}
    for name, blob in small.items():
        write(out / "fuzz_gzip", name + ".gz", gzip.compress(blob, mtime=0))
        write(out / "fuzz_html", name + ".html", html_of(blob))
    write(out / "fuzz_gzip", "two_members.gz",
          gzip.compress(b"\x80\x04}\x94", mtime=0) + gzip.compress(b".", mtime=0))
    write(out / "fuzz_gzip", "bomb.gz", gzip.compress(b"\0" * (8 << 20), mtime=0))
    write(out / "fuzz_gzip", "fixture.gz", (data / "oom_expandable.pickle.gz").read_bytes())
    zstd = shutil.which("zstd")
    if zstd:
        for name, blob in list(small.items()) + [("bomb", b"\0" * (8 << 20))]:
            z = subprocess.run([zstd, "-q", "-c", "-19"], input=blob, capture_output=True,
                               check=True).stdout
            write(out / "fuzz_zstd", name + ".zst", z)
        # A skippable frame followed by a real one.
        first = sorted((out / "fuzz_zstd").iterdir())[0].read_bytes()
        write(out / "fuzz_zstd", "skippable.zst", b"\x50\x2a\x4d\x18\x04\x00\x00\x00abcd" + first)
    write(out / "fuzz_zstd", "fixture.zst", (data / "oom_expandable.pickle.zst").read_bytes())
    text = (data / "oom_messages.txt").read_text(encoding="utf-8")
    for i, case in enumerate(text.split("\n=== ")[1:]):
        lines = [l for l in case.split("\n")[1:]
                 if not l.startswith(("source:", "expect:"))]
        write(out / "fuzz_oommessage", f"case{i:03d}.txt", "\n".join(lines).encode())
    for name, blob in JSON_SEEDS.items():
        write(out / "fuzz_json", name, blob)
    for target, name, blob in corpus_seeds(pathlib.Path(argv[3]) if len(argv) > 3 else None):
        write(out / target, name, blob)
    # Inputs that once crashed a target (fuzz/regressions/<target>/) stay in its seeds.
    regressions = pathlib.Path(__file__).resolve().parent / "regressions"
    for d in sorted(regressions.iterdir()) if regressions.is_dir() else []:
        for f in sorted(d.iterdir()):
            write(out / d.name, "regression_" + f.name, f.read_bytes())
    # The whole loader sniffs the format: it gets a bit of everything.
    for d in sorted(out.iterdir()):
        for f in sorted(d.iterdir()):
            if f.stat().st_size <= 40_000:
                write(out / "fuzz_load", f"{d.name[5:]}_{f.name}", f.read_bytes())
    for d in sorted(out.iterdir()):
        print(f"   {d.name}: {len(list(d.iterdir()))} seeds")


if __name__ == "__main__":
    main(sys.argv)
