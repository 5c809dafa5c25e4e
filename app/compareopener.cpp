// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compareopener.h"

#include "compare/rankloader.h"
#include "compare/ranksoverview.h"
#include "compare/snapshotcomparison.h"
#include "comparisonview.h"
#include "messagebanner.h"
#include "ranksview.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QVBoxLayout>

namespace VramScope {

namespace {
QProgressDialog *progressDialog(QWidget *parent, const QString &text)
{
    auto *dlg = new QProgressDialog(text, CompareOpener::tr("Cancel"), 0, 1000, parent);
    dlg->setWindowModality(Qt::WindowModal);
    dlg->setMinimumDuration(300);
    return dlg;
}
} // namespace

CompareOpener::CompareOpener(QWidget *parentWindow, OptionsSource options)
    : QObject(parentWindow)
    , m_parent(parentWindow)
    , m_options(std::move(options))
{}

CompareOpener::CompareOpener(QWidget *parentWindow, QAction *compare, QAction *openRanks,
                             MessageBanner *banner, OptionsSource options)
    : CompareOpener(parentWindow, std::move(options))
{
    connect(compare, &QAction::triggered, this, &CompareOpener::askCompare);
    connect(openRanks, &QAction::triggered, this, &CompareOpener::askRanks);
    connect(this, &CompareOpener::failed, banner, [banner](const QString &message) {
        banner->showMessage(MessageBanner::Kind::Error, message.toHtmlEscaped());
    });
}

void CompareOpener::askCompare()
{
    const QString filter
        = tr("Memory snapshots (*.pickle *.pkl *.gz *.zst *.html *.json);;All files (*)");
    const QString a
        = QFileDialog::getOpenFileName(m_parent, tr("Compare: A (before)"), QString(), filter);
    if (a.isEmpty())
        return;
    const QString b = QFileDialog::getOpenFileName(m_parent, tr("Compare: B (after)"),
                                                   QFileInfo(a).path(), filter);
    if (!b.isEmpty())
        compare(a, b);
}

void CompareOpener::askRanks()
{
    const QString dir
        = QFileDialog::getExistingDirectory(m_parent, tr("Open a folder of per-rank snapshots"));
    if (!dir.isEmpty())
        openRanks({dir});
}

void CompareOpener::load(const QStringList &files, QWidget *progressParent, const QString &text,
                         bool showStages, Loaded loaded)
{
    auto *watcher = new QFutureWatcher<std::vector<LoadResult>>(this);
    // A re-analysed window may be closed while it loads, taking its progress dialog along.
    QPointer<QProgressDialog> dlg = progressDialog(progressParent, text);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dlg, &QProgressDialog::setValue);
    if (showStages) {
        connect(watcher, &QFutureWatcherBase::progressTextChanged, dlg,
                &QProgressDialog::setLabelText);
    }
    connect(dlg, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dlg, loaded] {
        if (dlg) {
            dlg->hide(); // close() would emit canceled()
            dlg->deleteLater();
        }
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const std::vector<LoadResult> results = watcher->result();
        for (const LoadResult &one : results) {
            if (!one.ok()) {
                emit failed(one.error.message());
                return;
            }
        }
        loaded(results);
    });
    watcher->setFuture(RankLoader::loadAsync(files, m_options ? m_options() : LoadOptions()));
}

void CompareOpener::fillComparison(ComparisonView *view, const std::vector<LoadResult> &results)
{
    view->setComparison(results[0].document, results[1].document,
                        SnapshotComparison::compare(*results[0].document, *results[1].document));
}

void CompareOpener::fillRanks(RanksView *view, const QStringList &files,
                              const std::vector<LoadResult> &results)
{
    std::vector<RankSummary> ranks;
    for (size_t i = 0; i < results.size(); ++i) {
        ranks.push_back(RankSummary::fromDocument(*results[i].document,
                                                  QFileInfo(files[qsizetype(i)]).fileName()));
    }
    view->setOverview(RanksOverview::build(std::move(ranks)));
}

void CompareOpener::compare(const QString &a, const QString &b)
{
    // Both files load together, one per core, like ranks.
    const QStringList files{a, b};
    const QString text
        = tr("Loading %1 and %2…").arg(QFileInfo(a).fileName(), QFileInfo(b).fileName());
    load(files, m_parent, text, false, [this, files](const std::vector<LoadResult> &results) {
        auto *view = new ComparisonView;
        fillComparison(view, results);
        showWindow(
            view, tr("Compare %1 → %2").arg(view->comparison().a.file, view->comparison().b.file),
            false, files);
    });
}

void CompareOpener::openRanks(const QStringList &filesOrFolder)
{
    QStringList files;
    for (const QString &f : filesOrFolder)
        files += QFileInfo(f).isDir() ? RankLoader::filesInFolder(f) : QStringList{f};
    if (files.isEmpty()) {
        emit failed(tr("No snapshot files in %1").arg(filesOrFolder.join(QStringLiteral(", "))));
        return;
    }
    const QString text = tr("Loading %n rank(s)…", nullptr, int(files.size()));
    load(files, m_parent, text, true, [this, files](const std::vector<LoadResult> &results) {
        auto *view = new RanksView;
        fillRanks(view, files, results);
        // The overview sorts the ranks by file name; find each one's path by that name.
        connect(view, &RanksView::rankActivated, this, [this, view, files](int rank) {
            if (rank < 0 || size_t(rank) >= view->overview().ranks.size())
                return;
            const QString name = view->overview().ranks[size_t(rank)].file;
            for (const QString &path : files) {
                if (QFileInfo(path).fileName() == name) {
                    emit openFileRequested(path);
                    return;
                }
            }
        });
        showWindow(view, tr("Ranks: %n file(s)", nullptr, int(files.size())), true, files);
    });
}

int CompareOpener::reanalyse()
{
    m_windows.removeIf([](const ResultWindow &w) { return w.window.isNull(); });
    for (const ResultWindow &w : std::as_const(m_windows)) {
        const QPointer<QWidget> window = w.window;
        const QStringList files = w.files;
        const QString text = w.ranks ? tr("Re-analysing %n rank(s)…", nullptr, int(files.size()))
                                     : tr("Re-analysing %1 and %2…")
                                           .arg(QFileInfo(files[0]).fileName(),
                                                QFileInfo(files[1]).fileName());
        const bool ranks = w.ranks;
        // The progress shows over the window itself: that is where the numbers will change.
        load(files, window, text, ranks,
             [this, window, ranks, files](const std::vector<LoadResult> &results) {
                 if (!window)
                     return; // closed meanwhile
                 if (ranks) {
                     if (auto *view = window->findChild<RanksView *>())
                         fillRanks(view, files, results);
                 } else if (auto *view = window->findChild<ComparisonView *>()) {
                     fillComparison(view, results);
                 }
                 emit reanalysed(window);
             });
    }
    return int(m_windows.size());
}

void CompareOpener::showWindow(QWidget *content, const QString &title, bool ranks,
                               const QStringList &files)
{
    auto *window = new QWidget(m_parent, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    window->resize(1300, 850);
    window->show();
    m_windows.append({window, ranks, files});
    emit shown(window);
}

int runCompareWindow(bool ranks, const QStringList &files, const QString &screenshot)
{
    // The rules the desktop app remembers, as its tabs would use them.
    CompareOpener opener(nullptr, [] {
        LoadOptions options;
        options.analysis.rulesFile = Settings().rulesFile();
        return options;
    });
    QObject::connect(&opener, &CompareOpener::failed, &opener, [](const QString &message) {
        qWarning("%s", qPrintable(message));
        QCoreApplication::exit(2);
    });
    if (!screenshot.isEmpty()) {
        QObject::connect(&opener, &CompareOpener::shown, &opener, [screenshot](QWidget *window) {
            QTimer::singleShot(800, window, [window, screenshot] {
                const bool ok = window->grab().save(screenshot);
                qInfo("screenshot %s: %s", qPrintable(screenshot), ok ? "saved" : "FAILED");
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    if (ranks) {
        opener.openRanks(files);
    } else if (files.size() == 2) {
        opener.compare(files[0], files[1]);
    } else {
        qWarning("%s", qPrintable(CompareOpener::tr(
                           "--compare needs two files: A (before) and B (after)")));
        return 1;
    }
    return QApplication::exec();
}

} // namespace VramScope
