// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/snapshotcomparison.h"
#include "document.h"

#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QTableWidget;

namespace VramScope {

// A/B side by side: both allocated-bytes curves on one aligned axis (by training step, else by
// relative time) with a shared cursor, the per-category delta at the moment, what grew or shrank
// per source location, the allocator settings that differ, and the verdict.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void setComparison(const DocumentPtr &a, const DocumentPtr &b, const SnapshotComparison &comparison);
    const SnapshotComparison &comparison() const { return m_comparison; }
    std::pair<DocumentPtr, DocumentPtr> documents() const { return {m_a, m_b}; }
    QCustomPlot *plot() const { return m_plot; }
    QTableWidget *bandsTable() const { return m_bands; }
    QTableWidget *locationsTable() const { return m_locations; }

private:
    void fillPlot();
    void fillTables();
    void addCurve(const DocumentPtr &doc, int device, const QString &name, const QColor &color);
    void onMouseMove(QMouseEvent *event);

    DocumentPtr m_a, m_b;
    SnapshotComparison m_comparison;
    QLabel *m_verdict;
    QCustomPlot *m_plot;
    QCPItemStraightLine *m_cursor = nullptr;
    QLabel *m_cursorText;
    QTableWidget *m_bands;
    QTableWidget *m_locations;
    QTableWidget *m_settings;
};

} // namespace VramScope
