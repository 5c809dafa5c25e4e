// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace VramScope {

// A plain text editor with line numbers in a gutter and one line that can be marked as wrong,
// so an error message "rules.txt:7: ..." points at something the user can see.
class LineNumberedEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LineNumberedEdit(QWidget *parent = nullptr);

    void setErrorLine(int line); // 1-based; 0 clears the mark
    int errorLine() const { return m_errorLine; }
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void updateMarks();

    QWidget *m_gutter;
    int m_errorLine = 0;
};

} // namespace VramScope
