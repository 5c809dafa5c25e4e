// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"

#include "displayformat.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "oommessage/oommessageparser.h"
#include "pastemessagedialog.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace VramScope;

namespace {

const QString CudaMessage = QStringLiteral(
    "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total "
    "capacity of 23.65 GiB of which 1.37 GiB is free. Including non-PyTorch memory, this process "
    "has 22.27 GiB memory in use. Of the allocated memory 21.58 GiB is allocated by PyTorch, and "
    "233.70 MiB is reserved by PyTorch but unallocated.");

} // namespace

class tst_PasteMessageDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cudaMessage()
    {
        PasteMessageDialog dialog;
        dialog.setText(CudaMessage);
        const OomMessage &m = dialog.message();
        QCOMPARE(m.kind, OomMessage::Kind::GpuOom);
        QCOMPARE(m.requestedBytes, qint64(2) << 30);
        QCOMPARE(m.device, 0);
        // The dialog shows what the parser read: 2.00 GiB requested, the verdict and its reason.
        const QString result = dialog.resultText();
        QCOMPARE(DisplayFormat::bytes(m.requestedBytes, 2), QStringLiteral("2.00 GiB"));
        QVERIFY2(result.contains(PasteMessageDialog::tr("Requested") + QLatin1Char('\n')
                                 + QStringLiteral("2.00 GiB")),
                 qPrintable(result));
        QVERIFY(result.contains(DisplayFormat::bytes(m.capacityBytes, 2)));
        QVERIFY(result.contains(DisplayFormat::bytes(m.freeBytes, 2)));
        QVERIFY(m.verdict != Verdict::None && m.verdict != Verdict::Unknown);
        QVERIFY(dialog.statusText().contains(verdictLabel(m.verdict)));
        QVERIFY(!m.verdictReason.isEmpty());
        QVERIFY(dialog.statusText().simplified().contains(m.verdictReason.simplified()));

        // The rungs, in the parser's order, the recommended one marked and explained.
        QTreeWidget *rungs = dialog.rungsView();
        QVERIFY(!m.ladder.rungs.empty());
        QCOMPARE(rungs->topLevelItemCount(), int(m.ladder.rungs.size()));
        for (int i = 0; i < rungs->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = rungs->topLevelItem(i);
            QCOMPARE(item->data(0, PasteMessageDialog::RungIdRole).toString(),
                     rungId(m.ladder.rungs[size_t(i)].rung));
            QCOMPARE(item->text(LadderView::NoteColumn).contains(LadderView::tr("★ recommended")),
                     i == m.ladder.recommended);
        }
        const int shown = std::max(m.ladder.recommended, 0);
        QVERIFY(dialog.explanationText().simplified().contains(
            rungExplanation(m.ladder.rungs[size_t(shown)].rung).simplified()));
        rungs->setCurrentItem(rungs->topLevelItem(rungs->topLevelItemCount() - 1));
        QVERIFY(dialog.explanationText().simplified().contains(
            rungExplanation(m.ladder.rungs.back().rung).simplified()));
        // For looking at it: VRAMSCOPE_SCREENSHOT_DIR=/tmp/shots saves the dialog as drawn.
        const QString shots = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/paste_dialog.png")));
        }
    }

    void parsesLiveWhileTyping()
    {
        PasteMessageDialog dialog;
        dialog.show();
        auto *input = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(input);
        QCOMPARE(dialog.message().kind, OomMessage::Kind::NotRecognised);
        input->insertPlainText(CudaMessage);
        QTRY_COMPARE(dialog.message().kind, OomMessage::Kind::GpuOom);
        QCOMPARE(dialog.message().requestedBytes, OomMessageParser::parse(CudaMessage).requestedBytes);
    }

    void hostKill()
    {
        PasteMessageDialog dialog;
        dialog.setText(QStringLiteral("Killed"));
        QCOMPARE(dialog.message().kind, OomMessage::Kind::HostMemory);
        QVERIFY(dialog.statusText().contains(PasteMessageDialog::tr("Host RAM, not the GPU:")));
        QCOMPARE(dialog.rungsView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.resultText().contains(QStringLiteral("GiB")));
    }

    void notRecognised()
    {
        PasteMessageDialog dialog;
        dialog.setText(QStringLiteral("RuntimeError: shape mismatch in matmul"));
        QCOMPARE(dialog.message().kind, OomMessage::Kind::NotRecognised);
        QVERIFY(dialog.statusText().contains(PasteMessageDialog::tr("Not recognised:")));
        QCOMPARE(dialog.rungsView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.resultText().contains(PasteMessageDialog::tr("Requested")));
    }

    void menuActionOpensTheDialog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto settings = std::make_unique<Settings>(std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        MainWindow window(std::move(settings));
        QAction *action = window.actions()->pasteMessage;
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        QVERIFY(window.actions()->allActions().contains(action));
        // The clipboard holds an OOM message: the dialog opens with it, already read.
        QApplication::clipboard()->setText(CudaMessage);
        action->trigger();
        auto *dialog = window.findChild<PasteMessageDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->text(), CudaMessage);
        QCOMPARE(dialog->message().requestedBytes, qint64(2) << 30);
        dialog->close();
    }
};

QTEST_MAIN(tst_PasteMessageDialog)
#include "tst_pastemessagedialog.moc"
