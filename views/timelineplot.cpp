// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timelineplot.h"

#include "timelinelayers.h"
#include "oomarrow.h"
#include "plotaxes.h"
#include "qcustomplotinclude.h"
#include "timelinehovertext.h"
#include "timelinemarkers.h"

#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace VramScope {

TimelinePlot::TimelinePlot(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    layout->addWidget(m_plot);
    setupPlot();
    m_markers = std::make_unique<TimelineMarkers>(m_plot);
    m_arrow = std::make_unique<OomArrow>(m_plot);
    connect(&m_topWatcher, &QFutureWatcherBase::finished, this, &TimelinePlot::onTopIntervalsReady);
}

TimelinePlot::~TimelinePlot()
{
    m_topWatcher.cancel();
    m_topWatcher.waitForFinished();
}

void TimelinePlot::setupPlot()
{
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    m_plot->yAxis->setTicker(QSharedPointer<ByteAxisTicker>::create());
    m_plot->yAxis->setLabel(tr("Memory"));
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);

    m_layers = std::make_unique<TimelineLayers>(m_plot);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &TimelinePlot::onXRangeChanged);
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelinePlot::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelinePlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelinePlot::onMouseRelease);
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelinePlot::onAfterLayout);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) { onRubberBand(rect); });
}

void TimelinePlot::setDocument(DocumentPtr document, int deviceIndex)
{
    m_document = std::move(document);
    m_device = -1;
    m_cursorEvent = -2;
    m_selectedInterval = -1;
    setDevice(deviceIndex);
}

void TimelinePlot::setDevice(int deviceIndex)
{
    if (!m_document || deviceIndex < 0 || deviceIndex >= int(m_document->devices.size()))
        deviceIndex = -1;
    const bool changed = deviceIndex != m_device;
    m_device = deviceIndex;
    m_top.clear();
    if (changed) {
        m_cursorEvent = -2;
        m_selectedInterval = -1;
    }
    rebuildAxis();
    m_layers->updateLegend(m_document.get(), m_device, m_mode == Mode::Allocations);
    if (m_mode == Mode::Allocations)
        requestTopIntervals();
    resetZoom();
}

int TimelinePlot::lastPointCount() const
{
    return m_layers->lastPointCount();
}

bool TimelinePlot::hasTimeAxis() const
{
    if (!m_document || m_device < 0 || !m_document->snapshot)
        return false;
    const int ordinal = m_document->devices[size_t(m_device)].device;
    const auto &traces = m_document->snapshot->deviceTraces;
    return ordinal >= 0 && ordinal < int(traces.size())
        && EventAxis::hasTime(&traces[size_t(ordinal)]);
}

void TimelinePlot::rebuildAxis()
{
    m_axis = EventAxis();
    m_markers->clear();
    m_arrow->clear();
    if (m_document && m_device >= 0) {
        const DeviceTimeline &dev = m_document->devices[size_t(m_device)];
        const std::vector<TraceEntry> *trace = nullptr;
        if (m_document->snapshot && dev.device >= 0
            && dev.device < int(m_document->snapshot->deviceTraces.size()))
            trace = &m_document->snapshot->deviceTraces[size_t(dev.device)];
        m_axis = EventAxis(trace, dev.eventCount, m_wantedAxisMode);
        m_markers->rebuild(*m_document, m_device, m_axis);
        m_arrow->rebuild(*m_document, m_device, m_axis);
    }
    if (m_axis.mode() == EventAxis::Mode::Time) {
        m_plot->xAxis->setTicker(QSharedPointer<TimeAxisTicker>::create());
        m_plot->xAxis->setLabel(tr("Time since the first event"));
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->xAxis->setLabel(tr("Event index"));
    }
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);
    if (m_cursorEvent >= -1)
        m_markers->setCursor(true, m_axis.x(m_cursorEvent));
    updateSelectionMarker();
}

void TimelinePlot::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_layers->updateLegend(m_document.get(), m_device, m_mode == Mode::Allocations);
    if (m_mode == Mode::Allocations && m_top.empty())
        requestTopIntervals();
    updateData();
}

void TimelinePlot::setAxisMode(EventAxis::Mode mode)
{
    m_wantedAxisMode = mode;
    if (mode == m_axis.mode())
        return;
    // Keep the same events in view across the switch.
    const QCPRange range = m_plot->xAxis->range();
    const qint64 lo = m_axis.indexAt(range.lower);
    const qint64 hi = m_axis.indexAt(range.upper);
    const bool full = range.lower <= m_axis.fullLower() && range.upper >= m_axis.fullUpper();
    rebuildAxis();
    if (full || hi <= lo)
        resetZoom();
    else
        m_plot->xAxis->setRange(m_axis.x(lo), m_axis.x(hi + 1));
}

void TimelinePlot::setTopCount(int n)
{
    n = std::max(n, 1);
    if (n == m_topCount)
        return;
    m_topCount = n;
    m_top.clear();
    if (m_mode == Mode::Allocations)
        requestTopIntervals();
    updateData();
}

void TimelinePlot::requestTopIntervals()
{
    m_topWatcher.cancel();
    if (!m_document || m_device < 0)
        return;
    const DocumentPtr document = m_document;
    const int device = m_device;
    const int n = m_topCount;
    m_topWatcher.setFuture(QtConcurrent::run([document, device, n] {
        return AllocationBands::selectLargest(document->devices[size_t(device)], n);
    }));
}

void TimelinePlot::onTopIntervalsReady()
{
    if (m_topWatcher.isCanceled() || m_topWatcher.future().resultCount() == 0)
        return;
    m_top = m_topWatcher.result();
    updateData();
    Q_EMIT bandsReady();
}

void TimelinePlot::resetZoom()
{
    m_plot->xAxis->setRange(m_axis.fullLower(), m_axis.fullUpper());
    updateData(); // also when the range did not change (new document, same extent)
}

int TimelinePlot::bucketCount() const
{
    const int width = m_plot->axisRect()->width();
    return std::max(width > 10 ? width : m_plot->width() - 80, 16);
}

void TimelinePlot::onAfterLayout()
{
    const int width = m_plot->axisRect()->width();
    if (width != m_lastAxisWidth) {
        m_lastAxisWidth = width;
        QMetaObject::invokeMethod(this, &TimelinePlot::updateData, Qt::QueuedConnection);
    }
}

void TimelinePlot::onXRangeChanged(const QCPRange &range)
{
    if (m_inRangeUpdate)
        return;
    // Never leave the data: clamp pans and zoom-outs, and keep at least a few events in view.
    const double lo = m_axis.fullLower();
    const double hi = m_axis.fullUpper();
    const double minSpan = m_axis.mode() == EventAxis::Mode::Time ? 1e-5 : 4.0;
    double span = std::clamp(range.size(), std::min(minSpan, hi - lo), hi - lo);
    double lower = std::clamp(range.center() - span / 2, lo, hi - span);
    const double tolerance = span * 1e-9;
    if (std::abs(lower - range.lower) > tolerance || std::abs(span - range.size()) > tolerance) {
        m_inRangeUpdate = true;
        m_plot->xAxis->setRange(lower, lower + span);
        m_inRangeUpdate = false;
    }
    updateData();
}

void TimelinePlot::updateData()
{
    double maxValue = 0;
    if (!m_document || m_device < 0) {
        m_layers->clear();
    } else {
        maxValue = m_layers->apply(*m_document, m_device, m_axis, m_plot->xAxis->range(),
                                   bucketCount(), m_mode == Mode::Allocations, m_top);
        updateSelectionMarker();
    }
    // Headroom for the peak label and the annotation lane above the data.
    const double headroom = 1.12 + 1.2 * m_markers->topLaneShare();
    m_plot->yAxis->setRange(0, maxValue > 0 ? maxValue * headroom : 1024.0);
    m_markers->updateLabelPlacement(m_plot->xAxis->range());
    m_arrow->updatePlacement(m_plot->xAxis->range(), m_plot->yAxis->range(),
                             m_mode == Mode::Categories);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::updateSelectionMarker()
{
    if (!m_document || m_device < 0 || m_selectedInterval < 0
        || m_selectedInterval >= qint64(m_document->devices[size_t(m_device)].intervals.size())) {
        m_markers->setSelectionSpan(false);
        m_layers->setSelectedInterval(-1);
        return;
    }
    const DeviceTimeline &dev = m_document->devices[size_t(m_device)];
    const AllocationInterval &iv = dev.intervals[size_t(m_selectedInterval)];
    const double x0 = m_axis.x(iv.allocIndex);
    const double x1 = iv.freeCompletedIndex == NotFreed ? m_axis.fullUpper()
                                                        : m_axis.x(iv.freeCompletedIndex);
    m_markers->setSelectionSpan(true, x0, std::max(x1, x0));
    m_layers->setSelectedInterval(m_selectedInterval);
}

void TimelinePlot::setCursorEvent(qint64 event)
{
    m_cursorEvent = event;
    m_markers->setCursor(event >= -1, m_axis.x(event));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setSelectedInterval(qint64 interval)
{
    m_selectedInterval = interval;
    updateSelectionMarker();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

qint64 TimelinePlot::intervalAt(const QPointF &pixel) const
{
    if (m_mode != Mode::Allocations)
        return -1;
    const AllocationBands &bands = m_layers->bands();
    const int band = bands.bandAt(m_plot->xAxis->pixelToCoord(pixel.x()),
                                  m_plot->yAxis->pixelToCoord(pixel.y()));
    return band < 0 ? -1 : qint64(bands.intervals[size_t(band)]);
}

void TimelinePlot::onMousePress(QMouseEvent *event)
{
    m_pressPos = event->pos();
    const bool rubberBand = event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    m_plot->setSelectionRectMode(rubberBand ? QCP::srmCustom : QCP::srmNone);
}

void TimelinePlot::onRubberBand(const QRect &rect)
{
    if (rect.width() < 4)
        return;
    const double a = m_plot->xAxis->pixelToCoord(rect.left());
    const double b = m_plot->xAxis->pixelToCoord(rect.right());
    m_plot->xAxis->setRange(std::min(a, b), std::max(a, b));
}

void TimelinePlot::onMouseMove(QMouseEvent *event)
{
    if (!m_document || m_device < 0 || event->buttons() != Qt::NoButton
        || !m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const qint64 index = m_axis.indexAt(m_plot->xAxis->pixelToCoord(event->pos().x()));
    const QString text = TimelineHoverText::build(*m_document, m_device, m_axis, index,
                                                  intervalAt(event->pos()));
    QToolTip::showText(event->globalPosition().toPoint() + QPoint(14, 14), text, m_plot);
}

void TimelinePlot::onMouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document || m_device < 0
        || (event->pos() - m_pressPos).manhattanLength() > 3
        || !m_plot->axisRect()->rect().contains(event->pos()))
        return;
    const qint64 index = m_axis.indexAt(m_plot->xAxis->pixelToCoord(event->pos().x()));
    setCursorEvent(index);
    Q_EMIT cursorEventChanged(index);
    const qint64 interval = intervalAt(event->pos());
    if (interval >= 0) {
        setSelectedInterval(interval);
        Q_EMIT intervalClicked(interval);
    }
}

bool TimelinePlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Leave)
            QToolTip::hideText();
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Home) {
            resetZoom();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace VramScope
