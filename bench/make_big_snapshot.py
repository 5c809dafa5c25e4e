#!/usr/bin/env python3
"""Writes a large, realistic snapshot pickle (protocol 4) for the benchmark, streaming, in bounded
memory: the trace of a seed snapshot (a fixture in tests/data) repeated with shifted addresses and
times until N entries, frames shared through the memo exactly as torch's pickler shares them.
usage: make_big_snapshot.py SEED.pickle N OUT.pickle"""
import pickle
import struct
import sys


class Writer:
    def __init__(self, f):
        self.f = f
        self.memo = 0
        self.strings = {}
        self.buf = bytearray()

    def flush(self, force=False):
        if force or len(self.buf) > (1 << 20):
            self.f.write(self.buf)
            self.buf = bytearray()

    def memoize(self):
        self.buf += b'\x94'
        self.memo += 1
        return self.memo - 1

    def get(self, idx):
        self.buf += (b'h' + bytes([idx])) if idx < 256 else (b'j' + struct.pack('<I', idx))

    def string(self, s):
        if s in self.strings:
            return self.get(self.strings[s])
        b = s.encode()
        self.buf += (b'\x8c' + bytes([len(b)]) if len(b) < 256 else b'X' + struct.pack('<I', len(b))) + b
        self.strings[s] = self.memoize()

    def integer(self, v):
        if 0 <= v < 256:
            self.buf += b'K' + bytes([v])
        elif 0 <= v < 65536:
            self.buf += b'M' + struct.pack('<H', v)
        elif -2**31 <= v < 2**31:
            self.buf += b'J' + struct.pack('<i', v)
        else:
            n = (v.bit_length() + 8) // 8
            self.buf += b'\x8a' + bytes([n]) + v.to_bytes(n, 'little', signed=True)

    def scalar(self, v):
        """A str, int, pool-id tuple or None value of an entry or block dict."""
        if isinstance(v, str):
            self.string(v)
        elif isinstance(v, int):
            self.integer(v)
        elif isinstance(v, tuple):  # pool ids
            self.buf += b'('
            for x in v:
                self.integer(x)
            self.buf += b't'
        else:
            self.buf += b'N'


def entry_templates(w, trace, stacks):
    """Per seed entry: byte pieces with 'addr' / 'time' markers between them."""
    w.flush(True)  # the pieces are built in w.buf: write out what it holds first
    out = []
    for e in trace:
        parts = [b'}\x94(']
        for k, v in e.items():
            w.buf = bytearray()
            w.string(k)
            if k == 'frames':
                w.get(stacks[id(v)])
            elif k == 'addr' and v:
                parts.append(bytes(w.buf))
                parts.append(('addr', v))
                continue
            elif k == 'time_us':
                parts.append(bytes(w.buf))
                parts.append(('time', v))
                continue
            else:
                w.scalar(v)
            parts.append(bytes(w.buf))
        parts.append(b'u')
        merged = []
        for part in parts:  # join adjacent byte pieces
            if isinstance(part, bytes) and merged and isinstance(merged[-1], bytes):
                merged[-1] += part
            else:
                merged.append(part)
        out.append(merged)
    w.buf = bytearray()
    return out


def write_rep(w, templates, n, written, addr_shift, time_shift):
    w.buf += b'('
    enc = Writer(None)
    for parts in templates:
        if written >= n:
            break
        for part in parts:
            if isinstance(part, bytes):
                w.buf += part
            else:
                enc.buf = w.buf
                enc.integer(part[1] + (addr_shift if part[0] == 'addr' else time_shift))
        written += 1
        if written % 1000 == 0:
            w.buf += b'e('
        if len(w.buf) > (1 << 20):
            w.flush()
    w.buf += b'e'
    return written


def main():
    seed_path, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(seed_path, 'rb') as f:
        seed = pickle.load(f)
    traces = [t for t in seed['device_traces'] if t]
    trace = max(traces, key=len)
    span = max(e.get('time_us', 0) for e in trace) - min(e.get('time_us', 0) for e in trace) + 1000
    stacks = {}  # id(frames list) -> memo index of the list written once
    with open(out, 'wb') as f:
        w = Writer(f)
        w.buf += b'\x80\x04}'
        w.memoize()
        w.buf += b'('
        w.string('segments')
        w.buf += b']'
        w.memoize()
        w.string('device_traces')
        w.buf += b']'
        w.memoize()
        w.buf += b']'
        w.memoize()
        written = 0
        rep = 0
        templates = None
        while written < n:
            if rep >= 1 and templates is None:
                templates = entry_templates(w, trace, stacks)
            if templates is not None:
                # Every string and stack is memoized by now: an entry's bytes are its template with
                # the shifted address and time filled in (same bytes as the general writer, ~10x faster).
                written = write_rep(w, templates, n, written, rep * (1 << 36), rep * span)
                rep += 1
                continue
            shift = rep * (1 << 36)
            w.buf += b'('
            for e in trace:
                if written >= n:
                    break
                w.buf += b'}'
                w.memoize()
                w.buf += b'('
                for k, v in e.items():
                    w.string(k)
                    if k == 'frames':
                        if id(v) in stacks:
                            w.get(stacks[id(v)])
                        else:
                            w.buf += b']'
                            stacks[id(v)] = w.memoize()
                            if v:
                                w.buf += b'('
                                for fr in v:
                                    w.buf += b'}'
                                    w.memoize()
                                    w.buf += b'('
                                    for fk, fv in fr.items():
                                        w.string(fk)
                                        w.string(fv) if isinstance(fv, str) else w.integer(fv)
                                    w.buf += b'u'
                                w.buf += b'e'
                    elif k == 'addr' and v:
                        w.integer(v + shift)
                    elif k == 'time_us':
                        w.integer(v + rep * span)
                    else:
                        w.scalar(v)
                w.buf += b'u'
                written += 1
                if written % 1000 == 0:
                    w.buf += b'e('
                w.flush()
            w.buf += b'e'
            rep += 1
        w.buf += b'a'  # the device-0 trace into device_traces
        w.buf += b'u.'
        w.flush(True)


if __name__ == '__main__':
    main()
