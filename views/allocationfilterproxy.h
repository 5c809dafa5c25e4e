// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace VramScope {

class AllocationsTableModel;

// Filters the Allocations table by size text ("512 MiB", "536870912"), category, or any frame of
// the allocation's stack. Frames are matched once per filter text (a bit per distinct frame),
// so a keystroke costs O(frames + rows x stack depth) and never parses strings per row.
class AllocationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AllocationFilterProxy(AllocationsTableModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Call after the source rows change: the frame table may belong to another document.
    void refreshFrameMatches();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AllocationsTableModel *m_source;
    QString m_text;
    std::vector<bool> m_frameMatches;
};

} // namespace VramScope
