"""Benchmark the evidence bundle: time and memory for a directive with a lot of evidence.

The seed directive with its six actions, each with evidence files of 16 MB
(random bytes behind a PDF header, so nothing compresses) adding up to --mb
megabytes. Three timings, in the same run:

- baseline: copying the same stored files into one file in 64 KiB chunks
  (the disk's floor: the bundle cannot be faster than reading and writing them);
- bundle: ``write_bundle`` (zip, sha256 of every file on the way, manifest);
- verify: ``verify_bundle`` (re-read and hash every file of the zip).

Memory: the peak of Python allocations (tracemalloc) during a second bundle
build, next to the size of the largest file, to show the files are streamed.

Usage: .venv/bin/python bench/bench_bundle.py [--mb 256] [--repeat 3]
Writes bench/RESULTS-bundle.md.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directives import store  # noqa: E402
from directives.evidence import CHUNK  # noqa: E402
from directives.intake import ingest_file  # noqa: E402
from directives.reports.bundle import write_bundle  # noqa: E402
from directives.reports.verify import verify_bundle  # noqa: E402
from directives.runtime import Runtime, build_runtime  # noqa: E402
from directives.settings import Settings  # noqa: E402

FILE_MB = 16
SEED = ROOT / "examples" / "115-UBND-NCPC.txt"
MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
NOW = datetime(2017, 2, 6, 3, 0, tzinfo=UTC)


def seed_with_evidence(rt: Runtime, total_mb: int) -> tuple[int, list[Path]]:
    result = ingest_file(rt, SEED, received_on=date(2017, 1, 25), start_run=False)
    with rt.sessions.begin() as session:
        store.assign_actions(session, rt.ws, result.directive_id, NOW)
        actions = [
            (a.code, a.lead_unit) for a in store.get_directive(session, result.directive_id).actions
        ]
    paths: list[Path] = []
    for i in range(max(1, total_mb // FILE_MB)):
        code, unit = actions[i % len(actions)]
        data = b"%PDF-1.4\n" + os.urandom(FILE_MB * 1024 * 1024 - 9)
        with rt.sessions.begin() as session:
            stored = rt.ws.evidence.put(io.BytesIO(data))
            meta = store.EvidenceMeta(
                original_name=f"tai-lieu-{i:03d}.pdf", doc_number=f"{i}/BC-SNgV"
            )
            store.add_evidence(session, rt.ws, code, MEMBER[unit], stored, meta, now=NOW)
        paths.append(rt.ws.evidence.path_of(stored.sha256))  # the local folder: the baseline
    with rt.sessions.begin() as session:
        for code, unit in actions:
            directive = store.get_action(session, code)
            if any(e.submitted_at is None for e in directive.evidence):
                store.submit(session, rt.ws, code, MEMBER[unit], now=NOW)
    return result.directive_id, paths


def copy_baseline(paths: list[Path], out: Path) -> None:
    with out.open("wb") as dst:
        for path in paths:
            with path.open("rb") as src:
                while chunk := src.read(CHUNK):
                    dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())


def timed(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        home = Path(tmp)
        rt = build_runtime(Settings(home=home / "home"))
        directive_id, paths = seed_with_evidence(rt, args.mb)
        size_mb = sum(p.stat().st_size for p in paths) / 2**20
        out = home / "bundle.zip"

        def bundle() -> None:
            with rt.sessions() as session:
                write_bundle(session, rt.ws, directive_id, out)

        baseline = timed(lambda: copy_baseline(paths, home / "copy.bin"), args.repeat)
        built = timed(bundle, args.repeat)
        checked = timed(lambda: verify_bundle(out), args.repeat)
        tracemalloc.start()
        bundle()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rt.engine.dispose()
    lines = [
        "# Evidence bundle benchmark",
        "",
        f"{len(paths)} evidence files of {FILE_MB} MB, {size_mb:.0f} MB in all; median of "
        f"{args.repeat}; {platform.python_version()}, {os.cpu_count()} cores.",
        "",
        "| step | seconds | MB/s | ratio to the plain copy |",
        "|---|---|---|---|",
        f"| plain chunked copy of the same files (baseline) | {baseline:.2f} | "
        f"{size_mb / baseline:.0f} | 1.0 |",
        f"| `write_bundle` (zip + sha256 + manifest) | {built:.2f} | {size_mb / built:.0f} | "
        f"{built / baseline:.1f} |",
        f"| `verify_bundle` (re-hash every file) | {checked:.2f} | {size_mb / checked:.0f} | "
        f"{checked / baseline:.1f} |",
        "",
        f"Peak Python memory while building: {peak / 2**20:.1f} MB "
        f"(largest file {FILE_MB} MB, all files {size_mb:.0f} MB).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    (ROOT / "bench" / "RESULTS-bundle.md").write_text(text)


if __name__ == "__main__":
    main()
