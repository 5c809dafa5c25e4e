// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "startpage.h"

#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace VramScope {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_example(new QPushButton(tr("Open &example"), this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 30, 40, 30);
    auto *title = new QLabel(tr("<h1>VRAMScope</h1><p>See where your GPU memory went: open a "
                                "PyTorch CUDA memory snapshot.</p>"),
                             this);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);

    auto *drop = new QFrame(this);
    drop->setObjectName(QStringLiteral("DropZone"));
    drop->setMinimumHeight(220);
    drop->setStyleSheet(QStringLiteral("#DropZone { border: 3px dashed palette(mid); "
                                       "border-radius: 12px; }"));
    auto *dropLayout = new QVBoxLayout(drop);
    auto *dropLabel = new QLabel(tr("Drop a snapshot here"), drop);
    QFont big = dropLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    dropLabel->setFont(big);
    dropLabel->setAlignment(Qt::AlignCenter);
    auto *formats
        = new QLabel(tr("torch.cuda.memory._dump_snapshot() pickles, also .zst or .gz compressed; "
                        "memory_viz HTML; profiler memory timeline JSON"),
                     drop);
    formats->setAlignment(Qt::AlignCenter);
    formats->setWordWrap(true);
    // The modifier is FileDrop::CompareModifier (Ctrl).
    auto *compareHint = new QLabel(tr("Hold <b>Ctrl</b> while dropping two files to compare them "
                                      "(the older file is A, before)."),
                                   drop);
    compareHint->setObjectName(QStringLiteral("CompareHint"));
    compareHint->setAlignment(Qt::AlignCenter);
    compareHint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open…"), drop);
    open->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(m_example);
    buttons->addStretch(1);
    dropLayout->addStretch(1);
    dropLayout->addWidget(dropLabel);
    dropLayout->addWidget(formats);
    dropLayout->addWidget(compareHint);
    dropLayout->addSpacing(12);
    dropLayout->addLayout(buttons);
    dropLayout->addStretch(1);
    outer->addWidget(drop, 2);

    auto *recentLabel = new QLabel(tr("<b>Recent files</b>"), this);
    recentLabel->setBuddy(m_recent);
    outer->addWidget(recentLabel);
    m_recent->setAlternatingRowColors(true);
    outer->addWidget(m_recent, 1);

    connect(open, &QPushButton::clicked, this, &StartPage::openFileRequested);
    connect(m_example, &QPushButton::clicked, this, &StartPage::openExampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::onRecentActivated);
    setRecentFiles({});
}

void StartPage::setExampleAvailable(bool available)
{
    m_example->setEnabled(available);
    m_example->setToolTip(available ? tr("Open a small snapshot of a run that ran out of memory")
                                    : tr("This build has no example snapshot"));
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   —   %2").arg(info.fileName(), info.absolutePath()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (missing)").arg(path));
        }
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::onRecentActivated(QListWidgetItem *item)
{
    const QString path = item->data(Qt::UserRole).toString();
    if (!path.isEmpty())
        Q_EMIT openRecentRequested(path);
}

} // namespace VramScope
