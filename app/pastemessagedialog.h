// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "ladderview.h"
#include "oommessage/oommessage.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace VramScope {

// "Paste OOM message": a text box for the exception text or a log excerpt, read live with
// OomMessageParser. Shows the numbers the text states, the verdict from the numbers alone and
// the ladder (recommended rung marked, a selected rung explained). A host-RAM kill is said to be
// no GPU problem; text that is no OOM message is "not recognised", never invented numbers.
class PasteMessageDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int RungIdRole = LadderView::RungIdRole;

    explicit PasteMessageDialog(QWidget *parent = nullptr);

    // Modeless, deleted on close; prefilled from the clipboard when it holds an OOM message.
    static PasteMessageDialog *showFor(QWidget *parent);

    void setText(const QString &text); // parses at once
    QString text() const;
    const OomMessage &message() const { return m_message; }
    QString statusText() const;  // the headline: kind and verdict
    QString resultText() const;  // the numbers, the reason and the notes as plain text
    QString explanationText() const;
    QTreeWidget *rungsView() const;

public Q_SLOTS:
    void pasteFromClipboard();
    void copyJson();

private:
    void parseNow();
    void showResult();

    QPlainTextEdit *m_input;
    QLabel *m_status;
    QTextBrowser *m_numbers;
    LadderView *m_ladder;
    QTimer *m_parseTimer;
    OomMessage m_message;
};

} // namespace VramScope
