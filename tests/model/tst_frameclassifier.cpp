// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/frameclassifier.h"
#include "synthetictrace.h"

#include <QTest>

using namespace VramScope;
using namespace VramScope::Test;

class tst_FrameClassifier : public QObject
{
    Q_OBJECT

private slots:
    void frameFlags_data();
    void frameFlags();
    void stackEvidenceSkipsTorchFrames();
};

void tst_FrameClassifier::frameFlags_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("phase");
    QTest::newRow("module apply") << "/usr/lib/python3/site-packages/torch/nn/modules/module.py" << "_apply" << int(Phase::Setup);
    QTest::newRow("forward") << "model.py" << "forward" << int(Phase::Forward);
    QTest::newRow("call impl") << "torch/nn/modules/module.py" << "_call_impl" << int(Phase::Forward);
    QTest::newRow("tensor backward") << "torch/_tensor.py" << "backward" << int(Phase::Backward);
    QTest::newRow("engine") << "" << "torch::autograd::Engine::evaluate_function(...)" << int(Phase::Backward);
    QTest::newRow("adam init") << "torch/optim/adam.py" << "_init_group" << int(Phase::Optimizer);
    QTest::newRow("custom optimizer step") << "my_optimizers.py" << "step" << int(Phase::Optimizer);
    QTest::newRow("zero_grad") << "torch/optim/optimizer.py" << "zero_grad" << int(Phase::ZeroGrad);
    QTest::newRow("no_grad decorator") << "torch/utils/_contextlib.py" << "decorate_context" << int(Phase::Eval);
    QTest::newRow("lightning validation") << "module.py" << "validation_step" << int(Phase::Eval);
    QTest::newRow("send_to_device") << "accelerate/utils/operations.py" << "send_to_device" << int(Phase::Data);
    QTest::newRow("user code") << "train.py" << "main" << int(Phase::Unknown);
}

void tst_FrameClassifier::frameFlags()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(int, phase);
    SyntheticTrace t;
    const QByteArray f = file.toUtf8(), n = name.toUtf8();
    const StackId s = t.stack({{f.constData(), 1, n.constData()}});
    const Snapshot snap = t.finish();
    FrameClassifier c(snap);
    QCOMPARE(int(FrameClassifier::phaseOf(c.stack(s).flags)), phase);
}

void tst_FrameClassifier::stackEvidenceSkipsTorchFrames()
{
    SyntheticTrace t;
    const StackId s = t.stack({{"torch/nn/functional.py", 1850, "softmax"}, {"model.py", 25, "attention"},
                               {"torch/nn/modules/module.py", 1527, "_call_impl"}, {"train.py", 41, "step"}});
    const Snapshot snap = t.finish();
    FrameClassifier c(snap);
    const FrameClassifier::StackInfo &info = c.stack(s);
    QCOMPARE(snap.frameText(info.evidence), QStringLiteral("model.py:25:attention"));
    QVERIFY(info.flags & FrameClassifier::Attention);
    QVERIFY(info.flags & FrameClassifier::ModuleCall);
    QCOMPARE(snap.frameText(c.frameFor(s, FrameClassifier::Attention)), QStringLiteral("torch/nn/functional.py:1850:softmax"));
    QCOMPARE(c.frameFor(s, FrameClassifier::Optimizer), NoFrame);
    QCOMPARE(FrameClassifier::phaseOf(info.flags), Phase::Forward);
}

QTEST_GUILESS_MAIN(tst_FrameClassifier)
#include "tst_frameclassifier.moc"
