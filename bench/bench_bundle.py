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

``--s3``: the stored files in a bucket of moto's S3 server on 127.0.0.1 (the
tests' stand-in, in a process of its own: its speed, not a real S3's), the
baseline then reading the same objects through the same storage.

Usage: .venv/bin/python bench/bench_bundle.py [--mb 256] [--repeat 3] [--s3]
Writes bench/RESULTS-bundle.md (bench/RESULTS-bundle-s3.md with --s3).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directives import store  # noqa: E402
from directives.evidence import CHUNK, EvidenceStore  # noqa: E402
from directives.intake import ingest_file  # noqa: E402
from directives.reports.bundle import write_bundle  # noqa: E402
from directives.reports.verify import verify_bundle  # noqa: E402
from directives.runtime import Runtime, build_runtime  # noqa: E402
from directives.settings import Settings, StorageSettings  # noqa: E402

FILE_MB = 16
SEED = ROOT / "examples" / "115-UBND-NCPC.txt"
MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
NOW = datetime(2017, 2, 6, 3, 0, tzinfo=UTC)


def seed_with_evidence(rt: Runtime, total_mb: int) -> tuple[int, list[str]]:
    result = ingest_file(rt, SEED, received_on=date(2017, 1, 25), start_run=False)
    with rt.sessions.begin() as session:
        store.assign_actions(session, rt.ws, result.directive_id, NOW)
        actions = [
            (a.code, a.lead_unit) for a in store.get_directive(session, result.directive_id).actions
        ]
    shas: list[str] = []
    for i in range(max(1, total_mb // FILE_MB)):
        code, unit = actions[i % len(actions)]
        data = b"%PDF-1.4\n" + os.urandom(FILE_MB * 1024 * 1024 - 16) + b"\n%%EOF\n"
        with rt.sessions.begin() as session:
            stored = rt.ws.evidence.put(io.BytesIO(data))
            meta = store.EvidenceMeta(
                original_name=f"tai-lieu-{i:03d}.pdf", doc_number=f"{i}/BC-SNgV"
            )
            store.add_evidence(session, rt.ws, code, MEMBER[unit], stored, meta, now=NOW)
        shas.append(stored.sha256)
    with rt.sessions.begin() as session:
        for code, unit in actions:
            directive = store.get_action(session, code)
            if any(e.submitted_at is None for e in directive.evidence):
                store.submit(session, rt.ws, code, MEMBER[unit], now=NOW)
    return result.directive_id, shas


def copy_baseline(evidence: EvidenceStore, shas: list[str], out: Path) -> None:
    with out.open("wb") as dst:
        for sha in shas:
            with evidence.open(sha) as src:
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
    parser.add_argument("--s3", action="store_true", help="files on moto's S3 server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp, storage(args.s3) as where:
        home = Path(tmp)
        rt = build_runtime(Settings(home=home / "home", storage=where))
        directive_id, shas = seed_with_evidence(rt, args.mb)
        size_mb = sum(rt.ws.evidence.size(sha) for sha in shas) / 2**20
        out = home / "bundle.zip"

        def bundle() -> None:
            with rt.sessions() as session:
                write_bundle(session, rt.ws, directive_id, out)

        copy = home / "copy.bin"
        baseline = timed(lambda: copy_baseline(rt.ws.evidence, shas, copy), args.repeat)
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
        f"{len(shas)} evidence files of {FILE_MB} MB, {size_mb:.0f} MB in all; median of "
        f"{args.repeat}; {platform.python_version()}, {os.cpu_count()} cores; stored "
        + ("in a bucket of moto's S3 server on loopback." if args.s3 else "in the local folder."),
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
    (ROOT / "bench" / f"RESULTS-bundle{'-s3' if args.s3 else ''}.md").write_text(text)


@contextmanager
def storage(s3: bool) -> Iterator[StorageSettings]:
    """The local folder, or a fresh bucket on moto's server (its credentials set here)."""
    if not s3:
        yield StorageSettings()
        return
    from tests.s3server import CREDENTIALS, PREFIX, LoopbackS3

    os.environ.update(CREDENTIALS)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:  # its own process: the memory measured here is the client's alone
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        moto = LoopbackS3(f"http://127.0.0.1:{port}")
        bucket = moto.new_bucket()
        yield StorageSettings(url=f"s3://{bucket}/{PREFIX}", endpoint_url=moto.endpoint)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
