#!/usr/bin/env python3
"""Generate the comparison fixtures (stdlib only, deterministic).

tests/data/ranks/rank{0..7}.pickle  -- an 8-rank data-parallel job, one file per rank (the rank's
    process uses cuda:<rank>; device_traces lists all 8 visible devices, only its own is filled).
    rank 5 meets a long-sequence batch in step 3 and runs out of memory on the first layer's
    activation; rank 6 is an uneven pipeline stage with 1.5x the activations (imbalanced).
tests/data/ab/before.pickle, after.pickle  -- the same training loop before and after a fix:
    `before` saves 128 MiB of activations per layer and runs out of memory in the forward of step 2
    (after the first optimizer step created the Adam state); `after` saves 32 MiB per layer (the
    layer inputs only, as checkpointing would) and sets max_split_size_mb:128.

The training loop mirrors tests/model/synthetictraining.h (frames that the categorizer reads
unambiguously): model.to() -> parameters; batch.to() -> input; per layer a scratch tensor freed at
once (temporary) and kept activations; the loss; backward on the autograd thread (C++ engine
frames): per layer the activations are freed, a gradient of the layer output (temporary, a quarter
of the activations) and the parameter gradient (AccumulateGrad) are allocated; Adam state is
created lazily at the first step; zero_grad(set_to_none=True) frees the gradients.

The allocator is a simplified CUDACachingAllocator: one segment per block (2 MiB segments for
requests up to 1 MiB, else the 512-rounded size rounded up to 2 MiB), exact-size reuse of cached
segments, and before an OOM the cached segments are released (segment_free) and the request
retried. Every size below is known by construction; docs/compare.md lists the resulting numbers.

Run: python3 tests/tools/make_rank_fixtures.py
"""
import os
import pickle

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))
MiB = 1024 * 1024
VENV = "/home/ml/.venv/lib/python3.11/site-packages/"
TORCH = VENV + "torch/"
APP = "/home/ml/ddp/"
T0 = 1732000000000000


def f(file, line, name):
    return {"filename": file, "line": line, "name": name}


CALL = f(TORCH + "nn/modules/module.py", 1527, "_call_impl")
ENGINE = [f("/pytorch/torch/csrc/autograd/engine.cpp", 1100, "torch::autograd::Engine::evaluate_function"),
          f("/pytorch/torch/csrc/autograd/engine.cpp", 560, "torch::autograd::Engine::thread_main")]
STACKS = {
    "param": [f(TORCH + "nn/modules/module.py", 1143, "convert"), f(TORCH + "nn/modules/module.py", 797, "_apply"),
              f(TORCH + "nn/modules/module.py", 1145, "to"), f(APP + "train.py", 20, "main")],
    "input": [f(VENV + "accelerate/utils/operations.py", 150, "send_to_device"), f(APP + "train.py", 40, "train_step")],
    "act": [f(APP + "model.py", 30, "forward"), CALL, f(APP + "model.py", 60, "forward"), CALL,
            f(APP + "train.py", 41, "train_step")],
    "temp": [f(TORCH + "nn/functional.py", 1500, "gelu"), f(APP + "model.py", 33, "forward"), CALL,
             f(APP + "train.py", 41, "train_step")],
    "loss": [f(TORCH + "nn/modules/loss.py", 1179, "forward"), CALL, f(APP + "train.py", 42, "train_step")],
    "gradact": list(ENGINE),
    "grad": [f("/pytorch/torch/csrc/autograd/functions/accumulate_grad.h", 220,
               "torch::autograd::AccumulateGrad::accumulateGrad")] + ENGINE,
    "optinit": [f(TORCH + "optim/adam.py", 120, "_init_group"), f(TORCH + "optim/adam.py", 200, "step"),
                f(TORCH + "optim/optimizer.py", 385, "wrapper"), f(APP + "train.py", 45, "train_step")],
    "opttemp": [f(TORCH + "optim/adam.py", 500, "_multi_tensor_adam"), f(TORCH + "optim/adam.py", 220, "adam"),
                f(TORCH + "optim/adam.py", 200, "step"), f(APP + "train.py", 45, "train_step")],
    "zero": [f(TORCH + "optim/optimizer.py", 800, "zero_grad"), f(APP + "train.py", 39, "train_step")],
    "end": [f(APP + "train.py", 47, "train_step")],
}


def settings(conf="", max_split=-1):
    return {"PYTORCH_CUDA_ALLOC_CONF": conf, "max_split_size": max_split, "garbage_collection_threshold": 0.0,
            "expandable_segments": False, "pinned_num_register_threads": 1, "release_lock_on_cudamalloc": False,
            "pinned_use_cuda_host_register": False,
            "roundup_power2_divisions": {str(1 << i): 0 for i in range(16)}}


class OOM(Exception):
    pass


class Allocator:
    """One segment per block; exact-size reuse; release cached segments before failing."""

    def __init__(self, device, capacity, base):
        self.device = device
        self.capacity = capacity
        self.next_addr = base
        self.t = T0 + device * 1000
        self.trace = []
        self.segments = {}  # addr -> [segment size, block size, requested or 0, stack or None]
        self.reserved = 0

    def entry(self, action, addr, size, stack, **extra):
        self.t += 10
        e = {"action": action, "addr": addr, "size": size, "stream": 0, "time_us": self.t}
        e.update(extra)
        e["frames"] = stack
        self.trace.append(e)

    @staticmethod
    def seg_size(n):
        return 2 * MiB if n <= MiB else ((n + 511) // 512 * 512 + 2 * MiB - 1) // (2 * MiB) * (2 * MiB)

    def alloc(self, n, key):
        stack = STACKS[key]
        block = max(512, (n + 511) // 512 * 512)
        size = self.seg_size(n)
        addr = next((a for a, s in sorted(self.segments.items()) if s[0] == size and s[2] == 0), None)
        if addr is None:
            if self.reserved + size > self.capacity:
                for a, s in sorted(self.segments.items()):  # release_cached_blocks()
                    if s[2] == 0:
                        self.entry("segment_free", a, s[0], stack)
                        self.reserved -= s[0]
                        del self.segments[a]
            if self.reserved + size > self.capacity:
                self.t += 10
                self.trace.append({"action": "oom", "device_free": self.capacity - self.reserved, "size": block,
                                   "stream": 0, "time_us": self.t, "frames": stack})
                raise OOM()
            addr = self.next_addr
            self.next_addr += size + 2 * MiB
            self.reserved += size
            self.segments[addr] = [size, block, 0, None]
            self.entry("segment_alloc", addr, size, stack)
        seg = self.segments[addr]
        seg[1], seg[2], seg[3] = block, n, stack
        self.entry("alloc", addr, block, stack)
        return addr

    def free(self, addr, key):
        seg = self.segments[addr]
        self.entry("free_requested", addr, seg[1], STACKS[key])
        self.entry("free_completed", addr, seg[1], STACKS[key])
        seg[2], seg[3] = 0, None

    def dump_segments(self):
        out = []
        for addr, (size, block, req, stack) in sorted(self.segments.items()):
            blocks = [{"address": addr, "size": block, "requested_size": req,
                       "state": "active_allocated" if req else "inactive", "frames": stack or []}]
            if size > block:
                blocks.append({"address": addr + block, "size": size - block, "requested_size": 0,
                               "state": "inactive", "frames": []})
            active = block if req else 0
            out.append({"device": self.device, "address": addr, "total_size": size, "allocated_size": active,
                        "active_size": active, "requested_size": req, "stream": 0,
                        "segment_type": "small" if size == 2 * MiB else "large", "segment_pool_id": (0, 0),
                        "is_expandable": False, "frames": stack or [], "blocks": blocks})
        return out


class Training:
    def __init__(self, al, layers=4, param=4 * MiB, act=64 * MiB, temp=8 * MiB, inp=4 * MiB):
        self.al, self.layers, self.param, self.act, self.temp, self.inp = al, layers, param, act, temp, inp
        self.params = [al.alloc(param, "param") for _ in range(layers)]
        self.state, self.grads = [], []

    def step(self, act=None, temp=None):
        al, act, temp = self.al, act or self.act, temp or self.temp
        for g in self.grads:  # zero_grad(set_to_none=True)
            al.free(g, "zero")
        self.grads = []
        inp = al.alloc(self.inp, "input")
        acts = []
        for _ in range(self.layers):
            t = al.alloc(temp, "temp")
            acts.append(al.alloc(act, "act"))
            al.free(t, "temp")
        loss = al.alloc(512, "loss")
        gradact = None
        for _ in range(self.layers):
            al.free(acts.pop(), "gradact")
            nxt = al.alloc(act // 4, "gradact")
            if gradact is not None:
                al.free(gradact, "gradact")
            gradact = nxt
            self.grads.append(al.alloc(self.param, "grad"))
        al.free(gradact, "gradact")
        if not self.state:
            self.state = [al.alloc(self.param, "optinit") for _ in range(2 * self.layers)]
        for _ in range(self.layers):
            al.free(al.alloc(self.param, "opttemp"), "opttemp")
        al.free(loss, "end")
        al.free(inp, "end")


def write(path, al, alloc_settings, visible):
    traces = [al.trace if d == al.device else [] for d in range(visible)]
    snap = {"segments": al.dump_segments(), "device_traces": traces, "allocator_settings": alloc_settings}
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(snap, fh, protocol=4)
    print("%-28s %6d entries, %7d bytes" % (os.path.relpath(path, DATA), len(al.trace), os.path.getsize(path)))


def main():
    for rank in range(8):
        al = Allocator(rank, 512 * MiB, 0x7F0000000000 + rank * 0x100000000)
        run = Training(al, act=96 * MiB if rank == 6 else 64 * MiB)
        try:
            for k in range(3):
                if rank == 5 and k == 2:  # a long-sequence batch: 8x activations and scratch
                    run.step(act=512 * MiB, temp=64 * MiB)
                else:
                    run.step()
        except OOM:
            assert rank == 5
        write(os.path.join(DATA, "ranks", "rank%d.pickle" % rank), al, settings(), 8)

    al = Allocator(0, 560 * MiB, 0x7F1000000000)
    run = Training(al, act=128 * MiB)
    try:
        for _ in range(3):
            run.step()
        raise SystemExit("before: expected an OOM")
    except OOM:
        pass
    write(os.path.join(DATA, "ab", "before.pickle"), al, settings(), 1)
    al = Allocator(0, 560 * MiB, 0x7F1000000000)
    run = Training(al, act=32 * MiB)
    for _ in range(3):
        run.step()
    write(os.path.join(DATA, "ab", "after.pickle"), al, settings("max_split_size_mb:128", 128 * MiB), 1)


if __name__ == "__main__":
    main()
