#!/usr/bin/env python3
"""Generate realistic synthetic PyTorch CUDA memory snapshots (stdlib only).

Writes tests/data/* and resources/examples/example_oom.pickle.zst, exactly in
the shapes that torch.cuda.memory._dump_snapshot() (Python path, pickle.dump),
the 2.0 / 1.13 Python paths and the C++ TorchScript pickler
(torch::cuda::_memory_snapshot_pickled) produce.  See tests/data/README.md and
/work/shared/docs/format.md (the schema and replay spec).

How it works
------------
* `DeviceAllocator` re-implements the parts of c10's CUDACachingAllocator that
  shape a trace: 512 B rounding, small pool (<= 1 MiB requests, 2 MiB
  segments) / large pool (20 MiB segments below 10 MiB, else 2 MiB multiples),
  best fit per (stream, pool), block splitting (small: remainder >= 512 B,
  large: remainder > 1 MiB), merging on free, record_stream deferral
  (free_completed at a later malloc's process_events), release of cached
  blocks before an OOM (segment_free / segment_unmap burst), expandable
  segments (one VA reservation per (stream, pool kind), 2 MiB / 20 MiB pages,
  segment_map / segment_unmap), CUDA-graph private pools.
* `GPTRun` drives it with a nanoGPT-like training loop (model.to(), forward,
  backward on the autograd device thread, AdamW with lazily created state,
  clip_grad_norm_, zero_grad(set_to_none=True), gradient accumulation).
* Dumpers turn the simulator state into the dict/list/tuple/str/int/float/
  bool/None structure of each layout.  Object sharing follows the producers:
  key strings and action/state strings are shared objects, every captured
  traceback (one CapturedTraceback per malloc / free) becomes ONE frames list
  shared by every entry and block that refers to it (segment_alloc/map +
  alloc + the block; free_requested + free_completed), frame dicts are
  de-duplicated per dump, one shared empty list serves all frameless blocks
  and segments, and values built from C++ strings (frame names/filenames,
  compile_context) are fresh str objects as pybind creates them.

Everything is deterministic (fixed seeds, fixed clocks, gzip mtime fixed,
zstd -19).  Run:  python3 tests/tools/make_fixtures.py
"""
from __future__ import annotations

import base64
import gzip
import json
import os
import pickle
import random
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "tests", "data")
EXAMPLES = os.path.join(ROOT, "resources", "examples")

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

# c10/cuda/CUDACachingAllocator.cpp constants
kMinBlockSize = 512
kSmallSize = 1 * MiB
kSmallBuffer = 2 * MiB
kLargeBuffer = 20 * MiB
kMinLargeAlloc = 10 * MiB
kRoundLarge = 2 * MiB


def round_size(n):
    if n < kMinBlockSize:
        return kMinBlockSize
    return kMinBlockSize * ((n + kMinBlockSize - 1) // kMinBlockSize)


def allocation_size(size):
    if size <= kSmallSize:
        return kSmallBuffer
    if size < kMinLargeAlloc:
        return kLargeBuffer
    return kRoundLarge * ((size + kRoundLarge - 1) // kRoundLarge)


def fresh(s):
    """A new str object equal to s (what pybind returns for a std::string)."""
    if len(s) < 2:
        return s
    return s[:1] + s[1:]


# ---------------------------------------------------------------------------
# Frames.  A frame is (filename, line, name); tracebacks are innermost first.
# ---------------------------------------------------------------------------
VENV = "/home/ml/.venv/lib/python3.11/site-packages/"
TORCH = VENV + "torch/"
APP = "/home/ml/nanogpt/"
MODEL = APP + "model.py"
MODULE = TORCH + "nn/modules/module.py"
LINEAR = TORCH + "nn/modules/linear.py"
NORM = TORCH + "nn/modules/normalization.py"
SPARSE = TORCH + "nn/modules/sparse.py"
FUNC = TORCH + "nn/functional.py"
TENSOR_PY = TORCH + "_tensor.py"
AUTOGRAD_PY = TORCH + "autograd/__init__.py"
GRAPH_PY = TORCH + "autograd/graph.py"
OPTIM_PY = TORCH + "optim/optimizer.py"
ADAM_PY = TORCH + "optim/adam.py"
CLIP_PY = TORCH + "nn/utils/clip_grad.py"
DYNAMO_PY = TORCH + "_dynamo/eval_frame.py"
DROPOUT_PY = TORCH + "nn/modules/dropout.py"
GRAPHS_PY = TORCH + "cuda/graphs.py"

CALL = [(MODULE, 1747, "_call_impl"), (MODULE, 1736, "_wrapped_call_impl")]

PYSRC = "/usr/local/src/conda/python-3.11.9/"
CCA = "/pytorch/c10/cuda/CUDACachingAllocator.cpp"
CPP_GATHER = [
    ("/pytorch/torch/csrc/profiler/unwind/unwind.cpp", 349, "torch::unwind::unwind()"),
    ("/pytorch/torch/csrc/profiler/combined_traceback.cpp", 26,
     "torch::CapturedTraceback::gather(bool, bool, bool)"),
    ("/pytorch/torch/csrc/cuda/memory_snapshot.cpp", 63, "gather_with_cpp()"),
]
CPP_ALLOC = [
    (CCA, 1203, "c10::cuda::CUDACachingAllocator::Native::DeviceCachingAllocator::malloc("
                "signed char, unsigned long, CUstream_st*)"),
    (CCA, 3672, "c10::cuda::CUDACachingAllocator::Native::NativeCachingAllocator::malloc("
                "void**, signed char, unsigned long, CUstream_st*)"),
    (CCA, 3791, "c10::cuda::CUDACachingAllocator::Native::NativeCachingAllocator::allocate("
                "unsigned long)"),
    ("/pytorch/aten/src/ATen/EmptyTensor.cpp", 56,
     "at::TensorBase at::detail::_empty_generic<long>(c10::ArrayRef<long>, c10::Allocator*, "
     "c10::DispatchKeySet, c10::ScalarType, std::optional<c10::MemoryFormat>)"),
    ("/pytorch/aten/src/ATen/cuda/EmptyTensor.cpp", 23,
     "at::detail::empty_cuda(c10::ArrayRef<long>, c10::ScalarType, std::optional<c10::Device>, "
     "std::optional<c10::MemoryFormat>)"),
]
CPP_FREE = [
    (CCA, 3720, "c10::cuda::CUDACachingAllocator::Native::NativeCachingAllocator::free(void*)"),
    ("/pytorch/c10/core/StorageImpl.h", 107, "c10::StorageImpl::release_resources()"),
    ("/pytorch/c10/core/TensorImpl.cpp", 97, "c10::TensorImpl::release_resources()"),
]
CPP_PYDEALLOC = [("/pytorch/torch/csrc/autograd/python_variable.cpp", 1950,
                  "THPVariable_subclass_dealloc(_object*)")]
CEVAL = (PYSRC + "Python/ceval.c", 5219, "_PyEval_EvalFrameDefault")
BOTTOM = [
    (PYSRC + "Python/pythonrun.c", 1741, "run_mod"),
    (PYSRC + "Modules/main.c", 684, "Py_RunMain"),
    ("??", 0, "__libc_start_main"),
    ("??", 0, "_start"),
]
ENGINE = [
    ("/pytorch/torch/csrc/autograd/function.h", 185,
     "torch::autograd::Node::operator()(std::vector<at::Tensor, std::allocator<at::Tensor> >&&)"),
    ("/pytorch/torch/csrc/autograd/engine.cpp", 1084,
     "torch::autograd::call_function(std::shared_ptr<torch::autograd::GraphTask>&, "
     "torch::autograd::Node*, torch::autograd::InputBuffer&)"),
    ("/pytorch/torch/csrc/autograd/engine.cpp", 1144,
     "torch::autograd::Engine::evaluate_function(std::shared_ptr<torch::autograd::GraphTask>&, "
     "torch::autograd::Node*, torch::autograd::InputBuffer&, "
     "std::shared_ptr<torch::autograd::ReadyQueue> const&)"),
    ("/pytorch/torch/csrc/autograd/engine.cpp", 651,
     "torch::autograd::Engine::thread_main(std::shared_ptr<torch::autograd::GraphTask> const&)"),
    ("/pytorch/torch/csrc/autograd/engine.cpp", 361,
     "torch::autograd::Engine::thread_init(int, std::shared_ptr<torch::autograd::ReadyQueue> "
     "const&, bool)"),
    ("/pytorch/torch/csrc/autograd/python_engine.cpp", 92,
     "torch::autograd::python::PythonEngine::thread_init(int, "
     "std::shared_ptr<torch::autograd::ReadyQueue> const&, bool)"),
    ("??", 0, "start_thread"),
    ("??", 0, "clone3"),
]
ACCUMULATE_GRAD = [
    ("/pytorch/torch/csrc/autograd/functions/accumulate_grad.h", 231,
     "void torch::autograd::AccumulateGrad::accumulateGrad<torch::autograd::AccumulateGrad::apply("
     "std::vector<at::Tensor, std::allocator<at::Tensor> >&&)::{lambda(at::Tensor&&)#1}>("
     "at::Tensor const&, at::Tensor&, at::Tensor const&, unsigned long, "
     "torch::autograd::AccumulateGrad::apply(std::vector<at::Tensor, "
     "std::allocator<at::Tensor> >&&)::{lambda(at::Tensor&&)#1} const&)"),
    ("/pytorch/torch/csrc/autograd/functions/accumulate_grad.cpp", 48,
     "torch::autograd::AccumulateGrad::apply(std::vector<at::Tensor, "
     "std::allocator<at::Tensor> >&&)"),
]
# aten source file per op (for the C++ frames of stacks="all" recordings)
OP_SRC = {
    "addmm": ("native/cuda/Blas.cpp", 312), "mm": ("native/cuda/Blas.cpp", 489),
    "matmul": ("native/LinearAlgebra.cpp", 2011), "bmm": ("native/cuda/Blas.cpp", 401),
    "linear": ("native/Linear.cpp", 95), "native_layer_norm": ("native/layer_norm.cpp", 55),
    "embedding": ("native/Embedding.cpp", 53), "add": ("native/BinaryOps.cpp", 405),
    "mul": ("native/BinaryOps.cpp", 417), "div": ("native/BinaryOps.cpp", 448),
    "eq": ("native/BinaryOps.cpp", 1502), "masked_fill": ("native/TensorAdvancedIndexing.cpp", 1871),
    "softmax": ("native/SoftMax.cpp", 461), "_log_softmax": ("native/SoftMax.cpp", 389),
    "nll_loss": ("native/LossNLL.cpp", 631), "gelu": ("native/Activation.cpp", 388),
    "clone": ("native/TensorFactories.cpp", 1669), "arange": ("native/RangeFactories.cpp", 151),
    "_to_copy": ("native/TensorConversions.cpp", 315), "zeros_like": ("native/TensorFactories.cpp", 1339),
    "ones_like": ("native/TensorFactories.cpp", 1304), "_foreach_sqrt": ("native/ForeachOpsKernels.cpp", 312),
    "_foreach_norm": ("native/cuda/ForeachReduceOp.cu", 510), "stack": ("native/TensorShape.cpp", 2752),
    "linalg_vector_norm": ("native/LinearAlgebra.cpp", 2787), "clamp": ("native/TensorCompare.cpp", 735),
    "sum": ("native/ReduceOps.cpp", 1337), "cat": ("native/TensorShape.cpp", 640),
    "argmax": ("native/ReduceOps.cpp", 1952), "topk": ("native/cuda/TensorTopK.cpp", 88),
    "embedding_dense_backward": ("native/cuda/Embedding.cu", 265),
    "gelu_backward": ("native/Activation.cpp", 402),
    "_softmax_backward_data": ("native/SoftMax.cpp", 476),
    "_log_softmax_backward_data": ("native/SoftMax.cpp", 404),
    "native_layer_norm_backward": ("native/layer_norm.cpp", 101),
    "nll_loss_backward": ("native/LossNLL.cpp", 652),
}


def op_frames(op, binding=True):
    src, line = OP_SRC.get(op, ("native/TensorFactories.cpp", 200))
    fr = [("/pytorch/aten/src/ATen/" + src, line, "at::native::%s(...)" % op),
          ("/pytorch/build/aten/src/ATen/Operators_%d.cpp" % (len(op) % 5), 2000 + 37 * len(op),
           "at::_ops::%s::call(...)" % op)]
    if binding:
        fr.append(("/pytorch/torch/csrc/autograd/generated/python_torch_functions_%d.cpp"
                   % (len(op) % 3), 4000 + 11 * len(op),
                   "torch::autograd::THPVariable_%s(_object*, _object*, _object*)" % op))
    return fr


def node_frame(node):
    return ("/pytorch/torch/csrc/autograd/generated/Functions.cpp", 3000 + 17 * len(node),
            "torch::autograd::generated::%s::apply(std::vector<at::Tensor, "
            "std::allocator<at::Tensor> >&&)" % node)


CPP_APP = "/home/ml/gpt_server/"
TS_INTERP = [
    ("code/__torch__/model.py", 31, "forward"),
    ("/pytorch/torch/csrc/jit/runtime/interpreter.cpp", 1017,
     "torch::jit::InterpreterStateImpl::runImpl(std::vector<c10::IValue, "
     "std::allocator<c10::IValue> >&)"),
    ("/pytorch/torch/csrc/jit/runtime/interpreter.cpp", 1186,
     "torch::jit::InterpreterState::run(std::vector<c10::IValue, std::allocator<c10::IValue> >&)"),
    ("/pytorch/torch/csrc/jit/api/function_impl.cpp", 62,
     "torch::jit::GraphFunction::run(std::vector<c10::IValue, std::allocator<c10::IValue> >&)"),
    ("/pytorch/torch/csrc/jit/api/method.h", 29,
     "torch::jit::Method::operator()(std::vector<c10::IValue, std::allocator<c10::IValue> >, "
     "std::unordered_map<std::__cxx11::basic_string<char, std::char_traits<char>, "
     "std::allocator<char> >, c10::IValue> const&) const"),
    ("/pytorch/torch/csrc/api/include/torch/jit/module.h", 115, "torch::jit::Module::forward(...)"),
    (CPP_APP + "src/generator.cpp", 88, "gpt_server::Generator::step(at::Tensor const&)"),
    (CPP_APP + "src/main.cpp", 142, "main"),
    ("??", 0, "__libc_start_main"),
    ("??", 0, "_start"),
]


class Ctx:
    """One captured traceback (a CapturedTraceback*); frames innermost first."""
    __slots__ = ("frames",)

    def __init__(self, frames):
        self.frames = tuple(frames)


# ---------------------------------------------------------------------------
# Simulator
# ---------------------------------------------------------------------------
class TE:
    __slots__ = ("action", "addr", "size", "stream", "ctx", "t", "pool", "device_free")

    def __init__(self, action, addr, size, stream, ctx, t, pool, device_free=None):
        self.action = action
        self.addr = addr
        self.size = size
        self.stream = stream
        self.ctx = ctx
        self.t = t
        self.pool = pool
        self.device_free = device_free


class OOM(Exception):
    pass


class Sim:
    def __init__(self, seed, t0_us, n_devices, stacks="python", context_all=True):
        self.rng = random.Random(seed)
        self.t = t0_us
        self.traces = [[] for _ in range(n_devices)]
        self.annotations = []
        self.stacks = stacks
        self.context_all = context_all
        self.allocs = {}

    def tick(self, lo=3, hi=40):
        self.t += self.rng.randint(lo, hi)

    def record(self, dev, te):
        te.t = self.t
        self.traces[dev].append(te)

    def annotate(self, name, stage, device=0):
        self.annotations.append((name, stage, device, self.t))

    # --- contexts ---------------------------------------------------------
    def cap(self, py, op=None, binding=True):
        """Allocation on the Python main thread (libtorch main thread for 'cpp')."""
        if self.stacks == "python":
            return Ctx(py)
        if self.stacks == "cpp":
            return Ctx(CPP_GATHER + CPP_ALLOC + (op_frames(op, False) if op else []) + TS_INTERP)
        fr = CPP_GATHER + CPP_ALLOC + (op_frames(op, binding) if op else []) + [CEVAL] + py + BOTTOM
        return Ctx(fr)

    def cap_free(self, py):
        """Free (tensor released) on the Python main thread."""
        if self.stacks == "python":
            return Ctx(py)
        if self.stacks == "cpp":
            return Ctx(CPP_GATHER + CPP_FREE + TS_INTERP)
        return Ctx(CPP_GATHER + CPP_FREE + CPP_PYDEALLOC + [CEVAL] + py + BOTTOM)

    def cap_bw(self, node, op):
        """Allocation inside a backward node, on the autograd device thread: no
        Python frames exist there (empty list with stacks='python')."""
        if self.stacks == "python":
            return Ctx(())
        return Ctx(CPP_GATHER + CPP_ALLOC + op_frames(op, False) + [node_frame(node)] + ENGINE)

    def cap_bw_free(self, node, extra=()):
        if self.stacks == "python":
            return Ctx(())
        nf = [node_frame(node)] if node else []
        return Ctx(CPP_GATHER + CPP_FREE + list(extra) + nf + ENGINE)

    def cap_cpp(self, fr):
        """A libtorch (C++ host) traceback: C++ frames only."""
        return Ctx(CPP_GATHER + CPP_ALLOC + fr)


class Block:
    __slots__ = ("addr", "size", "requested", "state", "ctx", "seg", "prev", "next", "mapped",
                 "stream_uses", "history")

    def __init__(self, addr, size, seg, mapped=True):
        self.addr = addr
        self.size = size
        self.requested = 0
        self.state = "free"          # free | alloc | pending (freed, waiting for events)
        self.ctx = None
        self.seg = seg
        self.prev = None
        self.next = None
        self.mapped = mapped
        self.stream_uses = None
        self.history = None


class Seg:
    __slots__ = ("addr", "size", "stream", "small", "pool", "expandable", "ctx", "head", "page",
                 "page_ctx", "owner")

    def __init__(self, addr, size, stream, small, pool, expandable=False, page=0, owner=None):
        self.owner = owner
        self.addr = addr
        self.size = size
        self.stream = stream
        self.small = small
        self.pool = pool
        self.expandable = expandable
        self.ctx = None
        self.head = None
        self.page = page
        self.page_ctx = {}

    def blocks(self):
        b = self.head
        while b is not None:
            yield b
            b = b.next


class VA:
    """cudaMalloc / cuMemAddressReserve address source: 2 MiB aligned, first
    fit over released ranges, random gaps between fresh ranges."""

    def __init__(self, base, rng):
        self.top = base
        self.free = []
        self.rng = rng

    def alloc(self, size, align=2 * MiB):
        for i, (a, s) in enumerate(self.free):
            if s >= size and a % align == 0:
                if s == size:
                    del self.free[i]
                else:
                    self.free[i] = (a + size, s - size)
                return a
        if self.rng.random() < 0.3:
            self.top += 2 * MiB * self.rng.randint(1, 8)
        self.top = (self.top + align - 1) // align * align
        a = self.top
        self.top += (size + 2 * MiB - 1) // (2 * MiB) * (2 * MiB)
        return a

    def release(self, addr, size):
        self.free.append((addr, size))
        self.free.sort()


class DeviceAllocator:
    def __init__(self, sim, device, total_mem, other_used, va_base, expandable=False,
                 history=False):
        self.sim = sim
        self.device = device
        self.total_mem = total_mem
        self.other = other_used
        self.va = VA(va_base, sim.rng)
        self.expandable = expandable
        self.history = history
        self.reserved = 0
        self.segs = []
        self.free_lists = {}
        self.exp = {}
        self.pending = []
        sim.allocs[device] = self

    # --- helpers ------------------------------------------------------------
    @property
    def budget(self):
        return self.total_mem - self.other

    def device_free(self):
        return self.total_mem - self.other - self.reserved

    def rec(self, action, addr, size, stream, ctx, pool, device_free=None):
        self.sim.record(self.device, TE(action, addr, size, stream, ctx, 0, pool, device_free))

    def _fl(self, key):
        lst = self.free_lists.get(key)
        if lst is None:
            lst = self.free_lists[key] = []
        return lst

    @staticmethod
    def _key(b):
        s = b.seg
        return (s.stream, s.small, s.pool)

    # --- public API -----------------------------------------------------------
    def malloc(self, nbytes, ctx, stream=0, pool=(0, 0)):
        self.process_events()
        self.sim.t += self.sim.rng.randint(1, 4)
        size = round_size(nbytes)
        small = size <= kSmallSize
        key = (stream, small, pool)
        b = self._best_fit(key, size)
        if b is None:
            b = self._grow(key, size, ctx)
            if b is None:
                self._release_cached(ctx)
                b = self._grow(key, size, ctx)
                if b is None:
                    self.sim.t += self.sim.rng.randint(200, 900)
                    self.rec("oom", None, size, stream, ctx, pool, device_free=self.device_free())
                    raise OOM("device %d: tried to allocate %d bytes" % (self.device, size))
        self._fl(key).remove(b)
        self._split(b, size, small)
        b.state = "alloc"
        b.requested = nbytes
        b.ctx = ctx
        b.stream_uses = None
        if self.history:
            b.history = [(b.addr, nbytes, ctx)] + (b.history or [])[:2]
        self.rec("alloc", b.addr, nbytes, stream, ctx, pool)
        return b

    def free(self, b, ctx, delay=0):
        assert b.state == "alloc", "double free"
        s = b.seg
        use = ctx if (ctx is not None and self.sim.context_all) else b.ctx
        self.rec("free_requested", b.addr, b.requested, s.stream, use, s.pool)
        if b.stream_uses:
            b.state = "pending"
            self.pending.append([b, max(1, delay)])
            return
        self._free_block(b, ctx)

    def record_stream(self, b, stream):
        b.stream_uses = (b.stream_uses or []) + [stream]

    def process_events(self):
        if not self.pending:
            return
        keep = []
        for item in self.pending:
            item[1] -= 1
            if item[1] <= 0:
                self._free_block(item[0], None)
            else:
                keep.append(item)
        self.pending = keep

    def empty_cache(self, ctx):
        self.process_events()
        self._release_cached(ctx)

    def snapshot_marker(self):
        active = 0
        for seg in self.segs:
            for b in seg.blocks():
                if b.mapped and b.state != "free":
                    active += b.size
        self.rec("snapshot", 0, active, 0, None, (0, 0))

    # --- internals ------------------------------------------------------------
    def _best_fit(self, key, size):
        best = None
        for b in self.free_lists.get(key, ()):
            if b.size >= size and (best is None or (b.size, b.addr) < (best.size, best.addr)):
                best = b
        return best

    def _split(self, b, size, small):
        rem = b.size - size
        if (small and rem >= kMinBlockSize) or (not small and rem > kSmallSize):
            r = Block(b.addr + size, rem, b.seg, b.mapped)
            r.prev = b
            r.next = b.next
            if b.next is not None:
                b.next.prev = r
            b.next = r
            b.size = size
            self._fl(self._key(b)).append(r)

    def _grow(self, key, size, ctx):
        stream, small, pool = key
        if self.expandable and pool == (0, 0):
            return self._grow_expandable(key, size, ctx)
        asz = allocation_size(size)
        if self.reserved + asz > self.budget:
            return None
        self.sim.t += self.sim.rng.randint(60, 1500)      # cudaMalloc
        addr = self.va.alloc(asz)
        seg = Seg(addr, asz, stream, small, pool, owner=self)
        seg.ctx = ctx
        b = Block(addr, asz, seg)
        seg.head = b
        self.segs.append(seg)
        self.reserved += asz
        self.rec("segment_alloc", addr, asz, stream, ctx, pool)
        self._fl(key).append(b)
        return b

    def _grow_expandable(self, key, size, ctx):
        stream, small, pool = key
        seg = self.exp.get(key)
        if seg is None:
            page = kSmallBuffer if small else kLargeBuffer
            handles = -(-(self.total_mem + self.total_mem // 8) // page)
            vsz = handles * page
            addr = self.va.alloc(vsz, align=page)
            seg = Seg(addr, vsz, stream, small, pool, expandable=True, page=page, owner=self)
            seg.head = Block(addr, vsz, seg, mapped=False)
            self.exp[key] = seg
            self.segs.append(seg)
        b = seg.head
        while b is not None:
            if not b.mapped:
                p = b.prev if (b.prev is not None and b.prev.mapped and b.prev.state == "free") else None
                have = p.size if p is not None else 0
                if have + b.size >= size:
                    need = size - have
                    mb = -(-need // seg.page) * seg.page
                    if self.reserved + mb > self.budget:
                        return None
                    self.sim.t += self.sim.rng.randint(30, 400)     # cuMemCreate + cuMemMap
                    self.rec("segment_map", b.addr, mb, seg.stream, ctx, seg.pool)
                    self.reserved += mb
                    first = (b.addr - seg.addr) // seg.page
                    for i in range(first, first + mb // seg.page):
                        seg.page_ctx[i] = ctx
                    nb = Block(b.addr, mb, seg)
                    nb.prev = b.prev
                    nb.next = b
                    if b.prev is not None:
                        b.prev.next = nb
                    else:
                        seg.head = nb
                    b.prev = nb
                    b.addr += mb
                    b.size -= mb
                    if b.size == 0:
                        nb.next = b.next
                        if b.next is not None:
                            b.next.prev = nb
                    if p is not None:
                        p.size += nb.size
                        p.next = nb.next
                        if nb.next is not None:
                            nb.next.prev = p
                        return p
                    self._fl(key).append(nb)
                    return nb
            b = b.next
        return None

    def _release_cached(self, ctx):
        for small in (False, True):
            cands = [b for k, lst in self.free_lists.items() if k[1] == small and k[2] == (0, 0)
                     for b in lst]
            cands.sort(key=lambda b: (b.seg.stream, b.size, b.addr))
            for b in cands:
                if b.seg.expandable:
                    self._unmap(b, ctx)
                elif b.prev is None and b.next is None:
                    self._free_segment(b, ctx)

    def _free_segment(self, b, ctx):
        seg = b.seg
        self.sim.t += self.sim.rng.randint(20, 300)           # cudaFree
        self.rec("segment_free", seg.addr, seg.size, seg.stream, ctx if ctx is not None else seg.ctx,
                 seg.pool)
        self.reserved -= seg.size
        self.va.release(seg.addr, seg.size)
        self.segs.remove(seg)
        self._fl(self._key(b)).remove(b)

    def _unmap(self, b, ctx):
        seg = b.seg
        pg = seg.page
        start, end = b.addr, b.addr + b.size
        s = seg.addr + -(-(start - seg.addr) // pg) * pg
        e = seg.addr + ((end - seg.addr) // pg) * pg
        if e <= s:
            return
        self.sim.t += self.sim.rng.randint(10, 120)
        self.rec("segment_unmap", s, e - s, seg.stream, ctx, seg.pool)
        self.reserved -= e - s
        for i in range((s - seg.addr) // pg, (e - seg.addr) // pg):
            seg.page_ctx.pop(i, None)
        fl = self._fl(self._key(b))
        fl.remove(b)
        prev, nxt = b.prev, b.next
        pieces = []
        if s > start:
            b.size = s - start         # b keeps its (stale) requested_size
            pieces.append(b)
            fl.append(b)
        u = Block(s, e - s, seg, mapped=False)
        pieces.append(u)
        if end > e:
            t = Block(e, end - e, seg)
            pieces.append(t)
            fl.append(t)
        # relink prev <-> pieces <-> nxt
        for x, y in zip(pieces, pieces[1:]):
            x.next = y
            y.prev = x
        pieces[0].prev = prev
        pieces[-1].next = nxt
        if prev is not None:
            prev.next = pieces[0]
        else:
            seg.head = pieces[0]
        if nxt is not None:
            nxt.prev = pieces[-1]
        # merge u with unmapped neighbours
        if u.prev is not None and not u.prev.mapped:
            p = u.prev
            p.size += u.size
            p.next = u.next
            if u.next is not None:
                u.next.prev = p
            u = p
        if u.next is not None and not u.next.mapped:
            n = u.next
            u.size += n.size
            u.next = n.next
            if n.next is not None:
                n.next.prev = u

    def _free_block(self, b, ctx):
        s = b.seg
        use = ctx if (ctx is not None and self.sim.context_all) else b.ctx
        self.rec("free_completed", b.addr, b.requested, s.stream, use, s.pool)
        b.ctx = None
        b.state = "free"
        b.stream_uses = None
        fl = self._fl(self._key(b))
        p = b.prev
        if p is not None and p.state == "free" and p.mapped:
            fl.remove(p)
            b.addr = p.addr
            b.size += p.size
            b.prev = p.prev
            if p.prev is not None:
                p.prev.next = b
            else:
                s.head = b
            if self.history and p.history:
                b.history = ((b.history or []) + p.history)[:3]
        n = b.next
        if n is not None and n.state == "free" and n.mapped:
            fl.remove(n)
            b.size += n.size
            b.next = n.next
            if n.next is not None:
                n.next.prev = b
            if self.history and n.history:
                b.history = ((b.history or []) + n.history)[:3]
        fl.append(b)

    # --- dump support ---------------------------------------------------------
    def runs(self):
        """(seg, address, [blocks], ctx) per snapshot segment, sorted by address."""
        out = []
        for seg in self.segs:
            if not seg.expandable:
                out.append((seg, seg.addr, list(seg.blocks()), seg.ctx))
                continue
            cur = []
            for b in seg.blocks():
                if b.mapped:
                    cur.append(b)
                elif cur:
                    out.append((seg, cur[0].addr, cur,
                                seg.page_ctx.get((cur[0].addr - seg.addr) // seg.page)))
                    cur = []
            if cur:
                out.append((seg, cur[0].addr, cur,
                            seg.page_ctx.get((cur[0].addr - seg.addr) // seg.page)))
        out.sort(key=lambda r: r[1])
        return out

    def check(self):
        """Internal invariants: contiguous blocks, reserved == mapped bytes."""
        mapped = 0
        for seg in self.segs:
            a = seg.addr
            for b in seg.blocks():
                assert b.addr == a, (hex(b.addr), hex(a))
                a += b.size
                if b.mapped:
                    mapped += b.size
                if b.prev is not None:
                    assert b.prev.next is b
            assert a == seg.addr + seg.size
        assert mapped == self.reserved, (mapped, self.reserved)


# ---------------------------------------------------------------------------
# Workload: a nanoGPT-like model trained with AdamW (foreach), fp32.
# ---------------------------------------------------------------------------
class Cfg:
    def __init__(self, **kw):
        self.V = 50304          # vocab (padded)
        self.T = 1024           # block_size (wpe rows, mask buffer)
        self.seq = 1024         # sequence length used
        self.d = 768
        self.L = 12
        self.H = 12
        self.B = 8
        self.E = 4              # bytes per element (fp32)
        self.G = 1              # gradient accumulation micro-steps
        self.tied = True
        self.clip = True
        self.devs = [0]
        self.dropout = False    # nn.Dropout(p > 0): native_dropout masks saved for backward
        self.fused = False      # AdamW(fused=True): CUDA step tensors, no foreach temporaries
        self.__dict__.update(kw)


class Param:
    __slots__ = ("name", "nbytes", "dev", "depth", "kind", "decay", "blk", "grad", "m", "v")

    def __init__(self, name, nbytes, dev, depth, kind="param", decay=False):
        self.name = name
        self.nbytes = nbytes
        self.dev = dev
        self.depth = depth
        self.kind = kind
        self.decay = decay
        self.blk = self.grad = self.m = self.v = None


TRAIN_LINES = {"model": 152, "batch0": 201, "fwd": 228, "div": 229, "batch": 231, "bwd": 233,
               "clip": 236, "step": 238, "zero": 240, "get_batch": 126, "item": 246}


class GPTRun:
    def __init__(self, sim, cfg, script=APP + "train.py", lines=TRAIN_LINES):
        self.sim = sim
        self.c = cfg
        self.script = script
        self.lines = lines
        self.stream = 0
        self.pool = (0, 0)
        self.params = []
        self.logits = None
        self.loss = None
        self.phase = ""
        self.workspace = {}
        self._build_params()

    # -- plumbing --
    def site(self, key):
        return (self.script, self.lines[key], "<module>")

    def A(self, dev, n, ctx):
        return self.sim.allocs[dev].malloc(n, ctx, self.stream, self.pool)

    def F(self, blk, ctx, delay=0):
        blk.seg.owner.free(blk, ctx, delay)

    def layer_dev(self, i):
        devs = self.c.devs
        return devs[i * len(devs) // self.c.L]

    def _build_params(self):
        c = self.c
        d, E = c.d, c.E
        dev0, devl = c.devs[0], c.devs[-1]
        P = self.params
        P.append(Param("transformer.wte.weight", c.V * d * E, dev0, 2, decay=True))
        P.append(Param("transformer.wpe.weight", c.T * d * E, dev0, 2, decay=True))
        for i in range(c.L):
            dv = self.layer_dev(i)
            h = "transformer.h.%d." % i
            P.append(Param(h + "ln_1.weight", d * E, dv, 4))
            P.append(Param(h + "ln_1.bias", d * E, dv, 4))
            P.append(Param(h + "attn.c_attn.weight", 3 * d * d * E, dv, 5, decay=True))
            P.append(Param(h + "attn.c_attn.bias", 3 * d * E, dv, 5))
            P.append(Param(h + "attn.c_proj.weight", d * d * E, dv, 5, decay=True))
            P.append(Param(h + "attn.c_proj.bias", d * E, dv, 5))
            P.append(Param(h + "attn.bias", c.T * c.T * E, dv, 4, kind="buffer"))
            P.append(Param(h + "ln_2.weight", d * E, dv, 4))
            P.append(Param(h + "ln_2.bias", d * E, dv, 4))
            P.append(Param(h + "mlp.c_fc.weight", 4 * d * d * E, dv, 5, decay=True))
            P.append(Param(h + "mlp.c_fc.bias", 4 * d * E, dv, 5))
            P.append(Param(h + "mlp.c_proj.weight", 4 * d * d * E, dv, 5, decay=True))
            P.append(Param(h + "mlp.c_proj.bias", d * E, dv, 5))
        P.append(Param("transformer.ln_f.weight", d * E, devl, 3))
        P.append(Param("transformer.ln_f.bias", d * E, devl, 3))
        if not c.tied:
            P.append(Param("lm_head.weight", c.V * d * E, devl, 1, decay=True))
        self.by_name = {p.name: p for p in P}

    def trainable(self):
        return [p for p in self.params if p.kind == "param"]

    # -- model.to(device) --
    def init_model(self):
        self.phase = "init"
        sim = self.sim
        for p in self.params:
            line = 957 if p.kind == "buffer" else 942
            fr = ([(MODULE, 1326, "convert"), (MODULE, line, "_apply")]
                  + [(MODULE, 915, "_apply")] * p.depth + [(MODULE, 1340, "to"), self.site("model")])
            p.blk = self.A(p.dev, p.nbytes, sim.cap(fr, "_to_copy"))
            sim.tick(20, 400)

    def seq_for(self, step):
        seqs = getattr(self.c, "seqs", None)
        return seqs[step % len(seqs)] if seqs else self.c.seq

    def get_batch(self, key, seq=None):
        c, sim = self.c, self.sim
        seq = seq or c.seq
        fr = [(self.script, self.lines["get_batch"], "get_batch"), self.site(key)]
        x = self.A(c.devs[0], c.B * seq * 8, sim.cap(fr, "_to_copy"))
        y = self.A(c.devs[-1], c.B * seq * 8, sim.cap(fr, "_to_copy"))
        sim.tick(30, 120)
        return x, y

    # -- forward --
    def forward(self, X, Y, train=True):
        self.phase = "forward"
        c, sim = self.c, self.sim
        E, d, V = c.E, c.d, c.V
        BT = c.B * c.seq
        outer = getattr(self, "_outer", None) or [self.site("fwd")]

        def gpt(line):
            return [(MODEL, line, "forward")] + CALL + outer

        def A(dev, n, py, op):
            sim.tick()
            return self.A(dev, n, sim.cap(py, op))

        def Fr(b, py):
            self.F(b, sim.cap_free(py))

        dev0, devl = c.devs[0], c.devs[-1]
        fw = {"X": X, "Y": Y, "layers": [], "seq": c.seq}
        emb = [(FUNC, 2551, "embedding"), (SPARSE, 190, "forward")] + CALL
        lnf = [(FUNC, 2910, "layer_norm"), (NORM, 217, "forward")] + CALL
        lin = [(LINEAR, 125, "forward")] + CALL
        fw["pos"] = A(dev0, c.seq * 8, gpt(148), "arange")
        tok = A(dev0, BT * d * E, emb + gpt(150), "embedding")
        pe = A(dev0, c.seq * d * E, emb + gpt(151), "embedding")
        drop = [(FUNC, 1425, "dropout"), (DROPOUT_PY, 70, "forward")] + CALL
        if c.dropout and train:
            xa = A(dev0, BT * d * E, gpt(152), "add")
            x = A(dev0, BT * d * E, drop + gpt(152), "native_dropout")
            fw["xm"] = A(dev0, BT * d, drop + gpt(152), "native_dropout")
            Fr(xa, gpt(152))
        else:
            x = A(dev0, BT * d * E, gpt(152), "add")
        cur = dev0
        for i in range(c.L):
            dv = self.layer_dev(i)
            if dv != cur:
                xt = A(dv, BT * d * E, gpt(153), "_to_copy")
                Fr(x, gpt(153))
                x, cur = xt, dv
                fw["layers"][-1]["xfer"] = True
            s = {"in": x, "dev": dv, "xfer": False}
            base94 = [(MODEL, 94, "forward")] + CALL + gpt(154)
            base95 = [(MODEL, 95, "forward")] + CALL + gpt(154)

            def attn_site(line):
                return [(MODEL, line, "forward")] + CALL + base94

            def att(line):
                return [(MODEL, line, "attention"), (MODEL, 56, "forward")] + CALL + base94

            def mlp_site(line):
                return [(MODEL, line, "forward")] + CALL + base95

            BHTT = c.B * c.H * c.seq * c.seq
            s["h1"] = A(dv, BT * d * E, lnf + base94, "native_layer_norm")
            s["m1"] = A(dv, BT * 4, lnf + base94, "native_layer_norm")
            s["r1"] = A(dv, BT * 4, lnf + base94, "native_layer_norm")
            if not train:
                Fr(s["m1"], lnf + base94)
                Fr(s["r1"], lnf + base94)
            s["qkv"] = A(dv, BT * 3 * d * E, lin + attn_site(52), "addmm")
            if dv not in self.workspace:
                # first cuBLAS call on this device: the handle's workspace comes from the
                # caching allocator (raw_alloc) and is never freed
                fr = [("/pytorch/aten/src/ATen/cuda/CublasHandlePool.cpp", 198,
                       "at::cuda::getCUDABlasLtWorkspace()"),
                      ("/pytorch/aten/src/ATen/cuda/CUDABlas.cpp", 1471,
                       "void at::cuda::blas::gemm_and_bias<float>(...)")]
                if sim.stacks == "all":
                    ctx = Ctx(CPP_GATHER + CPP_ALLOC[:3] + fr + op_frames("addmm") + [CEVAL]
                              + lin + attn_site(52) + BOTTOM)
                elif sim.stacks == "cpp":
                    ctx = Ctx(CPP_GATHER + CPP_ALLOC[:3] + fr + TS_INTERP)
                else:
                    ctx = Ctx(lin + attn_site(52))
                self.workspace[dv] = self.A(dv, 8519680, ctx)
            sc = A(dv, BHTT * E, att(41), "matmul")
            a2 = A(dv, BHTT * E, att(41), "mul")
            Fr(sc, att(41))
            s["mk"] = A(dv, c.seq * c.seq, att(42), "eq")
            a3 = A(dv, BHTT * E, att(42), "masked_fill")
            Fr(a2, att(42))
            if not train:
                Fr(s["mk"], att(42))
            s["a4"] = A(dv, BHTT * E, [(FUNC, 2140, "softmax")] + att(43), "softmax")
            Fr(a3, att(43))
            if c.dropout and train:
                s["a5"] = A(dv, BHTT * E, drop + att(44), "native_dropout")
                s["am"] = A(dv, BHTT, drop + att(44), "native_dropout")
            y = A(dv, BT * d * E, att(45), "matmul")
            if not train:
                Fr(s["a4"], att(45))
            s["y2"] = A(dv, BT * d * E, attn_site(57), "clone")
            Fr(y, attn_site(57))
            proj = A(dv, BT * d * E, lin + attn_site(58), "addmm")
            if c.dropout and train:
                pd = A(dv, BT * d * E, drop + attn_site(58), "native_dropout")
                s["pm"] = A(dv, BT * d, drop + attn_site(58), "native_dropout")
                Fr(proj, attn_site(58))
                proj = pd
            if not train:
                Fr(s["y2"], attn_site(59))
                Fr(s["qkv"], attn_site(59))
                Fr(s["h1"], base94)
            s["xn"] = A(dv, BT * d * E, base94, "add")
            Fr(proj, base94)
            s["h2"] = A(dv, BT * d * E, lnf + base95, "native_layer_norm")
            s["m2"] = A(dv, BT * 4, lnf + base95, "native_layer_norm")
            s["r2"] = A(dv, BT * 4, lnf + base95, "native_layer_norm")
            if not train:
                Fr(s["m2"], lnf + base95)
                Fr(s["r2"], lnf + base95)
            s["fc"] = A(dv, BT * 4 * d * E, lin + mlp_site(80), "addmm")
            s["g"] = A(dv, BT * 4 * d * E, [(FUNC, 1662, "gelu")] + mlp_site(81), "gelu")
            if not train:
                Fr(s["fc"], mlp_site(81))
            m = A(dv, BT * d * E, lin + mlp_site(82), "addmm")
            if c.dropout and train:
                md = A(dv, BT * d * E, drop + mlp_site(83), "native_dropout")
                s["mm"] = A(dv, BT * d, drop + mlp_site(83), "native_dropout")
                Fr(m, mlp_site(83))
                m = md
            if not train:
                Fr(s["g"], mlp_site(83))
                Fr(s["h2"], base95)
            out = A(dv, BT * d * E, base95, "add")
            Fr(m, base95)
            if not train:
                Fr(s["xn"], base95)
                Fr(x, gpt(154))
            s["out"] = out
            x = out
            fw["layers"].append(s)
        if cur != devl:
            xt = A(devl, BT * d * E, gpt(153), "_to_copy")
            Fr(x, gpt(153))
            x = xt
            fw["layers"][-1]["xfer"] = True
        fw["last"] = x
        fw["hf"] = A(devl, BT * d * E, lnf + gpt(155), "native_layer_norm")
        fw["mf"] = A(devl, BT * 4, lnf + gpt(155), "native_layer_norm")
        fw["rf"] = A(devl, BT * 4, lnf + gpt(155), "native_layer_norm")
        if not train:
            Fr(fw["mf"], lnf + gpt(155))
            Fr(fw["rf"], lnf + gpt(155))
        fw["logits"] = A(devl, BT * V * E, lin + gpt(158), "mm")
        if Y is not None:
            ce = [(FUNC, 3494, "cross_entropy")] + gpt(159)
            fw["logp"] = A(devl, BT * V * E, ce, "_log_softmax")
            fw["loss"] = A(devl, 4, ce, "nll_loss")
            fw["tw"] = A(devl, 4, ce, "nll_loss")
            if not train:
                Fr(fw["logp"], ce)
                Fr(fw["tw"], ce)
        Fr(tok, gpt(161))
        Fr(pe, gpt(161))
        if not train:
            Fr(fw["pos"], gpt(161))
            Fr(fw["hf"], gpt(161))
            Fr(x, gpt(161))
        return fw

    # -- backward (autograd device thread) --
    def accum(self, p, g):
        if p.grad is None:
            p.grad = g                       # AccumulateGrad steals the fresh buffer
        else:
            self.F(g, self.sim.cap_bw_free(None, ACCUMULATE_GRAD))   # grad += new; release new

    def backward(self, fw):
        self.phase = "backward"
        c, sim = self.c, self.sim
        c.seq = fw["seq"]
        E, d, V = c.E, c.d, c.V
        BT = c.B * c.seq
        BHTT = c.B * c.H * c.seq * c.seq
        P = self.by_name
        dev0, devl = c.devs[0], c.devs[-1]
        site = self.site("bwd")
        mk = [(AUTOGRAD_PY, 220, "_make_grads"), (AUTOGRAD_PY, 340, "backward"),
              (TENSOR_PY, 581, "backward"), site]
        g0 = self.A(devl, 4, sim.cap(mk, "ones_like"))
        sim.tick(30, 90)
        ib = [("/pytorch/torch/csrc/autograd/input_buffer.cpp", 178,
               "torch::autograd::InputBuffer::add(unsigned long, at::Tensor&&, "
               "std::optional<c10::Stream> const&, std::optional<c10::Stream> const&)")]

        def B(dev, n, node, op):
            sim.tick(2, 25)
            return self.A(dev, n, sim.cap_bw(node, op))

        def Fb(b, node, extra=()):
            self.F(b, sim.cap_bw_free(node, extra))

        def addmm(dv, n_in, n_w, n_b, frees, name):
            # AddmmBackward0 of a Linear: the grads of its input, weight and bias (allocated in
            # this order), then the node frees what it consumed and AccumulateGrad takes W and b.
            g_in = B(dv, n_in, "AddmmBackward0", "mm")
            gW = B(dv, n_w, "AddmmBackward0", "mm")
            gB = B(dv, n_b, "AddmmBackward0", "sum")
            for b in frees:
                Fb(b, "AddmmBackward0")
            self.accum(P[name + "weight"], gW)
            self.accum(P[name + "bias"], gB)
            return g_in

        def layer_norm(dv, frees, name):
            # NativeLayerNormBackward0: the same for a LayerNorm of width d.
            node, op = "NativeLayerNormBackward0", "native_layer_norm_backward"
            g_x = B(dv, BT * d * E, node, op)
            gw = B(dv, d * E, node, op)
            gb = B(dv, d * E, node, op)
            for b in frees:
                Fb(b, node)
            self.accum(P[name + "weight"], gw)
            self.accum(P[name + "bias"], gb)
            return g_x

        if c.G > 1:
            gl = B(devl, 4, "DivBackward0", "div")
            Fb(g0, "DivBackward0")
        else:
            gl = g0
        glp = B(devl, BT * V * E, "NllLossBackward0", "nll_loss_backward")
        Fb(gl, "NllLossBackward0")
        Fb(fw["tw"], "NllLossBackward0")
        Fb(fw["Y"], "NllLossBackward0")
        self.phase = "backward:log_softmax"
        gl2 = B(devl, BT * V * E, "LogSoftmaxBackward0", "_log_softmax_backward_data")
        Fb(glp, "LogSoftmaxBackward0")
        Fb(fw["logp"], "LogSoftmaxBackward0")
        self.phase = "backward:lm_head"
        ghf = B(devl, BT * d * E, "MmBackward0", "mm")
        gwl = B(devl, V * d * E, "MmBackward0", "mm")
        Fb(gl2, "MmBackward0")
        Fb(fw["hf"], "MmBackward0")
        if not c.tied:
            self.accum(P["lm_head.weight"], gwl)
        self.phase = "backward"
        gx = layer_norm(devl, [ghf, fw["mf"], fw["rf"], fw["last"]], "transformer.ln_f.")
        for i in reversed(range(c.L)):
            s = fw["layers"][i]
            dv = s["dev"]
            h = "transformer.h.%d." % i
            if s["xfer"]:
                ng = B(dv, BT * d * E, "ToCopyBackward0", "_to_copy")
                Fb(gx, "ToCopyBackward0")
                gx = ng
            if c.dropout:
                gmd = B(dv, BT * d * E, "NativeDropoutBackward0", "mul")
                Fb(s["mm"], "NativeDropoutBackward0")
            gg = addmm(dv, BT * 4 * d * E, 4 * d * d * E, d * E,
                       [s["g"]] + ([gmd] if c.dropout else []), h + "mlp.c_proj.")
            gfc = B(dv, BT * 4 * d * E, "GeluBackward0", "gelu_backward")
            Fb(gg, "GeluBackward0")
            Fb(s["fc"], "GeluBackward0")
            gh2 = addmm(dv, BT * d * E, 4 * d * d * E, 4 * d * E, [gfc, s["h2"]], h + "mlp.c_fc.")
            gxp = layer_norm(dv, [gh2, s["m2"], s["r2"], s["xn"]], h + "ln_2.")
            Fb(gxp, None, ib)
            if c.dropout:
                gpd = B(dv, BT * d * E, "NativeDropoutBackward0", "mul")
                Fb(s["pm"], "NativeDropoutBackward0")
            gy2 = addmm(dv, BT * d * E, d * d * E, d * E,
                        [s["y2"]] + ([gpd] if c.dropout else []), h + "attn.c_proj.")
            gatt = B(dv, BHTT * E, "BmmBackward0", "bmm")
            gv = B(dv, BT * d * E, "BmmBackward0", "bmm")
            Fb(gy2, "BmmBackward0")
            if c.dropout:
                Fb(s["a5"], "BmmBackward0")
                ga4 = B(dv, BHTT * E, "NativeDropoutBackward0", "mul")
                Fb(gatt, "NativeDropoutBackward0")
                Fb(s["am"], "NativeDropoutBackward0")
                gatt = ga4
            ga3 = B(dv, BHTT * E, "SoftmaxBackward0", "_softmax_backward_data")
            Fb(gatt, "SoftmaxBackward0")
            Fb(s["a4"], "SoftmaxBackward0")
            ga2 = B(dv, BHTT * E, "MaskedFillBackward0", "masked_fill")
            Fb(ga3, "MaskedFillBackward0")
            Fb(s["mk"], "MaskedFillBackward0")
            gsc = B(dv, BHTT * E, "MulBackward0", "mul")
            Fb(ga2, "MulBackward0")
            gq = B(dv, BT * d * E, "BmmBackward0", "bmm")
            gk = B(dv, BT * d * E, "BmmBackward0", "bmm")
            Fb(gsc, "BmmBackward0")
            gqkv = B(dv, BT * 3 * d * E, "SplitBackward0", "cat")
            Fb(gq, "SplitBackward0")
            Fb(gk, "SplitBackward0")
            Fb(gv, "SplitBackward0")
            Fb(s["qkv"], "SplitBackward0")
            gh1 = addmm(dv, BT * d * E, 3 * d * d * E, 3 * d * E, [gqkv, s["h1"]], h + "attn.c_attn.")
            gxp = layer_norm(dv, [gh1, s["m1"], s["r1"], s["in"]], h + "ln_1.")
            Fb(gxp, None, ib)
        if self.layer_dev(0) != dev0:
            ng = B(dev0, BT * d * E, "ToCopyBackward0", "_to_copy")
            Fb(gx, "ToCopyBackward0")
            gx = ng
        if c.dropout:
            ng = B(dev0, BT * d * E, "NativeDropoutBackward0", "mul")
            Fb(gx, "NativeDropoutBackward0")
            Fb(fw["xm"], "NativeDropoutBackward0")
            gx = ng
        gpe = B(dev0, c.seq * d * E, "AddBackward0", "sum")
        gwpe = B(dev0, c.T * d * E, "EmbeddingBackward0", "embedding_dense_backward")
        Fb(gpe, "EmbeddingBackward0")
        Fb(fw["pos"], "EmbeddingBackward0")
        self.accum(P["transformer.wpe.weight"], gwpe)
        gwte = B(dev0, V * d * E, "EmbeddingBackward0", "embedding_dense_backward")
        Fb(gx, "EmbeddingBackward0")
        Fb(fw["X"], "EmbeddingBackward0")
        if c.tied:
            Fb(gwte, None, ib)              # InputBuffer: lm_head part += embedding part
            self.accum(P["transformer.wte.weight"], gwl)
        else:
            self.accum(P["transformer.wte.weight"], gwte)
        sim.tick(50, 200)

    # -- optimizer --
    def clip_grads(self):
        self.phase = "clip_grad_norm_"
        sim = self.sim
        site = self.site("clip")
        wrap = [(CLIP_PY, 38, "_no_grad_wrapper"), site]

        def gtn(line):
            return ([(CLIP_PY, line, "_get_total_norm"), (CLIP_PY, 38, "_no_grad_wrapper"),
                     (CLIP_PY, 179, "clip_grad_norm_")] + wrap)

        def cgn(line):
            return ([(CLIP_PY, line, "_clip_grads_with_norm_"), (CLIP_PY, 38, "_no_grad_wrapper"),
                     (CLIP_PY, 181, "clip_grad_norm_")] + wrap)

        grads = [p for p in self.trainable() if p.grad is not None]
        dev = grads[0].dev
        norms = [self.A(dev, 4, sim.cap(gtn(92), "_foreach_norm")) for _ in grads]
        sim.tick()
        st = self.A(dev, 4 * len(norms), sim.cap(gtn(97), "stack"))
        tn = self.A(dev, 4, sim.cap(gtn(97), "linalg_vector_norm"))
        self.F(st, sim.cap_free(gtn(97)))
        for b in norms:
            self.F(b, sim.cap_free(gtn(104)))
        t1 = self.A(dev, 4, sim.cap(cgn(134), "add"))
        coef = self.A(dev, 4, sim.cap(cgn(134), "div"))
        self.F(t1, sim.cap_free(cgn(134)))
        cl = self.A(dev, 4, sim.cap(cgn(137), "clamp"))
        sim.tick()
        self.F(coef, sim.cap_free(cgn(141)))
        self.F(cl, sim.cap_free(cgn(141)))
        self.F(tn, sim.cap_free([site]))

    def opt_step(self):
        sim = self.sim
        site = self.site("step")
        sim.annotate("Optimizer.step#AdamW.step", "START", self.c.devs[0])
        wrap = [(OPTIM_PY, 91, "_use_grad"), (OPTIM_PY, 487, "wrapper"), site]
        groups = [[p for p in self.trainable() if p.decay], [p for p in self.trainable() if not p.decay]]
        for g in groups:
            self.phase = "optimizer.step:_init_group"

            def init(line):
                return [(ADAM_PY, line, "_init_group"), (ADAM_PY, 213, "step")] + wrap
            for p in g:
                if p.m is None:
                    if self.c.fused:
                        sim.tick(5, 30)
                        self.steps_t = getattr(self, "steps_t", [])
                        self.steps_t.append(self.A(p.dev, 4, sim.cap(init(159), "zeros")))
                    sim.tick(5, 30)
                    p.m = self.A(p.dev, p.nbytes, sim.cap(init(166), "zeros_like"))
                    sim.tick(5, 30)
                    p.v = self.A(p.dev, p.nbytes, sim.cap(init(169), "zeros_like"))
            if self.c.fused:
                sim.tick(200, 900)            # torch._fused_adamw_: in place, no allocations
                continue
            self.phase = "optimizer.step:_multi_tensor_adam"

            def mt(line):
                return ([(ADAM_PY, line, "_multi_tensor_adam"), (OPTIM_PY, 154, "maybe_fallback"),
                         (ADAM_PY, 945, "adam"), (ADAM_PY, 247, "step")] + wrap)
            sq = []
            for p in g:
                sim.tick(1, 6)
                sq.append(self.A(p.dev, p.nbytes, sim.cap(mt(640), "_foreach_sqrt")))
            sim.tick(100, 600)
            for b in sq:
                self.F(b, sim.cap_free(mt(663)))
        sim.annotate("Optimizer.step#AdamW.step", "END", self.c.devs[0])

    def zero_grad(self):
        self.phase = "zero_grad"
        sim = self.sim
        sim.annotate("Optimizer.zero_grad#AdamW.zero_grad", "START", self.c.devs[0])
        fr = [(OPTIM_PY, 1007, "zero_grad"), (DYNAMO_PY, 751, "_fn"), self.site("zero")]
        for p in self.trainable():
            if p.grad is not None:
                self.F(p.grad, sim.cap_free(fr))
                p.grad = None
        sim.annotate("Optimizer.zero_grad#AdamW.zero_grad", "END", self.c.devs[0])

    def forward_site(self, X, Y, outer):
        """forward(train=False) called from an arbitrary Python stack `outer`."""
        self._outer = outer
        try:
            return self.forward(X, Y, train=False)
        finally:
            self._outer = None

    # -- training loop --
    def train(self, steps, profiler=True, first_step=0, on_step_end=None, XY=None):
        c, sim = self.c, self.sim
        X, Y = XY if XY is not None else self.get_batch("batch0", self.seq_for(first_step))
        for s in range(first_step, first_step + steps):
            self.step_no = s
            if profiler:
                sim.annotate("ProfilerStep#%d" % s, "START", c.devs[0])
            for k in range(c.G):
                c.seq = self.seq_for(s)
                fw = self.forward(X, Y)
                site = [self.site("fwd")]
                if self.logits is not None:          # `logits, loss = model(X, Y)` rebinding
                    self.F(self.logits, sim.cap_free(site))
                    self.F(self.loss, sim.cap_free(site))
                self.logits = fw["logits"]
                if c.G > 1:
                    lossd = self.A(c.devs[-1], 4, sim.cap([self.site("div")], "div"))
                    self.F(fw["loss"], sim.cap_free([self.site("div")]))
                    self.loss = lossd
                else:
                    self.loss = fw["loss"]
                nxt = self.seq_for(s + 1 if k == c.G - 1 else s)
                X, Y = self.get_batch("batch", nxt)  # async prefetch; old X/Y live in the graph
                self.backward(fw)
            if c.clip:
                self.clip_grads()
            self.opt_step()
            self.zero_grad()
            sim.tick(150000, 420000)                 # loss.item(): wait for the GPU
            if profiler:
                sim.annotate("ProfilerStep#%d" % s, "END", c.devs[0])
            if on_step_end:
                on_step_end(s)
        return X, Y


# ---------------------------------------------------------------------------
# Dumpers
# ---------------------------------------------------------------------------
def roundup_divisions():
    return {str(1 << i): 0 for i in range(16)}


def allocator_settings(conf="", max_split=-1, gc=0.0, expandable=False, divisions=None):
    """Python-path key order (Module.cpp THCPModule_memorySnapshot)."""
    return {
        "PYTORCH_CUDA_ALLOC_CONF": conf,
        "max_split_size": max_split,
        "garbage_collection_threshold": gc,
        "expandable_segments": expandable,
        "pinned_num_register_threads": 1,
        "release_lock_on_cudamalloc": False,
        "pinned_use_cuda_host_register": False,
        "roundup_power2_divisions": divisions if divisions is not None else roundup_divisions(),
    }


STATE = {"alloc": "active_allocated", "pending": "active_pending_free", "free": "inactive"}


class Dumper:
    """Builds the object graph of one dump.  layout: '2.1' (Python path, any
    newer keys via flags), 'ts' (C++ _memory_snapshot_pickled), '2.0', '1.13'."""

    def __init__(self, layout="2.1", time_us=True, compile_context=False, user_metadata=False,
                 pool_id=False):
        self.layout = layout
        self.time_us = time_us
        self.compile_context = compile_context
        self.user_metadata = user_metadata
        self.pool_id = pool_id
        self.empty = []                   # the one shared empty frames list
        self.fcache = {}
        self.lcache = {}
        self.strs = {}

    def _s(self, s):                      # 2.0: code-object strings shared by identity
        return self.strs.setdefault(s, fresh(s))

    def frames(self, ctx):
        if ctx is None:
            return self.empty
        hit = self.lcache.get(id(ctx))
        if hit is not None:
            return hit[1]
        if self.layout == "2.0":
            lst = [{"filename": self._s(f[0]), "name": self._s(f[2]), "line": f[1]}
                   for f in ctx.frames]
        else:
            lst = []
            for f in ctx.frames:
                d = self.fcache.get(f)
                if d is None:
                    d = self.fcache[f] = {"name": fresh(f[2]), "filename": fresh(f[0]), "line": f[1]}
                lst.append(d)
        self.lcache[id(ctx)] = (ctx, lst)
        return lst

    # -- segments --
    def segment(self, dev, run):
        seg, addr, blocks, ctx = run
        tot = alloc = act = req = 0
        bl = []
        for b in blocks:
            st = STATE[b.state]
            tot += b.size
            if b.state == "alloc":
                alloc += b.size
            if b.state != "free":
                act += b.size
                req += b.requested
            if self.layout in ("2.1", "ts"):
                bl.append({"address": b.addr, "size": b.size, "requested_size": b.requested,
                           "state": st, "frames": self.frames(b.ctx if b.state != "free" else None)})
            elif self.layout == "2.0":
                bd = {"size": b.size, "state": st}
                if b.history:
                    hl = []
                    for (ha, hs, hc) in b.history:
                        he = {"addr": ha, "real_size": hs}
                        if hc is not None:
                            he["frames"] = self.frames(hc)
                        hl.append(he)
                    bd["history"] = hl
                bl.append(bd)
            else:
                bl.append({"size": b.size, "state": st})
        d = {"device": dev, "address": addr, "total_size": tot, "allocated_size": alloc,
             "active_size": act}
        if self.layout in ("2.1", "ts"):
            d["requested_size"] = req
        d["stream"] = seg.stream
        d["segment_type"] = "small" if seg.small else "large"
        if self.layout in ("2.1", "ts"):
            d["segment_pool_id"] = tuple(list(seg.pool))
            d["is_expandable"] = seg.expandable
            if ctx is None:
                d["frames"] = self.empty
            d["blocks"] = bl
            if ctx is not None:
                d["frames"] = self.frames(ctx)
        else:
            d["blocks"] = bl
        return d

    def segments(self, sim):
        out = []
        for dev in sorted(sim.allocs):
            for run in sim.allocs[dev].runs():
                out.append(self.segment(dev, run))
        return out

    # -- traces --
    def entry(self, te):
        if self.layout == "2.0":
            e = {}
            if te.ctx is not None:
                e["frames"] = self.frames(te.ctx)
            e["action"] = te.action
            if te.action == "oom":
                e["device_free"] = te.device_free
            else:
                e["addr"] = te.addr
            e["size"] = te.size
            e["stream"] = te.stream
            return e
        e = {"action": te.action}
        if te.action == "oom":
            e["device_free"] = te.device_free
        else:
            e["addr"] = te.addr
        e["size"] = te.size
        e["stream"] = te.stream
        if self.time_us:
            e["time_us"] = te.t
        if self.layout == "2.1":
            if self.compile_context:
                e["compile_context"] = fresh("N/A")
            if self.user_metadata:
                e["user_metadata"] = ""
            if self.pool_id:
                e["pool_id"] = tuple(list(te.pool))
        if te.ctx is not None:
            e["frames"] = self.frames(te.ctx)
        return e

    def traces(self, sim, n_visible=None, window=None):
        n = n_visible if n_visible is not None else len(sim.traces)
        out = []
        for dev in range(n):
            tr = sim.traces[dev] if dev < len(sim.traces) else []
            if window is not None and dev in window:
                tr = tr[window[dev]:]
            out.append([self.entry(te) for te in tr])
        return out

    def annotations(self, sim):
        out = []
        for (name, stage, dev, t) in sim.annotations:
            out.append({fresh("name"): fresh(name), fresh("stage"): fresh(stage), "device": dev,
                        "time_us": t})
        return out


# ---------------------------------------------------------------------------
# TorchScript Pickler (protocol 2), hand-encoded like torch/csrc/jit/
# serialization/pickler.cpp: BINUNICODE for every string (memoized by value:
# BINPUT after the first, BINGET for repeats), containers memoized by identity
# with BINPUT right after EMPTY_LIST / EMPTY_DICT and filled with MARK ...
# APPENDS / SETITEMS, tuples as MARK ... TUPLE + BINPUT, ints via pushInt
# (BININT1 0..255, BININT2 0..65535, BININT int32, else LONG1 with exactly 8
# bytes), BINFLOAT big-endian, NEWTRUE/NEWFALSE, NONE.
# ---------------------------------------------------------------------------
class TSPickler:
    def __init__(self):
        self.out = bytearray()
        self.memo_id = 0
        self.objs = {}
        self.strs = {}
        self.keep = []

    def _put(self):
        i = self.memo_id
        self.memo_id += 1
        if i <= 0xFF:
            self.out += b"q" + bytes([i])
        else:
            self.out += b"r" + struct.pack("<I", i)
        return i

    def _get(self, i):
        if i <= 0xFF:
            self.out += b"h" + bytes([i])
        else:
            self.out += b"j" + struct.pack("<I", i)

    def dumps(self, obj):
        self.out += b"\x80\x02"
        self._w(obj)
        self.out += b"."
        return bytes(self.out)

    def _int(self, n):
        if 0 <= n <= 0xFF:
            self.out += b"K" + bytes([n])
        elif 0 <= n <= 0xFFFF:
            self.out += b"M" + struct.pack("<H", n)
        elif -(1 << 31) <= n < (1 << 31):
            self.out += b"J" + struct.pack("<i", n)
        else:
            self.out += b"\x8a\x08" + struct.pack("<q", n)

    def _w(self, o):
        if o is None:
            self.out += b"N"
        elif o is True:
            self.out += b"\x88"
        elif o is False:
            self.out += b"\x89"
        elif isinstance(o, int):
            self._int(o)
        elif isinstance(o, float):
            self.out += b"G" + struct.pack(">d", o)
        elif isinstance(o, str):
            if o in self.strs:
                self._get(self.strs[o])
                return
            data = o.encode("utf-8")
            self.out += b"X" + struct.pack("<I", len(data)) + data
            self.strs[o] = self._put()
        elif isinstance(o, (list, dict, tuple)):
            if id(o) in self.objs:
                self._get(self.objs[id(o)])
                return
            self.keep.append(o)
            if isinstance(o, tuple):
                self.out += b"("
                for x in o:
                    self._w(x)
                self.out += b"t"
                self.objs[id(o)] = self._put()
            elif isinstance(o, list):
                self.out += b"]"
                self.objs[id(o)] = self._put()
                self.out += b"("
                for x in o:
                    self._w(x)
                self.out += b"e"
            else:
                self.out += b"}"
                self.objs[id(o)] = self._put()
                if o:
                    self.out += b"("
                    for k, v in o.items():
                        self._w(k)
                        self._w(v)
                    self.out += b"u"
        else:
            raise TypeError(type(o))


# ---------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------
VIZ_TEMPLATE = r"""
<!DOCTYPE html>
<html>
<head>
</head>
<body>
<script type="module">
import {add_local_files} from "https://cdn.jsdelivr.net/gh/pytorch/pytorch@main/torch/utils/viz/MemoryViz.js"
const local_files = $SNAPSHOT
add_local_files(local_files, $VIZ_KIND)
</script>
</body>
"""


def format_viz(data, viz_kind):
    """torch/cuda/_memory_viz.py _format_viz (pickle.dumps default protocol on
    Python 3.8-3.13 = 4, pinned here so the bytes do not depend on the host)."""
    buffer = pickle.dumps(data, protocol=4)
    buffer += b"\x00" * (3 - len(buffer) % 3)
    encoded_buffer = base64.b64encode(buffer).decode("utf-8")
    json_format = json.dumps([{"name": "snapshot.pickle", "base64": encoded_buffer}])
    return VIZ_TEMPLATE.replace("$VIZ_KIND", repr(viz_kind)).replace("$SNAPSHOT", json_format)


def write_pickle(path, obj, protocol):
    with open(path, "wb") as f:
        pickle.dump(obj, f, protocol=protocol)
    return path


def zstd_compress(src, dst, level=19, extra=()):
    with open(dst, "wb") as out:
        subprocess.run(["zstd", "-q", "-%d" % level] + list(extra) + ["-c", src], stdout=out,
                       check=True)


def gzip_compress(src, dst, name):
    with open(src, "rb") as f:
        raw = f.read()
    with open(dst, "wb") as out:
        with gzip.GzipFile(filename=name, mode="wb", fileobj=out, mtime=1732612345,
                           compresslevel=9) as gz:
            gz.write(raw)


# ---------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------
T0 = 1732612345678901            # 2024-11-26T09:12:25Z in microseconds
CARD_8G = 8585216000             # RTX 4060 Ti 8 GB totalGlobalMem
CARD_11G = 11554717696           # RTX 2080 Ti
CARD_16G = 16928342016           # 16 GiB-class card (e.g. RTX 4080 / A4000)
CARD_24G = 25393692672           # RTX 3090 / 4090
CARD_40G = 42298834944           # A100-SXM4-40GB
S_SIDE = 0x55D0C3E4A1F0          # raw cudaStream_t values (heap pointers)
S_CAPTURE = 0x55D0C3F7B2A0
S_COPY = 0x55D0C4018CD0


def unwind_after_oom(sim, run, live_before, except_py):
    """What Python does when an OutOfMemoryError propagates out of a step and
    is caught: every tensor created since `live_before` is released (newest
    first), .grad buffers are dropped."""
    for dev, al in sorted(sim.allocs.items()):
        fresh_blocks = [b for seg in al.segs for b in seg.blocks()
                        if b.mapped and b.state == "alloc" and id(b) not in live_before]
        for b in reversed(fresh_blocks):
            al.free(b, sim.cap_free(except_py))
    for p in run.params:
        p.grad = None
        if p.m is not None and p.m.state != "alloc":
            p.m = None
        if p.v is not None and p.v.state != "alloc":
            p.v = None
    run.logits = run.loss = None


def live_ids(sim):
    return {id(b) for al in sim.allocs.values() for seg in al.segs for b in seg.blocks()
            if b.state == "alloc"}


def build_oom_expandable():
    """8 GB card, expandable_segments:True, fused AdamW fp32, 456M-param GPT
    (7 x 2048, tied embeddings), dropout, recorded with stacks='all'.  Step 0
    fits; its optimizer.step() creates the Adam state lazily; the first
    backward of step 1 (the second step) dies at the end, materializing the
    tied embedding gradient.  The dump comes from an OOM observer, so the
    trace ends with the segment_unmap burst of release_cached_blocks() and
    the oom entry."""
    sim = Sim(11, T0, 1, stacks="all")
    al = DeviceAllocator(sim, 0, CARD_8G, 481 * MiB, 0x7F3A2C000000, expandable=True)
    cfg = Cfg(V=50304, T=256, seq=256, d=2048, L=7, H=16, B=4, fused=True, dropout=True)
    run = GPTRun(sim, cfg)
    run.init_model()
    try:
        run.train(3, on_step_end=lambda s: al.snapshot_marker() if s == 0 else None)
        raise SystemExit("oom_expandable: expected an OOM")
    except OOM:
        pass
    assert run.step_no == 1 and run.phase.startswith("backward"), (run.step_no, run.phase)
    al.check()
    dm = Dumper("2.1", compile_context=True, user_metadata=True)
    snap = {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim),
        "allocator_settings": allocator_settings("expandable_segments:True", -1, 0.0, True),
        "external_annotations": dm.annotations(sim),
    }
    return snap


def build_example_oom():
    """Bundled example: 16 GiB-class card, default allocator (no expandable
    segments), 1.4B-ish fp32 GPT with foreach AdamW and 8-step gradient
    accumulation; the OOM hits in the first optimizer.step() (lazily created
    Adam state + _foreach_sqrt temporaries)."""
    sim = Sim(23, T0 + 86400 * 10 ** 6 * 3, 1, stacks="all")
    al = DeviceAllocator(sim, 0, CARD_16G, 517 * MiB, 0x7F5E9A000000, expandable=False)
    cfg = Cfg(V=50304, T=1024, seq=1024, d=1600, L=24, H=25, B=1, G=8, dropout=False)
    run = GPTRun(sim, cfg)
    run.init_model()
    try:
        run.train(2)
        raise SystemExit("example: expected an OOM")
    except OOM:
        pass
    assert run.phase.startswith("optimizer.step"), run.phase
    al.check()
    dm = Dumper("2.1", compile_context=True, user_metadata=True)
    return {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim),
        "allocator_settings": allocator_settings("", -1, 0.0, False),
        "external_annotations": dm.annotations(sim),
    }, run.phase


def build_layout20():
    """PyTorch 2.0 layout: python stacks, trace_alloc_record_context (free
    entries carry the allocation stack), block history, no time_us.  A batch
    size finder hits two caught OOMs (B=24, B=16) before B=8 trains."""
    sim = Sim(5, T0, 1, stacks="python", context_all=False)
    al = DeviceAllocator(sim, 0, CARD_11G, 388 * MiB, 0x7FA1D6000000, history=True)
    cfg = Cfg(V=32000, T=1024, seq=1024, d=512, L=4, H=8, B=48, clip=False)
    run = GPTRun(sim, cfg, script=APP + "find_batch.py",
                 lines=dict(TRAIN_LINES, model=33, batch0=51, fwd=54, batch=56, bwd=57, step=58,
                            zero=59, get_batch=21))
    run.init_model()
    ooms = 0
    XY = None
    for bs in (24, 16, 8):
        cfg.B = bs
        before = live_ids(sim)
        try:
            XY = run.train(1, profiler=False)
            break
        except OOM:
            ooms += 1
            unwind_after_oom(sim, run, before, [(APP + "find_batch.py", 61, "<module>")])
            al.empty_cache(sim.cap([(APP + "find_batch.py", 63, "<module>")]))
    assert ooms == 2, ooms
    al.snapshot_marker()
    run.train(1, profiler=False, first_step=1, XY=XY)
    al.check()
    dm = Dumper("2.0", time_us=False)
    return {"segments": dm.segments(sim), "device_traces": dm.traces(sim)}


def build_bare_list():
    """1.13 style: memory_snapshot() without history: the pickle is the list of
    segments.  State after one training step of a small GPT (logits of the
    last step still referenced)."""
    sim = Sim(7, T0, 1, stacks="python")
    al = DeviceAllocator(sim, 0, CARD_11G, 388 * MiB, 0x7F0B12000000)
    cfg = Cfg(V=16384, T=512, seq=512, d=384, L=3, H=6, B=16)
    run = GPTRun(sim, cfg)
    run.init_model()
    run.train(1, profiler=False)
    al.check()
    return Dumper("1.13").segments(sim)


def build_private_pool():
    """CUDA graphs for inference: warm-up on a side stream, capture into the
    private pool (1, 0) on the capture stream, replays fed by a copy stream
    whose batches are record_stream()'d on the default stream, so their
    free_completed comes several events after free_requested; the last one is
    still active_pending_free at dump time.  Newest keys incl. pool_id."""
    sim = Sim(13, T0 + 7200 * 10 ** 6, 1, stacks="python")
    al = DeviceAllocator(sim, 0, CARD_24G, 603 * MiB, 0x7F6C54000000)
    cfg = Cfg(V=32768, T=256, seq=256, d=512, L=2, H=8, B=16)
    INF = APP + "serve_graphs.py"
    run = GPTRun(sim, cfg, script=INF, lines=dict(TRAIN_LINES, model=31))
    run.init_model()

    def site(line):
        return [(INF, line, "<module>")]

    static_in = run.A(0, cfg.B * cfg.seq * 8, sim.cap(site(38), "randint"))
    # warm-up on a side stream
    run.stream = S_SIDE
    prev = None
    for _ in range(3):
        fw = run.forward_site(static_in, None, site(43))
        if prev is not None:
            run.F(prev, sim.cap_free(site(43)))
        prev = fw["logits"]
        sim.tick(3000, 9000)
    run.F(prev, sim.cap_free(site(45)))
    # capture
    run.stream, run.pool = S_CAPTURE, (1, 0)
    g_outer = [(INF, 49, "<module>")]
    sim.annotate("capture", "START")
    fw = run.forward_site(static_in, None, g_outer)
    static_logits = fw["logits"]
    sim.annotate("capture", "END")
    sim.tick(20000, 40000)
    run.stream, run.pool = 0, (0, 0)
    preds = None
    for it in range(8):
        run.stream = S_COPY
        nxt = run.A(0, cfg.B * cfg.seq * 8, sim.cap([(INF, 58, "prefetch")] + site(66), "_to_copy"))
        run.stream = 0
        al.record_stream(nxt, 0)
        sim.tick(50, 200)                                # static_input.copy_(nxt); g.replay()
        p = run.A(0, cfg.B * cfg.seq * 8, sim.cap(site(70), "argmax"))
        if preds is not None:
            run.F(preds, sim.cap_free(site(70)))
        preds = p
        run.F(nxt, sim.cap_free(site(72)), delay=3 if it < 7 else 99)   # del nxt
        sim.tick(4000, 12000)
    al.check()
    assert any(b.state == "pending" for seg in al.segs for b in seg.blocks())
    del static_logits
    dm = Dumper("2.1", compile_context=True, user_metadata=True, pool_id=True)
    return {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim),
        "allocator_settings": allocator_settings("", -1, 0.0, False),
        "external_annotations": dm.annotations(sim),
    }


def build_ring_buffer():
    """_record_memory_history(max_entries=1800) over a 4-step run: the ring
    wrapped, so the window starts with the free_completed of an allocation it
    never saw (its free_requested was overwritten) and the parameters and Adam
    state are live blocks without any alloc in the window."""
    sim = Sim(17, T0 + 3600 * 10 ** 6, 1, stacks="python")
    al = DeviceAllocator(sim, 0, CARD_24G, 603 * MiB, 0x7F82B0000000)
    cfg = Cfg(V=50304, T=512, seq=512, d=512, L=4, H=8, B=12)
    run = GPTRun(sim, cfg)
    run.init_model()
    run.train(4)
    al.check()
    tr = sim.traces[0]
    start = len(tr) - 1800
    while not (tr[start].action == "free_completed" and tr[start - 1].action == "free_requested"):
        start += 1
    dm = Dumper("2.1")
    ann = [a for a in dm.annotations(sim) if a["time_us"] >= tr[start].t]
    return {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim, window={0: start}),
        "allocator_settings": allocator_settings("", -1, 0.0, False),
        "external_annotations": ann,
    }


def build_multi_device():
    """Naive pipeline parallelism over cuda:0 and cuda:1 (3 visible devices,
    the third unused): per-device traces and allocators, activations copied
    across, untied lm_head on the second device."""
    sim = Sim(19, T0 + 5400 * 10 ** 6, 3, stacks="python")
    DeviceAllocator(sim, 0, CARD_40G, 420 * MiB, 0x7F1E64000000)
    DeviceAllocator(sim, 1, CARD_40G, 398 * MiB, 0x7F0A38000000)
    cfg = Cfg(V=50304, T=512, seq=512, d=768, L=4, H=12, B=8, devs=[0, 1], tied=False, clip=False)
    run = GPTRun(sim, cfg, script=APP + "train_pp.py")
    run.init_model()
    run.train(2)
    for al in sim.allocs.values():
        al.check()
    dm = Dumper("2.1")
    return {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim, n_visible=3),
        "allocator_settings": allocator_settings("", -1, 0.0, False),
        "external_annotations": dm.annotations(sim),
    }


def generate(sim, run, prompt_len, new_tokens, script):
    """nanoGPT generate(): growing context, no_grad forward per token."""
    c = run.c
    gen = [(MODEL, 330, "generate"), (TORCH + "utils/_contextlib.py", 116, "decorate_context"),
           (script, 57, "<module>")]

    def at(line):
        return [(MODEL, line, "generate")] + gen[1:]
    idx = run.A(0, c.B * prompt_len * 8, sim.cap([(script, 52, "<module>")], "_to_copy"))
    for t in range(new_tokens):
        c.seq = prompt_len + t
        fw = run.forward_site(idx, None, at(316))
        sim.tick(200, 800)
        last = run.A(0, c.B * c.V * c.E, sim.cap(at(318), "div"))
        run.F(fw["logits"], sim.cap_free(at(318)))
        probs = run.A(0, c.B * c.V * c.E, sim.cap([(FUNC, 2140, "softmax")] + at(324), "softmax"))
        run.F(last, sim.cap_free(at(324)))
        nxt = run.A(0, c.B * 8, sim.cap(at(326), "multinomial"))
        run.F(probs, sim.cap_free(at(326)))
        cat = run.A(0, c.B * (prompt_len + t + 1) * 8, sim.cap(at(328), "cat"))
        run.F(nxt, sim.cap_free(at(328)))
        run.F(idx, sim.cap_free(at(328)))
        idx = cat
        sim.tick(1000, 5000)
    return idx


def build_protocol5():
    """Python 3.14 dump (pickle protocol 5) of a sampling run; allocator
    settings from an older build that wrote SIZE_MAX as 2**64-1 (9-byte LONG1)."""
    sim = Sim(29, T0 + 9000 * 10 ** 6, 1, stacks="python")
    al = DeviceAllocator(sim, 0, CARD_24G, 603 * MiB, 0x7F44E2000000)
    cfg = Cfg(V=50304, T=1024, seq=64, d=768, L=2, H=12, B=4)
    SAMPLE = APP + "sample.py"
    run = GPTRun(sim, cfg, script=SAMPLE, lines=dict(TRAIN_LINES, model=38))
    run.init_model()
    generate(sim, run, 61, 6, SAMPLE)
    al.check()
    dm = Dumper("2.1", compile_context=True, user_metadata=True)
    return {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim),
        "allocator_settings": allocator_settings("garbage_collection_threshold:0.6", 2 ** 64 - 1,
                                                 0.6, False),
        "external_annotations": dm.annotations(sim),
    }


def build_torchscript():
    """torch::cuda::_memory_snapshot_pickled() from a libtorch server running
    a TorchScript GPT: C++ (+ TorchScript) frames only; written by the
    TorchScript Pickler (see TSPickler)."""
    sim = Sim(31, T0 + 12000 * 10 ** 6, 1, stacks="cpp")
    al = DeviceAllocator(sim, 0, CARD_24G, 580 * MiB, 0x7F2D18000000)
    cfg = Cfg(V=32768, T=256, seq=128, d=256, L=2, H=4, B=2)
    run = GPTRun(sim, cfg, script=CPP_APP + "src/main.cpp")
    run.init_model()
    for k in range(3):
        X = run.A(0, cfg.B * cfg.seq * 8, sim.cap([], "_to_copy"))
        fw = run.forward_site(X, None, [])
        run.F(X, sim.cap_free([]))
        run.F(fw["logits"], sim.cap_free([]))
        sim.tick(2000, 6000)
    keep = run.A(0, cfg.B * cfg.seq * cfg.V * cfg.E, sim.cap([], "mm"))   # output still held
    al.check()
    dm = Dumper("ts")
    snap = {
        "segments": dm.segments(sim),
        "device_traces": dm.traces(sim),
        "allocator_settings": allocator_settings("", -1, 0.0, False),
    }
    del keep
    return snap


# ---------------------------------------------------------------------------
# Hostile inputs (never unpickle these with a full Unpickler)
# ---------------------------------------------------------------------------
def hostile_os_system():
    cmd = b"touch /tmp/vramscope_pwned"
    # what pickle.dumps(protocol=2) gives for a __reduce__ returning (os.system, (cmd,))
    return (b"\x80\x02" + b"cos\nsystem\n" + b"q\x00" + b"X" + struct.pack("<I", len(cmd)) + cmd
            + b"q\x01" + b"\x85" + b"q\x02" + b"R" + b"q\x03" + b".")


def hostile_eval_stack_global():
    cmd = b"__import__('os').system('touch /tmp/vramscope_pwned')"
    body = (b"\x8c\x08builtins" + b"\x94" + b"\x8c\x04eval" + b"\x94" + b"\x93" + b"\x94"
            + b"\x8c" + bytes([len(cmd)]) + cmd + b"\x94" + b"\x85" + b"\x94" + b"R" + b"\x94" + b".")
    return b"\x80\x04" + b"\x95" + struct.pack("<Q", len(body)) + body


def not_a_pickle():
    rng = random.Random(0xBAD)
    data = bytearray(rng.getrandbits(8) for _ in range(4096))
    data[0] = 0x4E            # not PROTO, not gzip/zstd magic, not '<'
    return bytes(data)


# ---------------------------------------------------------------------------
def sizeof(path):
    return os.path.getsize(path)


def main():
    os.makedirs(DATA, exist_ok=True)
    os.makedirs(EXAMPLES, exist_ok=True)
    written = []

    def out(name):
        p = os.path.join(DATA, name)
        written.append(p)
        return p

    snap = build_oom_expandable()
    p = write_pickle(out("oom_expandable.pickle"), snap, 4)
    gzip_compress(p, out("oom_expandable.pickle.gz"), "oom_expandable.pickle")
    zstd_compress(p, out("oom_expandable.pickle.zst"))
    with open(out("oom_expandable_trace_plot.html"), "w") as f:
        f.write(format_viz(snap, "Active Memory Timeline"))
    del snap

    write_pickle(out("layout20_history.pickle"), build_layout20(), 3)
    write_pickle(out("bare_list.pickle"), build_bare_list(), 2)
    write_pickle(out("private_pool.pickle"), build_private_pool(), 4)
    write_pickle(out("ring_buffer.pickle"), build_ring_buffer(), 4)
    write_pickle(out("multi_device.pickle"), build_multi_device(), 4)
    write_pickle(out("protocol5.pickle"), build_protocol5(), 5)
    ts = build_torchscript()
    ts_bytes = TSPickler().dumps(ts)
    assert pickle.loads(ts_bytes) == ts

    # Files written byte for byte (the C++ pickler's output, hostile and broken inputs).
    for name, data in (("torchscript_p2.pickle", ts_bytes),
                       ("hostile_os_system.pickle", hostile_os_system()),
                       ("hostile_eval_stack_global.pickle", hostile_eval_stack_global()),
                       ("not_a_pickle.bin", not_a_pickle()),
                       ("empty.pickle", b"")):
        with open(out(name), "wb") as f:
            f.write(data)

    ex, phase = build_example_oom()
    tmp = os.path.join(DATA, "example_oom.pickle.tmp")
    write_pickle(tmp, ex, 4)
    del ex
    example = os.path.join(EXAMPLES, "example_oom.pickle.zst")
    zstd_compress(tmp, example, 19)
    os.remove(tmp)
    written.append(example)

    for p in written:
        print("%-60s %9d" % (os.path.relpath(p, ROOT), sizeof(p)))
    total = sum(sizeof(p) for p in written if p.startswith(DATA))
    print("tests/data total: %d bytes" % total)

    # golden summaries, computed by the independent reader
    golden = os.path.join(HERE, "golden_summary.py")
    for p in written:
        base = os.path.basename(p)
        if base.startswith(("hostile_", "not_a_pickle", "empty")):
            continue
        res = subprocess.run([sys.executable, golden, p], check=True, capture_output=True)
        with open(os.path.join(DATA, base + ".expected.json"), "wb") as f:
            f.write(res.stdout)


if __name__ == "__main__":
    main()
