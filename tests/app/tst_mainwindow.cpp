// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "testutils.h"
#include "testwindow.h"

#include "aboutdialog.h"
#include "allocationfilterproxy.h"
#include "allocationspanel.h"
#include "allocationstablemodel.h"
#include "allocatorstatepanel.h"
#include "segmentmapview.h"
#include "summarypanel.h"
#include "documentcontroller.h"
#include "documentview.h"
#include "examplesnapshot.h"
#include "filechangewatcher.h"
#include "loadstatus.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "settings.h"
#include "stackpanel.h"
#include "startpage.h"
#include "timelineplot.h"
#include "timelinemarkers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QMenu>
#include <QMimeData>
#include <QTreeWidget>
#include <QPromise>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace VramScope;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        static int n = 0;
        return makeTestWindow(m_dir.filePath(QStringLiteral("settings%1.ini").arg(n++)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<VramScope::DocumentView *>();
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(testDataPath(QStringLiteral("oom_expandable.pickle"))));
    }

    void startsOnStartPage()
    {
        auto window = makeWindow();
        QVERIFY(!window->currentView());
        QVERIFY(window->startPage()->isVisible());
        QVERIFY(!window->banner()->isVisible());
        QVERIFY(!window->allocationsPanel()->isVisible()); // no panels without a document
    }

    void openFileShowsDocument()
    {
        auto window = makeWindow();
        const QString path = testDataPath(QStringLiteral("oom_expandable.pickle"));
        QVERIFY(openAndWait(*window, path));
        QCOMPARE(window->tabs()->count(), 1);
        DocumentView *view = window->currentView();
        QVERIFY(view);
        QCOMPARE(QFileInfo(view->document()->path).fileName(), QStringLiteral("oom_expandable.pickle"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("oom_expandable.pickle")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("cuda:0")));
        // The plot shows the OOM and the peak, and the cursor starts at the OOM moment.
        TimelinePlot *plot = view->plot();
        QCOMPARE(plot->markers().oomMarkerCount(), 1);
        QVERIFY(plot->markers().hasPeakMarker());
        QCOMPARE(view->cursorEvent(), qint64(3109));
        // The allocations live at the OOM are listed, and the largest one is selected with
        // its stack shown.
        QTRY_VERIFY_WITH_TIMEOUT(window->allocationsPanel()->model()->rowCount() > 0, 10000);
        QTRY_VERIFY(plot->selectedInterval() >= 0);
        QVERIFY(window->stackPanel()->tree()->topLevelItemCount() > 0
                || !window->stackPanel()->noteText().isEmpty());
        QVERIFY(!window->loadStatus()->isVisible());
        QVERIFY(window->allocationsPanel()->isVisible());
        // Allocator state: the dump's segments, and free memory per pool at the OOM.
        QTRY_VERIFY_WITH_TIMEOUT(window->allocatorPanel()->segmentMap()->segmentCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window->allocatorPanel()->pools()->topLevelItemCount() > 0, 10000);
        // Summary: file facts and the OOM.
        QVERIFY(window->summaryPanel()->html().contains(QStringLiteral("oom_expandable.pickle")));
    }

    void opensEveryFixture_data()
    {
        QTest::addColumn<QString>("file");
        const QDir data(testDataPath(QString()));
        for (const QString &expected : data.entryList({QStringLiteral("*.expected.json")})) {
            const QString file = expected.chopped(int(qstrlen(".expected.json")));
            if (data.exists(file))
                QTest::newRow(qPrintable(file)) << data.filePath(file);
        }
    }

    void opensEveryFixture()
    {
        QFETCH(QString, file);
        auto window = makeWindow();
        QVERIFY(openAndWait(*window, file));
        DocumentView *view = window->currentView();
        QVERIFY(view);
        QVERIFY(view->plot()->lastPointCount() > 0);
        QVERIFY(view->plot()->lastPointCount() <= 4 * view->plot()->bucketCount() + 4);
        view->setAllocationsMode(true);
        view->setTimeAxis(true);
        view->resetZoom();
        QTRY_VERIFY_WITH_TIMEOUT(!window->allocationsPanel()->isComputing(), 10000);
    }

    void switchesDevices()
    {
        auto window = makeWindow();
        QVERIFY(openAndWait(*window, testDataPath(QStringLiteral("multi_device.pickle"))));
        DocumentView *view = window->currentView();
        QCOMPARE(view->document()->devices.size(), size_t(2));
        const QString before = window->windowTitle();
        window->actions()->nextDevice->trigger();
        QVERIFY(window->windowTitle() != before);
        QVERIFY(window->windowTitle().contains(view->deviceName()));
        QCOMPARE(view->plot()->deviceIndex(), view->deviceIndex());
        QTRY_VERIFY_WITH_TIMEOUT(window->allocationsPanel()->model()->rowCount() > 0, 10000);
    }

    void opensTheExample()
    {
        QVERIFY(ExampleSnapshot::isAvailable());
        auto window = makeWindow();
        QSignalSpy shown(window.get(), &MainWindow::documentShown);
        window->actions()->openExample->trigger();
        QVERIFY(shown.wait(30000));
        QVERIFY(window->currentView()->document()->path.endsWith(QStringLiteral("example_oom.pickle.zst")));
        QCOMPARE(window->currentView()->plot()->markers().oomMarkerCount(), 1);
    }

    void dropOpensFile()
    {
        auto window = makeWindow();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(testDataPath(QStringLiteral("multi_device.pickle")))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy shown(window.get(), &MainWindow::documentShown);
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QVERIFY(shown.wait(20000));
        QCOMPARE(window->tabs()->count(), 1);
        QVERIFY(window->currentView()->document()->path.endsWith(QStringLiteral("multi_device.pickle")));
    }

    void dropIgnoresNonFiles()
    {
        auto window = makeWindow();
        QMimeData mime;
        mime.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    void corruptFileShowsBannerAndKeepsTab()
    {
        auto window = makeWindow();
        const QString good = testDataPath(QStringLiteral("oom_expandable.pickle"));
        QVERIFY(openAndWait(*window, good));
        QSignalSpy failed(window->controller(), &DocumentController::loadFailed);
        window->openFiles({testDataPath(QStringLiteral("not_a_pickle.bin"))});
        QVERIFY(failed.wait(20000));
        QVERIFY(window->banner()->isVisible());
        QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(window->banner()->text().contains(QStringLiteral("not_a_pickle.bin")));
        QCOMPARE(window->tabs()->count(), 1);
        QCOMPARE(window->currentView()->document()->path, QFileInfo(good).absoluteFilePath());
    }

    void cancelStopsLoad()
    {
        auto window = makeWindow();
        // A loader that would take 20 s and honours cancellation like the real one.
        QFuture<LoadResult> running;
        window->controller()->setLoader([&running](const QString &) {
            running = QtConcurrent::run([](QPromise<LoadResult> &promise) {
                promise.setProgressRange(0, 1000);
                for (int i = 0; i < 2000 && !promise.isCanceled(); ++i) {
                    promise.setProgressValueAndText(i / 2, QStringLiteral("Reading snapshot"));
                    QThread::msleep(10);
                }
            });
            return running;
        });
        QSignalSpy started(window->controller(), &DocumentController::loadStarted);
        QSignalSpy canceled(window->controller(), &DocumentController::loadCanceled);
        window->openFiles({QStringLiteral("/tmp/slow.pickle")});
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY(window->loadStatus()->isVisible());
        QTRY_VERIFY(window->loadStatus()->progress() > 0);
        QCOMPARE(window->loadStatus()->stageText(), QStringLiteral("Reading snapshot"));
        QTest::mouseClick(window->loadStatus()->cancelButton(), Qt::LeftButton);
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!window->controller()->isLoading());
        QVERIFY(!window->loadStatus()->isVisible());
        // The worker notices within a fraction of a second.
        QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 500);
        QCOMPARE(window->tabs()->count(), 0);
    }

    void reloadReplacesTab()
    {
        auto window = makeWindow();
        const QString path = testDataPath(QStringLiteral("ring_buffer.pickle"));
        QVERIFY(openAndWait(*window, path));
        DocumentView *first = window->currentView();
        QSignalSpy shown(window.get(), &MainWindow::documentShown);
        window->controller()->reload(QFileInfo(path).absoluteFilePath());
        QVERIFY(shown.wait(20000));
        QCOMPARE(window->tabs()->count(), 1);
        QVERIFY(window->currentView() != first);
    }

    void changedFileOffersReload()
    {
        auto window = makeWindow();
        const QString copy = m_dir.filePath(QStringLiteral("changing.pickle"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("protocol5.pickle")), copy));
        window->fileWatcher()->setDelay(50);
        QVERIFY(openAndWait(*window, copy));
        QVERIFY(!window->banner()->isVisible());
        {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::Append));
            file.write("", 0);
            file.close();
        }
        QFile::remove(copy);
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("protocol5.pickle")), copy));
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 5000);
        QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Information);
        QVERIFY(window->banner()->text().contains(QStringLiteral("changing.pickle")));
    }

    void selectionFollowsTable()
    {
        auto window = makeWindow();
        QVERIFY(openAndWait(*window, testDataPath(QStringLiteral("oom_expandable.pickle"))));
        AllocationsPanel *panel = window->allocationsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->proxy()->rowCount() > 2, 10000);
        const QModelIndex third = panel->proxy()->index(2, 0);
        panel->view()->setCurrentIndex(third);
        const qint64 interval = third.data(AllocationsTableModel::IntervalRole).toLongLong();
        QCOMPARE(window->currentView()->plot()->selectedInterval(), interval);
        // The filter searches stack frames: every allocation here has a frame in a .py file.
        panel->filterEdit()->setText(QStringLiteral(".py"));
        QTRY_COMPARE(panel->proxy()->filterText(), QStringLiteral(".py"));
        QVERIFY(panel->proxy()->rowCount() > 0);
        panel->filterEdit()->setText(QStringLiteral("no-such-frame-anywhere"));
        QTRY_COMPARE(panel->proxy()->rowCount(), 0);
    }

    void closeTabReturnsToStartPage()
    {
        auto window = makeWindow();
        QVERIFY(openAndWait(*window, testDataPath(QStringLiteral("protocol5.pickle"))));
        window->tabs()->tabCloseRequested(0);
        QCOMPARE(window->tabs()->count(), 0);
        QVERIFY(!window->currentView());
        QVERIFY(window->startPage()->isVisible());
    }

    void remembersRecentFilesAndGeometry()
    {
        const QString ini = m_dir.filePath(QStringLiteral("remember.ini"));
        const QString path = QFileInfo(testDataPath(QStringLiteral("protocol5.pickle"))).absoluteFilePath();
        {
            MainWindow window(std::make_unique<Settings>(std::make_unique<QSettings>(ini, QSettings::IniFormat)));
            window.resize(1000, 700);
            window.show();
            QVERIFY(openAndWait(window, path));
            window.close();
        }
        Settings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        QCOMPARE(settings.recentFiles().value(0), path);
        QVERIFY(!settings.windowGeometry().isEmpty());
        QVERIFY(!settings.windowState().isEmpty());
        MainWindow again(std::make_unique<Settings>(std::make_unique<QSettings>(ini, QSettings::IniFormat)));
        QCOMPARE(again.actions()->recentMenu()->actions().value(0)->toolTip(), path);
    }

    // The Allocator State panel's scale and order: the defaults at first, then what the user picked,
    // in the next session too.
    void remembersSegmentScaleAndOrder()
    {
        const QString ini = m_dir.filePath(QStringLiteral("segmentscale.ini"));
        {
            auto window = makeTestWindow(ini);
            AllocatorStatePanel *panel = window->allocatorPanel();
            QCOMPARE(panel->scale(), SegmentScale::FitRow);
            QComboBox *chooser = panel->scaleChooser();
            QTest::keyClick(chooser, Qt::Key_Down); // the next entry, as the user picks it
            QCOMPARE(chooser->currentIndex(), chooser->findData(int(SegmentScale::Shared)));
            QCOMPARE(panel->segmentMap()->scale(), SegmentScale::Shared);
            QCOMPARE(panel->order(), SegmentOrder::Largest);
            QComboBox *order = panel->orderChooser();
            QTest::keyClick(order, Qt::Key_Down);
            QCOMPARE(panel->segmentMap()->order(), SegmentOrder::MostFree);
            window->close();
        }
        const Settings stored(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        QCOMPARE(stored.segmentScale(), SegmentScale::Shared);
        QCOMPARE(stored.segmentOrder(), SegmentOrder::MostFree);
        auto again = makeTestWindow(ini);
        QCOMPARE(again->allocatorPanel()->scale(), SegmentScale::Shared);
        QCOMPARE(again->allocatorPanel()->segmentMap()->scale(), SegmentScale::Shared);
        QCOMPARE(again->allocatorPanel()->segmentMap()->order(), SegmentOrder::MostFree);
    }

    void everyActionHasAShortcut()
    {
        auto window = makeWindow();
        for (QAction *action : window->actions()->allActions()) {
            if (action != window->actions()->clearRecent && action != window->actions()->aboutQt)
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
    }

    void noTwoActionsShareAShortcut()
    {
        // Export and File actions were added by different changes; a clash makes one of them dead.
        auto window = makeWindow();
        QHash<QString, QString> owner;
        for (QAction *action : window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name = key.toString(QKeySequence::PortableText);
                const QString previous = owner.value(name);
                QVERIFY2(previous.isEmpty() || previous == action->text(),
                         qPrintable(name + QLatin1String(": ") + previous + QLatin1String(" / ")
                                    + action->text()));
                owner.insert(name, action->text());
            }
        }
        QVERIFY(owner.size() >= 15);
    }

    void applicationIconRenders()
    {
        const QIcon icon(QStringLiteral(":/vramscope/icons/vramscope.svg"));
        const QPixmap pixmap = icon.pixmap(64, 64);
        QVERIFY(!pixmap.isNull());
        const QString dir = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            pixmap.save(dir + QStringLiteral("/icon.png"));
    }

    void aboutNamesVersions()
    {
        const QString text = AboutDialog::text();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("2.1")));
        QVERIFY(text.contains(QStringLiteral(VRAMSCOPE_VERSION)));
    }

    // Set VRAMSCOPE_SCREENSHOT_DIR to look at the window.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("VRAMSCOPE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("VRAMSCOPE_SCREENSHOT_DIR not set");
        auto window = makeWindow();
        QVERIFY(window->grab().save(dir + QStringLiteral("/start.png")));
        QVERIFY(openAndWait(*window, testDataPath(QStringLiteral("oom_expandable.pickle"))));
        QTRY_VERIFY_WITH_TIMEOUT(window->allocationsPanel()->model()->rowCount() > 0, 10000);
        QTest::qWait(300);
        QVERIFY(window->grab().save(dir + QStringLiteral("/window.png")));
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            if (dock->objectName() == QStringLiteral("SummaryDock") || dock->objectName() == QStringLiteral("AllocatorDock")) {
                dock->raise();
                QTest::qWait(300);
                QVERIFY(window->grab().save(dir + QStringLiteral("/window_%1.png").arg(dock->objectName())));
            }
        }
        window->currentView()->setAllocationsMode(true);
        QTest::qWait(800);
        QVERIFY(window->grab().save(dir + QStringLiteral("/window_allocations.png")));
        window->currentView()->setTimeAxis(true);
        QTest::qWait(300);
        QVERIFY(window->grab().save(dir + QStringLiteral("/window_time.png")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
