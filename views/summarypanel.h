// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QWidget>

class QTextBrowser;

namespace VramScope {

// File facts (layout, protocol, compression, devices, entries, time span), totals and the
// capture warnings of one document.
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    void setDocument(const DocumentPtr &document);
    QString html() const;
    static QString buildHtml(const Document &document);

private:
    QTextBrowser *m_browser;
};

} // namespace VramScope
