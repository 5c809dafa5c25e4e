// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The pasted OOM-message parser, on UTF-8 text (invalid sequences become U+FFFD as on paste).
#include "fuzzcommon.h"
#include "oommessage/oommessageparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const OomMessage message = OomMessageParser::parse(text);
    (void)message;
    return 0;
}
