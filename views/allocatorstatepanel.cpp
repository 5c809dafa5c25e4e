// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocatorstatepanel.h"

#include "displayformat.h"
#include "plotpalette.h"
#include "segmentmapview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace VramScope {

AllocatorStatePanel::AllocatorStatePanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_scale(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_pools(new QTreeWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_map(new SegmentMapView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_pools->setRootIsDecorated(false);
    m_pools->setHeaderLabels(
        {tr("Pool"), tr("Stream"), tr("Reserved"), tr("Free cached"), tr("Largest free block")});
    m_pools->header()->setStretchLastSection(false);
    m_pools->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_splitter->addWidget(m_pools);
    auto *mapBox = new QWidget(m_splitter);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    m_legend->setWordWrap(true);
    // The choosers on their own row and the legend below at full width: in a narrow dock the
    // legend would otherwise be squeezed into a column beside them.
    auto *legendRow = new QHBoxLayout;
    auto *scaleLabel = new QLabel(tr("Row &width:"), mapBox);
    scaleLabel->setBuddy(m_scale);
    legendRow->addWidget(scaleLabel);
    // Item data is the SegmentScale, so the order of the items is free.
    m_scale->addItem(tr("Fit each row"), int(SegmentScale::FitRow));
    m_scale->addItem(tr("Shared scale"), int(SegmentScale::Shared));
    m_scale->setToolTip(
        tr("Fit each row: every segment's bar fills the width, so the blocks inside a small "
           "segment are as readable as in a large one; the label gives the segment's size.\n"
           "Shared scale: one scale for all rows, so bar lengths compare segment sizes."));
    legendRow->addWidget(m_scale);
    legendRow->addSpacing(12);
    auto *orderLabel = new QLabel(tr("O&rder:"), mapBox);
    orderLabel->setBuddy(m_order);
    legendRow->addWidget(orderLabel);
    m_order->addItem(tr("Largest first"), int(SegmentOrder::Largest));
    m_order->addItem(tr("Most free first"), int(SegmentOrder::MostFree));
    m_order->addItem(tr("By address"), int(SegmentOrder::Address));
    m_order->setToolTip(tr("Order of the segments inside each pool and stream.\n"
                           "Most free first puts the segments with the most cached free bytes, "
                           "where fragmentation shows, at the top."));
    legendRow->addWidget(m_order);
    legendRow->addStretch(1);
    mapLayout->addLayout(legendRow);
    mapLayout->addWidget(m_legend);
    auto *scroll = new QScrollArea(mapBox);
    scroll->setWidget(m_map);
    scroll->setWidgetResizable(true);
    mapLayout->addWidget(scroll, 1);
    m_splitter->addWidget(mapBox);
    // The pools are a few rows; the segments are what the panel is for.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({90, 400});
    layout->addWidget(m_splitter, 1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AllocatorStatePanel::onStateReady);
    connect(m_map, &SegmentMapView::intervalSelected, this, &AllocatorStatePanel::intervalSelected);
    connect(m_scale, &QComboBox::activated, this, [this] {
        m_map->setScale(scale());
        Q_EMIT scaleChanged(scale());
    });
    connect(m_order, &QComboBox::activated, this, [this] {
        m_map->setOrder(order());
        Q_EMIT orderChanged(order());
    });
    clear();
}

AllocatorStatePanel::~AllocatorStatePanel()
{
    m_watcher.waitForFinished();
}

void AllocatorStatePanel::clear()
{
    m_wanted = {};
    m_shown = {};
    m_state.reset();
    m_pools->clear();
    m_map->clear();
    fillLegend();
    m_header->setText(tr("Open a snapshot to see the allocator's segments."));
}

void AllocatorStatePanel::setMoment(DocumentPtr document, int deviceIndex, qint64 event,
                                    const QString &momentLabel)
{
    if (!document || !document->snapshot || deviceIndex < 0
        || deviceIndex >= int(document->devices.size())) {
        clear();
        return;
    }
    m_wanted = {std::move(document), deviceIndex, event, momentLabel};
    if (m_state && m_wanted.sameAs(m_shown)) {
        m_shown.label = m_wanted.label;
        m_header->setText(title());
        return;
    }
    if (m_watcher.isRunning()) { // coalesced: started when the running one delivers
        m_header->setText(momentText(m_wanted) + QStringLiteral(" · ") + tr("computing…"));
        return;
    }
    start();
}

void AllocatorStatePanel::start()
{
    m_running = m_wanted;
    m_header->setText(momentText(m_running) + QStringLiteral(" · ") + tr("computing…"));
    const DocumentPtr document = m_running.document;
    const int device = m_running.device;
    const qint64 event = m_running.event;
    m_watcher.setFuture(QtConcurrent::run([document, device, event] {
        Computed c;
        c.state = std::make_shared<const AllocatorState>(AllocatorStateBuilder::atEvent(
            *document->snapshot, document->devices[size_t(device)], event));
        for (const StateBlock &b : c.state->blocks) {
            if (b.kind != StateBlockKind::Free)
                c.categories |= 1u << (b.category & 31u);
        }
        return c;
    }));
}

void AllocatorStatePanel::onStateReady()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Moment done = m_running;
    m_running = {};
    if (!m_wanted.document) // cleared meanwhile
        return;
    if (done.document == m_wanted.document && done.device == m_wanted.device)
        showState(done, m_watcher.result()); // an older moment still beats a blank panel
    if (!m_wanted.sameAs(done))
        start();
}

void AllocatorStatePanel::showState(const Moment &moment, const Computed &computed)
{
    m_shown = moment;
    m_state = computed.state;
    m_categories = computed.categories;
    const qint64 selected = m_map->selectedInterval();
    m_map->setState(moment.document, m_state);
    m_map->setSelectedInterval(selected);
    fillPools();
    fillLegend();
    m_header->setText(title());
    Q_EMIT stateReady();
}

void AllocatorStatePanel::selectInterval(qint64 interval)
{
    m_map->setSelectedInterval(interval);
}

void AllocatorStatePanel::setScale(SegmentScale scale)
{
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(int(scale))));
    m_map->setScale(this->scale());
}

SegmentScale AllocatorStatePanel::scale() const
{
    return SegmentScale(m_scale->currentData().toInt());
}

void AllocatorStatePanel::setOrder(SegmentOrder order)
{
    m_order->setCurrentIndex(std::max(0, m_order->findData(int(order))));
    m_map->setOrder(this->order());
}

SegmentOrder AllocatorStatePanel::order() const
{
    return SegmentOrder(m_order->currentData().toInt());
}

void AllocatorStatePanel::fillPools()
{
    m_pools->clear();
    const Snapshot &s = *m_shown.document->snapshot;
    for (const PoolStreamFree &pool : m_state->pools) {
        const quint64 stream = pool.stream < s.streams.size() ? s.streams[pool.stream] : 0;
        auto *item = new QTreeWidgetItem(m_pools);
        item->setText(0,
                      pool.pool.isDefault()
                          ? tr("default")
                          : QStringLiteral("(%1, %2)").arg(pool.pool.first).arg(pool.pool.second));
        item->setText(1, DisplayFormat::stream(stream));
        item->setText(2, DisplayFormat::bytes(pool.reservedBytes, 2));
        item->setText(3, DisplayFormat::bytes(pool.freeBytes, 2));
        item->setText(4, DisplayFormat::bytes(pool.largestFreeBlockBytes, 2));
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    fitPoolsHeight();
}

// Most snapshots have one or two (pool, stream) pairs: the table gets just their rows, and the
// segment map the rest. Only when the count changes, so a height the user dragged stays.
void AllocatorStatePanel::fitPoolsHeight()
{
    const int rows = m_pools->topLevelItemCount();
    if (rows == m_fittedPoolRows || rows == 0)
        return;
    const int rowHeight = std::max(1, m_pools->sizeHintForRow(0));
    // Room for a horizontal scroll bar too: a narrow dock needs one, and it must not cover the row.
    const int wanted = m_pools->header()->sizeHint().height() + std::min(rows, 6) * rowHeight
                       + 2 * m_pools->frameWidth() + m_pools->horizontalScrollBar()->sizeHint().height() + 4;
    // A tree view's own minimum is several rows tall; one row must be allowed.
    m_pools->setMinimumHeight(std::min(wanted, m_pools->minimumSizeHint().height()));
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= wanted) // not laid out yet (a hidden dock): fit on a later state
        return;
    m_fittedPoolRows = rows;
    m_splitter->setSizes({wanted, total - wanted});
}

void AllocatorStatePanel::fillLegend()
{
    // The key to the colours stays visible; the finer points of the drawing are in the tooltip,
    // so that the rows keep the room in a small dock.
    QString text = tr("One row per segment. Filled = allocated, hatched = pending free, empty = free.");
    m_legend->setToolTip(
        tr("Pale = small allocations and free gaps too dense to draw apart. Thin blocks are "
           "widened so that they show. Click a block to select its allocation; hover for details."));
    QStringList swatches;
    for (int c = 0; c < CategoryCount; ++c) {
        if (m_state && (m_categories >> c) & 1u)
            swatches << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                            .arg(PlotPalette::category(c).name(),
                                 categoryLabel(Category(c)).toHtmlEscaped());
    }
    if (!swatches.isEmpty())
        text = text.toHtmlEscaped() + QStringLiteral("<br>")
               + swatches.join(QStringLiteral(" &nbsp; "));
    m_legend->setText(text);
}

QString AllocatorStatePanel::momentText(const Moment &m) const
{
    QString text = m.event < 0
                       ? tr("Allocator state before the first event")
                       : tr("Allocator state after event %1").arg(DisplayFormat::count(m.event));
    if (!m.label.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.label);
    const auto &traces = m.document->snapshot->deviceTraces;
    const int device = m.document->devices[size_t(m.device)].device;
    if (m.event >= 0 && size_t(device) < traces.size()
        && size_t(m.event) < traces[size_t(device)].size()) {
        const auto &trace = traces[size_t(device)];
        const qint64 t0 = trace.front().timeUs, t = trace[size_t(m.event)].timeUs;
        if (t0 != NoTime && t != NoTime && t >= t0)
            text += QStringLiteral(" · ")
                    + tr("%1 into the trace").arg(DisplayFormat::duration(t - t0));
    }
    return text;
}

QString AllocatorStatePanel::title() const
{
    if (!m_state || !m_shown.document)
        return m_header->text();
    QString text = momentText(m_shown);
    if (!m_state->available)
        return text + QStringLiteral(" · ")
               + tr(
                   "the dump holds no segments for this device, so the allocator state is unknown");
    qint64 reserved = 0, free = 0, largest = 0;
    for (const PoolStreamFree &p : m_state->pools) {
        reserved += p.reservedBytes;
        free += p.freeBytes;
        largest = std::max(largest, p.largestFreeBlockBytes);
    }
    text += QStringLiteral("\n")
            + tr("%n segment(s), %1 reserved, %2 free cached, largest free block %3", nullptr,
                 int(m_state->segments.size()))
                  .arg(DisplayFormat::bytes(reserved, 2), DisplayFormat::bytes(free, 2),
                       DisplayFormat::bytes(largest, 2));
    text += QStringLiteral(" · ")
            + (m_state->exact ? tr("the dump's blocks (exact)")
                              : tr("replayed back from the dump (block sizes approximate)"));
    if (m_state->unplacedAllocations > 0)
        text += QStringLiteral(" · ")
                + tr("%n live allocation(s) outside every segment: the trace and the dump disagree",
                     nullptr, m_state->unplacedAllocations);
    return text;
}

} // namespace VramScope
