// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "pastemessagedialog.h"

#include "displayformat.h"
#include "oommessage/oommessageparser.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VramScope {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString stated(qint64 bytes)
{
    return bytes == UnknownBytes ? PasteMessageDialog::tr("not in the text")
                                 : DisplayFormat::bytes(bytes, 2);
}

} // namespace

PasteMessageDialog::PasteMessageDialog(QWidget *parent)
    : QDialog(parent)
    , m_input(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_numbers(new QTextBrowser(this))
    , m_ladder(new LadderView(this))
    , m_parseTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("PasteMessageDialog"));
    setWindowTitle(tr("Paste OOM Message"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste the out-of-memory error (the exception text or a log "
                                "excerpt). It is read as you type; nothing is sent anywhere."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("torch.OutOfMemoryError: CUDA out of memory. Tried to "
                                   "allocate …"));
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_input);

    auto *results = new QWidget(splitter);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_status);
    auto *columns = new QSplitter(Qt::Horizontal, results);
    m_numbers->setOpenLinks(false);
    m_numbers->setMinimumWidth(240); // "Reserved but unallocated" and its value on one line
    columns->addWidget(m_numbers);
    columns->addWidget(m_ladder);
    resultsLayout->addWidget(columns, 1);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *paste = buttons->addButton(tr("&Paste from Clipboard"), QDialogButtonBox::ActionRole);
    QPushButton *json = buttons->addButton(tr("Copy as &JSON"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(paste, &QPushButton::clicked, this, &PasteMessageDialog::pasteFromClipboard);
    connect(json, &QPushButton::clicked, this, &PasteMessageDialog::copyJson);

    // Live, but not on every keystroke of a long log: parse once typing pauses.
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(150);
    connect(m_parseTimer, &QTimer::timeout, this, &PasteMessageDialog::parseNow);
    connect(m_input, &QPlainTextEdit::textChanged, m_parseTimer, qOverload<>(&QTimer::start));
    resize(960, 640);
    parseNow();
}

PasteMessageDialog *PasteMessageDialog::showFor(QWidget *parent)
{
    auto *dialog = new PasteMessageDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString clipboard = QApplication::clipboard()->text();
    if (!clipboard.isEmpty() && OomMessageParser::parse(clipboard).kind != OomMessage::Kind::NotRecognised)
        dialog->setText(clipboard);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void PasteMessageDialog::setText(const QString &text)
{
    m_input->setPlainText(text);
    parseNow();
}

QString PasteMessageDialog::text() const
{
    return m_input->toPlainText();
}

void PasteMessageDialog::pasteFromClipboard()
{
    setText(QApplication::clipboard()->text());
}

void PasteMessageDialog::copyJson()
{
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(oomMessageToJson(m_message)).toJson(QJsonDocument::Indented)));
}

void PasteMessageDialog::parseNow()
{
    m_parseTimer->stop();
    const QString text = m_input->toPlainText();
    m_message = text.trimmed().isEmpty() ? OomMessage() : OomMessageParser::parse(text);
    showResult();
}

void PasteMessageDialog::showResult()
{
    const OomMessage &m = m_message;
    m_ladder->clear();
    QString html;
    if (m_input->toPlainText().trimmed().isEmpty()) {
        m_status->setText(tr("Waiting for a message."));
    } else if (m.kind == OomMessage::Kind::NotRecognised) {
        m_status->setText(tr("<b>Not recognised:</b> this text does not look like an "
                             "out-of-memory error, so no numbers are shown."));
    } else if (m.kind == OomMessage::Kind::HostMemory) {
        m_status->setText(tr("<b>Host RAM, not the GPU:</b> the process ran out of system memory "
                             "(the kernel's OOM killer, exit code 137). Nothing on the GPU "
                             "needs to change."));
    } else {
        m_status->setText(QStringLiteral("<b>%1</b><br>%2").arg(
            tr("Verdict: %1").arg(verdictLabel(m.verdict)).toHtmlEscaped(),
            m.verdictReason.toHtmlEscaped()));
        QString where = oomBackendId(m.backend);
        if (m.device >= 0)
            where += QStringLiteral(":%1").arg(m.device);
        if (m.rank >= 0)
            where += QLatin1Char(' ') + tr("(rank %1)").arg(m.rank);
        html += QStringLiteral("<table>");
        html += row(tr("Device"), where);
        html += row(tr("Requested"), stated(m.requestedBytes));
        html += row(tr("Capacity"), stated(m.capacityBytes));
        html += row(tr("Free"), stated(m.freeBytes));
        html += row(tr("Allocated by PyTorch"), stated(m.allocatedBytes));
        html += row(tr("Reserved by PyTorch"), stated(m.reservedBytes));
        html += row(tr("Reserved but unallocated"), stated(m.reservedUnallocatedBytes));
        const std::pair<QString, qint64> optional[] = {
            {tr("Allowed (memory fraction)"), m.allowedBytes},
            {tr("In private pools"), m.privatePoolBytes},
            {tr("This process in total"), m.thisProcessBytes},
            {tr("Other processes"), m.otherProcessesBytes},
            {tr("Outside PyTorch"), m.outsidePyTorchBytes},
            {tr("Shortfall"), m.shortfallBytes}};
        for (const auto &[label, bytes] : optional) {
            if (bytes != UnknownBytes)
                html += row(label, DisplayFormat::bytes(bytes, 2));
        }
        html += QStringLiteral("</table>");
    }
    if (!m.notes.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &note : m.notes)
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_numbers->setHtml(html);

    // The shortfall is known when the text states the request and what was free.
    m_ladder->setLadder(m.isOom() ? m.ladder : LadderResult(), m.shortfallBytes);
}

QString PasteMessageDialog::statusText() const
{
    QTextDocument doc;
    doc.setHtml(m_status->text());
    return doc.toPlainText();
}

QString PasteMessageDialog::resultText() const
{
    return statusText() + QLatin1Char('\n') + m_numbers->toPlainText();
}

QString PasteMessageDialog::explanationText() const
{
    return m_ladder->explanationText();
}

QTreeWidget *PasteMessageDialog::rungsView() const
{
    return m_ladder->rungsView();
}

} // namespace VramScope
