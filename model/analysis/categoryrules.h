// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"
#include "analysis/frameclassifier.h"
#include "snapshot/snapshot.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

namespace VramScope {

// User rules "frame pattern -> category" (docs/rules.md). A rule matches an allocation when its
// regular expression matches any frame of the allocation stack, written "file:line:function".
// Rules are tried in order; the first matching rule wins and overrides the built-in inference.
class CategoryRules
{
public:
    static constexpr int MaxRules = 64;

    struct Rule
    {
        Category category = Category::Unknown;
        QRegularExpression pattern;
        QString origin; // "rules.txt:12" or "app"
    };

    // Appends the rules of a rules-file text. On error returns false, sets error (with the line
    // number) and keeps the rules read before the bad line.
    bool parse(const QString &text, const QString &originName, QString *error);
    bool loadFile(const QString &path, QString *error);
    bool add(Category category, const QString &pattern, const QString &origin, QString *error);

    int count() const { return int(m_rules.size()); }
    const Rule &rule(int i) const { return m_rules[size_t(i)]; }
    bool isEmpty() const { return m_rules.empty(); }
    QString toText() const; // the rules-file form of the current rules

private:
    std::vector<Rule> m_rules;
};

// Applies CategoryRules to the stacks of one snapshot, caching per frame and per stack.
class CategoryRuleMatcher
{
public:
    CategoryRuleMatcher(const CategoryRules &rules, const Snapshot &snapshot);
    // Index of the first matching rule, or -1; *frame is the innermost frame it matched.
    int match(StackId stack, FrameId *frame);

private:
    quint64 frameMask(FrameId frame);

    const CategoryRules &m_rules;
    const Snapshot &m_snapshot;
    std::vector<quint64> m_frameMask; // bit 63 = computed; bits 0..62 = rules matched
    std::vector<qint32> m_stackRule;  // -2 = not computed
    std::vector<FrameId> m_stackFrame;
};

} // namespace VramScope
