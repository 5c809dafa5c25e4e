// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QWidget>

namespace VramScope {

// The segments of one device as the dump holds them: one row per segment, its blocks drawn to
// scale by state (allocated in its category colour, pending free hatched, free empty). Long gaps
// of empty space in a row are the picture of fragmentation.
class SegmentMapView : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentMapView(QWidget *parent = nullptr);

    void setDevice(const DocumentPtr &document, int deviceIndex);
    int segmentCount() const { return int(m_segments.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    int segmentAt(const QPoint &pos) const;
    QString segmentText(const Segment &segment) const;

    static constexpr int RowHeight = 18;
    static constexpr int LabelWidth = 190;
    DocumentPtr m_document;
    std::vector<const Segment *> m_segments; // largest first
    std::vector<qint8> m_blockCategory;      // per block of the snapshot: category or -1
    quint64 m_largest = 1;
};

} // namespace VramScope
