// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace VramScope {

// What the window shows with no snapshot open: a large drop zone, Open..., Open example and the
// recent files. Drops themselves are handled by the main window (anywhere on it).
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    void setExampleAvailable(bool available);
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openFileRequested();
    void openExampleRequested();
    void openRecentRequested(const QString &path);

private:
    void onRecentActivated(QListWidgetItem *item);

    QListWidget *m_recent;
    QPushButton *m_example;
};

} // namespace VramScope
