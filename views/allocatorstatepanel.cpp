// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocatorstatepanel.h"

#include "displayformat.h"
#include "segmentmapview.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace VramScope {

AllocatorStatePanel::AllocatorStatePanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_pools(new QTreeWidget(this))
    , m_mapHeader(new QLabel(this))
    , m_map(new SegmentMapView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_pools->setRootIsDecorated(false);
    m_pools->setHeaderLabels({tr("Pool"), tr("Stream"), tr("Reserved"), tr("Free cached"),
                              tr("Largest free block")});
    m_pools->header()->setStretchLastSection(true);
    splitter->addWidget(m_pools);
    auto *mapBox = new QWidget(splitter);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    m_mapHeader->setText(tr("Segments in the dump (blocks: filled = allocated, hatched = pending "
                            "free, empty = free)"));
    m_mapHeader->setWordWrap(true);
    mapLayout->addWidget(m_mapHeader);
    auto *scroll = new QScrollArea(mapBox);
    scroll->setWidget(m_map);
    scroll->setWidgetResizable(true);
    mapLayout->addWidget(scroll, 1);
    splitter->addWidget(mapBox);
    layout->addWidget(splitter, 1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AllocatorStatePanel::onReportReady);
    clear();
}

AllocatorStatePanel::~AllocatorStatePanel()
{
    m_watcher.waitForFinished();
}

void AllocatorStatePanel::clear()
{
    m_document.reset();
    m_pools->clear();
    m_map->setDevice(nullptr, -1);
    m_header->setText(tr("Open a snapshot to see the allocator's segments."));
}

void AllocatorStatePanel::setMoment(DocumentPtr document, int deviceIndex, qint64 event)
{
    if (!document || !document->snapshot || deviceIndex < 0
        || deviceIndex >= int(document->devices.size())) {
        clear();
        return;
    }
    const bool newDevice = document != m_document || deviceIndex != m_device;
    m_document = document;
    m_device = deviceIndex;
    m_event = event;
    if (newDevice)
        m_map->setDevice(document, deviceIndex);
    m_header->setText(tr("Free cached memory after event %1 · computing…").arg(DisplayFormat::count(event)));
    m_watcher.setFuture(QtConcurrent::run([document, deviceIndex, event] {
        return FreeBlockAnalyzer::atEvent(*document->snapshot, document->devices[size_t(deviceIndex)], event);
    }));
}

void AllocatorStatePanel::onReportReady()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0 || !m_document)
        return;
    const FreeBlockReport report = m_watcher.result();
    m_pools->clear();
    const Snapshot &s = *m_document->snapshot;
    for (const PoolStreamFree &pool : report.pools) {
        const quint64 stream = pool.stream < s.streams.size() ? s.streams[pool.stream] : 0;
        auto *item = new QTreeWidgetItem(m_pools);
        item->setText(0, pool.pool.isDefault() ? tr("default")
                                               : QStringLiteral("(%1, %2)").arg(pool.pool.first).arg(pool.pool.second));
        item->setText(1, stream == 0 ? QStringLiteral("0") : QStringLiteral("0x%1").arg(stream, 0, 16));
        item->setText(2, DisplayFormat::bytes(pool.reservedBytes, 2));
        item->setText(3, DisplayFormat::bytes(pool.freeBytes, 2));
        item->setText(4, DisplayFormat::bytes(pool.largestFreeBlockBytes, 2));
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    QString text = tr("Free cached memory after event %1").arg(DisplayFormat::count(m_event));
    if (!report.available)
        text = tr("The dump holds no segments for this device, so the allocator state is unknown.");
    else if (report.reconstructed)
        text += QStringLiteral(" · ") + tr("replayed back from the dump (block sizes approximate)");
    m_header->setText(text);
    Q_EMIT poolsReady();
}

} // namespace VramScope
