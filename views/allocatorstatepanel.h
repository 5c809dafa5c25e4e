// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace VramScope {

class SegmentMapView;

// Where fragmentation shows: free cached bytes and the largest free block per (pool, stream) at
// the cursor (replayed back from the dump on a worker thread), and the dump's segments with
// their blocks by state and category.
class AllocatorStatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AllocatorStatePanel(QWidget *parent = nullptr);
    ~AllocatorStatePanel() override;

    void setMoment(DocumentPtr document, int deviceIndex, qint64 event);
    void clear();
    QTreeWidget *pools() const { return m_pools; }
    SegmentMapView *segmentMap() const { return m_map; }

Q_SIGNALS:
    void poolsReady();

private:
    void onReportReady();

    QLabel *m_header;
    QTreeWidget *m_pools;
    QLabel *m_mapHeader;
    SegmentMapView *m_map;
    QFutureWatcher<FreeBlockReport> m_watcher;
    DocumentPtr m_document;
    int m_device = -1;
    qint64 m_event = -1;
};

} // namespace VramScope
