#!/usr/bin/env python3
"""golden_summary.py FILE -- reference summary of a PyTorch CUDA memory snapshot.

An independent (Python, stdlib only) implementation of what
`vramscope summary FILE --json` must print.  The golden tests compare the two
JSON documents; tests/data/<file>.expected.json are this script's output.

Input
-----
FILE may be
  * a pickle as written by torch.cuda.memory._dump_snapshot() (protocol 2-5),
    by the TorchScript pickler (torch::cuda::_memory_snapshot_pickled), or a
    bare list of segments (1.13 / memory_snapshot());
  * the same, gzip-compressed (magic 1f 8b) or zstd-compressed (magic
    28 b5 2f fd; decompressed with `zstd -dc`);
  * an HTML file written by torch/cuda/_memory_viz.py trace_plot/segment_plot
    (the pickle is the base64 string after `"base64": "`; trailing NUL padding
    after the STOP opcode is ignored).
Detection is by content (magic bytes, then a first non-blank byte '<' for
HTML), never by file name.  The pickle is read with a restricted Unpickler:
any GLOBAL / STACK_GLOBAL / persistent id is an error, nothing is executed.

Output (JSON, 2-space indent, keys in this order)
-------------------------------------------------
{
  "format": {
    "compression": "none" | "gzip" | "zstd",     # outer container; HTML counts as "none"
    "pickle_protocol": N,   # byte after a leading PROTO opcode (0x80 N); without PROTO:
                            # 1 if any opcode needs protocol 1 (binary opcodes), else 0
    "layout": "1.13-segments" | "2.0-history" | "2.1+"
  },
  "devices": [ { ... one object per device, sorted by device ordinal ... } ]
}

layout: the unpickled top level is a list -> "1.13-segments".  Otherwise (a
dict) -> "2.0-history" if any block has a "history" key, or if there is at
least one segment and neither any segment nor any block has "requested_size"
(a 2.0 dump recorded without stacks); else "2.1+".

A device is listed when it has a non-empty trace (device_traces[d]) or at
least one segment with "device" == d ("device" missing counts as 0).
Trace of device d = device_traces[d] if the dict has "device_traces" and
d < len(device_traces), else the empty list.  Event index i = position in that
list (0-based, raw entries: free_requested/free_completed are NOT merged).

Per device:
  device               ordinal
  trace_entries        len(trace)
  actions              {action: count} for every action string that occurs (unknown
                       actions included), keys sorted
  segments             number of segments of the device
  blocks               total number of blocks in those segments (all states)

  Allocated bytes are *requested* bytes (format.md b.5): a block's size is
    requested_size                      if the block has "requested_size",
    else history[0]["real_size"]        if it has a non-empty "history" (2.0),
    else size                           (1.13).
  Active blocks = state "active_allocated" or "active_pending_free" (memory counts
  until free_completed; free_requested does not release anything).

  baseline_allocated_bytes = sum(size of active blocks of the device's segments)
                             - sum(size of "alloc" entries)
                             + sum(size of "free_completed" entries)
  baseline_reserved_bytes  = sum(total_size of the device's segments)
                             - sum(size of "segment_alloc" and "segment_map" entries)
                             + sum(size of "segment_free" and "segment_unmap" entries)
  (entry size = entry["size"], 0 when missing.)
  Replay from the baseline, after event i:
    allocated(i) = allocated(i-1) + size for "alloc", - size for "free_completed"
    reserved(i)  = reserved(i-1)  + size for "segment_alloc"/"segment_map",
                                  - size for "segment_free"/"segment_unmap"
    every other action (free_requested, snapshot, oom, unknown) changes nothing.
    allocated(-1) = baseline_allocated_bytes, reserved(-1) = baseline_reserved_bytes.
  end_*_bytes   = value after the last event (= baseline when the trace is empty)
  peak_*_bytes  = max(baseline, value after every event)
  peak_*_index  = -1 if peak == baseline, else the smallest i with value(i) == peak
  oom_events    = [{index, requested_bytes (= entry "size"), device_free_bytes
                   (= entry "device_free", 0 if missing)}] for every "oom" entry, in order

Negative values are reported as computed (they signal an inconsistent file).
Exit status 0 on success, 1 with a message on stderr when the file cannot be read.
"""
import base64
import gzip
import io
import json
import pickle
import pickletools
import re
import subprocess
import sys


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("forbidden global %s.%s" % (module, name))

    def persistent_load(self, pid):
        raise pickle.UnpicklingError("forbidden persistent id")


def read_payload(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        compression = "gzip"
        data = gzip.decompress(raw)
    elif raw[:4] == b"\x28\xb5\x2f\xfd":
        compression = "zstd"
        data = subprocess.run(["zstd", "-dc", "--", path], check=True,
                              stdout=subprocess.PIPE).stdout
    else:
        compression = "none"
        data = raw
    if data.lstrip()[:1] == b"<":
        m = re.search(rb'"base64"\s*:\s*"([A-Za-z0-9+/=]*)"', data)
        if not m:
            raise ValueError("HTML without an embedded base64 snapshot")
        data = base64.b64decode(m.group(1))
    return compression, data


def pickle_protocol(data):
    if len(data) >= 2 and data[0] == 0x80:
        return data[1]
    proto = 0
    try:
        for op, _arg, _pos in pickletools.genops(data):
            proto = max(proto, op.proto)
            if op.name == "STOP":
                break
    except Exception:
        pass
    return min(proto, 1)


def block_bytes(b):
    if "requested_size" in b:
        return b["requested_size"]
    h = b.get("history")
    if h:
        return h[0]["real_size"]
    return b["size"]


def layout_of(obj):
    if isinstance(obj, list):
        return "1.13-segments"
    segs = obj.get("segments") or []
    blocks = [b for s in segs for b in s.get("blocks", [])]
    if any("history" in b for b in blocks):
        return "2.0-history"
    if segs and not any("requested_size" in s for s in segs) \
            and not any("requested_size" in b for b in blocks):
        return "2.0-history"
    return "2.1+"


def summarize(path):
    compression, data = read_payload(path)
    proto = pickle_protocol(data)
    obj = RestrictedUnpickler(io.BytesIO(data)).load()
    layout = layout_of(obj)
    if isinstance(obj, list):
        segments, traces = obj, []
    else:
        segments = obj.get("segments") or []
        traces = obj.get("device_traces") or []

    devs = set(s.get("device", 0) for s in segments)
    devs |= {d for d, t in enumerate(traces) if t}
    out_devices = []
    for d in sorted(devs):
        segs = [s for s in segments if s.get("device", 0) == d]
        trace = traces[d] if d < len(traces) else []
        actions = {}
        for e in trace:
            a = e.get("action")
            actions[a] = actions.get(a, 0) + 1
        n_blocks = sum(len(s.get("blocks", [])) for s in segs)
        live = sum(block_bytes(b) for s in segs for b in s.get("blocks", [])
                   if b.get("state") in ("active_allocated", "active_pending_free"))
        total = sum(s["total_size"] for s in segs)
        a_net = 0
        r_net = 0
        for e in trace:
            act, size = e.get("action"), e.get("size", 0)
            if act == "alloc":
                a_net += size
            elif act == "free_completed":
                a_net -= size
            elif act in ("segment_alloc", "segment_map"):
                r_net += size
            elif act in ("segment_free", "segment_unmap"):
                r_net -= size
        base_a = live - a_net
        base_r = total - r_net
        cur_a, cur_r = base_a, base_r
        peak_a, peak_r = base_a, base_r
        idx_a = idx_r = -1
        ooms = []
        for i, e in enumerate(trace):
            act, size = e.get("action"), e.get("size", 0)
            if act == "alloc":
                cur_a += size
            elif act == "free_completed":
                cur_a -= size
            elif act in ("segment_alloc", "segment_map"):
                cur_r += size
            elif act in ("segment_free", "segment_unmap"):
                cur_r -= size
            elif act == "oom":
                ooms.append({"index": i, "requested_bytes": size,
                             "device_free_bytes": e.get("device_free", 0)})
            if cur_a > peak_a:
                peak_a, idx_a = cur_a, i
            if cur_r > peak_r:
                peak_r, idx_r = cur_r, i
        out_devices.append({
            "device": d,
            "trace_entries": len(trace),
            "actions": {k: actions[k] for k in sorted(actions, key=str)},
            "segments": len(segs),
            "blocks": n_blocks,
            "baseline_allocated_bytes": base_a,
            "end_allocated_bytes": cur_a,
            "peak_allocated_bytes": peak_a,
            "peak_allocated_index": idx_a,
            "baseline_reserved_bytes": base_r,
            "end_reserved_bytes": cur_r,
            "peak_reserved_bytes": peak_r,
            "peak_reserved_index": idx_r,
            "oom_events": ooms,
        })
    return {
        "format": {"compression": compression, "pickle_protocol": proto, "layout": layout},
        "devices": out_devices,
    }


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: golden_summary.py FILE\n")
        return 2
    try:
        res = summarize(argv[1])
    except Exception as e:             # noqa: BLE001 - report any read failure
        sys.stderr.write("%s: %s: %s\n" % (argv[1], type(e).__name__, e))
        return 1
    sys.stdout.write(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
