// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "stepareaplottable.h"

#include "plotpalette.h"

#include <cmath>

namespace VramScope {

StepAreaPlottable::StepAreaPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setPen(Qt::NoPen);
}

void StepAreaPlottable::setLayers(QVector<double> keys, std::vector<Layer> layers, double maxValue)
{
    m_keys = std::move(keys);
    m_layers = std::move(layers);
    m_maxValue = maxValue;
}

void StepAreaPlottable::clearLayers()
{
    m_keys.clear();
    m_layers.clear();
    m_maxValue = 0;
}

double StepAreaPlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // clicks are resolved from the data by TimelinePlot
}

QCPRange StepAreaPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_keys.isEmpty();
    return foundRange ? QCPRange(m_keys.constFirst(), m_keys.constLast()) : QCPRange();
}

QCPRange StepAreaPlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = !m_keys.isEmpty();
    return QCPRange(0, m_maxValue);
}

void StepAreaPlottable::draw(QCPPainter *painter)
{
    if (m_keys.isEmpty() || !mKeyAxis || !mValueAxis)
        return;
    painter->save();
    painter->setAntialiasing(false);
    painter->setPen(Qt::NoPen);
    for (const Layer &layer : m_layers)
        drawLayer(painter, layer);
    if (m_outlined >= 0 && m_outlined < int(m_layers.size()))
        drawOutline(painter, m_layers[size_t(m_outlined)]);
    painter->restore();
}

void StepAreaPlottable::drawLayer(QCPPainter *painter, const Layer &layer) const
{
    const QCPAxis *x = mKeyAxis.data();
    const QCPAxis *y = mValueAxis.data();
    const int n = int(m_keys.size());
    const int last = layer.last < 0 ? n - 1 : std::min(layer.last, n - 1);
    // Pixel rows of one key's rectangle; equal neighbours extend the pending run.
    int runLeft = 0, runRight = 0, runTop = 0, runBottom = 0;
    bool pending = false;
    const auto flush = [&] {
        if (pending && runRight > runLeft && runBottom > runTop)
            painter->fillRect(QRect(runLeft, runTop, runRight - runLeft, runBottom - runTop), layer.color);
        pending = false;
    };
    for (int p = std::max(layer.first, 0); p <= last; ++p) {
        const int left = int(std::lround(x->coordToPixel(m_keys[p])));
        const int right = int(std::lround(x->coordToPixel(m_keys[std::min(p + 1, n - 1)])));
        if (right <= left && p + 1 < n)
            continue; // a later point at the same pixel holds the value
        const int top = int(std::lround(y->coordToPixel(layer.upper[p])));
        const int bottom = int(std::lround(y->coordToPixel(layer.lower[p])));
        if (pending && top == runTop && bottom == runBottom && left <= runRight) {
            runRight = std::max(runRight, right);
            continue;
        }
        flush();
        runLeft = left;
        runRight = std::max(right, left + 1);
        runTop = std::min(top, bottom);
        runBottom = std::max(top, bottom);
        pending = true;
    }
    flush();
}

void StepAreaPlottable::drawOutline(QCPPainter *painter, const Layer &layer) const
{
    const QCPAxis *x = mKeyAxis.data();
    const QCPAxis *y = mValueAxis.data();
    const int n = int(m_keys.size());
    const int last = layer.last < 0 ? n - 1 : std::min(layer.last, n - 1);
    QPolygonF upper, lower;
    for (int p = std::max(layer.first, 0); p <= last; ++p) {
        const double x0 = x->coordToPixel(m_keys[p]);
        const double x1 = x->coordToPixel(m_keys[std::min(p + 1, n - 1)]);
        upper << QPointF(x0, y->coordToPixel(layer.upper[p])) << QPointF(x1, y->coordToPixel(layer.upper[p]));
        lower << QPointF(x0, y->coordToPixel(layer.lower[p])) << QPointF(x1, y->coordToPixel(layer.lower[p]));
    }
    painter->setPen(QPen(PlotPalette::selection(mParentPlot->palette()), 2));
    painter->drawPolyline(upper);
    painter->drawPolyline(lower);
}

void StepAreaPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(PlotPalette::summarizedBand());
    painter->drawRect(rect);
}

} // namespace VramScope
