// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>

class QWidget;

namespace VramScope {

class DocumentController;
class RulesEditor;
class Settings;

// The user's category rules in the app: which rules file the loads use (remembered in the
// settings), the editor window, and Apply = reload every open document with the edited rules
// through the ordinary loader (off the UI thread, each tab replaced in place) and re-analyse
// the open comparison and ranks windows, which load with the documents' options.
class RulesController : public QObject
{
    Q_OBJECT
public:
    using OpenPaths = std::function<QStringList()>; // the files shown in tabs now
    // Re-analyses the comparison and ranks windows; returns how many there are.
    using ReanalyseWindows = std::function<int()>;

    RulesController(QWidget *window, Settings *settings, DocumentController *documents,
                    OpenPaths openPaths, ReanalyseWindows reanalyseWindows = {});

    RulesEditor *editor(); // created on first use, with the remembered rules file
    void showEditor();
    // Before the app quits: false when the user cancels the unsaved-rules question.
    bool confirmQuit();

Q_SIGNALS:
    void applied(int reloadedDocuments, int reanalysedWindows);
    void failed(const QString &message);

private:
    void apply(const QString &text, const QString &savedPath);
    QString writeUnsaved(const QString &text); // the rules file for loads; empty on failure

    QWidget *m_window;
    Settings *m_settings;
    DocumentController *m_documents;
    OpenPaths m_openPaths;
    ReanalyseWindows m_reanalyseWindows;
    QPointer<RulesEditor> m_editor;
    QTemporaryDir m_unsaved; // applied-but-unsaved rules live here until the app quits
};

} // namespace VramScope
