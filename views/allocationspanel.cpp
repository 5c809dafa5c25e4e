// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocationspanel.h"

#include "allocationfilterproxy.h"
#include "allocationstablemodel.h"
#include "displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace VramScope {

AllocationsPanel::AllocationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new AllocationsTableModel(this))
    , m_proxy(new AllocationFilterProxy(m_model, this))
    , m_filterTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_filter->setPlaceholderText(tr("Filter by size, category or stack frame…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AllocationsTableModel::Size, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AllocationsTableModel::Size, 90);
    m_view->setColumnWidth(AllocationsTableModel::CategoryColumn, 120);
    m_view->setColumnWidth(AllocationsTableModel::TopFrame, 260);
    layout->addWidget(m_view, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200); // don't refilter on every keystroke of a long word
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        updateHeader();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AllocationsPanel::onRowsReady);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AllocationsPanel::onCurrentRowChanged);
    updateHeader();
}

AllocationsPanel::~AllocationsPanel()
{
    m_watcher.waitForFinished();
}

void AllocationsPanel::setMoment(DocumentPtr document, int deviceIndex, qint64 event,
                                 const QString &momentLabel)
{
    m_pendingDocument = document;
    m_pendingDevice = deviceIndex;
    m_event = event;
    m_momentLabel = momentLabel;
    if (!document || deviceIndex < 0) {
        clear();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([document, deviceIndex, event] {
        return AllocationRows::build(*document, deviceIndex, event);
    }));
    updateHeader();
}

void AllocationsPanel::clear()
{
    m_pendingDocument.reset();
    m_pendingDevice = -1;
    m_model->clear();
    updateHeader();
}

void AllocationsPanel::onRowsReady()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0 || !m_pendingDocument)
        return;
    const qint64 keep = m_pendingSelection;
    m_model->setRows(m_pendingDocument, m_pendingDevice, m_watcher.result());
    updateHeader();
    if (m_selectLargest && !m_model->rows().empty()) {
        m_selectLargest = false;
        const qint64 largest = m_model->rows().front().interval;
        selectInterval(largest);
        Q_EMIT intervalSelected(largest);
    } else if (keep >= 0) {
        selectInterval(keep);
    }
    Q_EMIT rowsReady();
}

void AllocationsPanel::selectInterval(qint64 interval)
{
    m_pendingSelection = interval;
    const int row = m_model->rowOfInterval(interval);
    m_selecting = true;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_selecting = false;
}

void AllocationsPanel::onCurrentRowChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 interval = current.data(AllocationsTableModel::IntervalRole).toLongLong();
    m_pendingSelection = interval;
    Q_EMIT intervalSelected(interval);
}

void AllocationsPanel::updateHeader()
{
    if (!m_pendingDocument) {
        m_header->setText(tr("Click the timeline to list the allocations live at that moment."));
        return;
    }
    QString text = tr("Live after event %1").arg(DisplayFormat::count(m_event));
    if (m_event < 0)
        text = tr("Live before the first event");
    if (!m_momentLabel.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_momentLabel);
    if (m_watcher.isRunning()) {
        text += QStringLiteral(" · ") + tr("computing…");
    } else {
        text += QStringLiteral(" · ")
            + tr("%n allocation(s)", nullptr, int(m_model->rows().size()))
            + QStringLiteral(" · ") + DisplayFormat::bytes(m_model->totalBytes(), 2);
        if (!m_proxy->filterText().isEmpty())
            text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    }
    m_header->setText(text);
}

} // namespace VramScope
