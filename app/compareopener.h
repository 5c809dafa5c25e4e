// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace VramScope {

class MessageBanner;

// File > Compare... and File > Open Ranks Folder...: loads the files off the UI thread (ranks in
// parallel, one combined progress bar with one cancel) and shows ComparisonView / RanksView in
// their own window.
class CompareOpener : public QObject
{
    Q_OBJECT
public:
    explicit CompareOpener(QWidget *parentWindow);
    // The main window's wiring: the two File actions, errors in its banner.
    CompareOpener(QWidget *parentWindow, QAction *compare, QAction *openRanks,
                  MessageBanner *banner);

    void askCompare(); // two file dialogs: A (before), then B (after)
    void askRanks();   // a folder dialog
    void compare(const QString &a, const QString &b);
    void openRanks(const QStringList &filesOrFolder);

Q_SIGNALS:
    void shown(QWidget *window); // the result window is on screen
    void failed(const QString &message);
    // A rank was double-clicked in the ranks window: open that snapshot as a document.
    void openFileRequested(const QString &path);

private:
    void showWindow(QWidget *content, const QString &title);
    QWidget *m_parent;
};

// `vramscope --compare A B [--screenshot PNG]` / `vramscope --ranks DIR|FILES [--screenshot PNG]`:
// the comparison or ranks window alone (for the README screenshots and quick looks).
int runCompareWindow(bool ranks, const QStringList &files, const QString &screenshot);

} // namespace VramScope
