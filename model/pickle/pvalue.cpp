// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "pickle/pvalue.h"

namespace VramScope {

namespace {
constexpr size_t MaxPooled = 256;

struct Pool
{
    std::vector<PContainer *> free;
    ~Pool()
    {
        for (PContainer *c : free)
            delete c;
    }
};
thread_local Pool t_pool;
} // namespace

PContainer *PContainer::create()
{
    if (t_pool.free.empty())
        return new PContainer;
    PContainer *c = t_pool.free.back();
    t_pool.free.pop_back();
    return c;
}

void PContainer::destroy(PContainer *c)
{
    c->items.clear(); // releases the children; the buffer's capacity is kept for reuse
    if (t_pool.free.size() >= MaxPooled || c->items.capacity() > 64) {
        delete c;
        return;
    }
    c->type = Type::List;
    c->role = Role::Other;
    c->refs = 0;
    c->depth = 1;
    c->memoSlot = -1;
    c->aux = 0;
    c->consumed = 0;
    t_pool.free.push_back(c);
}

} // namespace VramScope
