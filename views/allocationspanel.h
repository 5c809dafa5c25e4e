// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "allocationrows.h"
#include "document.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace VramScope {

class AllocationFilterProxy;
class AllocationsTableModel;

// Everything live at the cursor (or at the OOM moment): sortable, filterable by size and stack
// frames. Rows are computed on a worker thread; a newer request drops older results.
class AllocationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AllocationsPanel(QWidget *parent = nullptr);
    ~AllocationsPanel() override;

    // momentLabel: how the moment was chosen ("cursor", "OOM", "peak"), shown in the header.
    void setMoment(DocumentPtr document, int deviceIndex, qint64 event, const QString &momentLabel);
    void clear();
    // Selects the row of an allocation (from the plot) without emitting intervalSelected.
    void selectInterval(qint64 interval);
    // Selects the largest allocation once the rows are in (the moment's first answer).
    void selectLargestWhenReady() { m_selectLargest = true; }

    AllocationsTableModel *model() const { return m_model; }
    AllocationFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    bool isComputing() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void intervalSelected(qint64 interval);
    void rowsReady();

private:
    void onRowsReady();
    void onCurrentRowChanged();
    void updateHeader();

    QLabel *m_header;
    QLineEdit *m_filter;
    QTableView *m_view;
    AllocationsTableModel *m_model;
    AllocationFilterProxy *m_proxy;
    QTimer *m_filterTimer;
    QFutureWatcher<std::vector<AllocationRow>> m_watcher;
    DocumentPtr m_pendingDocument;
    int m_pendingDevice = -1;
    qint64 m_event = -1;
    QString m_momentLabel;
    qint64 m_pendingSelection = -1;
    bool m_selectLargest = false;
    bool m_selecting = false;
};

} // namespace VramScope
