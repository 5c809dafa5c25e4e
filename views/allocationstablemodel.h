// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "allocationrows.h"
#include "document.h"

#include <QAbstractTableModel>

namespace VramScope {

// The live allocations at one moment. Qt::UserRole holds the raw sort key of every cell,
// IntervalRole the index into DeviceTimeline::intervals.
class AllocationsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Size, CategoryColumn, TopFrame, AllocEvent, AllocTime, Lifetime, Stream, Address,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole, IntervalRole };

    explicit AllocationsTableModel(QObject *parent = nullptr);

    void setRows(DocumentPtr document, int deviceIndex, std::vector<AllocationRow> rows);
    void clear();
    const std::vector<AllocationRow> &rows() const { return m_rows; }
    const Document *document() const { return m_document.get(); }
    int rowOfInterval(qint64 interval) const;
    qint64 totalBytes() const { return m_totalBytes; }
    int deviceIndex() const { return m_device; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AllocationRow &row, int column) const;
    QVariant sortKey(const AllocationRow &row, int column) const;
    DocumentPtr m_document;
    int m_device = -1;
    std::vector<AllocationRow> m_rows;
    qint64 m_totalBytes = 0;
};

} // namespace VramScope
