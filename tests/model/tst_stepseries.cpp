// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "timeline/stepseries.h"

#include <QtTest>

#include <algorithm>

using namespace VramScope;

class tst_StepSeries : public QObject
{
    Q_OBJECT

private slots:
    // Every envelope, at every zoom, holds the exact extremes of the events it covers.
    void envelopeKeepsEveryPeak()
    {
        const qint64 n = 100000;
        std::vector<qint64> values(static_cast<size_t>(n));
        StepSeries s;
        quint32 seed = 7;
        qint64 v = 0;
        for (qint64 i = 0; i < n; ++i) {
            seed = seed * 1664525u + 1013904223u;
            if (i == n / 2) { // one spike, one event wide
                s.append(i, qint64(1) << 30);
                values[size_t(i)] = qint64(1) << 30;
                continue;
            }
            if (seed % 3 == 0 || i == n / 2 + 1) {
                v += qint64(seed % 2001) - 1000;
                s.append(i, v);
            }
            values[size_t(i)] = v;
        }
        s.finish(n, 0);
        QCOMPARE(s.maxValue(), qint64(1) << 30);
        for (int buckets : {1, 7, 640, 1920, 100000}) {
            for (auto [first, last] : {std::pair<qint64, qint64>{0, n - 1}, {n / 2 - 999, n / 2 + 5000}, {123, 4567}}) {
                const auto env = s.envelope(first, last, buckets);
                QVERIFY(qint64(env.size()) <= std::min<qint64>(buckets, last - first + 1));
                qint64 envMax = INT64_MIN, envMin = INT64_MAX;
                for (const auto &p : env) {
                    envMax = std::max(envMax, p.max);
                    envMin = std::min(envMin, p.min);
                }
                const auto b = values.begin() + first, e = values.begin() + last + 1;
                QCOMPARE(envMax, *std::max_element(b, e));
                QCOMPARE(envMin, *std::min_element(b, e));
            }
        }
        // Bucket by bucket on a mid zoom.
        const auto env = s.envelope(1000, 1999, 10);
        QCOMPARE(int(env.size()), 10);
        for (int k = 0; k < 10; ++k) {
            const auto b = values.begin() + 1000 + k * 100, e = b + 100;
            QCOMPARE(env[size_t(k)].max, *std::max_element(b, e));
            QCOMPARE(env[size_t(k)].min, *std::min_element(b, e));
        }
    }

    void initialValueAndEmpty()
    {
        StepSeries s;
        s.finish(0, 42);
        QCOMPARE(s.valueAt(-1), 42);
        QCOMPARE(s.maxValue(), 42);
        QVERIFY(s.envelope(0, 10, 5).empty());
        QCOMPARE(s.envelope(-1, 10, 5).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(tst_StepSeries)
#include "tst_stepseries.moc"
