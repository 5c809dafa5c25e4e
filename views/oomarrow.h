// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QCoreApplication>
#include <QString>

class QCustomPlot;
class QCPItemLine;
class QCPItemText;
class QCPRange;

namespace VramScope {

struct Document;
class EventAxis;

// The diagnosis on the timeline: an arrow at the OOM moment (or the peak) whose head sits in the
// middle of the tallest category band, with a label naming the band and the recommended rung.
// The head lives in plot coordinates (zoom and pan move it); the label hangs at a pixel offset
// beside it, on the side with room.
class OomArrow
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::OomArrow)
public:
    explicit OomArrow(QCustomPlot *plot);
    ~OomArrow();
    OomArrow(const OomArrow &) = delete;
    OomArrow &operator=(const OomArrow &) = delete;

    void rebuild(const Document &document, int deviceIndex, const EventAxis &axis);
    void clear();
    // Shows the arrow only in the categories view while its moment is in the visible x range, and
    // turns the label towards the middle of the view.
    void updatePlacement(const QCPRange &visibleX, const QCPRange &visibleY, bool categoriesMode);

    bool hasArrow() const { return m_index >= -1; }
    bool isVisible() const;
    qint64 eventIndex() const { return m_index; } // -2: no arrow
    Category band() const { return m_band; }
    double headX() const { return m_x; }
    double headY() const { return m_y; }
    QString labelText() const;
    QCPItemLine *line() const { return m_line; }
    QCPItemText *label() const { return m_label; }

    static QString buildLabel(const Document &document, int deviceIndex);

private:
    QCustomPlot *m_plot;
    QCPItemLine *m_line = nullptr;
    QCPItemText *m_label = nullptr;
    qint64 m_index = -2;
    Category m_band = Category::Unknown;
    double m_x = 0;
    double m_y = 0;
};

} // namespace VramScope
