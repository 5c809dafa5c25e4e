// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "ruleseditor.h"

#include "analysis/categoryrules.h"
#include "linenumberededit.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QVBoxLayout>

namespace VramScope {

namespace {

// CategoryRules::parse stops at the first bad line and keeps the rules above it, so the bad
// line is the (kept + 1)-th line that holds a rule (not empty, not a # comment: the parser's
// own skipping rule).
int lineOfRule(const QString &text, int ruleIndex)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    int rules = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (rules++ == ruleIndex)
            return i + 1;
    }
    return 0;
}

const QKeySequence ApplyKey(Qt::CTRL | Qt::Key_Return);

// The key is a QShortcut of its own (on the button, so it follows the button's enabled state):
// QAbstractButton::setShortcut() would replace the Alt+letter accelerator that the underlined
// letter promises.
QPushButton *button(QWidget *parent, const QString &text, const QKeySequence &key)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false); // Return belongs to the editor
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, b);
        QObject::connect(shortcut, &QShortcut::activated, b, &QPushButton::animateClick);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    key.toString(QKeySequence::NativeText)));
    }
    return b;
}

} // namespace

RulesEditor::RulesEditor(QWidget *parent)
    : QDialog(parent)
    , m_edit(new LineNumberedEdit(this))
    , m_status(new QLabel(this))
    , m_apply(button(this, tr("&Apply"), ApplyKey))
{
    setObjectName(QStringLiteral("RulesEditor"));
    auto *intro = new QLabel(
        tr("One rule per line: a category (parameter, optimizer_state, gradient, activation, "
           "temporary, input, unknown), then a regular expression matched against every stack "
           "frame written <tt>file:line:function</tt>. The first matching rule wins over the "
           "built-in inference. Lines starting with # are comments."),
        this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setPlaceholderText(tr("activation      kv_cache\\.py:\\d+:(allocate|grow)"));

    QPushButton *open = button(this, tr("&Open…"), QKeySequence::Open);
    QPushButton *save = button(this, tr("&Save"), QKeySequence::Save);
    QPushButton *saveAs
        = button(this, tr("Sa&ve As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QPushButton *close = button(this, tr("&Close"), QKeySequence());
    m_apply->setToolTip(tr("Re-analyse the open snapshots with these rules (%1)")
                            .arg(ApplyKey.toString(QKeySequence::NativeText)));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addWidget(saveAs);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &RulesEditor::askOpen);
    connect(save, &QPushButton::clicked, this, &RulesEditor::save);
    connect(saveAs, &QPushButton::clicked, this, &RulesEditor::saveAs);
    connect(m_apply, &QPushButton::clicked, this, &RulesEditor::apply);
    connect(close, &QPushButton::clicked, this, &RulesEditor::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        updateTitle();
    });
    resize(760, 520);
    validate();
    updateTitle();
}

QString RulesEditor::text() const
{
    return m_edit->toPlainText();
}

void RulesEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

bool RulesEditor::isModified() const
{
    return text() != m_savedText;
}

int RulesEditor::errorLine() const
{
    return m_edit->errorLine();
}

void RulesEditor::validate()
{
    CategoryRules rules;
    const QString name = m_path.isEmpty() ? tr("rules") : QFileInfo(m_path).fileName();
    const QString current = text();
    QString error;
    const bool ok = rules.parse(current, name, &error);
    m_ruleCount = rules.count();
    m_error = ok ? QString() : error;
    m_edit->setErrorLine(ok ? 0 : lineOfRule(current, rules.count()));
    m_apply->setEnabled(ok);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c01c28;"));
    m_status->setText(statusText());
}

QString RulesEditor::statusText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_ruleCount == 0)
        return tr("No rules: the built-in inference alone decides.");
    return tr("%n valid rule(s).", nullptr, m_ruleCount);
}

void RulesEditor::showNote(const QString &note)
{
    m_status->setStyleSheet(QString());
    m_status->setText(statusText() + QLatin1Char(' ') + note);
}

void RulesEditor::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("unsaved") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("Category Rules — %1[*]").arg(name));
    setWindowModified(isModified());
}

bool RulesEditor::openFile(const QString &path)
{
    QFile file(path);
    QString reason;
    if (!file.open(QIODevice::ReadOnly))
        reason = file.errorString();
    else if (file.size() > MaxFileBytes)
        reason
            = tr("%1 bytes; a rules file is at most %2 bytes").arg(file.size()).arg(MaxFileBytes);
    if (!reason.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_status->setText(tr("Could not open %1: %2").arg(path, reason));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_savedText = QString::fromUtf8(file.read(MaxFileBytes));
    m_edit->setPlainText(m_savedText); // validates and updates the title
    return true;
}

bool RulesEditor::saveTo(const QString &path)
{
    // QSaveFile writes a temporary file beside the target and renames it over the old one:
    // a crash or a full disk never leaves half a rules file.
    QSaveFile file(path);
    const QByteArray bytes = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_status->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_savedText = text();
    validate(); // the error names the file
    updateTitle();
    Q_EMIT saved(m_path);
    return true;
}

bool RulesEditor::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool RulesEditor::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Category Rules"), m_path.isEmpty() ? QStringLiteral("rules.txt") : m_path,
        tr("Rules files (*.txt *.rules)") + QStringLiteral(";;") + tr("All files (*)"));
    return !path.isEmpty() && saveTo(path);
}

void RulesEditor::askOpen()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Category Rules"), QFileInfo(m_path).path(),
        tr("Rules files (*.txt *.rules)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool RulesEditor::apply()
{
    if (!isValid())
        return false;
    Q_EMIT applyRequested(text(), isModified() ? QString() : m_path);
    return true;
}

QMessageBox::StandardButton RulesEditor::askUser(const QString &fileName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Category Rules"),
                    tr("Save the changes to the category rules (%1)?").arg(fileName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Without saving, they are gone when VRAMScope quits; snapshots "
                              "opened later use the saved rules."));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

bool RulesEditor::confirmDiscard()
{
    if (!isModified())
        return true;
    const QString name = m_path.isEmpty() ? tr("unsaved") : QFileInfo(m_path).fileName();
    switch (m_prompt ? m_prompt(name) : askUser(name)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_edit->setPlainText(m_savedText);
        return true;
    default:
        return false;
    }
}

void RulesEditor::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

} // namespace VramScope
