// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compareopener.h"

#include "compare/rankloader.h"
#include "compare/ranksoverview.h"
#include "compare/snapshotcomparison.h"
#include "comparisonview.h"
#include "messagebanner.h"
#include "ranksview.h"
#include "snapshotloader.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
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

CompareOpener::CompareOpener(QWidget *parentWindow)
    : QObject(parentWindow)
    , m_parent(parentWindow)
{}

CompareOpener::CompareOpener(QWidget *parentWindow, QAction *compare, QAction *openRanks,
                             MessageBanner *banner)
    : CompareOpener(parentWindow)
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

void CompareOpener::compare(const QString &a, const QString &b)
{
    // Both files load together, one per core, like ranks.
    auto *watcher = new QFutureWatcher<std::vector<LoadResult>>(this);
    QProgressDialog *dlg = progressDialog(
        m_parent, tr("Loading %1 and %2…").arg(QFileInfo(a).fileName(), QFileInfo(b).fileName()));
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dlg, &QProgressDialog::setValue);
    connect(dlg, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dlg] {
        dlg->hide(); // close() would emit canceled()
        dlg->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const std::vector<LoadResult> r = watcher->result();
        for (const LoadResult &one : r) {
            if (!one.ok()) {
                emit failed(one.error.message());
                return;
            }
        }
        auto *view = new ComparisonView;
        view->setComparison(r[0].document, r[1].document,
                            SnapshotComparison::compare(*r[0].document, *r[1].document));
        showWindow(view,
                   tr("Compare %1 → %2").arg(view->comparison().a.file, view->comparison().b.file));
    });
    watcher->setFuture(RankLoader::loadAsync({a, b}));
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
    auto *watcher = new QFutureWatcher<std::vector<LoadResult>>(this);
    QProgressDialog *dlg
        = progressDialog(m_parent, tr("Loading %n rank(s)…", nullptr, int(files.size())));
    connect(watcher, &QFutureWatcherBase::progressValueChanged, dlg, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, dlg, &QProgressDialog::setLabelText);
    connect(dlg, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dlg, files] {
        dlg->hide(); // close() would emit canceled()
        dlg->deleteLater();
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const std::vector<LoadResult> r = watcher->result();
        std::vector<RankSummary> ranks;
        for (size_t i = 0; i < r.size(); ++i) {
            if (!r[i].ok()) {
                emit failed(r[i].error.message());
                return;
            }
            ranks.push_back(RankSummary::fromDocument(*r[i].document,
                                                      QFileInfo(files[qsizetype(i)]).fileName()));
        }
        auto *view = new RanksView;
        view->setOverview(RanksOverview::build(std::move(ranks)));
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
        showWindow(view, tr("Ranks: %n file(s)", nullptr, int(files.size())));
    });
    watcher->setFuture(RankLoader::loadAsync(files));
}

void CompareOpener::showWindow(QWidget *content, const QString &title)
{
    auto *window = new QWidget(m_parent, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content);
    window->resize(1300, 850);
    window->show();
    emit shown(window);
}

int runCompareWindow(bool ranks, const QStringList &files, const QString &screenshot)
{
    CompareOpener opener(nullptr);
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
