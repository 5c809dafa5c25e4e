// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Analysis > Category Rules...: validation with line numbers, Apply re-analysing a real fixture,
// atomic Save remembered in the settings, and the unsaved-rules question on quit.
#include "testutils.h"
#include "testwindow.h"

#include "analysis/category.h"
#include "documentcontroller.h"
#include "documentview.h"
#include "linenumberededit.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "rulescontroller.h"
#include "ruleseditor.h"
#include "settings.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace VramScope;

namespace {

// Adam's moment buffers (exp_avg, exp_avg_sq, step) are created in _init_group: force them to
// "input", a category the built-in inference never gives optimizer state.
const QString AdamRule = QStringLiteral("input adam\\.py:\\d+:_init_group$");

qint64 inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_ino) : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_RulesEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral(".ini"));
    }

    std::unique_ptr<MainWindow> makeWindow(const QString &ini) { return makeTestWindow(ini); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<VramScope::DocumentView *>();
        QVERIFY(m_dir.isValid());
    }

    void invalidRuleNamesItsLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown category")
            << "# my rules\nparameter  model\\.py:\\d+:init$\n\nweights  foo\n"
            << 4 << "rules:4: unknown category \"weights\"";
        QTest::newRow("bad regex") << "\n  temporary   (unclosed\nactivation x\n"
                                   << 2 << "rules:2: invalid regular expression";
        QTest::newRow("no pattern") << "activation a\n# c\ngradient\n"
                                    << 3 << "rules:3: a rule needs a pattern";
    }

    void invalidRuleNamesItsLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        RulesEditor editor;
        QSignalSpy applied(&editor, &RulesEditor::applyRequested);
        editor.setText(text);
        QVERIFY(!editor.isValid());
        QCOMPARE(editor.errorLine(), line);
        QCOMPARE(editor.editor()->errorLine(), line);
        QVERIFY2(editor.errorText().startsWith(message), qPrintable(editor.errorText()));
        QVERIFY(!editor.applyButton()->isEnabled());
        QVERIFY(!editor.apply());
        QCOMPARE(applied.count(), 0);
        // Fixing the line clears the mark and counts the rules.
        QStringList lines = text.split(QLatin1Char('\n'));
        lines[line - 1] = QStringLiteral("temporary fixed\\.py");
        editor.setText(lines.join(QLatin1Char('\n')));
        QVERIFY2(editor.isValid(), qPrintable(editor.errorText()));
        QCOMPARE(editor.errorLine(), 0);
        QVERIFY(editor.applyButton()->isEnabled());
        QCOMPARE(editor.statusText(), QStringLiteral("%1 valid rule(s).").arg(editor.ruleCount()));
    }

    void applyReanalysesOpenDocuments()
    {
        auto window = makeWindow(iniPath(QStringLiteral("apply")));
        const QString fixture = testDataPath(QStringLiteral("oom_expandable.pickle"));
        QVERIFY(openAndWait(*window, fixture));
        const DocumentPtr before = window->currentView()->document();
        QCOMPARE(before->devices.size(), size_t(1)); // cuda:0
        const size_t d = 0;
        const DeviceTimeline &tl = before->devices[d];
        const qint64 peak = tl.peakAllocatedIndex;
        QCOMPARE(peak, qint64(3008)); // oom_expandable.pickle.expected.json
        const auto bytesAt = [peak](const Document &doc, size_t dev, Category c) {
            return doc.categories[dev].bytes[size_t(c)].valueAt(peak);
        };

        // What the rule should move: allocations whose stack has an Adam _init_group frame,
        // found here by matching the frames ourselves.
        const QRegularExpression re(AdamRule.mid(AdamRule.indexOf(QLatin1Char(' ')) + 1));
        const Snapshot &snap = *before->snapshot;
        std::vector<bool> matches(tl.intervals.size(), false);
        qint64 movedLive = 0; // bytes live at the peak that were not "input" before the rule
        int matched = 0;
        for (size_t i = 0; i < tl.intervals.size(); ++i) {
            const AllocationInterval &iv = tl.intervals[i];
            if (iv.allocStack == EmptyStack)
                continue;
            const auto [begin, end] = snap.stack(iv.allocStack);
            for (const FrameId *f = begin; f != end && !matches[i]; ++f)
                matches[i] = re.match(snap.frameText(*f)).hasMatch();
            if (!matches[i])
                continue;
            ++matched;
            QVERIFY(Category(iv.category) != Category::Input);
            if (iv.liveAfter(peak))
                movedLive += qint64(iv.size);
        }
        QCOMPARE(matched, 264); // 88 parameters x (exp_avg, exp_avg_sq, step)
        // Adam's state (exp_avg, exp_avg_sq, step per parameter) live at the peak (summed over the
        // trace's alloc/free_completed entries up to event 3008 with a separate script).
        QCOMPARE(movedLive, qint64(3648471392));
        const qint64 inputBefore = bytesAt(*before, d, Category::Input);
        const qint64 optimizerBefore = bytesAt(*before, d, Category::OptimizerState);

        RulesEditor *editor = window->rules()->editor();
        editor->setText(QStringLiteral("# Adam state as input, to see it move\n") + AdamRule
                        + QLatin1Char('\n'));
        QVERIFY(editor->isValid());
        QSignalSpy shown(window.get(), &MainWindow::documentShown);
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        QCOMPARE(window->tabs()->count(), 1); // replaced in place
        const DocumentPtr after = window->currentView()->document();
        QVERIFY(after != before);
        const DeviceTimeline &tl2 = after->devices[d];
        QCOMPARE(tl2.intervals.size(), tl.intervals.size());
        for (size_t i = 0; i < tl2.intervals.size(); ++i) {
            if (matches[i])
                QCOMPARE(Category(tl2.intervals[i].category), Category::Input);
        }
        QCOMPARE(bytesAt(*after, d, Category::Input), inputBefore + movedLive);
        QVERIFY(bytesAt(*after, d, Category::OptimizerState) < optimizerBefore);
        // Unsaved rules apply through a file of their own; the settings keep no path yet.
        const QString used = window->controller()->rulesFile();
        QVERIFY(!used.isEmpty());
        QCOMPARE(QString::fromUtf8(readAll(used)), editor->text());
        QVERIFY(Settings(std::make_unique<QSettings>(iniPath(QStringLiteral("apply")),
                                                     QSettings::IniFormat))
                    .rulesFile()
                    .isEmpty());
    }

    void saveIsAtomicAndRemembered()
    {
        const QString ini = iniPath(QStringLiteral("save"));
        QTemporaryDir rulesDir;
        const QString path = rulesDir.filePath(QStringLiteral("team-rules.txt"));
        const QString link = rulesDir.filePath(QStringLiteral("old-link.txt"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("unknown old\n");
        }
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()),
                 0);
        const qint64 oldInode = inode(path);
        {
            auto window = makeWindow(ini);
            RulesEditor *editor = window->rules()->editor();
            QVERIFY(editor->openFile(path));
            QCOMPARE(editor->text(), QStringLiteral("unknown old\n"));
            QVERIFY(!editor->isModified());
            editor->setText(AdamRule + QLatin1Char('\n'));
            QVERIFY(editor->isModified());
            QVERIFY(editor->windowTitle().contains(QStringLiteral("team-rules.txt")));
            QVERIFY(editor->save());
            QVERIFY(!editor->isModified());
            // Written beside and renamed over: a new file; the hard link keeps the old bytes.
            QCOMPARE(readAll(path), (AdamRule + QLatin1Char('\n')).toUtf8());
            QVERIFY(inode(path) != oldInode);
            QCOMPARE(readAll(link), QByteArray("unknown old\n"));
            QCOMPARE(
                QDir(rulesDir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                (QStringList{QStringLiteral("old-link.txt"), QStringLiteral("team-rules.txt")}));
            QVERIFY(window->close()); // saved: no question
        }
        // Remembered: the next window loads with it and the editor opens it.
        auto again = makeWindow(ini);
        QCOMPARE(again->controller()->rulesFile(), path);
        QCOMPARE(again->rules()->editor()->filePath(), path);
        QCOMPARE(again->rules()->editor()->text(), AdamRule + QLatin1Char('\n'));
        // A file that cannot be written: false, and the editor stays with its file.
        QVERIFY(!again->rules()->editor()->saveTo(QStringLiteral("/nonexistent-dir/r.txt")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir/r.txt")));
        QCOMPARE(again->rules()->editor()->filePath(), path);
    }

    void quitWithUnsavedRulesAsks()
    {
        auto window = makeWindow(iniPath(QStringLiteral("quit")));
        RulesEditor *editor = window->rules()->editor();
        window->actions()->categoryRules->trigger();
        QVERIFY(editor->isVisible());
        editor->setText(QStringLiteral("activation kv_cache\\.py\n"));
        QStringList asked;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        editor->setUnsavedPrompt([&](const QString &name) {
            asked.append(name);
            return answer;
        });
        // Cancel keeps the app open and the edits.
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QCOMPARE(asked, QStringList{QStringLiteral("unsaved")});
        QCOMPARE(editor->text(), QStringLiteral("activation kv_cache\\.py\n"));
        // Closing the editor asks too; Cancel keeps it on screen.
        editor->reject();
        QVERIFY(editor->isVisible());
        QCOMPARE(asked.size(), 2);
        // Discard: the window closes and the editor is back to the saved (empty) text.
        answer = QMessageBox::Discard;
        QVERIFY(window->close());
        QCOMPARE(asked.size(), 3);
        QVERIFY(!editor->isModified());
        QVERIFY(editor->text().isEmpty());
    }

    void quitCanSaveFirst()
    {
        QTemporaryDir rulesDir;
        const QString path = rulesDir.filePath(QStringLiteral("r.txt"));
        auto window = makeWindow(iniPath(QStringLiteral("quitsave")));
        RulesEditor *editor = window->rules()->editor();
        QVERIFY(editor->saveTo(path));
        editor->setText(QStringLiteral("gradient  my_optim\\.py:\\d+:accumulate$\n"));
        editor->setUnsavedPrompt([](const QString &name) {
            return name == QStringLiteral("r.txt") ? QMessageBox::Save : QMessageBox::Cancel;
        });
        QVERIFY(window->close());
        QCOMPARE(readAll(path), QByteArray("gradient  my_optim\\.py:\\d+:accumulate$\n"));
    }

    // Set VRAMSCOPE_SCREENSHOT_DIR to look at the editor (docs/rules-editor.png).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("VRAMSCOPE_SCREENSHOT_DIR not set");
        RulesEditor editor;
        editor.setText(
            QStringLiteral("# KV cache of our generation loop: kept across steps on purpose.\n"
                           "activation      kv_cache\\.py:\\d+:(allocate|grow)\n"
                           "# Our optimizer keeps two moments per parameter.\n"
                           "optimizer_state my_optim\\.py:\\d+:init_buffers$\n"
                           "# Anything our fused attention wrapper allocates is scratch.\n"
                           "temporary       fused_attn/.*\\.py:\\d+:\n"
                           "input           :collate_to_device$\n"
                           "weights         lora\\.py:\\d+:merge$\n"));
        editor.show();
        QTest::qWait(300);
        QVERIFY(editor.grab().save(dir + QStringLiteral("/rules-editor.png")));
    }
};

QTEST_MAIN(tst_RulesEditor)
#include "tst_ruleseditor.moc"
