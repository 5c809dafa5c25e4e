// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace VramScope {

class MessageBanner;
class TimelinePlot;

// One open snapshot, as a tab: the timeline with its controls (device, mode, x axis, N) and a
// banner for the capture warnings. Panels outside the tab follow its signals.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentView(DocumentPtr document, QWidget *parent = nullptr);

    DocumentPtr document() const { return m_document; }
    TimelinePlot *plot() const { return m_plot; }
    int deviceIndex() const;
    void setDeviceIndex(int index);
    QString deviceName() const; // "cuda:0"
    // The moment to show first: the diagnosis moment, else the first OOM, else the peak.
    qint64 momentEvent() const;
    QString momentLabel() const;
    qint64 cursorEvent() const { return m_cursorEvent; } // -2 until a moment was shown
    QString cursorLabel() const { return m_cursorLabel; } // how the cursor got there
    void setCursorEvent(qint64 event, const QString &label);
    qint64 selectedInterval() const;

Q_SIGNALS:
    void deviceChanged(int deviceIndex);
    void cursorEventChanged(qint64 event);
    void intervalClicked(qint64 interval);
    void viewOptionsChanged(); // mode or x axis, from the tab's own controls or a menu

public Q_SLOTS:
    void resetZoom();
    void setAllocationsMode(bool on);
    void setTimeAxis(bool on);

private:
    void onDeviceActivated(int comboIndex);
    void updateControls();

    DocumentPtr m_document;
    MessageBanner *m_banner;
    TimelinePlot *m_plot;
    QComboBox *m_device;
    QComboBox *m_mode;
    QComboBox *m_xAxis;
    QSpinBox *m_topCount;
    QToolButton *m_reset;
    qint64 m_cursorEvent = -2;
    QString m_cursorLabel;
};

} // namespace VramScope
