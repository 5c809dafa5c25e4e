// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotloader.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QWidget;

namespace VramScope {

class ComparisonView;
class MessageBanner;
class RanksView;

// File > Compare... and File > Open Ranks Folder...: loads the files off the UI thread (ranks in
// parallel, one combined progress bar with one cancel) and shows ComparisonView / RanksView in
// their own window. Every load takes its options (the user's category rules) from the options
// source, so a comparison is categorised exactly like the same file opened in a tab.
class CompareOpener : public QObject
{
    Q_OBJECT
public:
    using OptionsSource = std::function<LoadOptions()>; // asked at the start of every load

    explicit CompareOpener(QWidget *parentWindow, OptionsSource options = {});
    // The main window's wiring: the two File actions, errors in its banner, its documents'
    // options.
    CompareOpener(QWidget *parentWindow, QAction *compare, QAction *openRanks,
                  MessageBanner *banner, OptionsSource options);

    void askCompare(); // two file dialogs: A (before), then B (after)
    void askRanks();   // a folder dialog
    void compare(const QString &a, const QString &b);
    void openRanks(const QStringList &filesOrFolder);
    // After the category rules changed: loads the files of every open comparison and ranks
    // window again with the current options and shows the new numbers in the same window.
    // Returns how many windows are being re-analysed.
    int reanalyse();

Q_SIGNALS:
    void shown(QWidget *window);      // the result window is on screen
    void reanalysed(QWidget *window); // the window shows numbers from the current options
    void failed(const QString &message);
    // A rank was double-clicked in the ranks window: open that snapshot as a document.
    void openFileRequested(const QString &path);

private:
    struct ResultWindow
    {
        QPointer<QWidget> window;
        bool ranks = false;
        QStringList files;
    };
    using Loaded = std::function<void(const std::vector<LoadResult> &)>;

    // Loads files with the current options behind a progress dialog over progressParent;
    // loaded runs only when every file loaded (else failed() names the first failure).
    void load(const QStringList &files, QWidget *progressParent, const QString &text,
              bool showStages, Loaded loaded);
    static void fillComparison(ComparisonView *view, const std::vector<LoadResult> &results);
    static void fillRanks(RanksView *view, const QStringList &files,
                          const std::vector<LoadResult> &results);
    void showWindow(QWidget *content, const QString &title, bool ranks, const QStringList &files);

    QWidget *m_parent;
    OptionsSource m_options;
    QList<ResultWindow> m_windows; // closed windows drop out (QPointer)
};

// `vramscope --compare A B [--screenshot PNG]` / `vramscope --ranks DIR|FILES [--screenshot PNG]`:
// the comparison or ranks window alone (for the README screenshots and quick looks), with the
// category rules remembered in the settings.
int runCompareWindow(bool ranks, const QStringList &files, const QString &screenshot);

} // namespace VramScope
