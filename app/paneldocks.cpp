// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "paneldocks.h"

#include "allocationspanel.h"
#include "allocatorstatepanel.h"
#include "diagnosispanel.h"
#include "documentpanels.h"
#include "stackpanel.h"
#include "summarypanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace VramScope {

PanelDocks::PanelDocks(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_allocations(new AllocationsPanel(window))
    , m_stack(new StackPanel(window))
    , m_summary(new SummaryPanel(window))
    , m_allocator(new AllocatorStatePanel(window))
    , m_diagnosis(new DiagnosisPanel(window))
    , m_panels(
          new DocumentPanels(m_allocations, m_stack, m_summary, m_allocator, m_diagnosis, this))
{
    const auto addDock = [this](QWidget *panel, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, m_window);
        dock->setObjectName(name); // saveState() / restoreState() key
        dock->setWidget(panel);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        m_docks.append(dock);
        return dock;
    };
    QDockWidget *allocations
        = addDock(m_allocations, tr("Allocations"), QStringLiteral("AllocationsDock"));
    QDockWidget *stack = addDock(m_stack, tr("Stack"), QStringLiteral("StackDock"));
    QDockWidget *summary = addDock(m_summary, tr("Summary"), QStringLiteral("SummaryDock"));
    QDockWidget *allocator
        = addDock(m_allocator, tr("Allocator State"), QStringLiteral("AllocatorDock"));
    QDockWidget *diagnosis = addDock(m_diagnosis, tr("Diagnosis"), QStringLiteral("DiagnosisDock"));
    m_window->splitDockWidget(allocations, stack, Qt::Horizontal);
    m_window->tabifyDockWidget(stack, summary);
    m_window->tabifyDockWidget(summary, allocator);
    m_window->tabifyDockWidget(allocations, diagnosis);
    stack->raise();
}

QList<QAction *> PanelDocks::toggleActions() const
{
    QList<QAction *> toggles;
    for (QDockWidget *dock : m_docks)
        toggles.append(dock->toggleViewAction());
    return toggles;
}

void PanelDocks::setShown(bool shown)
{
    if (shown == !m_hidden)
        return;
    m_hidden = !shown;
    if (shown) {
        for (QDockWidget *dock : std::as_const(m_hiddenForStart))
            dock->show();
        m_hiddenForStart.clear();
        if (std::exchange(m_defaultSizes, false)) {
            // Allocations table on the left, stack and the other panels on the right.
            const int w = m_window->width();
            m_window->resizeDocks({m_docks[0], m_docks[1]}, {w * 3 / 5, w * 2 / 5}, Qt::Horizontal);
            m_window->resizeDocks({m_docks[0]}, {m_window->height() * 2 / 5}, Qt::Vertical);
        }
        return;
    }
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->isVisibleTo(m_window)) {
            m_hiddenForStart.append(dock);
            dock->hide();
        }
    }
}

} // namespace VramScope
