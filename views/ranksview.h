// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/ranksoverview.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace VramScope {

// Many ranks of one job: peak allocated and reserved per rank as bars with the median and the
// imbalance band, and a table with each rank's OOM and tallest band; the rank that ran out of
// memory first is named on top and its row is flagged first.
class RanksView : public QWidget
{
    Q_OBJECT
public:
    explicit RanksView(QWidget *parent = nullptr);

    void setOverview(const RanksOverview &overview);
    const RanksOverview &overview() const { return m_overview; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void rankActivated(int rank); // index into overview().ranks (double click)

private:
    void fillPlot();
    void fillTable();

    RanksOverview m_overview;
    QLabel *m_headline;
    QCustomPlot *m_plot;
    QTableWidget *m_table;
};

} // namespace VramScope
