// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "eventaxis.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPRange;

namespace VramScope {

class OomArrow;
class TimelineLayers;
class TimelineMarkers;

// The memory timeline of one device. It never holds all events: on every x range change it asks
// the document's step series for an envelope with about one bucket per pixel, so redraws cost
// O(pixels) at any trace length. Interaction: wheel zoom, drag pan, right- or Shift-drag rubber
// band zoom, Home resets, click sets the cursor (allocations mode: selects the allocation).
class TimelinePlot : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Categories, Allocations };

    explicit TimelinePlot(QWidget *parent = nullptr);
    ~TimelinePlot() override;

    void setDocument(DocumentPtr document, int deviceIndex);
    DocumentPtr document() const { return m_document; }
    int deviceIndex() const { return m_device; }
    void setDevice(int deviceIndex);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAxisMode(EventAxis::Mode mode);
    EventAxis::Mode axisMode() const { return m_axis.mode(); }
    bool hasTimeAxis() const;
    void setTopCount(int n); // allocations mode: bands drawn individually (default 50)
    int topCount() const { return m_topCount; }

    void setCursorEvent(qint64 event); // -2 hides the cursor
    qint64 cursorEvent() const { return m_cursorEvent; }
    void setSelectedInterval(qint64 interval); // -1 clears
    qint64 selectedInterval() const { return m_selectedInterval; }

    // For tests and export.
    QCustomPlot *plot() const { return m_plot; }
    const TimelineMarkers &markers() const { return *m_markers; }
    const EventAxis &axis() const { return m_axis; }
    const TimelineLayers &layers() const { return *m_layers; }
    // The diagnosis arrow at the OOM moment (or the peak), pointing at the tallest band.
    const OomArrow &oomArrow() const { return *m_arrow; }
    int lastPointCount() const;
    int bucketCount() const;
    bool isComputingBands() const { return m_topWatcher.isRunning(); }

public Q_SLOTS:
    void resetZoom();

Q_SIGNALS:
    void cursorEventChanged(qint64 event);
    void intervalClicked(qint64 interval);
    void bandsReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupPlot();
    void rebuildAxis();
    void updateData();
    void updateSelectionMarker();
    void requestTopIntervals();
    void onXRangeChanged(const QCPRange &range);
    void onMousePress(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onRubberBand(const QRect &rect);
    void onAfterLayout();
    void onTopIntervalsReady();
    qint64 intervalAt(const QPointF &pixel) const;

    QCustomPlot *m_plot = nullptr;
    std::unique_ptr<TimelineMarkers> m_markers;
    std::unique_ptr<TimelineLayers> m_layers;
    std::unique_ptr<OomArrow> m_arrow;

    DocumentPtr m_document;
    int m_device = -1;
    EventAxis m_axis;
    EventAxis::Mode m_wantedAxisMode = EventAxis::Mode::EventIndex;
    int m_lastAxisWidth = 0;
    Mode m_mode = Mode::Categories;
    int m_topCount = 50;
    std::vector<quint32> m_top;
    QFutureWatcher<std::vector<quint32>> m_topWatcher;
    int m_topGeneration = 0;
    qint64 m_cursorEvent = -2;
    qint64 m_selectedInterval = -1;
    bool m_inRangeUpdate = false;
    QPoint m_pressPos;
};

} // namespace VramScope
