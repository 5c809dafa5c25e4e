// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "allocationfilterproxy.h"

#include "allocationstablemodel.h"
#include "displayformat.h"
#include "document.h"
#include "framefilter.h"

namespace VramScope {

AllocationFilterProxy::AllocationFilterProxy(AllocationsTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AllocationsTableModel::SortRole);
    connect(source, &QAbstractItemModel::modelReset, this,
            &AllocationFilterProxy::refreshFrameMatches);
}

void AllocationFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    refreshFrameMatches();
}

void AllocationFilterProxy::refreshFrameMatches()
{
    m_frameMatches.clear();
    const Document *document = m_source->document();
    if (!m_text.isEmpty() && document && document->snapshot) {
        const Snapshot &snapshot = *document->snapshot;
        m_frameMatches.resize(snapshot.frames.size());
        for (size_t f = 0; f < snapshot.frames.size(); ++f)
            m_frameMatches[f] = FrameFilter::fullText(snapshot, FrameId(f))
                                    .contains(m_text, Qt::CaseInsensitive);
    }
    invalidateFilter();
}

bool AllocationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (m_text.isEmpty())
        return true;
    const AllocationRow &row = m_source->rows()[size_t(sourceRow)];
    if (DisplayFormat::bytes(row.size, 2).contains(m_text, Qt::CaseInsensitive)
        || QString::number(row.size).contains(m_text)
        || categoryLabel(Category(row.category)).contains(m_text, Qt::CaseInsensitive))
        return true;
    const Document *document = m_source->document();
    if (!document || !document->snapshot || m_frameMatches.empty())
        return false;
    const Snapshot &snapshot = *document->snapshot;
    // The model only knows the interval; its stack lives in the timeline.
    const int device = m_source->deviceIndex();
    if (device < 0 || device >= int(document->devices.size()))
        return false;
    const AllocationInterval &iv = document->devices[size_t(device)].intervals[row.interval];
    if (iv.allocStack == EmptyStack || iv.allocStack >= StackId(snapshot.stackCount()))
        return false;
    const auto [begin, end] = snapshot.stack(iv.allocStack);
    for (const FrameId *f = begin; f != end; ++f) {
        if (*f < m_frameMatches.size() && m_frameMatches[*f])
            return true;
    }
    return false;
}

} // namespace VramScope
