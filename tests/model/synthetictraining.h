// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// A small training loop written as allocator events, with the categories they truly are:
// setup (.to(device)), batch transfer, forward (kept activations, scratch, attention scores),
// backward (activation gradients, AccumulateGrad parameter gradients), Adam's lazy state at
// the first step, zero_grad(set_to_none=True), and evaluation under no_grad.

#include "synthetictrace.h"

namespace VramScope::Test {

struct TrainingConfig
{
    int layers = 4;
    quint64 paramBytes = 64 * SyntheticTrace::MiB;      // per layer
    quint64 activationBytes = 32 * SyntheticTrace::MiB; // kept for backward, per layer
    quint64 temporaryBytes = 8 * SyntheticTrace::MiB;   // scratch inside one layer
    quint64 attentionBytes = 0;                          // seq^2 scores per layer (0 = none)
    quint64 inputBytes = 4 * SyntheticTrace::MiB;
    bool cppBackwardStacks = true; // stacks="all": backward allocations carry engine frames
    bool freeTimeStacks = true;    // context="all": frees carry the freeing stack
    bool userInputFrames = false;  // batch.to(device) shows only the user's frame
    bool annotations = false;      // ProfilerStep#N and Optimizer.step# record_function marks
};

class TrainingSim
{
public:
    TrainingSim(SyntheticTrace &t, TrainingConfig c)
        : t(t)
        , c(c)
    {
        sParam = t.stack({{"torch/nn/modules/module.py", 1143, "convert"}, {"torch/nn/modules/module.py", 797, "_apply"},
                          {"torch/nn/modules/module.py", 1145, "to"}, {"train.py", 20, "main"}});
        sInput = c.userInputFrames ? t.stack({{"train.py", 40, "train_step"}, {"train.py", 90, "main"}})
                                   : t.stack({{"accelerate/utils/operations.py", 150, "send_to_device"},
                                              {"train.py", 40, "train_step"}});
        sAct = t.stack({{"model.py", 30, "forward"}, {"torch/nn/modules/module.py", 1527, "_call_impl"},
                        {"model.py", 60, "forward"}, {"torch/nn/modules/module.py", 1527, "_call_impl"},
                        {"train.py", 41, "train_step"}});
        sTemp = t.stack({{"torch/nn/functional.py", 1500, "gelu"}, {"model.py", 33, "forward"},
                         {"torch/nn/modules/module.py", 1527, "_call_impl"}, {"train.py", 41, "train_step"}});
        sAttn = t.stack({{"torch/nn/functional.py", 1850, "softmax"}, {"model.py", 25, "attention"},
                         {"model.py", 31, "forward"}, {"torch/nn/modules/module.py", 1527, "_call_impl"},
                         {"train.py", 41, "train_step"}});
        sLoss = t.stack({{"torch/nn/modules/loss.py", 1179, "forward"}, {"torch/nn/modules/module.py", 1527, "_call_impl"},
                         {"train.py", 42, "train_step"}});
        if (c.cppBackwardStacks) {
            sGradAct = t.stack({{"torch/csrc/autograd/engine.cpp", 0, "torch::autograd::Engine::evaluate_function"},
                                {"torch/csrc/autograd/engine.cpp", 0, "torch::autograd::Engine::thread_main"}});
            sGrad = t.stack({{"torch/csrc/autograd/functions/accumulate_grad.h", 0,
                              "torch::autograd::AccumulateGrad::accumulateGrad"},
                             {"torch/csrc/autograd/engine.cpp", 0, "torch::autograd::Engine::evaluate_function"}});
        }
        sBackwardFree = c.freeTimeStacks && c.cppBackwardStacks ? sGradAct : EmptyStack;
        sOptInit = t.stack({{"torch/optim/adam.py", 120, "_init_group"}, {"torch/optim/adam.py", 200, "step"},
                            {"torch/optim/optimizer.py", 385, "wrapper"}, {"train.py", 45, "train_step"}});
        sOptTemp = t.stack({{"torch/optim/adam.py", 500, "_multi_tensor_adam"}, {"torch/optim/adam.py", 220, "adam"},
                            {"torch/optim/adam.py", 200, "step"}, {"train.py", 45, "train_step"}});
        sZeroGrad = t.stack({{"torch/optim/optimizer.py", 800, "zero_grad"}, {"train.py", 39, "train_step"}});
        sEval = t.stack({{"model.py", 30, "forward"}, {"torch/nn/modules/module.py", 1527, "_call_impl"},
                         {"train.py", 70, "evaluate"}, {"torch/utils/_contextlib.py", 115, "decorate_context"},
                         {"train.py", 95, "main"}});
        sEnd = t.stack({{"train.py", 47, "train_step"}});
    }

    void setup()
    {
        for (int l = 0; l < c.layers; ++l)
            params.push_back(t.alloc(c.paramBytes, sParam, Category::Parameter));
    }

    void zeroGrad()
    {
        for (quint64 g : grads)
            t.free(g, c.freeTimeStacks ? sZeroGrad : sGrad);
        grads.clear();
    }

    void loadBatch() { input = t.alloc(c.inputBytes, sInput, Category::Input); }

    void forward()
    {
        for (int l = 0; l < c.layers; ++l) {
            const quint64 tmp = t.alloc(c.temporaryBytes, sTemp, Category::Temporary);
            if (c.attentionBytes) {
                const quint64 scores = t.alloc(c.attentionBytes, sAttn, Category::Temporary);
                t.free(scores, c.freeTimeStacks ? sAttn : sAttn);
            }
            acts.push_back(t.alloc(c.activationBytes, sAct, Category::Activation));
            t.free(tmp, c.freeTimeStacks ? sTemp : sTemp);
        }
        loss = t.alloc(512, sLoss, Category::Activation);
    }

    // Backward through layers [layers-1 .. stopBefore]; returns false when stopped early.
    void backward(int stopAtLayer = -1)
    {
        quint64 gradAct = 0;
        for (int l = c.layers - 1; l >= 0; --l) {
            if (l == stopAtLayer)
                return;
            const quint64 next = t.alloc(c.activationBytes, sGradAct, Category::Temporary);
            if (gradAct)
                t.free(gradAct, c.freeTimeStacks ? sBackwardFree : sGradAct);
            gradAct = next;
            t.free(acts.back(), c.freeTimeStacks ? sBackwardFree : sAct);
            acts.pop_back();
            grads.push_back(t.alloc(c.paramBytes, sGrad, Category::Gradient));
        }
        if (gradAct)
            t.free(gradAct, c.freeTimeStacks ? sBackwardFree : sGradAct);
    }

    void optimizerStep()
    {
        if (c.annotations)
            t.annotate("Optimizer.step#Adam.step", true);
        if (state.empty()) {
            for (int l = 0; l < c.layers; ++l) {
                state.push_back(t.alloc(c.paramBytes, sOptInit, Category::OptimizerState));
                state.push_back(t.alloc(c.paramBytes, sOptInit, Category::OptimizerState));
            }
        }
        for (int l = 0; l < c.layers; ++l) {
            const quint64 tmp = t.alloc(c.paramBytes, sOptTemp, Category::Temporary);
            t.free(tmp, c.freeTimeStacks ? sOptTemp : sOptTemp);
        }
        if (c.annotations)
            t.annotate("Optimizer.step#Adam.step", false);
    }

    void endStep()
    {
        t.free(loss, c.freeTimeStacks ? sEnd : sLoss);
        t.free(input, c.freeTimeStacks ? sEnd : sInput);
    }

    void trainStep(int k)
    {
        if (c.annotations)
            t.annotate(qPrintable(QStringLiteral("ProfilerStep#%1").arg(k)), true);
        zeroGrad();
        loadBatch();
        forward();
        backward();
        optimizerStep();
        endStep();
    }

    // Evaluation under @torch.no_grad(): per layer scratch freed at once, outputs kept.
    quint64 evalForward(quint64 scratchBytes)
    {
        for (int l = 0; l < c.layers; ++l) {
            const quint64 tmp = t.alloc(scratchBytes, sEval, Category::Temporary);
            t.free(tmp, sEval);
        }
        return t.alloc(c.inputBytes, sEval, Category::Activation);
    }

    SyntheticTrace &t;
    TrainingConfig c;
    StackId sParam, sInput, sAct, sTemp, sAttn, sLoss, sGradAct = EmptyStack, sGrad = EmptyStack,
        sBackwardFree = EmptyStack, sOptInit, sOptTemp, sZeroGrad, sEval, sEnd;
    std::vector<quint64> params, acts, grads, state;
    quint64 input = 0, loss = 0;
};

} // namespace VramScope::Test
