// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Comparing and ranks from the main window: dropping two files with Ctrl opens a comparison
// (without Ctrl, two tabs), and double-clicking a rank in the ranks window opens its file in a
// tab. Fixtures: tests/data/ab and tests/data/ranks (tests/tools/make_rank_fixtures.py).
#include "testutils.h"
#include "testwindow.h"

#include "compareopener.h"
#include "comparisonview.h"
#include "documentview.h"
#include "filedrop.h"
#include "mainwindow.h"
#include "ranksview.h"
#include "settings.h"
#include "timelinemarkers.h"
#include "timelineplot.h"

#include <QApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace VramScope;

class tst_CompareFromWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        static int n = 0;
        return makeTestWindow(m_dir.filePath(QStringLiteral("settings%1.ini").arg(n++)));
    }

    // A copy of a fixture with a chosen modification time.
    QString copyWithTime(const QString &fixture, const QString &name, const QDateTime &time)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(testDataPath(fixture), path))
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite)
            || !f.setFileTime(time, QFileDevice::FileModificationTime))
            return {};
        return path;
    }

    static void drop(MainWindow &window, const QStringList &paths, Qt::KeyboardModifiers modifiers)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent event(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
        QApplication::sendEvent(&window, &event);
        QVERIFY(event.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<VramScope::DocumentView *>();
        qRegisterMetaType<QWidget *>(); // CompareOpener::shown
        QVERIFY(m_dir.isValid());
    }

    void ctrlDropOfTwoFilesCompares()
    {
        // "after" is dropped first but was written later: it must become B.
        const QString before
            = copyWithTime(QStringLiteral("ab/before.pickle"), QStringLiteral("run-before.pickle"),
                           QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        const QString after
            = copyWithTime(QStringLiteral("ab/after.pickle"), QStringLiteral("run-after.pickle"),
                           QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        QVERIFY(!before.isEmpty() && !after.isEmpty());
        auto window = makeWindow();
        QSignalSpy shown(window->compareOpener(), &CompareOpener::shown);
        QPointer<QWidget> result;
        connect(window->compareOpener(), &CompareOpener::shown, this,
                [&result](QWidget *w) { result = w; });
        QSignalSpy documents(window.get(), &MainWindow::documentShown);
        drop(*window, {after, before}, FileDrop::CompareModifier);
        QVERIFY(shown.wait(20000));
        QVERIFY(result);
        auto *view = result->findChild<ComparisonView *>();
        QVERIFY(view);
        QCOMPARE(view->comparison().a.file, QStringLiteral("run-before.pickle"));
        QCOMPARE(view->comparison().b.file, QStringLiteral("run-after.pickle"));
        QVERIFY(
            result->windowTitle().contains(QStringLiteral("run-before.pickle → run-after.pickle")));
        // The same comparison as File > Compare... (tst_comparison): A ran out of memory, B peaked.
        QCOMPARE(view->comparison().a.momentKind, Diagnosis::MomentKind::Oom);
        QCOMPARE(view->comparison().b.momentKind, Diagnosis::MomentKind::Peak);
        QCOMPARE(window->tabs()->count(), 0); // no document tabs
        QCOMPARE(documents.count(), 0);
        result->close();
    }

    void plainDropOfTwoFilesOpensTabs()
    {
        auto window = makeWindow();
        QSignalSpy compared(window->compareOpener(), &CompareOpener::shown);
        QSignalSpy documents(window.get(), &MainWindow::documentShown);
        const QStringList files{testDataPath(QStringLiteral("ab/before.pickle")),
                                testDataPath(QStringLiteral("ab/after.pickle"))};
        drop(*window, files, Qt::NoModifier);
        QTRY_COMPARE_WITH_TIMEOUT(documents.count(), 2, 30000);
        QCOMPARE(window->tabs()->count(), 2);
        QCOMPARE(compared.count(), 0);
        // Ctrl with three files is not a comparison either.
        QVERIFY(!FileDrop::wantsComparison(files + QStringList{files[0]}, Qt::ControlModifier));
        QVERIFY(!FileDrop::wantsComparison(files, Qt::ShiftModifier));
    }

    void doubleClickedRankOpensItsFile()
    {
        auto window = makeWindow();
        QSignalSpy shown(window->compareOpener(), &CompareOpener::shown);
        QPointer<QWidget> ranksWindow;
        connect(window->compareOpener(), &CompareOpener::shown, this,
                [&ranksWindow](QWidget *w) { ranksWindow = w; });
        window->compareOpener()->openRanks({testDataPath(QStringLiteral("ranks"))});
        QVERIFY(shown.wait(30000));
        QVERIFY(ranksWindow);
        auto *ranks = ranksWindow->findChild<RanksView *>();
        QVERIFY(ranks);
        QCOMPARE(int(ranks->overview().ranks.size()), 8);
        QTableWidget *table = ranks->table();
        // rank5 is the one that ran out of memory (tst_ranks / tst_compare).
        QList<QTableWidgetItem *> found
            = table->findItems(QStringLiteral("rank5.pickle"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QVERIFY(QTest::qWaitForWindowExposed(ranksWindow));
        const QPoint at = table->visualItemRect(found[0]).center();
        QSignalSpy documents(window.get(), &MainWindow::documentShown);
        QSignalSpy activated(ranks, &RanksView::rankActivated);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QVERIFY(documents.wait(20000));
        QCOMPARE(window->tabs()->count(), 1);
        DocumentView *view = window->currentView();
        QCOMPARE(view->document()->path,
                 QFileInfo(testDataPath(QStringLiteral("ranks/rank5.pickle"))).absoluteFilePath());
        QCOMPARE(view->plot()->markers().oomMarkerCount(), 1);
        ranksWindow->close();
    }
};

QTEST_MAIN(tst_CompareFromWindow)
#include "tst_comparefromwindow.moc"
