// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocationstablemodel.h"

#include "displayformat.h"
#include "plotpalette.h"

#include <QBrush>

#include <climits>
#include <limits>

namespace VramScope {

AllocationsTableModel::AllocationsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllocationsTableModel::setRows(DocumentPtr document, int deviceIndex,
                                    std::vector<AllocationRow> rows)
{
    beginResetModel();
    m_document = std::move(document);
    m_device = deviceIndex;
    m_rows = std::move(rows);
    m_totalBytes = 0;
    for (const AllocationRow &row : m_rows)
        m_totalBytes += row.size;
    endResetModel();
}

void AllocationsTableModel::clear()
{
    setRows(nullptr, -1, {});
}

int AllocationsTableModel::rowOfInterval(qint64 interval) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (qint64(m_rows[i].interval) == interval)
            return int(i);
    }
    return -1;
}

int AllocationsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllocationsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Size: return tr("Size");
    case CategoryColumn: return tr("Category");
    case TopFrame: return tr("Top user frame");
    case AllocEvent: return tr("Alloc event");
    case AllocTime: return tr("Alloc time");
    case Lifetime: return tr("Lifetime");
    case Stream: return tr("Stream");
    case Address: return tr("Address");
    default: return {};
    }
}

QVariant AllocationsTableModel::display(const AllocationRow &row, int column) const
{
    switch (column) {
    case Size: return DisplayFormat::bytes(row.size, 2);
    case CategoryColumn: return categoryLabel(Category(row.category));
    case TopFrame:
        if (!row.topFrame.isEmpty())
            return row.topFrame;
        return row.origin == IntervalOrigin::Traced ? tr("(no frames)") : tr("(before recording)");
    case AllocEvent:
        return row.allocIndex < 0 ? tr("before trace") : DisplayFormat::count(row.allocIndex);
    case AllocTime:
        return row.allocTimeUs == NoTime ? QString() : DisplayFormat::duration(row.allocTimeUs);
    case Lifetime:
        if (row.lifetimeEvents < 0)
            return tr("still live");
        if (row.lifetimeUs != NoTime)
            return DisplayFormat::duration(row.lifetimeUs);
        return tr("%n event(s)", nullptr, int(std::min<qint64>(row.lifetimeEvents, INT_MAX)));
    case Stream:
        return DisplayFormat::stream(row.stream);
    case Address: return QString(QStringLiteral("0x") + QString::number(row.addr, 16));
    default: return {};
    }
}

QVariant AllocationsTableModel::sortKey(const AllocationRow &row, int column) const
{
    switch (column) {
    case Size: return row.size;
    case CategoryColumn: return int(row.category);
    case TopFrame: return row.topFrame;
    case AllocEvent: return row.allocIndex;
    case AllocTime: return row.allocTimeUs == NoTime ? row.allocIndex : row.allocTimeUs;
    case Lifetime:
        if (row.lifetimeEvents < 0)
            return std::numeric_limits<qint64>::max();
        return row.lifetimeUs != NoTime ? row.lifetimeUs : row.lifetimeEvents;
    case Stream: return row.stream;
    case Address: return row.addr;
    default: return {};
    }
}

QVariant AllocationsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const AllocationRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IntervalRole: return qint64(row.interval);
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn)
            return PlotPalette::category(row.category);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return DisplayFormat::bytesExact(row.size);
        if (index.column() == TopFrame)
            return row.topFrame;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TopFrame || index.column() == CategoryColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

} // namespace VramScope
