// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The replay's open-allocation map against std::unordered_map: same answers after every
// operation of a long random mix (with colliding addresses, growth and backward-shift deletes).
#include "timeline/addressmap.h"

#include <QtTest>

#include <random>
#include <unordered_map>

using namespace VramScope;

class tst_AddressMap : public QObject
{
    Q_OBJECT

private slots:
    void matchesUnorderedMap_data()
    {
        QTest::addColumn<int>("addresses");
        QTest::newRow("few addresses, many collisions") << 64;
        QTest::newRow("grows past its first size") << 100000;
    }
    void matchesUnorderedMap()
    {
        QFETCH(int, addresses);
        std::mt19937_64 rng(42);
        AddressMap map;
        std::unordered_map<quint64, quint32> ref;
        for (quint32 step = 0; step < 300000; ++step) {
            // Addresses 512-aligned, like the allocator's, so the low bits carry nothing.
            const quint64 addr = 0x7f0000000000ull + (rng() % quint64(addresses)) * 512;
            switch (rng() % 3) {
            case 0:
                map.insert(addr, step);
                ref.emplace(addr, step);
                break;
            case 1:
                map.erase(addr);
                ref.erase(addr);
                break;
            default: {
                const quint32 *v = map.find(addr);
                const auto it = ref.find(addr);
                QCOMPARE(v != nullptr, it != ref.end());
                if (v)
                    QCOMPARE(*v, it->second);
            }
            }
            QCOMPARE(map.size(), ref.size());
        }
        for (const auto &[addr, value] : ref) {
            const quint32 *v = map.find(addr);
            QVERIFY(v);
            QCOMPARE(*v, value);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AddressMap)
#include "tst_addressmap.moc"
