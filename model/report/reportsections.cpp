// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "report/reportsections.h"

#include "analysis/capturehealth.h"
#include "document.h"
#include "modeltr.h"
#include "summaryjson.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace VramScope {

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(label, value);
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) : QStringLiteral("0");
}

// First and last trace times of the device, NoTime when the file has none.
std::pair<qint64, qint64> traceSpan(const Document &document, int ordinal)
{
    qint64 first = NoTime, last = NoTime;
    if (!document.snapshot || ordinal < 0 || ordinal >= int(document.snapshot->deviceTraces.size()))
        return {first, last};
    for (const TraceEntry &e : document.snapshot->deviceTraces[size_t(ordinal)]) {
        if (e.timeUs == NoTime)
            continue;
        if (first == NoTime)
            first = e.timeUs;
        last = e.timeUs;
    }
    return {first, last};
}

QString utcText(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

QString ReportSections::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out.replace(QLatin1String("://"), QLatin1String(":&#47;&#47;"));
}

QString ReportSections::bytes(qint64 b)
{
    return b == UnknownBytes ? Tr::tr("unknown") : formatBytes(b);
}

QString ReportSections::signedBytes(qint64 b)
{
    return (b > 0 ? QStringLiteral("+") : QString()) + formatBytes(b);
}

QString ReportSections::pngDataUri(const QByteArray &png)
{
    return png.isEmpty() ? QString() : QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString ReportSections::footer(const QDateTime &generated)
{
    return escape(Tr::tr("Made by VRAMScope %1 on %2. This file is self-contained: it makes no network requests and holds no copy of the snapshot.")
                      .arg(QStringLiteral(VRAMSCOPE_VERSION),
                           generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
}

QString ReportSections::language()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString ReportSections::duration(qint64 us)
{
    if (us < 1000)
        return Tr::tr("%1 µs").arg(us);
    if (us < 1000000)
        return Tr::tr("%1 ms").arg(double(us) / 1e3, 0, 'f', 1);
    if (us < 120000000)
        return Tr::tr("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
    return Tr::tr("%1 min %2 s").arg(us / 60000000).arg((us / 1000000) % 60);
}

QString ReportSections::title(const Document &document, int deviceIndex)
{
    const int ordinal = document.devices[size_t(deviceIndex)].device;
    return Tr::tr("VRAMScope report: %1, cuda:%2").arg(QFileInfo(document.path).fileName()).arg(ordinal);
}

QString ReportSections::header(const Document &document, int deviceIndex)
{
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    const Diagnosis &d = document.diagnoses[size_t(deviceIndex)];
    QString h = QStringLiteral("<h1>%1</h1>\n<table class=\"facts\">\n")
                    .arg(escape(title(document, deviceIndex)));
    h += row(Tr::tr("File"), QStringLiteral("<code>%1</code>").arg(escape(document.path)));
    if (document.fileSize > 0)
        h += row(Tr::tr("File size"), escape(formatBytes(document.fileSize)));
    h += row(Tr::tr("Device"), QStringLiteral("cuda:%1").arg(dev.device));
    if (document.snapshot) {
        const SnapshotFormat &f = document.snapshot->format;
        const QString container = f.pickleProtocol < 0
            ? Tr::tr("JSON")
            : Tr::tr("pickle protocol %1").arg(f.pickleProtocol);
        h += row(Tr::tr("PyTorch layout"),
                 escape(f.compression == Compression::None
                            ? Tr::tr("%1 (%2)").arg(layoutName(f.layout), container)
                            : Tr::tr("%1 (%2, %3)").arg(layoutName(f.layout), container,
                                                        compressionName(f.compression))));
    }
    const auto [first, last] = traceSpan(document, dev.device);
    QString span = Tr::tr("%n events", nullptr, int(std::min<qint64>(dev.eventCount, INT_MAX)));
    if (first != NoTime)
        span += Tr::tr(", %1 (%2 to %3 UTC)").arg(duration(last - first), utcText(first), utcText(last));
    h += row(Tr::tr("Capture span"), escape(span));
    h += row(Tr::tr("GPU capacity"), d.capacityBytes == UnknownBytes
                                         ? Tr::tr("unknown (pass --capacity to diagnose)")
                                         : escape(formatBytes(d.capacityBytes)));
    h += row(Tr::tr("Peak allocated / reserved"),
             escape(Tr::tr("%1 / %2").arg(formatBytes(dev.peakAllocated), formatBytes(dev.peakReserved))));
    return h + QStringLiteral("</table>\n");
}

QString ReportSections::verdict(const Diagnosis &d)
{
    QString momentText;
    switch (d.momentKind) {
    case Diagnosis::MomentKind::Oom: momentText = Tr::tr("the OOM at event %1").arg(d.momentIndex); break;
    case Diagnosis::MomentKind::Peak: momentText = Tr::tr("the peak at event %1").arg(d.momentIndex); break;
    case Diagnosis::MomentKind::Dump: momentText = Tr::tr("the snapshot dump"); break;
    case Diagnosis::MomentKind::None: momentText = Tr::tr("none"); break;
    }
    QString h = QStringLiteral("<h2>%1</h2>\n<p class=\"verdict verdict-%2\"><strong>%3</strong></p>\n")
                    .arg(Tr::tr("Verdict"), verdictId(d.verdict), escape(verdictLabel(d.verdict)));
    if (!d.verdictReason.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(escape(d.verdictReason));
    h += QStringLiteral("<table class=\"numbers\">\n");
    h += row(Tr::tr("Moment"), escape(momentText));
    if (d.momentKind == Diagnosis::MomentKind::Oom) {
        h += row(Tr::tr("Requested"), escape(bytes(d.requestedBytes)));
        h += row(Tr::tr("Device free"), escape(bytes(d.deviceFreeBytes)));
        h += row(Tr::tr("Shortfall"), escape(bytes(d.shortfallBytes)));
        h += row(Tr::tr("Largest free cached block"), escape(bytes(d.largestFreeBlockBytes)));
    }
    h += row(Tr::tr("Allocated"), escape(bytes(d.allocatedBytes)));
    h += row(Tr::tr("Reserved"), escape(bytes(d.reservedBytes)));
    h += row(Tr::tr("Reserved but unallocated"), escape(bytes(d.reservedBytes - d.allocatedBytes)));
    if (d.outsidePyTorchBytes != UnknownBytes)
        h += row(Tr::tr("Outside PyTorch"), escape(bytes(d.outsidePyTorchBytes)));
    h += QStringLiteral("</table>\n");
    if (!d.hints.empty() || !d.notes.isEmpty()) {
        h += QStringLiteral("<ul class=\"hints\">\n");
        for (const StepHint &hint : d.hints)
            h += QStringLiteral("<li>%1</li>\n").arg(escape(hint.message));
        for (const QString &note : d.notes)
            h += QStringLiteral("<li class=\"note\">%1</li>\n").arg(escape(note));
        h += QStringLiteral("</ul>\n");
    }
    return h;
}

QString ReportSections::bandBar(const std::array<qint64, CategoryCount> &bands, const QString &label,
                                qint64 whole)
{
    if (whole <= 0) {
        whole = 0;
        for (qint64 b : bands)
            whole += std::max<qint64>(b, 0);
    }
    QString bar = QStringLiteral("<div class=\"bar\" role=\"img\" aria-label=\"%1\">").arg(escape(label));
    for (int c = 0; c < CategoryCount; ++c) {
        const qint64 b = bands[size_t(c)];
        if (b <= 0)
            continue;
        bar += QStringLiteral("<span class=\"seg cat-%1\" style=\"width:%2%\" title=\"%3: %4\"></span>")
                   .arg(categoryId(Category(c)), percent(b, whole), escape(categoryLabel(Category(c))),
                        escape(formatBytes(b)));
    }
    return bar + QStringLiteral("</div>\n");
}

QString ReportSections::bands(const Diagnosis &d)
{
    qint64 total = 0;
    for (qint64 b : d.bands)
        total += b;
    QString table = QStringLiteral("<table class=\"bands\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
                        .arg(Tr::tr("Category"), Tr::tr("Bytes"), Tr::tr("Share"));
    for (int c = 0; c < CategoryCount; ++c) {
        const qint64 b = d.bands[size_t(c)];
        if (b <= 0)
            continue;
        const Category cat = Category(c);
        const QString id = categoryId(cat);
        const QString label = escape(categoryLabel(cat));
        const bool tallest = cat == d.tallest;
        table += QStringLiteral("<tr class=\"band%1\" data-category=\"%2\"><td><span class=\"swatch cat-%2\"></span>%3%4</td>"
                                "<td class=\"num\">%5</td><td class=\"num\">%6%</td></tr>\n")
                     .arg(tallest ? QStringLiteral(" tallest") : QString(), id, label,
                          tallest ? QStringLiteral(" <span class=\"badge\">%1</span>").arg(Tr::tr("tallest")) : QString(),
                          escape(formatBytes(b)), percent(b, total));
    }
    table += QStringLiteral("</tbody></table>\n");
    return QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("What the memory was at the moment"))
        + bandBar(d.bands, Tr::tr("Bands at the moment"), total) + table;
}

QString ReportSections::ladder(const Diagnosis &d)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("The ladder: fixes in cost order"));
    if (d.ladder.rungs.empty())
        return h + QStringLiteral("<p>%1</p>\n").arg(Tr::tr("No fix is needed: there was no OOM and no band to attack."));
    h += QStringLiteral("<table id=\"ladder\" class=\"ladder\">\n<thead><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
             .arg(Tr::tr("Fix"), Tr::tr("Estimated savings"), Tr::tr("What it means"));
    for (size_t i = 0; i < d.ladder.rungs.size(); ++i) {
        const RungEstimate &r = d.ladder.rungs[i];
        const bool recommended = int(i) == d.ladder.recommended;
        QString badges;
        if (recommended)
            badges += QStringLiteral(" <span class=\"badge recommended\">%1</span>").arg(Tr::tr("recommended"));
        if (r.changesScience)
            badges += QStringLiteral(" <span class=\"badge science\">%1</span>").arg(Tr::tr("changes the science"));
        QString savings = escape(bytes(r.estimatedSavingsBytes));
        if (r.coversShortfall)
            savings += QStringLiteral("<br><small>%1</small>").arg(Tr::tr("covers the shortfall"));
        h += QStringLiteral("<tr class=\"rung%1%2\" data-rung=\"%3\"><td>%4</td><td><strong>%5</strong> <code>%3</code>%6</td>"
                            "<td class=\"num\">%7</td><td>%8%9</td></tr>\n")
                 .arg(recommended ? QStringLiteral(" recommended") : QString(),
                      r.changesScience ? QStringLiteral(" science") : QString(), rungId(r.rung))
                 .arg(i + 1)
                 .arg(escape(rungLabel(r.rung)), badges, savings, escape(rungExplanation(r.rung)),
                      r.basis.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(escape(r.basis)));
    }
    h += QStringLiteral("</tbody></table>\n");
    if (d.ladder.recommended < 0 && d.momentKind == Diagnosis::MomentKind::Oom)
        h += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("No single rung covers the shortfall: combine them."));
    return h;
}

QString ReportSections::topAllocations(const Document &document, int deviceIndex, int count)
{
    const DeviceTimeline &dev = document.devices[size_t(deviceIndex)];
    const Diagnosis &d = document.diagnoses[size_t(deviceIndex)];
    std::vector<quint32> live = dev.liveAt(d.momentIndex);
    const auto larger = [&dev](quint32 a, quint32 b) { return dev.intervals[a].size > dev.intervals[b].size; };
    const size_t n = std::min(live.size(), size_t(std::max(count, 0)));
    std::partial_sort(live.begin(), live.begin() + qsizetype(n), live.end(), larger);
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Largest allocations live at the moment"));
    if (n == 0)
        return h + QStringLiteral("<p>%1</p>\n").arg(Tr::tr("Nothing was live."));
    h += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("%1 of %2 live allocations, largest first. Open one for its stack (innermost frame first).")
                                               .arg(n).arg(live.size()));
    constexpr int MaxFrames = 60;
    const Snapshot *s = document.snapshot.get();
    for (size_t k = 0; k < n; ++k) {
        const AllocationInterval &iv = dev.intervals[live[k]];
        const CategoryEvidence ev = live[k] < d.evidence.size() ? d.evidence[live[k]] : CategoryEvidence{};
        const Category cat = Category(iv.category);
        QString frames;
        int shown = 0;
        const StackId stack = iv.allocStack != EmptyStack ? iv.allocStack : iv.freeStack;
        if (s && stack != EmptyStack && int(stack) < s->stackCount()) {
            const auto [begin, end] = s->stack(stack);
            for (const FrameId *f = begin; f != end && shown < MaxFrames; ++f, ++shown)
                frames += escape(s->frameText(*f)) + QLatin1Char('\n');
            if (end - begin > MaxFrames)
                frames += escape(Tr::tr("… %1 more frames").arg(end - begin - MaxFrames)) + QLatin1Char('\n');
        }
        if (frames.isEmpty())
            frames = escape(Tr::tr("(no stack recorded)"));
        const QString why = s ? describeEvidence(*s, iv, ev, d.phases) : QString();
        // The frame that decided the category says most at a glance; the stack is one click away.
        const QString frame = s && ev.frame != NoFrame && ev.frame < s->frames.size()
            ? QStringLiteral(" <code class=\"frame\">%1</code>").arg(escape(s->frameText(ev.frame)))
            : QString();
        h += QStringLiteral("<details class=\"alloc\"><summary><span class=\"swatch cat-%1\"></span><strong>%2</strong> %3 "
                            "<code>0x%4</code>%7</summary>\n<p>%5</p>\n<pre class=\"stack\">%6</pre></details>\n")
                 .arg(categoryId(cat), escape(formatBytes(qint64(iv.size))), escape(categoryLabel(cat)),
                      QString::number(iv.addr, 16), escape(why), frames, frame);
    }
    return h;
}

QString ReportSections::health(const Diagnosis &d)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Capture health"));
    if (d.health.empty()) {
        h += QStringLiteral("<p>%1</p>\n<pre><code>%2</code></pre>\n")
                 .arg(Tr::tr("The capture had what the diagnosis needs. To record the same next time:"),
                      escape(CaptureHealth::recordCall(QStringLiteral("python"), 100000)));
        return h;
    }
    h += QStringLiteral("<ul class=\"health\">\n");
    for (const HealthNote &note : d.health) {
        h += QStringLiteral("<li data-note=\"%1\">%2<br>%3<pre><code>%4</code></pre></li>\n")
                 .arg(escape(note.id), escape(note.message), Tr::tr("Next time record with:"),
                      escape(note.recapture));
    }
    return h + QStringLiteral("</ul>\n");
}

} // namespace VramScope
