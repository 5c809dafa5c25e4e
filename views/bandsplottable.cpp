// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "bandsplottable.h"

#include "plotpalette.h"

namespace VramScope {

BandsPlottable::BandsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setBrush(PlotPalette::summarizedBand());
    setPen(Qt::NoPen);
}

void BandsPlottable::setBands(AllocationBands bands, std::vector<QColor> colors)
{
    m_bands = std::move(bands);
    m_colors = std::move(colors);
}

void BandsPlottable::clearBands()
{
    m_bands = AllocationBands();
    m_colors.clear();
}

double BandsPlottable::selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const
{
    Q_UNUSED(pos)
    Q_UNUSED(onlySelectable)
    Q_UNUSED(details)
    return -1; // clicks are resolved by TimelinePlot through AllocationBands::bandAt
}

QCPRange BandsPlottable::getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const
{
    Q_UNUSED(inSignDomain)
    foundRange = !m_bands.keys.isEmpty();
    if (!foundRange)
        return {};
    return QCPRange(m_bands.keys.constFirst(), m_bands.keys.constLast());
}

QCPRange BandsPlottable::getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                                       const QCPRange &inKeyRange) const
{
    Q_UNUSED(inSignDomain)
    Q_UNUSED(inKeyRange)
    foundRange = !m_bands.keys.isEmpty();
    return QCPRange(0, m_bands.maxValue);
}

// Step polygon: upper edge left to right, then the lower edge (or the zero line) back.
QPolygonF BandsPlottable::bandPolygon(const QVector<double> &upper, const QVector<double> *lower,
                                      int first, int last) const
{
    const QCPAxis *keyAxis = mKeyAxis.data();
    const QCPAxis *valueAxis = mValueAxis.data();
    const QVector<double> &keys = m_bands.keys;
    const int n = int(keys.size());
    const auto xAt = [&](int p) { return keyAxis->coordToPixel(keys[std::min(p, n - 1)]); };
    QPolygonF poly;
    poly.reserve((last - first + 2) * 4);
    for (int p = first; p <= last; ++p) {
        const double y = valueAxis->coordToPixel(upper[p]);
        poly << QPointF(xAt(p), y) << QPointF(xAt(p + 1), y);
    }
    const double zero = valueAxis->coordToPixel(0);
    for (int p = last; p >= first; --p) {
        const double y = lower ? valueAxis->coordToPixel((*lower)[p]) : zero;
        poly << QPointF(xAt(p + 1), y) << QPointF(xAt(p), y);
    }
    return poly;
}

void BandsPlottable::draw(QCPPainter *painter)
{
    if (m_bands.keys.isEmpty() || !mKeyAxis || !mValueAxis)
        return;
    const int n = m_bands.pointCount();
    painter->setPen(Qt::NoPen);
    painter->setBrush(PlotPalette::summarizedBand());
    painter->drawPolygon(bandPolygon(m_bands.restUpper, &m_bands.restLower, 0, n - 1));

    QColor edge = mParentPlot->palette().color(QPalette::Base);
    edge.setAlpha(90);
    QPolygonF selected;
    for (size_t k = 0; k < m_bands.intervals.size(); ++k) {
        const int first = m_bands.firstPoint[k];
        if (first < 0)
            continue;
        const QPolygonF poly =
            bandPolygon(m_bands.upper[k], &m_bands.lower[k], first, m_bands.lastPoint[k]);
        painter->setPen(QPen(edge, 0));
        painter->setBrush(k < m_colors.size() ? m_colors[k] : PlotPalette::summarizedBand());
        painter->drawPolygon(poly);
        if (int(k) == m_selected)
            selected = poly;
    }
    if (!selected.isEmpty()) {
        painter->setPen(QPen(PlotPalette::selection(mParentPlot->palette()), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(selected);
    }
}

void BandsPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(PlotPalette::summarizedBand());
    painter->drawRect(rect);
}

} // namespace VramScope
