// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace VramScope {

class LadderView;

// The diagnosis of one device as a dock: the verdict with the numbers that decided it, the bands
// at the moment (bytes and share, tallest marked), the ladder with each rung's estimated savings
// against the shortfall (recommended rung highlighted, science-changing rungs marked; selecting
// a rung explains it and the basis of its estimate), the step hints and the capture-health notes
// with the recapture call (selectable, with a copy button).
class DiagnosisPanel : public QWidget
{
    Q_OBJECT
public:
    enum BandColumn { CategoryColumn, BytesColumn, ShareColumn };
    static constexpr int CategoryRole = Qt::UserRole; // band items: the category as int

    explicit DiagnosisPanel(QWidget *parent = nullptr);

    void setDocument(const DocumentPtr &document, int deviceIndex);
    void clear();

    // For tests and the clipboard.
    QTreeWidget *bandsView() const { return m_bands; }
    LadderView *ladder() const { return m_ladder; }
    QTreeWidget *ladderView() const;
    int recommendedRow() const;
    QString verdictText() const;
    QString explanationText() const;
    QString hintsText() const;
    QString healthText() const;
    QString recaptureCall() const { return m_recapture; }

public Q_SLOTS:
    void copyRecaptureCall();

private:
    void fillVerdict(const Diagnosis &d);
    void fillBands(const Diagnosis &d);
    void fillLadder(const Diagnosis &d);
    void fillHintsAndHealth(const Diagnosis &d);
    const Diagnosis *diagnosis() const;

    DocumentPtr m_document;
    int m_device = -1;
    QString m_recapture;
    QString m_hintsText;
    QTextBrowser *m_verdict;
    QTreeWidget *m_bands;
    QLabel *m_shortfall;
    LadderView *m_ladder;
    QTextBrowser *m_health;
    QToolButton *m_copy;
};

} // namespace VramScope
