// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "oomarrow.h"

#include "displayformat.h"
#include "document.h"
#include "eventaxis.h"
#include "plotpalette.h"
#include "qcustomplotinclude.h"

namespace VramScope {

namespace {

constexpr double LabelOffsetX = 56; // pixels from the arrow head to the label's near corner
constexpr double LabelOffsetY = 46;

const Diagnosis *diagnosisOf(const Document &document, int deviceIndex)
{
    if (deviceIndex < 0 || deviceIndex >= int(document.diagnoses.size())
        || deviceIndex >= int(document.categories.size()))
        return nullptr;
    const Diagnosis &d = document.diagnoses[size_t(deviceIndex)];
    return d.momentKind == Diagnosis::MomentKind::None ? nullptr : &d;
}

} // namespace

OomArrow::OomArrow(QCustomPlot *plot)
    : m_plot(plot)
{
}

OomArrow::~OomArrow() = default; // the items belong to the plot

QString OomArrow::buildLabel(const Document &document, int deviceIndex)
{
    const Diagnosis *d = diagnosisOf(document, deviceIndex);
    if (!d)
        return {};
    const QString band = tr("Tallest: %1, %2")
                             .arg(categoryLabel(d->tallest),
                                  DisplayFormat::bytes(d->bands[size_t(d->tallest)]));
    QString fix;
    if (const RungEstimate *rung = d->recommendedRung()) {
        fix = tr("Fix: %1").arg(rungLabel(rung->rung));
        if (rung->changesScience)
            fix += QLatin1Char(' ') + tr("(changes the science)");
    } else if (!d->ladder.rungs.empty()) {
        const QString first = rungLabel(d->ladder.rungs.front().rung);
        fix = d->momentKind == Diagnosis::MomentKind::Oom
            ? tr("No single rung covers it: start with %1").arg(first)
            : tr("First rung: %1").arg(first);
    }
    return fix.isEmpty() ? band : band + QLatin1Char('\n') + fix;
}

void OomArrow::clear()
{
    if (m_line)
        m_plot->removeItem(m_line);
    if (m_label)
        m_plot->removeItem(m_label);
    m_line = nullptr;
    m_label = nullptr;
    m_index = -2;
    m_band = Category::Unknown;
}

void OomArrow::rebuild(const Document &document, int deviceIndex, const EventAxis &axis)
{
    clear();
    const Diagnosis *d = diagnosisOf(document, deviceIndex);
    if (!d)
        return;
    // The head: the middle of the tallest band as the timeline stacks it (category 0 at the
    // bottom), read from the same series the plot draws.
    const CategorySeries &series = document.categories[size_t(deviceIndex)];
    const qint64 index = d->momentIndex;
    double below = 0;
    for (int c = 0; c < int(d->tallest); ++c)
        below += double(series.bytes[size_t(c)].valueAt(index));
    const double height = double(series.bytes[size_t(d->tallest)].valueAt(index));
    if (height <= 0 && below <= 0)
        return; // nothing live to point at
    m_index = index;
    m_band = d->tallest;
    m_x = axis.x(index);
    m_y = below + height / 2;

    const QColor color = d->momentKind == Diagnosis::MomentKind::Oom
        ? PlotPalette::oom()
        : PlotPalette::peak(m_plot->palette());
    m_line = new QCPItemLine(m_plot);
    m_line->end->setCoords(m_x, m_y);
    m_line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 12, 14));
    m_line->setPen(QPen(color, 2.5));
    m_line->setSelectable(false);

    m_label = new QCPItemText(m_plot);
    m_label->position->setParentAnchor(m_line->end);
    m_label->position->setType(QCPItemPosition::ptAbsolute);
    m_label->setText(buildLabel(document, deviceIndex));
    m_label->setTextAlignment(Qt::AlignLeft);
    m_label->setColor(color);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setPadding(QMargins(5, 3, 5, 3));
    QColor background = m_plot->palette().color(QPalette::Base);
    background.setAlpha(230);
    m_label->setBrush(background);
    m_label->setPen(QPen(color, 1));
    m_label->setSelectable(false);
}

void OomArrow::updatePlacement(const QCPRange &visibleX, const QCPRange &visibleY,
                               bool categoriesMode)
{
    if (!m_line)
        return;
    const bool visible = categoriesMode && visibleX.contains(m_x);
    m_line->setVisible(visible);
    m_label->setVisible(visible);
    if (!visible)
        return;
    // Towards the middle of the view: left of a head in the right half, above a head in the
    // lower half.
    const bool left = m_x > visibleX.center();
    const double ratio = visibleY.size() > 0 ? (m_y - visibleY.lower) / visibleY.size() : 0;
    const bool above = ratio < 0.5;
    m_label->position->setCoords(left ? -LabelOffsetX : LabelOffsetX,
                                 above ? -LabelOffsetY : LabelOffsetY);
    const Qt::Alignment h = left ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment v = above ? Qt::AlignBottom : Qt::AlignTop;
    m_label->setPositionAlignment(h | v);
    QCPItemAnchor *corner = left ? (above ? m_label->bottomRight : m_label->topRight)
                                 : (above ? m_label->bottomLeft : m_label->topLeft);
    m_line->start->setParentAnchor(corner);
    m_line->start->setType(QCPItemPosition::ptAbsolute);
    m_line->start->setCoords(0, 0);
}

bool OomArrow::isVisible() const
{
    return m_line && m_line->visible();
}

QString OomArrow::labelText() const
{
    return m_label ? m_label->text() : QString();
}

} // namespace VramScope
