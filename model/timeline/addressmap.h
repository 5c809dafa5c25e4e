// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <vector>

namespace VramScope {

// The replay's open allocations, address -> interval: open addressing with linear probing and
// backward-shift deletion. std::unordered_map allocated (and freed) one node per allocation,
// which was most of the replay's time on 1 M entries.
class AddressMap
{
public:
    AddressMap() { m_slots.resize(MinSlots); }
    quint32 *find(quint64 key)
    {
        for (size_t i = home(key);; i = (i + 1) & mask()) {
            Slot &s = m_slots[i];
            if (!s.used)
                return nullptr;
            if (s.key == key)
                return &s.value;
        }
    }
    bool contains(quint64 key) { return find(key) != nullptr; }
    // Adds key -> value unless key is present (like emplace).
    void insert(quint64 key, quint32 value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t i = home(key);; i = (i + 1) & mask()) {
            Slot &s = m_slots[i];
            if (!s.used) {
                s = {key, value, true};
                ++m_size;
                return;
            }
            if (s.key == key)
                return;
        }
    }
    void erase(quint64 key)
    {
        size_t i = home(key);
        for (;; i = (i + 1) & mask()) {
            if (!m_slots[i].used)
                return;
            if (m_slots[i].key == key)
                break;
        }
        // Shift later members of the probe run back so no lookup stops early at the hole.
        for (size_t j = (i + 1) & mask(); m_slots[j].used; j = (j + 1) & mask()) {
            const size_t h = home(m_slots[j].key);
            const bool stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
            if (!stays) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i].used = false;
        --m_size;
    }
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint64 key = 0;
        quint32 value = 0;
        bool used = false;
    };
    static constexpr size_t MinSlots = 1024;
    size_t mask() const { return m_slots.size() - 1; }
    size_t home(quint64 key) const
    {
        key ^= key >> 33; // addresses differ in their middle bits: mix them down
        key *= 0xff51afd7ed558ccdull;
        key ^= key >> 33;
        return size_t(key) & mask();
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &s : old) {
            if (s.used)
                insert(s.key, s.value);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace VramScope
