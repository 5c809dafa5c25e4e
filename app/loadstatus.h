// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace VramScope {

// The status bar's load indicator: stage text, a 0..1000 progress bar and Cancel.
class LoadStatus : public QWidget
{
    Q_OBJECT
public:
    explicit LoadStatus(QWidget *parent = nullptr);

    void start(const QString &path);
    void setProgress(int permille, const QString &stage);
    void finish();
    QString stageText() const;
    int progress() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_stage;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace VramScope
