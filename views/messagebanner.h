// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace VramScope {

// An inline message above the content (our Qt-only KMessageWidget): load errors, reload offers,
// capture warnings. Never modal; the user closes it or it is replaced by the next message.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // A button on the right; removed (and deleted) by the next showMessage() or clearButtons().
    QToolButton *addButton(const QString &text);
    void clearButtons();
    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void closed();

private:
    void applyStyle();
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonsLayout;
    QToolButton *m_close;
    QList<QToolButton *> m_buttons;
};

} // namespace VramScope
