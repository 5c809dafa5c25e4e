// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "loadstatus.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace VramScope {

LoadStatus::LoadStatus(QWidget *parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_bar->setFixedWidth(200);
    layout->addWidget(m_bar);
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &LoadStatus::cancelRequested);
    hide();
}

void LoadStatus::start(const QString &path)
{
    m_stage->setText(tr("Opening %1").arg(QFileInfo(path).fileName()));
    m_bar->setValue(0);
    show();
}

void LoadStatus::setProgress(int permille, const QString &stage)
{
    m_bar->setValue(std::clamp(permille, 0, 1000));
    if (!stage.isEmpty())
        m_stage->setText(stage);
}

void LoadStatus::finish()
{
    hide();
}

QString LoadStatus::stageText() const
{
    return m_stage->text();
}

int LoadStatus::progress() const
{
    return m_bar->value();
}

} // namespace VramScope
