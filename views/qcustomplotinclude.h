// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// The single place that includes <qcustomplot.h>. Its header still uses `foreach`, which
// QT_NO_FOREACH removes; a range-for stand-in is enough for the two template bodies it has.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define VRAMSCOPE_DEFINED_FOREACH
#endif
#include <qcustomplot.h>
#ifdef VRAMSCOPE_DEFINED_FOREACH
#undef foreach
#undef VRAMSCOPE_DEFINED_FOREACH
#endif
