// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "framefilter.h"

#include <string_view>

namespace VramScope {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool contains(std::string_view s, std::string_view part)
{
    return s.find(part) != std::string_view::npos;
}

} // namespace

bool FrameFilter::isNative(const Snapshot &snapshot, const Frame &frame)
{
    const std::string_view file = snapshot.strings.view(frame.filename);
    if (file.empty() || file == "??")
        return true;
    static constexpr std::string_view NativeSuffixes[] = {".cpp", ".cc", ".cxx", ".c", ".h",
                                                          ".hpp", ".cu", ".cuh", ".so"};
    for (std::string_view suffix : NativeSuffixes) {
        if (endsWith(file, suffix))
            return true;
    }
    return false;
}

bool FrameFilter::isLibrary(const Snapshot &snapshot, const Frame &frame)
{
    const std::string_view file = snapshot.strings.view(frame.filename);
    if (file.starts_with("torch/") || contains(file, "/torch/") || file.starts_with("<frozen"))
        return true;
    // The standard library lives in .../lib/python3.X/ but third-party code under it sits in
    // site-packages or dist-packages.
    const bool inPythonLib = contains(file, "/lib/python3") || contains(file, "/lib64/python3");
    return inPythonLib && !contains(file, "-packages/");
}

FrameId FrameFilter::topUserFrame(const Snapshot &snapshot, StackId stack)
{
    if (stack == EmptyStack || stack >= StackId(snapshot.stackCount()))
        return NoFrame;
    const auto [begin, end] = snapshot.stack(stack);
    FrameId firstPython = NoFrame;
    for (const FrameId *it = begin; it != end; ++it) {
        const Frame &frame = snapshot.frames[*it];
        if (isNative(snapshot, frame))
            continue;
        if (firstPython == NoFrame)
            firstPython = *it;
        if (!isLibrary(snapshot, frame))
            return *it;
    }
    if (firstPython != NoFrame)
        return firstPython;
    return begin != end ? *begin : NoFrame;
}

QString FrameFilter::shortText(const Snapshot &snapshot, FrameId frame)
{
    if (frame == NoFrame || frame >= snapshot.frames.size())
        return {};
    const Frame &f = snapshot.frames[frame];
    QString file = snapshot.strings.string(f.filename);
    const qsizetype slash = file.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        file = file.mid(slash + 1);
    const QString name = snapshot.strings.string(f.name);
    if (file.isEmpty())
        return name;
    return QStringLiteral("%1:%2 %3").arg(file).arg(f.line).arg(name);
}

QString FrameFilter::fullText(const Snapshot &snapshot, FrameId frame)
{
    if (frame == NoFrame || frame >= snapshot.frames.size())
        return {};
    const Frame &f = snapshot.frames[frame];
    const QString file = snapshot.strings.string(f.filename);
    const QString name = snapshot.strings.string(f.name);
    if (file.isEmpty())
        return name;
    return QStringLiteral("%1:%2 %3").arg(file).arg(f.line).arg(name);
}

} // namespace VramScope
