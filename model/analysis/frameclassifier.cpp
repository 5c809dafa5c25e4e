// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/frameclassifier.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace VramScope {

namespace {

using SV = std::string_view;
constexpr quint32 Computed = 1u << 31;

bool has(SV s, SV needle)
{
    return s.find(needle) != SV::npos;
}

bool hasAny(SV s, std::initializer_list<SV> needles)
{
    return std::any_of(needles.begin(), needles.end(), [s](SV n) { return has(s, n); });
}

bool isAny(SV s, std::initializer_list<SV> names)
{
    return std::any_of(names.begin(), names.end(), [s](SV n) { return s == n; });
}

bool hasNoCase(SV s, SV needle)
{
    const auto it = std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != s.end();
}

bool endsWith(SV s, SV suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool inTorch(SV file)
{
    return hasAny(file, {"/torch/", "\\torch\\"}) || file.rfind("torch/", 0) == 0;
}

} // namespace

FrameClassifier::FrameClassifier(const Snapshot &snapshot)
    : m_snapshot(snapshot)
    , m_frameFlags(snapshot.frames.size(), 0)
    , m_stackSlot(size_t(std::max(0, snapshot.stackCount())), -1)
{
}

int FrameClassifier::bitIndex(quint32 flag)
{
    int i = 0;
    while (i < 31 && !(flag & (1u << i)))
        ++i;
    return i;
}

quint32 FrameClassifier::classify(FrameId id) const
{
    const Frame &f = m_snapshot.frames[id];
    const SV file = m_snapshot.strings.view(f.filename);
    const SV name = m_snapshot.strings.view(f.name);
    quint32 flags = 0;
    const bool py = endsWith(file, ".py") || (file.size() > 1 && file.front() == '<');
    flags |= py ? Python : Cpp;
    const bool torch = inTorch(file) || has(name, "torch::") || has(name, "at::") || has(name, "c10::");
    if (torch)
        flags |= TorchInternal;

    const bool moduleFile = has(file, "torch/nn/modules/module.py");
    if (moduleFile && isAny(name, {"_call_impl", "_wrapped_call_impl", "__call__"}))
        flags |= ModuleCall;
    if (name == "forward" || has(name, "::forward") || endsWith(name, ".forward"))
        flags |= Forward;
    if (moduleFile && isAny(name, {"_apply", "to", "cuda", "xpu", "convert", "half", "float", "double",
                                   "bfloat16", "type", "to_empty", "_to"}))
        flags |= ModuleApply;
    if (has(file, "torch/nn/init.py") || has(file, "torch/nn/parameter.py")
        || isAny(name, {"reset_parameters", "_init_weights", "init_weights", "_initialize_weights",
                        "post_init", "_reset_parameters"})
        || (name == "__init__" && has(file, "torch/nn/modules/")))
        flags |= ParamInit;
    if (isAny(name, {"load_state_dict", "_load_from_state_dict", "from_pretrained", "_load_pretrained_model",
                     "load_checkpoint", "_load_state_dict_into_meta_model", "load_model", "load_file"})
        || has(file, "torch/serialization.py") || has(file, "safetensors"))
        flags |= StateLoad;

    if ((hasAny(file, {"torch/_tensor.py", "torch/autograd/__init__.py", "torch/autograd/graph.py"})
         && isAny(name, {"backward", "_engine_run_backward", "run_backward", "grad"}))
        || name == "backward" || endsWith(name, ".backward") || has(name, "_backward")
        || has(name, "autograd::Engine") || has(name, "evaluate_function")
        || has(name, "torch::autograd::python::PythonEngine") || has(file, "torch/csrc/autograd/engine")
        || (has(name, "torch::autograd::generated::") && !has(name, "VariableType"))
        || has(file, "torch/csrc/autograd/generated/Functions.cpp"))
        flags |= Backward;
    if (has(name, "AccumulateGrad") || has(name, "accumulateGrad") || has(name, "accumulate_grad"))
        flags |= AccumulateGrad | Backward;

    const bool optimFile = hasAny(file, {"torch/optim/", "torch/distributed/optim/", "bitsandbytes/optim",
                                         "apex/optimizers", "deepspeed/ops/adam", "deepspeed/runtime/zero",
                                         "transformers/optimization.py", "timm/optim", "torchao/optim"});
    if (optimFile || (name == "step" && hasNoCase(file, "optim")) || has(name, "Optimizer.step")
        || has(name, "_single_tensor_adam") || has(name, "_multi_tensor_") || has(name, "_fused_adam"))
        flags |= Optimizer;
    if (isAny(name, {"_init_group", "_init_state", "init_state", "_lazy_init_state", "_init_optim_state",
                     "initialize_state", "_initialize_state", "_prepare_state"})
        && (optimFile || hasNoCase(file, "optim")))
        flags |= OptimizerInit | Optimizer;
    if (name == "zero_grad" || endsWith(name, ".zero_grad") || name == "_zero_grad")
        flags |= ZeroGrad;

    if (isAny(name, {"evaluate", "evaluation", "validate", "validation", "validation_step", "test_step",
                     "predict_step", "eval_step", "evaluation_loop", "prediction_step", "prediction_loop",
                     "evaluation_step", "run_eval", "eval_epoch", "validate_epoch", "val_step", "test",
                     "_run_evaluation", "evaluate_model", "eval_loop"})
        || (name.rfind("eval", 0) == 0 && !hasNoCase(name, "evaluate_function"))
        || name.rfind("valid", 0) == 0)
        flags |= Eval;
    if ((hasAny(file, {"torch/autograd/grad_mode.py", "torch/utils/_contextlib.py"})
         && isAny(name, {"decorate_context", "__enter__"}))
        || has(name, "InferenceMode") || has(name, "NoGradGuard"))
        flags |= NoGrad;

    if (hasNoCase(name, "attention") || hasNoCase(name, "attn") || hasNoCase(name, "softmax")
        || hasNoCase(file, "attention") || has(file, "flash_attn") || has(name, "sdpa"))
        flags |= Attention;
    if (has(file, "amp/autocast_mode.py") || has(file, "cuda/amp/") || hasNoCase(name, "autocast"))
        flags |= Autocast;
    if (has(file, "torch/utils/checkpoint.py"))
        flags |= Checkpoint;
    if (isAny(name, {"send_to_device", "to_device", "move_to_device", "_prepare_input", "_prepare_inputs",
                     "transfer_batch_to_device", "batch_to_device", "_to_device", "prepare_batch",
                     "_apply_to_device", "recursively_apply", "collate_fn", "default_collate"})
        || has(file, "torch/utils/data/") || has(file, "accelerate/utils/operations.py"))
        flags |= InputTransfer;
    return flags;
}

quint32 FrameClassifier::frameFlags(FrameId frame)
{
    if (frame >= m_frameFlags.size())
        return 0;
    quint32 &f = m_frameFlags[frame];
    if (!(f & Computed))
        f = classify(frame) | Computed;
    return f & ~Computed;
}

const FrameClassifier::StackInfo &FrameClassifier::stack(StackId id)
{
    static const StackInfo Empty{};
    if (id == EmptyStack || size_t(id) >= m_stackSlot.size())
        return Empty;
    int &slot = m_stackSlot[id];
    if (slot >= 0)
        return m_stacks[size_t(slot)];
    StackInfo info;
    info.flagFrame.fill(NoFrame);
    FrameId innermost = NoFrame;
    const auto [begin, end] = m_snapshot.stack(id);
    for (const FrameId *it = begin; it != end; ++it) { // innermost first
        const quint32 f = frameFlags(*it);
        if (innermost == NoFrame)
            innermost = *it;
        if (info.evidence == NoFrame && !(f & TorchInternal) && (f & Python))
            info.evidence = *it;
        for (int b = 0; b < 31; ++b) {
            if ((f & (1u << b)) && !(info.flags & (1u << b)))
                info.flagFrame[b] = *it;
        }
        info.flags |= f;
    }
    if (info.evidence == NoFrame)
        info.evidence = innermost;
    slot = int(m_stacks.size());
    m_stacks.push_back(info);
    return m_stacks.back();
}

Phase FrameClassifier::phaseOf(quint32 f)
{
    if (f & ZeroGrad)
        return Phase::ZeroGrad;
    if (f & Optimizer)
        return Phase::Optimizer;
    if (f & Backward)
        return Phase::Backward;
    if (f & (Eval | NoGrad))
        return Phase::Eval;
    if (f & (ModuleApply | StateLoad))
        return Phase::Setup;
    if (f & (ModuleCall | Forward))
        return Phase::Forward;
    if (f & ParamInit)
        return Phase::Setup;
    if (f & InputTransfer)
        return Phase::Data;
    return Phase::Unknown;
}

} // namespace VramScope
