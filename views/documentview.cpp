// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "documentview.h"

#include "messagebanner.h"
#include "timelineplot.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace VramScope {

DocumentView::DocumentView(DocumentPtr document, QWidget *parent)
    : QWidget(parent)
    , m_document(std::move(document))
    , m_banner(new MessageBanner(this))
    , m_plot(new TimelinePlot(this))
    , m_device(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_xAxis(new QComboBox(this))
    , m_topCount(new QSpinBox(this))
    , m_reset(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *controls = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        controls->addWidget(label);
        controls->addWidget(widget);
    };
    addLabelled(tr("&Device:"), m_device);
    addLabelled(tr("&Show:"), m_mode);
    m_mode->addItem(tr("Categories"));
    m_mode->addItem(tr("Allocations"));
    m_mode->setToolTip(tr("Categories: bytes by what they are. Allocations: the largest "
                          "allocations each as a band, the rest summed."));
    addLabelled(tr("&Largest:"), m_topCount);
    m_topCount->setRange(1, 2000);
    m_topCount->setValue(50);
    m_topCount->setToolTip(tr("How many of the largest allocations get their own band"));
    addLabelled(tr("&X axis:"), m_xAxis);
    m_xAxis->addItem(tr("Event index"));
    m_xAxis->addItem(tr("Time"));
    controls->addStretch(1);
    m_reset->setText(tr("Reset zoom"));
    m_reset->setToolTip(tr("Show the whole trace (Home). Wheel zooms, drag pans, right-drag "
                           "or Shift-drag zooms to a range."));
    controls->addWidget(m_reset);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_plot, 1);

    if (m_document) {
        for (const DeviceTimeline &dev : m_document->devices) {
            QString name = tr("cuda:%1").arg(dev.device);
            if (!dev.ooms.empty())
                name += QStringLiteral(" — ") + tr("OOM");
            m_device->addItem(name);
        }
        int initial = 0;
        const int ordinal = m_document->defaultDevice();
        for (size_t i = 0; i < m_document->devices.size(); ++i) {
            if (m_document->devices[i].device == ordinal)
                initial = int(i);
        }
        m_device->setCurrentIndex(initial);
        m_plot->setDocument(m_document, m_document->devices.empty() ? -1 : initial);
        if (m_document->devices.empty())
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("This snapshot holds no trace entries and no segments for any "
                                     "device: was memory history recorded?"));
        else if (!m_document->warnings.isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("%n capture warning(s): see the Summary panel. First: %1",
                                     nullptr, int(m_document->warnings.size()))
                                      .arg(m_document->warnings.constFirst()));
    }
    connect(m_device, &QComboBox::activated, this, &DocumentView::onDeviceActivated);
    connect(m_mode, &QComboBox::activated, this,
            [this](int index) { setAllocationsMode(index == 1); });
    connect(m_xAxis, &QComboBox::activated, this, [this](int index) { setTimeAxis(index == 1); });
    connect(m_topCount, &QSpinBox::valueChanged, m_plot, &TimelinePlot::setTopCount);
    connect(m_reset, &QToolButton::clicked, this, &DocumentView::resetZoom);
    connect(m_plot, &TimelinePlot::cursorEventChanged, this, [this](qint64 event) {
        m_cursorEvent = event;
        m_cursorLabel = tr("cursor");
        Q_EMIT cursorEventChanged(event);
    });
    connect(m_plot, &TimelinePlot::intervalClicked, this, &DocumentView::intervalClicked);
    updateControls();
}

int DocumentView::deviceIndex() const
{
    return m_plot->deviceIndex();
}

void DocumentView::setDeviceIndex(int index)
{
    m_device->setCurrentIndex(index);
    onDeviceActivated(index);
}

void DocumentView::onDeviceActivated(int comboIndex)
{
    if (comboIndex == m_plot->deviceIndex())
        return;
    m_plot->setDevice(comboIndex);
    m_cursorEvent = -2;
    updateControls();
    Q_EMIT deviceChanged(comboIndex);
}

QString DocumentView::deviceName() const
{
    const int index = deviceIndex();
    if (!m_document || index < 0)
        return {};
    return tr("cuda:%1").arg(m_document->devices[size_t(index)].device);
}

qint64 DocumentView::momentEvent() const
{
    const int index = deviceIndex();
    if (!m_document || index < 0)
        return -1;
    if (index < int(m_document->diagnoses.size())) {
        const Diagnosis &d = m_document->diagnoses[size_t(index)];
        if (d.momentKind != Diagnosis::MomentKind::None && d.momentIndex >= -1)
            return d.momentIndex;
    }
    const DeviceTimeline &dev = m_document->devices[size_t(index)];
    if (!dev.ooms.empty())
        return dev.ooms.front().index;
    return dev.peakAllocatedIndex;
}

QString DocumentView::momentLabel() const
{
    const int index = deviceIndex();
    if (!m_document || index < 0)
        return {};
    Diagnosis::MomentKind kind = Diagnosis::MomentKind::None;
    if (index < int(m_document->diagnoses.size()))
        kind = m_document->diagnoses[size_t(index)].momentKind;
    if (kind == Diagnosis::MomentKind::None)
        kind = m_document->devices[size_t(index)].ooms.empty() ? Diagnosis::MomentKind::Peak
                                                               : Diagnosis::MomentKind::Oom;
    switch (kind) {
    case Diagnosis::MomentKind::Oom: return tr("the out-of-memory moment");
    case Diagnosis::MomentKind::Dump: return tr("the snapshot dump");
    default: return tr("the peak of allocated memory");
    }
}

void DocumentView::setCursorEvent(qint64 event, const QString &label)
{
    m_cursorEvent = event;
    m_cursorLabel = label;
    m_plot->setCursorEvent(event);
}

qint64 DocumentView::selectedInterval() const
{
    return m_plot->selectedInterval();
}

void DocumentView::resetZoom()
{
    m_plot->resetZoom();
}

void DocumentView::setAllocationsMode(bool on)
{
    m_plot->setMode(on ? TimelinePlot::Mode::Allocations : TimelinePlot::Mode::Categories);
    updateControls();
}

void DocumentView::setTimeAxis(bool on)
{
    m_plot->setAxisMode(on ? EventAxis::Mode::Time : EventAxis::Mode::EventIndex);
    updateControls();
}

void DocumentView::updateControls()
{
    const bool allocations = m_plot->mode() == TimelinePlot::Mode::Allocations;
    m_mode->setCurrentIndex(allocations ? 1 : 0);
    m_topCount->setEnabled(allocations);
    m_xAxis->setEnabled(m_plot->hasTimeAxis());
    m_xAxis->setCurrentIndex(m_plot->axisMode() == EventAxis::Mode::Time ? 1 : 0);
    m_device->setEnabled(m_device->count() > 1);
    Q_EMIT viewOptionsChanged();
}

} // namespace VramScope
