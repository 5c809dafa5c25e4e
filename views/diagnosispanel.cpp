// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "diagnosispanel.h"

#include "displayformat.h"
#include "ladderview.h"
#include "plotpalette.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VramScope {

namespace {

QString bytesOrUnknown(qint64 bytes)
{
    return bytes == UnknownBytes ? DiagnosisPanel::tr("unknown") : DisplayFormat::bytes(bytes, 2);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(140));
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    return new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    return tree;
}

} // namespace

DiagnosisPanel::DiagnosisPanel(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QTextBrowser(this))
    , m_bands(makeTree({tr("Band"), tr("Bytes"), tr("Share")}, this))
    , m_shortfall(new QLabel(this))
    , m_ladder(new LadderView(this))
    , m_health(new QTextBrowser(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *what = new QWidget(splitter);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict->setOpenLinks(false);
    whatLayout->addWidget(m_verdict, 3);
    whatLayout->addWidget(heading(tr("Bands at the moment"), what));
    whatLayout->addWidget(m_bands, 2);

    auto *fix = new QWidget(splitter);
    auto *fixLayout = new QVBoxLayout(fix);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    fixLayout->addWidget(heading(tr("The ladder: what to change, cheapest first"), fix));
    m_shortfall->setWordWrap(true);
    fixLayout->addWidget(m_shortfall);
    fixLayout->addWidget(m_ladder, 1);

    auto *why = new QWidget(splitter);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(heading(tr("Hints and capture health"), why));
    m_copy->setText(tr("Copy recapture call"));
    m_copy->setToolTip(tr("Copy the torch.cuda.memory._record_memory_history(...) call to use "
                          "next time"));
    connect(m_copy, &QToolButton::clicked, this, &DiagnosisPanel::copyRecaptureCall);
    m_health->setOpenLinks(false);
    whyLayout->addWidget(m_health, 1);
    whyLayout->addWidget(m_copy, 0, Qt::AlignRight);

    // The verdict and the ladder get the room; the notes column takes what is left.
    m_verdict->setMinimumWidth(270);
    splitter->addWidget(what);
    splitter->addWidget(fix);
    splitter->addWidget(why);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    clear();
}

void DiagnosisPanel::clear()
{
    m_document.reset();
    m_device = -1;
    m_recapture.clear();
    m_hintsText.clear();
    m_verdict->setHtml(tr("Open a snapshot to see what filled the GPU and what to change."));
    m_bands->clear();
    m_ladder->clear();
    m_shortfall->clear();
    m_health->clear();
    m_copy->setEnabled(false);
}

const Diagnosis *DiagnosisPanel::diagnosis() const
{
    if (!m_document || m_device < 0 || m_device >= int(m_document->diagnoses.size()))
        return nullptr;
    return &m_document->diagnoses[size_t(m_device)];
}

void DiagnosisPanel::setDocument(const DocumentPtr &document, int deviceIndex)
{
    if (document == m_document && deviceIndex == m_device)
        return;
    clear();
    m_document = document;
    m_device = deviceIndex;
    const Diagnosis *d = diagnosis();
    if (!d || d->momentKind == Diagnosis::MomentKind::None) {
        m_verdict->setHtml(tr("Nothing to diagnose: this device has no allocations."));
        return;
    }
    fillVerdict(*d);
    fillBands(*d);
    fillLadder(*d);
    fillHintsAndHealth(*d);
}

void DiagnosisPanel::fillVerdict(const Diagnosis &d)
{
    QString moment;
    switch (d.momentKind) {
    case Diagnosis::MomentKind::Oom: moment = tr("Out of memory at event %1"); break;
    case Diagnosis::MomentKind::Peak: moment = tr("No OOM: the peak at event %1"); break;
    default: moment = tr("The snapshot's dump (event %1)"); break;
    }
    moment = moment.arg(DisplayFormat::count(d.momentIndex));
    if (d.phaseAtMoment != Phase::Unknown)
        moment += QStringLiteral(", ") + phaseLabel(d.phaseAtMoment);
    if (d.stepAtMoment >= 0)
        moment += QStringLiteral(", ") + tr("step %1").arg(d.stepAtMoment);
    QString html = QStringLiteral("<p>%1</p>").arg(moment.toHtmlEscaped());
    if (d.verdict != Verdict::None) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(tr("Verdict: %1").arg(verdictLabel(d.verdict)).toHtmlEscaped());
        if (!d.verdictReason.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(d.verdictReason.toHtmlEscaped());
    }
    html += QStringLiteral("<table>");
    if (d.momentKind == Diagnosis::MomentKind::Oom) {
        html += row(tr("Requested"), bytesOrUnknown(d.requestedBytes));
        html += row(tr("Free on the device"), bytesOrUnknown(d.deviceFreeBytes));
        html += row(tr("Shortfall"), bytesOrUnknown(d.shortfallBytes));
    }
    html += row(tr("Allocated / reserved"), tr("%1 / %2").arg(DisplayFormat::bytes(d.allocatedBytes, 2),
                                                              DisplayFormat::bytes(d.reservedBytes, 2)));
    if (d.largestFreeBlockBytes != UnknownBytes)
        html += row(tr("Largest free cached block"), bytesOrUnknown(d.largestFreeBlockBytes));
    if (d.capacityBytes != UnknownBytes)
        html += row(tr("Capacity"), bytesOrUnknown(d.capacityBytes));
    if (d.outsidePyTorchBytes != UnknownBytes)
        html += row(tr("Held outside PyTorch"), bytesOrUnknown(d.outsidePyTorchBytes));
    if (d.momentKind == Diagnosis::MomentKind::Oom)
        html += row(tr("The request would have been"), categoryLabel(d.requestCategory));
    html += QStringLiteral("</table>");
    m_verdict->setHtml(html);
}

void DiagnosisPanel::fillBands(const Diagnosis &d)
{
    qint64 total = 0;
    for (qint64 b : d.bands)
        total += b;
    std::vector<int> order;
    for (int c = 0; c < CategoryCount; ++c) {
        if (d.bands[size_t(c)] > 0)
            order.push_back(c);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return d.bands[size_t(a)] > d.bands[size_t(b)]; });
    for (int c : order) {
        const qint64 bytes = d.bands[size_t(c)];
        const bool tallest = Category(c) == d.tallest;
        auto *item = new QTreeWidgetItem(m_bands);
        item->setText(CategoryColumn, tallest ? tr("%1 (tallest)").arg(categoryLabel(Category(c)))
                                              : categoryLabel(Category(c)));
        item->setData(CategoryColumn, CategoryRole, c);
        item->setIcon(CategoryColumn, swatch(PlotPalette::category(c)));
        item->setText(BytesColumn, DisplayFormat::bytes(bytes, 2));
        item->setToolTip(BytesColumn, DisplayFormat::bytesExact(bytes));
        item->setText(ShareColumn, total > 0 ? QStringLiteral("%1%").arg(100.0 * double(bytes) / double(total), 0, 'f', 1)
                                             : QString());
        item->setTextAlignment(BytesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (tallest) {
            QFont bold = m_bands->font();
            bold.setBold(true);
            for (int col = 0; col < m_bands->columnCount(); ++col)
                item->setFont(col, bold);
        }
    }
    for (int col = 0; col < m_bands->columnCount(); ++col)
        m_bands->resizeColumnToContents(col);
}

void DiagnosisPanel::fillLadder(const Diagnosis &d)
{
    const qint64 shortfall = d.shortfallBytes;
    if (shortfall != UnknownBytes && shortfall > 0)
        m_shortfall->setText(tr("Shortfall: %1 (the request minus what was free). The first rung "
                                "that covers it is recommended.")
                                 .arg(DisplayFormat::bytes(shortfall, 2)));
    else if (d.momentKind == Diagnosis::MomentKind::Oom)
        m_shortfall->setText(tr("The shortfall is unknown: estimates are shown without a target."));
    else
        m_shortfall->setText(tr("No OOM here: the rungs that would lower the %1 band at the peak.")
                                 .arg(categoryLabel(d.ladder.attacked)));
    m_ladder->setLadder(d.ladder, shortfall, tr("No rung applies: nothing is live at this moment."));
}

void DiagnosisPanel::fillHintsAndHealth(const Diagnosis &d)
{
    QString html;
    QStringList hints;
    if (!d.hints.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Where it hit").toHtmlEscaped());
        for (const StepHint &hint : d.hints) {
            html += QStringLiteral("<li>%1</li>").arg(hint.message.toHtmlEscaped());
            hints << hint.message;
        }
        html += QStringLiteral("</ul>");
    }
    m_hintsText = hints.join(QLatin1Char('\n'));
    if (!d.notes.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Notes").toHtmlEscaped());
        for (const QString &note : d.notes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Capture health").toHtmlEscaped());
    if (d.health.empty())
        html += QStringLiteral("<p>%1</p>").arg(tr("The capture looks complete.").toHtmlEscaped());
    QStringList calls;
    for (const HealthNote &note : d.health) {
        html += QStringLiteral("<p>• %1</p>").arg(note.message.toHtmlEscaped());
        if (!note.recapture.isEmpty()) {
            html += QStringLiteral("<pre>%1</pre>").arg(note.recapture.toHtmlEscaped());
            if (!calls.contains(note.recapture))
                calls << note.recapture;
        }
    }
    m_recapture = calls.join(QLatin1Char('\n'));
    m_copy->setEnabled(!m_recapture.isEmpty());
    m_health->setHtml(html);
}

void DiagnosisPanel::copyRecaptureCall()
{
    if (!m_recapture.isEmpty())
        QApplication::clipboard()->setText(m_recapture);
}

QString DiagnosisPanel::verdictText() const
{
    return m_verdict->toPlainText();
}

QTreeWidget *DiagnosisPanel::ladderView() const
{
    return m_ladder->rungsView();
}

int DiagnosisPanel::recommendedRow() const
{
    return m_ladder->recommendedRow();
}

QString DiagnosisPanel::explanationText() const
{
    return m_ladder->explanationText();
}

QString DiagnosisPanel::hintsText() const
{
    return m_hintsText;
}

QString DiagnosisPanel::healthText() const
{
    return m_health->toPlainText();
}

} // namespace VramScope
