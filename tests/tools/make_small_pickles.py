#!/usr/bin/env python3
"""Writes tiny snapshot pickles in protocols 0-5 (tests/data/small_p<N>.pickle) for the
pickle-reader tests. Stdlib only; the expected numbers are stated in tst_picklesnapshot.cpp and
follow from the literal below: one 2 MiB segment, one 500-byte allocation (512-byte block)."""
import os
import pickle

HERE = os.path.dirname(os.path.abspath(__file__))
frames = [{'filename': 'train.py', 'line': 10, 'name': 'step'}]
snap = {
    'segments': [{
        'device': 0, 'address': 1 << 20, 'total_size': 2097152, 'allocated_size': 512,
        'active_size': 512, 'requested_size': 500, 'stream': 0, 'segment_type': 'small',
        'segment_pool_id': (0, 0), 'is_expandable': False, 'frames': frames,
        'blocks': [
            {'address': 1 << 20, 'size': 512, 'requested_size': 500, 'state': 'active_allocated',
             'frames': frames},
            {'address': (1 << 20) + 512, 'size': 2097152 - 512, 'requested_size': 0,
             'state': 'inactive', 'frames': []},
        ]}],
    'device_traces': [[
        {'action': 'segment_alloc', 'addr': 1 << 20, 'size': 2097152, 'stream': 0,
         'frames': frames, 'time_us': 1700000000000000},
        {'action': 'alloc', 'addr': 1 << 20, 'size': 500, 'stream': 0, 'frames': frames,
         'time_us': 1700000000000001},
    ]],
    'allocator_settings': {'max_split_size': -1, 'expandable_segments': False,
                           'garbage_collection_threshold': 0.5},
}
for protocol in range(6):
    with open(os.path.join(HERE, '..', 'data', 'small_p%d.pickle' % protocol), 'wb') as f:
        pickle.dump(snap, f, protocol=protocol)
