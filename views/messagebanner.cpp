// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace VramScope {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonsLayout(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("MessageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttonsLayout);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    clearButtons();
    m_kind = kind;
    m_text->setText(text);
    applyStyle();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QToolButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttonsLayout->addWidget(button);
    m_buttons.append(button);
    return button;
}

void MessageBanner::clearButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

void MessageBanner::applyStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0x3d, 0xae, 0xe9);
    if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
    } else if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the tint over the window colour works for light and dark palettes.
    QColor background = tint;
    background.setAlpha(40);
    setStyleSheet(QStringLiteral("#MessageBanner { background-color: rgba(%1,%2,%3,%4);"
                                 " border: 1px solid %5; border-radius: 4px; }")
                      .arg(background.red())
                      .arg(background.green())
                      .arg(background.blue())
                      .arg(background.alpha())
                      .arg(tint.name()));
}

} // namespace VramScope
