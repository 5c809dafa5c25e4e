// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/categoryrules.h"

#include "modeltr.h"

#include <QFile>
#include <QFileInfo>

namespace VramScope {

bool CategoryRules::add(Category category, const QString &pattern, const QString &origin, QString *error)
{
    if (int(m_rules.size()) >= MaxRules - 1) {
        if (error)
            *error = Tr::tr("%1: more than %2 rules").arg(origin).arg(MaxRules - 1);
        return false;
    }
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        if (error)
            *error = Tr::tr("%1: invalid regular expression \"%2\": %3")
                         .arg(origin, pattern, re.errorString());
        return false;
    }
    re.optimize();
    m_rules.push_back({category, re, origin});
    return true;
}

bool CategoryRules::parse(const QString &text, const QString &originName, QString *error)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString origin = QStringLiteral("%1:%2").arg(originName).arg(i + 1);
        qsizetype space = 0;
        while (space < line.size() && !line[space].isSpace())
            ++space;
        const QString id = line.left(space);
        const QString pattern = line.mid(space).trimmed();
        Category c;
        if (!categoryFromId(id, &c)) {
            if (error)
                *error = Tr::tr("%1: unknown category \"%2\" (expected parameter, optimizer_state, "
                                "gradient, activation, temporary, input or unknown)")
                             .arg(origin, id);
            return false;
        }
        if (pattern.isEmpty()) {
            if (error)
                *error = Tr::tr("%1: a rule needs a pattern after the category").arg(origin);
            return false;
        }
        if (!add(c, pattern, origin, error))
            return false;
    }
    return true;
}

bool CategoryRules::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read the rules file %1: %2").arg(path, f.errorString());
        return false;
    }
    return parse(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName(), error);
}

QString CategoryRules::toText() const
{
    QString out;
    for (const Rule &r : m_rules)
        out += categoryId(r.category) + QLatin1Char(' ') + r.pattern.pattern() + QLatin1Char('\n');
    return out;
}

CategoryRuleMatcher::CategoryRuleMatcher(const CategoryRules &rules, const Snapshot &snapshot)
    : m_rules(rules)
    , m_snapshot(snapshot)
    , m_frameMask(snapshot.frames.size(), 0)
    , m_stackRule(size_t(std::max(0, snapshot.stackCount())), -2)
    , m_stackFrame(size_t(std::max(0, snapshot.stackCount())), NoFrame)
{
}

quint64 CategoryRuleMatcher::frameMask(FrameId frame)
{
    constexpr quint64 Computed = quint64(1) << 63;
    quint64 &m = m_frameMask[frame];
    if (!(m & Computed)) {
        const QString text = m_snapshot.frameText(frame);
        quint64 bits = 0;
        for (int i = 0; i < m_rules.count(); ++i) {
            if (m_rules.rule(i).pattern.match(text).hasMatch())
                bits |= quint64(1) << i;
        }
        m = bits | Computed;
    }
    return m & ~Computed;
}

int CategoryRuleMatcher::match(StackId stack, FrameId *frame)
{
    if (m_rules.isEmpty() || stack == EmptyStack || size_t(stack) >= m_stackRule.size())
        return -1;
    qint32 &cached = m_stackRule[stack];
    if (cached == -2) {
        quint64 all = 0;
        std::vector<std::pair<quint64, FrameId>> masks;
        const auto [begin, end] = m_snapshot.stack(stack);
        for (const FrameId *it = begin; it != end; ++it) {
            const quint64 m = frameMask(*it);
            all |= m;
            if (m)
                masks.emplace_back(m, *it);
        }
        cached = -1;
        if (all) {
            const int rule = __builtin_ctzll(all);
            cached = rule;
            for (const auto &[m, f] : masks) { // innermost first
                if (m & (quint64(1) << rule)) {
                    m_stackFrame[stack] = f;
                    break;
                }
            }
        }
    }
    if (frame)
        *frame = cached >= 0 ? m_stackFrame[stack] : NoFrame;
    return cached;
}

} // namespace VramScope
