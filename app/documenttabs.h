// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTabWidget>

namespace VramScope {

class DocumentView;

// One tab per open file, named by the file, its path in the tooltip. A file opened again (or
// reloaded) replaces its tab in place instead of adding a second one.
class DocumentTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit DocumentTabs(QWidget *parent = nullptr);

    DocumentView *currentView() const;
    DocumentView *viewAt(int index) const;
    int indexOfPath(const QString &path) const; // -1 when no tab shows it
    QStringList paths() const;                  // in tab order, each once

    // Shows view for path (replacing the old view of that path) and makes it current.
    void showDocument(DocumentView *view, const QString &path);
    // Removes and deletes the tab's view; returns its file, empty when index holds none.
    QString closeDocument(int index);
};

} // namespace VramScope
