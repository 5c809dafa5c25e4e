// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/ranksoverview.h"

#include "document.h"
#include "modeltr.h"
#include "summaryjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdlib>

namespace VramScope {

RankSummary RankSummary::fromDocument(const Document &doc, const QString &file)
{
    RankSummary r;
    r.file = file;
    r.device = doc.defaultDevice();
    for (size_t i = 0; i < doc.devices.size(); ++i) {
        const DeviceTimeline &t = doc.devices[i];
        if (t.device != r.device)
            continue;
        r.peakAllocatedBytes = t.peakAllocated;
        r.peakReservedBytes = t.peakReserved;
        if (!t.ooms.empty()) {
            r.oom = true;
            r.oomIndex = t.ooms.front().index;
            r.oomTimeUs = t.ooms.front().timeUs;
            r.oomRequestedBytes = qint64(t.ooms.front().requestedBytes);
        }
        if (i < doc.diagnoses.size())
            r.tallest = doc.diagnoses[i].tallest;
    }
    return r;
}

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            QStringView da = QStringView(a).mid(i, ie - i), db = QStringView(b).mid(j, je - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size();
            if (const int c = da.compare(db); c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

RanksOverview RanksOverview::build(std::vector<RankSummary> ranks, double threshold)
{
    RanksOverview o;
    o.threshold = threshold;
    std::stable_sort(ranks.begin(), ranks.end(),
                     [](const RankSummary &x, const RankSummary &y) { return naturalLess(x.file, y.file); });
    o.ranks = std::move(ranks);
    if (o.ranks.empty())
        return o;
    std::vector<qint64> peaks;
    for (const RankSummary &r : o.ranks)
        peaks.push_back(r.peakAllocatedBytes);
    std::sort(peaks.begin(), peaks.end());
    const size_t n = peaks.size();
    o.medianPeakAllocatedBytes = n % 2 ? peaks[n / 2] : (peaks[n / 2 - 1] + peaks[n / 2]) / 2;
    for (int i = 0; i < int(o.ranks.size()); ++i) {
        if (o.ranks[size_t(i)].oom)
            o.oomRanks.push_back(i);
        if (o.isImbalanced(i))
            o.imbalanced.push_back(i);
    }
    // First failed first: known times ascending, then the OOMs without time_us in file order.
    std::stable_sort(o.oomRanks.begin(), o.oomRanks.end(), [&o](int x, int y) {
        const qint64 tx = o.ranks[size_t(x)].oomTimeUs, ty = o.ranks[size_t(y)].oomTimeUs;
        if ((tx == NoTime) != (ty == NoTime))
            return ty == NoTime;
        return tx < ty;
    });
    return o;
}

bool RanksOverview::isImbalanced(int rank) const
{
    const qint64 diff = std::llabs(ranks[size_t(rank)].peakAllocatedBytes - medianPeakAllocatedBytes);
    return double(diff) > threshold * double(medianPeakAllocatedBytes);
}

QJsonObject ranksToJson(const RanksOverview &o)
{
    QJsonArray ranks, oomRanks, imbalanced;
    for (const RankSummary &r : o.ranks) {
        const QJsonValue oom = !r.oom ? QJsonValue()
                                      : QJsonObject{{QStringLiteral("index"), double(r.oomIndex)},
                                                    {QStringLiteral("time_us"), r.oomTimeUs == NoTime ? QJsonValue() : QJsonValue(double(r.oomTimeUs))},
                                                    {QStringLiteral("requested_bytes"), double(r.oomRequestedBytes)}};
        ranks.append(QJsonObject{{QStringLiteral("file"), r.file},
                                 {QStringLiteral("device"), r.device},
                                 {QStringLiteral("peak_allocated_bytes"), double(r.peakAllocatedBytes)},
                                 {QStringLiteral("peak_reserved_bytes"), double(r.peakReservedBytes)},
                                 {QStringLiteral("oom"), oom},
                                 {QStringLiteral("tallest"), categoryId(r.tallest)}});
    }
    for (int i : o.oomRanks)
        oomRanks.append(o.ranks[size_t(i)].file);
    for (int i : o.imbalanced)
        imbalanced.append(o.ranks[size_t(i)].file);
    return QJsonObject{{QStringLiteral("ranks"), ranks},
                       {QStringLiteral("oom_ranks"), oomRanks},
                       {QStringLiteral("imbalanced"), imbalanced},
                       {QStringLiteral("median_peak_allocated_bytes"), double(o.medianPeakAllocatedBytes)},
                       {QStringLiteral("threshold"), o.threshold}};
}

QString ranksToText(const RanksOverview &o)
{
    QString out = Tr::tr("%1 ranks, median peak allocated %2\n").arg(o.ranks.size()).arg(formatBytes(o.medianPeakAllocatedBytes));
    for (int i = 0; i < int(o.ranks.size()); ++i) {
        const RankSummary &r = o.ranks[size_t(i)];
        QString flags;
        if (r.oom)
            flags += Tr::tr("  OOM at event %1 (%2 requested)").arg(r.oomIndex).arg(formatBytes(r.oomRequestedBytes));
        if (o.isImbalanced(i))
            flags += Tr::tr("  imbalanced");
        out += Tr::tr("%1  device %2  peak allocated %3  reserved %4  tallest %5%6\n")
                   .arg(r.file).arg(r.device).arg(formatBytes(r.peakAllocatedBytes), formatBytes(r.peakReservedBytes),
                        categoryLabel(r.tallest), flags);
    }
    if (!o.oomRanks.empty())
        out += Tr::tr("Ran out of memory first: %1\n").arg(o.ranks[size_t(o.oomRanks.front())].file);
    return out;
}

} // namespace VramScope
