// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "stackpanel.h"

#include "displayformat.h"
#include "framefilter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VramScope {

StackPanel::StackPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_note(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 1);
    m_copy->setText(tr("Copy stack"));
    m_copy->setToolTip(tr("Copy the allocation stack as file:line lines"));
    connect(m_copy, &QToolButton::clicked, this, &StackPanel::copyAll);
    top->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Function"), tr("Location")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 220);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &StackPanel::copySelection);
    m_tree->addAction(copy);
    layout->addWidget(m_tree, 1);
    clear();
}

void StackPanel::clear()
{
    m_document.reset();
    m_allocStack = EmptyStack;
    m_tree->clear();
    m_header->setText(tr("Select an allocation in the table or the timeline to see its stack."));
    m_note->hide();
    m_copy->setEnabled(false);
}

QString StackPanel::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString StackPanel::missingFramesReason(const AllocationInterval &iv) const
{
    const Snapshot &snapshot = *m_document->snapshot;
    if (snapshot.frames.empty())
        return tr("This file has no stack frames at all: memory history was recorded without "
                  "stacks. Record with torch.cuda.memory._record_memory_history(stacks=\"python\") "
                  "(or \"all\" for C++ frames too).");
    if (iv.origin == IntervalOrigin::SnapshotBlock)
        return tr("No stack: this block was allocated before history recording started, so only "
                  "the final snapshot knows it.");
    if (iv.origin == IntervalOrigin::UnmatchedFree)
        return tr("No stack: this allocation happened before the trace window (recording started "
                  "later, or the ring buffer dropped the oldest entries; raise max_entries).");
    return tr("No stack was recorded for this allocation.");
}

void StackPanel::setAllocation(DocumentPtr document, int deviceIndex, qint64 interval)
{
    clear();
    if (!document || !document->snapshot || deviceIndex < 0
        || deviceIndex >= int(document->devices.size()) || interval < 0
        || interval >= qint64(document->devices[size_t(deviceIndex)].intervals.size()))
        return;
    m_document = std::move(document);
    const AllocationInterval &iv = m_document->devices[size_t(deviceIndex)].intervals[size_t(interval)];
    QString header = tr("<b>%1</b> %2 at 0x%3")
                         .arg(DisplayFormat::bytes(qint64(iv.size), 2).toHtmlEscaped(),
                              categoryLabel(Category(iv.category)).toHtmlEscaped(),
                              QString::number(iv.addr, 16));
    if (iv.allocIndex >= 0)
        header += QStringLiteral(" · ") + tr("allocated at event %1").arg(DisplayFormat::count(iv.allocIndex));
    if (iv.freeCompletedIndex != NotFreed)
        header += QStringLiteral(" · ") + tr("freed at event %1").arg(DisplayFormat::count(iv.freeCompletedIndex));
    const auto &diagnoses = m_document->diagnoses;
    if (deviceIndex < int(diagnoses.size())
        && interval < qint64(diagnoses[size_t(deviceIndex)].evidence.size())) {
        // Why the analysis put it in this category.
        const Diagnosis &d = diagnoses[size_t(deviceIndex)];
        header += QStringLiteral("<br><i>%1</i>").arg(
            describeEvidence(*m_document->snapshot, iv, d.evidence[size_t(interval)], d.phases)
                .toHtmlEscaped());
    }
    m_header->setText(header);

    m_allocStack = iv.allocStack;
    if (iv.allocStack == EmptyStack || m_document->snapshot->stackSize(iv.allocStack) == 0) {
        m_note->setText(missingFramesReason(iv));
        m_note->show();
    } else {
        addStack(tr("Allocated at"), iv.allocStack)->setExpanded(true);
        m_copy->setEnabled(true);
    }
    if (iv.freeStack != EmptyStack && m_document->snapshot->stackSize(iv.freeStack) > 0)
        addStack(tr("Freed at"), iv.freeStack)->setExpanded(true);
}

QTreeWidgetItem *StackPanel::addStack(const QString &title, StackId stack)
{
    const Snapshot &snapshot = *m_document->snapshot;
    auto *root = new QTreeWidgetItem(m_tree, {title});
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    root->setFirstColumnSpanned(true);
    QTreeWidgetItem *native = nullptr;
    int nativeCount = 0;
    const FrameId user = FrameFilter::topUserFrame(snapshot, stack);
    const auto [begin, end] = snapshot.stack(stack);
    // Python frames first, innermost first; native frames folded into one group after them.
    QList<QTreeWidgetItem *> nativeItems;
    for (const FrameId *f = begin; f != end; ++f) {
        const Frame &frame = snapshot.frames[*f];
        const QString name = snapshot.strings.string(frame.name);
        const QString file = snapshot.strings.string(frame.filename);
        const QString location = file.isEmpty() ? QString()
                                                : QStringLiteral("%1:%2").arg(file).arg(frame.line);
        auto *item = new QTreeWidgetItem({name, location});
        item->setData(0, Qt::UserRole, *f);
        item->setToolTip(1, location);
        if (*f == user) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setFont(1, font);
        }
        if (FrameFilter::isNative(snapshot, frame)) {
            nativeItems.append(item);
            ++nativeCount;
        } else {
            root->addChild(item);
        }
    }
    if (nativeCount > 0) {
        native = new QTreeWidgetItem(root, {tr("%n native (C++) frame(s)", nullptr, nativeCount)});
        native->setFirstColumnSpanned(true);
        native->addChildren(nativeItems);
        native->setExpanded(false);
    }
    return root;
}

QString StackPanel::stackText() const
{
    if (!m_document || m_allocStack == EmptyStack)
        return {};
    QStringList lines;
    const auto [begin, end] = m_document->snapshot->stack(m_allocStack);
    for (const FrameId *f = begin; f != end; ++f)
        lines.append(FrameFilter::fullText(*m_document->snapshot, *f));
    return lines.join(QLatin1Char('\n'));
}

void StackPanel::copyAll()
{
    QApplication::clipboard()->setText(stackText());
}

void StackPanel::copySelection()
{
    QStringList lines;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const QVariant frame = item->data(0, Qt::UserRole);
        if (frame.isValid() && m_document)
            lines.append(FrameFilter::fullText(*m_document->snapshot, frame.toUInt()));
        else
            lines.append(item->text(0));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace VramScope
