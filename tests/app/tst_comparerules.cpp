// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Comparisons and ranks use the user's category rules like the tabs do: loaded with the rules
// remembered in the settings, and re-analysed in place when the rules editor applies new ones.
// The rule and its number are those of tst_ruleseditor: Adam's state of oom_expandable.pickle
// (3,648,471,392 bytes live at its OOM, its whole optimizer state band) moves to "input".
#include "testutils.h"
#include "testwindow.h"

#include "analysis/category.h"
#include "compareopener.h"
#include "comparisonview.h"
#include "documentcontroller.h"
#include "filedrop.h"
#include "mainwindow.h"
#include "ranksview.h"
#include "rulescontroller.h"
#include "ruleseditor.h"
#include "settings.h"

#include <QApplication>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace VramScope;

namespace {

const QString AdamRule = QStringLiteral("input adam\\.py:\\d+:_init_group$\n");
constexpr qint64 ExpandableAdamState = 3648471392;
constexpr qint64 MiB = 1024 * 1024;
// ab/after.pickle (make_rank_fixtures.py): a 4 MiB batch, and Adam's 2 x 4 layers x 4 MiB.
constexpr qint64 AfterInput = 4 * MiB, AfterAdamState = 2 * 4 * 4 * MiB;

qint64 band(const ComparedSide &side, Category c)
{
    return side.bands[size_t(c)];
}

} // namespace

class tst_CompareRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The comparison of oom_expandable (A) with ab/after (B), and the ranks of oom_expandable
    // and rank0, opened from `window`; both windows are returned once on screen.
    static bool openBoth(MainWindow &window, QPointer<QWidget> *comparison,
                         QPointer<QWidget> *ranks)
    {
        CompareOpener *opener = window.compareOpener();
        QSignalSpy shown(opener, &CompareOpener::shown);
        opener->compare(testDataPath(QStringLiteral("oom_expandable.pickle")),
                        testDataPath(QStringLiteral("ab/after.pickle")));
        if (!shown.wait(30000))
            return false;
        opener->openRanks({testDataPath(QStringLiteral("oom_expandable.pickle")),
                           testDataPath(QStringLiteral("ranks/rank0.pickle"))});
        if (!shown.wait(30000))
            return false;
        *comparison = shown[0][0].value<QWidget *>();
        *ranks = shown[1][0].value<QWidget *>();
        return *comparison && *ranks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QWidget *>(); // CompareOpener::shown, reanalysed
        QVERIFY(m_dir.isValid());
    }

    void ctrlDropAndRanksUseTheRememberedRules()
    {
        const QString rules = m_dir.filePath(QStringLiteral("adam.txt"));
        QVERIFY(writeTestFile(rules, AdamRule.toUtf8()));
        const QString ini = m_dir.filePath(QStringLiteral("remembered.ini"));
        Settings(std::make_unique<QSettings>(ini, QSettings::IniFormat)).setRulesFile(rules);
        auto window = makeTestWindow(ini);
        QCOMPARE(window->controller()->rulesFile(), rules);

        // Ctrl-drop: the older file is A; the fixtures' times are not ours to rely on.
        const QString a = m_dir.filePath(QStringLiteral("a.pickle"));
        const QString b = m_dir.filePath(QStringLiteral("b.pickle"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("oom_expandable.pickle")), a));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("ab/after.pickle")), b));
        QFile older(a);
        QVERIFY(older.open(QIODevice::ReadWrite));
        QVERIFY(older.setFileTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                  QFileDevice::FileModificationTime));
        older.close();
        QSignalSpy shown(window->compareOpener(), &CompareOpener::shown);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(b), QUrl::fromLocalFile(a)});
        QSignalSpy failed(window->compareOpener(), &CompareOpener::failed);
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              FileDrop::CompareModifier);
        QApplication::sendEvent(window.get(), &enter);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                        FileDrop::CompareModifier);
        QApplication::sendEvent(window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY2(shown.wait(30000), qPrintable(failed.isEmpty() ? QString() : failed[0][0].toString()));
        const SnapshotComparison &c
            = shown[0][0].value<QWidget *>()->findChild<ComparisonView *>()->comparison();
        QCOMPARE(c.a.file, QStringLiteral("a.pickle"));
        // Built-in alone: input 0 and the state in optimizer_state (tst_compare, without --rules).
        QCOMPARE(band(c.a, Category::Input), ExpandableAdamState);
        QCOMPARE(band(c.a, Category::OptimizerState), 0);
        QCOMPARE(band(c.b, Category::Input), AfterInput + AfterAdamState);
        QCOMPARE(c.deltaBands[size_t(Category::Input)],
                 AfterInput + AfterAdamState - ExpandableAdamState);

        window->compareOpener()->openRanks({testDataPath(QStringLiteral("oom_expandable.pickle")),
                                            testDataPath(QStringLiteral("ranks/rank0.pickle"))});
        QVERIFY(shown.wait(30000));
        const RanksOverview &o = shown[1][0].value<QWidget *>()->findChild<RanksView *>()->overview();
        QCOMPARE(o.ranks[0].file, QStringLiteral("oom_expandable.pickle"));
        QCOMPARE(o.ranks[0].tallest, Category::Input); // optimizer_state without the rule
        QCOMPARE(o.ranks[1].tallest, Category::Activation);
        for (const QVariantList &args : std::as_const(shown))
            args[0].value<QWidget *>()->close();
    }

    void applyReanalysesComparisonAndRanksWindows()
    {
        auto window = makeTestWindow(m_dir.filePath(QStringLiteral("apply.ini")));
        QVERIFY(window->controller()->rulesFile().isEmpty());
        QPointer<QWidget> comparisonWindow, ranksWindow;
        QVERIFY(openBoth(*window, &comparisonWindow, &ranksWindow));
        ComparisonView *comparison = comparisonWindow->findChild<ComparisonView *>();
        RanksView *ranks = ranksWindow->findChild<RanksView *>();
        QCOMPARE(band(comparison->comparison().a, Category::Input), 0);
        QCOMPARE(band(comparison->comparison().a, Category::OptimizerState), ExpandableAdamState);
        QCOMPARE(band(comparison->comparison().b, Category::Input), AfterInput);
        QCOMPARE(ranks->overview().ranks[0].tallest, Category::OptimizerState);

        RulesEditor *editor = window->rules()->editor();
        editor->setText(AdamRule);
        QVERIFY(editor->isValid());
        QSignalSpy reanalysed(window->compareOpener(), &CompareOpener::reanalysed);
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QVERIFY(window->statusBar()->currentMessage().contains(
            QStringLiteral("comparison and ranks windows")));
        QTRY_COMPARE_WITH_TIMEOUT(reanalysed.count(), 2, 30000);
        // The same windows and views, now with the rule's numbers.
        QVERIFY(comparisonWindow && ranksWindow);
        QCOMPARE(comparisonWindow->findChild<ComparisonView *>(), comparison);
        const SnapshotComparison &c = comparison->comparison();
        QCOMPARE(band(c.a, Category::Input), ExpandableAdamState);
        QCOMPARE(band(c.a, Category::OptimizerState), 0);
        QCOMPARE(band(c.b, Category::Input), AfterInput + AfterAdamState);
        QCOMPARE(c.a.tallest, Category::Input);
        QCOMPARE(ranks->overview().ranks[0].tallest, Category::Input);
        QCOMPARE(ranks->overview().ranks[1].tallest, Category::Activation);

        // A closed window is not loaded again.
        ranksWindow->close();
        QTRY_VERIFY(!ranksWindow); // WA_DeleteOnClose, deferred
        editor->setText(QString());
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(reanalysed.count(), 3, 30000);
        QCOMPARE(band(comparison->comparison().a, Category::Input), 0); // built-in again
        QTest::qWait(200);
        QCOMPARE(reanalysed.count(), 3);
        comparisonWindow->close();
    }
};

QTEST_MAIN(tst_CompareRules)
#include "tst_comparerules.moc"
