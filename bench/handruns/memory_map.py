"""Where a running load's resident memory is, by kind of mapping, sampled from /proc/PID/smaps.

    python memory_map.py PID [SECONDS]

Samples the process ``PID`` (the child of load_stage.py, say) every ``SECONDS`` (2) until it
exits, and prints every 30 s and at the end the resident MiB of each kind of mapping, and the
sample with the highest total:

- ``pool``: the engine's buffer-pool frames (LadybugDB reserves one huge virtual region for them;
  any anonymous mapping above 64 GiB of address space);
- ``arenas``: glibc malloc's non-main arenas (heaps of at most 64 MiB at 64 MiB-aligned addresses;
  one arena per thread that allocates, up to 8 per core);
- ``brk``: the main arena (``[heap]``);
- ``anon``: other anonymous mappings (allocations above the mmap threshold, thread stacks,
  Python's object arenas);
- ``files``: mapped files (libraries, the database file).

bench/RESULTS.md, "kg's own buffer pool and checkpoint cadence at 1M facts".
"""

from __future__ import annotations

import os
import sys
import time

HEAP = 64 * 2**20


def sample(pid: int) -> dict[str, int]:
    """Resident KiB of each kind of mapping of ``pid``."""
    maps: list[list] = []  # [start, end, perms, name, rss KiB]
    with open(f"/proc/{pid}/smaps") as smaps:
        for text in smaps:
            first = text.split(None, 1)[0]
            if first == "Rss:":
                maps[-1][4] = int(text.split()[1])
            elif not first.endswith(":") and "-" in first:
                fields = text.split()
                start, end = (int(x, 16) for x in fields[0].split("-"))
                maps.append([start, end, fields[1], fields[5] if len(fields) > 5 else "", 0])
    kinds = dict.fromkeys(("pool", "arenas", "brk", "anon", "files"), 0)
    for i, (start, end, _perms, name, rss) in enumerate(maps):
        # A non-main arena's heap: 64 MiB reserved at a 64 MiB-aligned address, its used head
        # read-write and the rest PROT_NONE (the next mapping, ending where the 64 MiB do).
        tail = maps[i + 1] if i + 1 < len(maps) else None
        heap = start % HEAP == 0 and (end - start == HEAP or (
            tail is not None and tail[0] == end and tail[2].startswith("---") and tail[1] == start + HEAP))
        kind = ("brk" if name == "[heap]" else "files" if name.startswith("/") else
                "pool" if end - start > 64 * 2**30 else "arenas" if heap else "anon")
        kinds[kind] += rss
    return kinds


def line(kinds: dict[str, int]) -> str:
    total = sum(kinds.values())
    return f"total {total / 1024:7.0f} MiB  " + "  ".join(f"{k} {v / 1024:6.0f}" for k, v in kinds.items())


def main() -> None:
    pid = int(sys.argv[1])
    every = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    peak: dict[str, int] = {}
    start = last = time.perf_counter()
    while os.path.exists(f"/proc/{pid}/smaps"):
        try:
            kinds = sample(pid)
        except (OSError, ValueError):
            break
        if sum(kinds.values()) > sum(peak.values()):
            peak = kinds
        if time.perf_counter() - last >= 30:
            last = time.perf_counter()
            print(f"{last - start:6.0f} s  {line(kinds)}", flush=True)
        time.sleep(every)
    print(f"PEAK  {line(peak)}", flush=True)


if __name__ == "__main__":
    main()
