// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace VramScope {

// The selected allocation's stack: Python frames first, native (C++) frames folded under one
// item, the free-time stack below when the file has one, and a plain note when there are no
// frames and why. Frames are copyable as "file:line name".
class StackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StackPanel(QWidget *parent = nullptr);

    void setAllocation(DocumentPtr document, int deviceIndex, qint64 interval);
    void clear();
    QString stackText() const; // the allocation stack as copied to the clipboard
    QTreeWidget *tree() const { return m_tree; }
    QString noteText() const;

public Q_SLOTS:
    void copySelection();
    void copyAll();

private:
    QTreeWidgetItem *addStack(const QString &title, StackId stack);
    QString missingFramesReason(const AllocationInterval &interval) const;

    QLabel *m_header;
    QLabel *m_note;
    QTreeWidget *m_tree;
    QToolButton *m_copy;
    DocumentPtr m_document;
    StackId m_allocStack = EmptyStack;
};

} // namespace VramScope
