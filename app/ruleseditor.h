// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QMessageBox>

#include <functional>

class QLabel;
class QPushButton;

namespace VramScope {

class LineNumberedEdit;

// Analysis > Category Rules...: edits a rules file (docs/rules.md) and checks it as you type with
// CategoryRules' own parser, so the error names the line and the line is marked. Apply hands the
// text to whoever re-analyses the documents; Save writes it atomically (QSaveFile). Closing with
// unsaved edits asks Save / Discard / Cancel.
class RulesEditor : public QDialog
{
    Q_OBJECT
public:
    // Answers "save the changes to NAME?"; tests inject one instead of the message box.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(const QString &fileName)>;
    static constexpr qint64 MaxFileBytes = 1 << 20; // far above 63 rules; stops a wrong file

    explicit RulesEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // an unsaved edit, as if typed
    QString filePath() const { return m_path; }
    bool isModified() const;
    bool openFile(const QString &path); // replaces the text; false with the reason shown
    bool saveTo(const QString &path);   // atomically; false with the reason shown
    bool save();                        // to filePath(), else asks for a name
    bool apply();                       // false (nothing applied) while the rules are invalid

    // Validation of the current text: the parser's message and its 1-based line, or none.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    int errorLine() const;
    int ruleCount() const { return m_ruleCount; }
    QString statusText() const;

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    // True when nothing unsaved would be lost: saved, discarded (the text goes back to the
    // saved one) or unchanged; false when the user cancels.
    bool confirmDiscard();
    void showNote(const QString &note); // e.g. "Re-analysing 2 documents"

    LineNumberedEdit *editor() const { return m_edit; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    // savedPath is the file holding exactly this text, or empty when the text is unsaved.
    void applyRequested(const QString &text, const QString &savedPath);
    void saved(const QString &path);

public Q_SLOTS:
    void reject() override; // Esc and the window's close button: ask about unsaved edits

private:
    void validate();
    void updateTitle();
    bool saveAs();
    void askOpen();
    QMessageBox::StandardButton askUser(const QString &fileName);

    LineNumberedEdit *m_edit;
    QLabel *m_status;
    QPushButton *m_apply;
    QString m_path;
    QString m_savedText;
    QString m_error;
    int m_ruleCount = 0;
    UnsavedPrompt m_prompt;
};

} // namespace VramScope
