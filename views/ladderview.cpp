// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "ladderview.h"

#include "displayformat.h"

#include <QHeaderView>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VramScope {

namespace {

QColor recommendedBackground()
{
    return QColor(0x00, 0x9e, 0x73, 56); // Okabe-Ito bluish green, light
}

QColor scienceColor()
{
    return QColor(0xd5, 0x5e, 0x00); // vermillion, as a warning
}

} // namespace

LadderView::LadderView(QWidget *parent)
    : QWidget(parent)
    , m_rungs(new QTreeWidget(this))
    , m_explanation(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rungs->setRootIsDecorated(false);
    m_rungs->setHeaderLabels({tr("Rung"), tr("Frees about"), tr("vs shortfall"), tr("Note")});
    m_rungs->setUniformRowHeights(true);
    m_rungs->header()->setStretchLastSection(true);
    m_rungs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rungs->setMinimumWidth(MinimumWidth);
    layout->addWidget(m_rungs, 3);
    m_explanation->setOpenLinks(false);
    layout->addWidget(m_explanation, 2);
    connect(m_rungs, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showRung(current); });
    connect(m_rungs, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showRung(item); });
}

void LadderView::clear()
{
    m_ladder = {};
    m_rungs->clear();
    m_explanation->clear();
}

void LadderView::setLadder(const LadderResult &ladder, qint64 shortfallBytes, const QString &whenEmpty)
{
    clear();
    m_ladder = ladder;
    QFont bold = m_rungs->font();
    bold.setBold(true);
    for (size_t i = 0; i < ladder.rungs.size(); ++i) {
        const RungEstimate &r = ladder.rungs[i];
        const bool recommended = int(i) == ladder.recommended;
        auto *item = new QTreeWidgetItem(m_rungs);
        item->setText(RungColumn, QStringLiteral("%1. %2").arg(i + 1).arg(rungLabel(r.rung)));
        item->setData(RungColumn, RungIdRole, rungId(r.rung));
        item->setToolTip(RungColumn, rungId(r.rung));
        item->setText(SavingsColumn, r.estimatedSavingsBytes == UnknownBytes
                                         ? tr("not estimated")
                                         : DisplayFormat::bytes(r.estimatedSavingsBytes, 2));
        item->setTextAlignment(SavingsColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString against;
        if (r.coversShortfall)
            against = tr("covers it");
        else if (shortfallBytes > 0 && r.estimatedSavingsBytes != UnknownBytes)
            against = tr("%1% of it")
                          .arg(qMin(99.9, 100.0 * double(r.estimatedSavingsBytes) / double(shortfallBytes)), 0, 'f', 0);
        item->setText(ShortfallColumn, against);
        QStringList notes;
        if (recommended)
            notes << tr("★ recommended");
        if (r.changesScience)
            notes << tr("⚠ changes the science");
        item->setText(NoteColumn, notes.join(QStringLiteral(", ")));
        if (r.changesScience)
            item->setForeground(NoteColumn, scienceColor());
        if (recommended) {
            for (int col = 0; col < m_rungs->columnCount(); ++col) {
                item->setFont(col, bold);
                item->setBackground(col, recommendedBackground());
            }
        }
    }
    fitToContents();
    if (QTreeWidgetItem *item = m_rungs->topLevelItem(std::max(ladder.recommended, 0)))
        m_rungs->setCurrentItem(item);
    else
        m_explanation->setHtml(whenEmpty.toHtmlEscaped());
}

void LadderView::fitToContents()
{
    // Every column as wide as its header and cells, and the view as wide as its columns: a
    // narrower view hides the right-hand columns behind a scroll bar (long German headers).
    // The last column stretches, so it is measured with stretching off.
    QHeaderView *header = m_rungs->header();
    header->setStretchLastSection(false);
    int columns = 0;
    for (int col = 0; col < m_rungs->columnCount(); ++col) {
        m_rungs->resizeColumnToContents(col);
        columns += header->sectionSize(col);
    }
    header->setStretchLastSection(true);
    const int scrollBar = m_rungs->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_rungs);
    m_rungs->setMinimumWidth(std::max(int(MinimumWidth), columns + 2 * m_rungs->frameWidth() + scrollBar));
}

void LadderView::showRung(QTreeWidgetItem *item)
{
    const int index = item ? m_rungs->indexOfTopLevelItem(item) : -1;
    if (index < 0 || index >= int(m_ladder.rungs.size())) {
        m_explanation->clear();
        return;
    }
    const RungEstimate &r = m_ladder.rungs[size_t(index)];
    QString html = QStringLiteral("<p><b>%1</b> <code>%2</code></p><p>%3</p>")
                       .arg(rungLabel(r.rung).toHtmlEscaped(), rungId(r.rung),
                            rungExplanation(r.rung).toHtmlEscaped());
    if (!r.basis.isEmpty())
        html += QStringLiteral("<p><i>%1</i> %2</p>")
                    .arg(tr("How the estimate was made:").toHtmlEscaped(), r.basis.toHtmlEscaped());
    if (r.changesScience)
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(scienceColor().name(),
                         tr("This rung changes the science: declare it and verify the results "
                            "again.").toHtmlEscaped());
    m_explanation->setHtml(html);
}

QString LadderView::explanationText() const
{
    return m_explanation->toPlainText();
}

} // namespace VramScope
