// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "rulescontroller.h"

#include "documentcontroller.h"
#include "ruleseditor.h"
#include "settings.h"

#include <QFileInfo>
#include <QSaveFile>

namespace VramScope {

RulesController::RulesController(QWidget *window, Settings *settings, DocumentController *documents,
                                 OpenPaths openPaths, ReanalyseWindows reanalyseWindows)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_documents(documents)
    , m_openPaths(std::move(openPaths))
    , m_reanalyseWindows(std::move(reanalyseWindows))
{
    // A missing remembered file is still passed on: every load then warns that it cannot read
    // it, which tells the user more than silently dropping their rules.
    m_documents->setRulesFile(m_settings->rulesFile());
}

RulesEditor *RulesController::editor()
{
    if (!m_editor) {
        m_editor = new RulesEditor(m_window);
        const QString remembered = m_settings->rulesFile();
        if (!remembered.isEmpty() && QFileInfo::exists(remembered))
            m_editor->openFile(remembered);
        connect(m_editor, &RulesEditor::applyRequested, this, &RulesController::apply);
        connect(m_editor, &RulesEditor::saved, this, [this](const QString &path) {
            m_settings->setRulesFile(path);
            m_settings->sync();
        });
    }
    return m_editor;
}

void RulesController::showEditor()
{
    RulesEditor *e = editor();
    e->show();
    e->raise();
    e->activateWindow();
}

bool RulesController::confirmQuit()
{
    return !m_editor || m_editor->confirmDiscard();
}

QString RulesController::writeUnsaved(const QString &text)
{
    if (!m_unsaved.isValid()) {
        Q_EMIT failed(
            tr("Could not apply the rules: no temporary folder (%1)").arg(m_unsaved.errorString()));
        return {};
    }
    // Named like the edited file so evidence reads "my-rules.txt:3", not a temporary name.
    const QString name = m_editor && !m_editor->filePath().isEmpty()
                             ? QFileInfo(m_editor->filePath()).fileName()
                             : tr("unsaved-rules.txt");
    const QString path = m_unsaved.filePath(name);
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT failed(tr("Could not apply the rules: %1: %2").arg(path, file.errorString()));
        return {};
    }
    return path;
}

void RulesController::apply(const QString &text, const QString &savedPath)
{
    QString rulesFile = savedPath;
    if (!savedPath.isEmpty()) {
        m_settings->setRulesFile(savedPath); // saved and applied: use it next time too
    } else if (!text.trimmed().isEmpty()) {
        rulesFile = writeUnsaved(text);
        if (rulesFile.isEmpty())
            return;
    }
    m_documents->setRulesFile(rulesFile);
    const QStringList paths = m_openPaths();
    for (const QString &path : paths)
        m_documents->reload(path);
    // After setRulesFile: the windows load with the documents' options.
    const int windows = m_reanalyseWindows ? m_reanalyseWindows() : 0;
    if (m_editor) {
        m_editor->showNote(windows > 0 ? tr("Re-analysing %n open snapshot(s) and the open "
                                            "comparison and ranks windows.",
                                            nullptr, int(paths.size()))
                                       : tr("Re-analysing %n open snapshot(s).", nullptr,
                                            int(paths.size())));
    }
    Q_EMIT applied(int(paths.size()), windows);
}

} // namespace VramScope
