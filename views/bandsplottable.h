// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "allocationbands.h"
#include "qcustomplotinclude.h"

#include <QColor>

#include <vector>

namespace VramScope {

// Draws AllocationBands as filled step polygons: the summarized band, then one polygon per
// allocation. Only the points the geometry holds are touched, so a replot costs O(pixels x N).
class BandsPlottable : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    BandsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setBands(AllocationBands bands, std::vector<QColor> colors);
    void clearBands();
    const AllocationBands &bands() const { return m_bands; }
    void setSelectedBand(int band) { m_selected = band; }
    int selectedBand() const { return m_selected; }

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    QPolygonF bandPolygon(const QVector<double> &upper, const QVector<double> *lower, int first,
                          int last) const;
    AllocationBands m_bands;
    std::vector<QColor> m_colors;
    int m_selected = -1;
};

} // namespace VramScope
