// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "qcustomplotinclude.h"

#include <QColor>

#include <vector>

namespace VramScope {

// Filled step areas drawn as pixel-aligned rectangles: each layer holds a lower and an upper
// value per key, valid until the next key. Runs of equal rectangles are merged, so a flat band
// costs one fillRect. QPainter polygon fills of the same shapes (QCPGraph channel fills) take
// tens of milliseconds per layer at one point per pixel; rectangles take well under one.
class StepAreaPlottable : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    struct Layer
    {
        QVector<double> lower;
        QVector<double> upper;
        QColor color;
        int first = 0; // keys where the layer may have height
        int last = -1; // -1: up to the last key
    };

    StepAreaPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setLayers(QVector<double> keys, std::vector<Layer> layers, double maxValue);
    void clearLayers();
    void setOutlinedLayer(int layer) { m_outlined = layer; } // -1: none
    int outlinedLayer() const { return m_outlined; }
    const QVector<double> &keys() const { return m_keys; }
    const std::vector<Layer> &layers() const { return m_layers; }

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    void drawLayer(QCPPainter *painter, const Layer &layer) const;
    void drawOutline(QCPPainter *painter, const Layer &layer) const;

    QVector<double> m_keys;
    std::vector<Layer> m_layers;
    double m_maxValue = 0;
    int m_outlined = -1;
};

} // namespace VramScope
