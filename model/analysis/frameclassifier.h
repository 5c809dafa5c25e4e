// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/phase.h"
#include "snapshot/snapshot.h"

#include <array>
#include <vector>

namespace VramScope {

constexpr FrameId NoFrame = 0xffffffffu;

// What the frames of a stack say, cached per frame and per stack (stacks are shared by many
// entries, so each is classified once). Not thread-safe: one instance per analysis job.
class FrameClassifier
{
public:
    enum Flag : quint32 {
        Python = 1u << 0,         // a .py frame
        Cpp = 1u << 1,            // a C++ frame (stacks="all")
        TorchInternal = 1u << 2,  // a frame inside torch/ itself
        ModuleCall = 1u << 3,     // nn.Module.__call__ / _call_impl
        Forward = 1u << 4,        // a function named forward
        ModuleApply = 1u << 5,    // Module.to/_apply/cuda/half/...: moving parameters
        ParamInit = 1u << 6,      // torch.nn.init, nn.Parameter, reset_parameters, module __init__
        StateLoad = 1u << 7,      // load_state_dict, from_pretrained, torch.load
        Backward = 1u << 8,       // tensor.backward, autograd engine
        AccumulateGrad = 1u << 9, // AccumulateGrad: parameter gradients
        Optimizer = 1u << 10,     // optimizer code (torch.optim and friends)
        OptimizerInit = 1u << 11, // lazy optimizer state creation (_init_group, init_state)
        ZeroGrad = 1u << 12,
        Eval = 1u << 13,          // evaluate/validation/predict/test functions
        NoGrad = 1u << 14,        // no_grad / inference_mode decorators
        Attention = 1u << 15,     // attention / softmax code
        Autocast = 1u << 16,      // torch.autocast / amp
        Checkpoint = 1u << 17,    // torch.utils.checkpoint recomputation
        InputTransfer = 1u << 18, // send_to_device, _prepare_inputs, DataLoader code
    };

    struct StackInfo
    {
        quint32 flags = 0;
        FrameId evidence = NoFrame; // innermost frame outside torch/ (else the innermost frame)
        std::array<FrameId, 32> flagFrame{}; // innermost frame that set each flag (NoFrame if unset)
    };

    explicit FrameClassifier(const Snapshot &snapshot);

    quint32 frameFlags(FrameId frame);
    const StackInfo &stack(StackId id);
    // The phase a stack points at (Unknown when its frames do not say).
    static Phase phaseOf(quint32 stackFlags);
    FrameId frameFor(StackId id, Flag flag) { return stack(id).flagFrame[bitIndex(flag)]; }
    static int bitIndex(quint32 flag);

private:
    quint32 classify(FrameId frame) const;

    const Snapshot &m_snapshot;
    std::vector<quint32> m_frameFlags; // bit 31 set = computed
    std::vector<int> m_stackSlot;      // -1 = not computed yet
    std::vector<StackInfo> m_stacks;
};

} // namespace VramScope
