// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "documenttabs.h"

#include "documentview.h"

#include <QFileInfo>

namespace VramScope {

DocumentTabs::DocumentTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
}

DocumentView *DocumentTabs::currentView() const
{
    return qobject_cast<DocumentView *>(currentWidget());
}

DocumentView *DocumentTabs::viewAt(int index) const
{
    return qobject_cast<DocumentView *>(widget(index));
}

int DocumentTabs::indexOfPath(const QString &path) const
{
    for (int i = 0; i < count(); ++i) {
        DocumentView *view = viewAt(i);
        if (view && view->document()->path == path)
            return i;
    }
    return -1;
}

QStringList DocumentTabs::paths() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i) {
        DocumentView *view = viewAt(i);
        if (view && !result.contains(view->document()->path))
            result.append(view->document()->path);
    }
    return result;
}

void DocumentTabs::showDocument(DocumentView *view, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    int index = indexOfPath(path);
    if (index >= 0) {
        // Quietly: the window updates once, for the new view, after this.
        QWidget *old = widget(index);
        blockSignals(true);
        removeTab(index);
        insertTab(index, view, name);
        blockSignals(false);
        old->deleteLater();
    } else {
        index = addTab(view, name);
    }
    setTabToolTip(index, path);
    setCurrentIndex(index);
}

QString DocumentTabs::closeDocument(int index)
{
    DocumentView *view = viewAt(index);
    if (!view)
        return {};
    const QString path = view->document()->path;
    removeTab(index);
    view->deleteLater();
    return path;
}

} // namespace VramScope
