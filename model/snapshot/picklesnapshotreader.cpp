// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "snapshot/picklesnapshotreader.h"

#include "pickle/picklemachine.h"
#include "io/bytesource.h"
#include "snapshot/snapshotbuilder.h"

namespace VramScope {

bool readPickleSnapshot(ByteSource &source, const QString &path, LoadMonitor *monitor,
                        const std::function<void(qint64)> &progress, Snapshot *out,
                        LoadError *error)
{
    SnapshotBuilder builder(*out);
    // A pickle spends at least ~40 bytes per trace entry (keys by memo, a handful of ints); the
    // size is the raw file's or the one a zstd frame declares (bounded by the InputLimits). A
    // gzip file or a zstd stream compressed from a pipe declares none: snapshot pickles compress
    // about 16x, so guess that (an overestimate costs only address space, never touched; an
    // underestimate one regrowth).
    // The guess stays under 2^26 entries (2 GiB of address space) so that one reservation never
    // nears a small machine's RAM: a bigger file regrows past it.
    qint64 entries = source.payloadSizeHint() / 40;
    if (entries <= 0 && source.inputSize() > 0)
        entries = std::min<qint64>(source.inputSize() / 40 * 16, qint64(1) << 26);
    if (out->format.container == Container::Pickle && entries > 0)
        builder.setExpectedEntries(size_t(std::min<qint64>(entries, qint64(1) << 28)));
    PickleMachine vm(source, out->strings, builder);
    const bool ran = vm.run(monitor, progress);
    out->format.pickleProtocol = vm.protocol();
    if (!ran) {
        if (vm.cancelled()) {
            *error = LoadError::cancelled(path);
            return false;
        }
        *error = LoadError::badInput(path, vm.errorOffset(), vm.errorReason(), builder.errorKey);
        return false;
    }
    if (!builder.finish(vm.result())) {
        *error = LoadError::badInput(path, -1, builder.error, builder.errorKey);
        return false;
    }
    return true;
}

} // namespace VramScope
