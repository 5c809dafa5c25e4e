// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ladder.h"

#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace VramScope {

// A ladder as a list of rungs (estimated savings, set against the shortfall, notes) above the
// explanation of the selected rung. The recommended rung is bold on a green background and
// selected at first; rungs that change the science say so. Shared by the Diagnosis dock and the
// Paste OOM Message dialog, so both show a ladder the same way.
class LadderView : public QWidget
{
    Q_OBJECT
public:
    enum Column { RungColumn, SavingsColumn, ShortfallColumn, NoteColumn };
    static constexpr int RungIdRole = Qt::UserRole; // items: the rung id (ladder.md)
    static constexpr int MinimumWidth = 340;        // wider when its columns need it

    explicit LadderView(QWidget *parent = nullptr);

    // shortfallBytes: what the request lacked (UnknownBytes or <= 0: no target). whenEmpty is
    // shown in place of an explanation when the ladder has no rung.
    void setLadder(const LadderResult &ladder, qint64 shortfallBytes, const QString &whenEmpty = {});
    void clear();

    QTreeWidget *rungsView() const { return m_rungs; }
    int recommendedRow() const { return m_ladder.recommended; }
    QString explanationText() const;

private:
    void showRung(QTreeWidgetItem *item);
    void fitToContents();

    LadderResult m_ladder;
    QTreeWidget *m_rungs;
    QTextBrowser *m_explanation;
};

} // namespace VramScope
