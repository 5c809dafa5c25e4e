// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The HTML-embed import (_memory_viz.py's trace_plot / segment_plot): Base64Source over the HTML
// text, feeding the pickle reader.
#include "fuzzcommon.h"
#include "io/base64source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace VramScope;
    Fuzz::quietQt();
    Base64Source source(Fuzz::memorySource(data, size));
    Fuzz::readPickle(source, false);
    return 0;
}
