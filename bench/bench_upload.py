"""Benchmark a large evidence upload through the portal against `sha256sum` then `cp`.

A file of --mb megabytes (a PDF header, then random bytes) is uploaded through the
portal running under uvicorn in its own process (SQLite, the seed directive assigned),
and, in the same run, on the same disk, hashed with `sha256sum` and copied with `cp`.
The portal writes the file once while hashing it, then fsyncs it; the baseline is
reported both without and with a `sync` of the copy. Rounds alternate portal and
baseline; medians are reported, with the ratio, and the portal process's resident memory
growth during the upload (sampled from /proc every 10 ms, and its high-water mark), and the
CPU seconds each side used (less sensitive than wall time to a loaded machine).

Usage: .venv/bin/python bench/bench_upload.py [--mb 500] [--rounds 5] [--dir PATH]
Writes bench/RESULTS-upload.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directives import store  # noqa: E402
from directives.intake import ingest_file  # noqa: E402
from directives.portal.auth import make_login_token  # noqa: E402
from directives.runtime import build_runtime  # noqa: E402
from directives.settings import Settings  # noqa: E402

SEED = ROOT / "examples" / "115-UBND-NCPC.txt"
MEMBER = "do-thi-hoa"  # Ban Giám đốc Sở, the lead unit of the seed's first action
# The portal without its after-change follow-ups (mail, Prefect events): the upload alone.
SERVER = (
    "import sys, uvicorn; from directives.portal.app import create_app; "
    "uvicorn.run(create_app(side_effects=False), host='127.0.0.1', port=int(sys.argv[1]), "
    "log_level='warning')"
)


@dataclass
class Portal:
    url: str
    pid: int
    code: str
    csrf: str
    client: httpx.Client


def rss_kb(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


def cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def portal(work: Path, max_bytes: int) -> Iterator[Portal]:
    env = {
        **os.environ,
        "DIRECTIVES_HOME": str(work / "home"),
        "DIRECTIVES_DATABASE_URL": f"sqlite:///{work / 'directives.db'}",
        "DIRECTIVES_PORTAL__MAX_UPLOAD_BYTES": str(max_bytes),
        "DIRECTIVES_PORTAL__UPLOAD_BYTES_PER_DAY": str(max_bytes * 100),  # every round fits
        "DIRECTIVES_ZALO__ENABLED": "false",
    }
    settings = Settings(
        home=work / "home", database_url=env["DIRECTIVES_DATABASE_URL"], zalo={"enabled": False}
    )
    rt = build_runtime(settings, migrate_schema=True)
    result = ingest_file(rt, SEED, received_on=date(2017, 1, 25), start_run=False)
    with rt.sessions.begin() as session:
        store.assign_actions(session, rt.ws, result.directive_id, datetime.now(UTC))
        directive = store.get_directive(session, result.directive_id)
        code = next(a.code for a in directive.actions if a.lead_unit == "bgd")
    rt.engine.dispose()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        client = httpx.Client(base_url=url, follow_redirects=False, timeout=600)
        for _ in range(300):
            try:
                client.get("/dang-nhap")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        token = make_login_token(settings, MEMBER)  # the link's page, then its button
        confirm = client.post(
            f"/dang-nhap/{token}",
            data={"csrf_token": csrf_of(client.get(f"/dang-nhap/{token}").text)},
        )
        assert confirm.status_code == 303, confirm.text[:500]
        csrf = csrf_of(client.get("/").text)
        yield Portal(url, server.pid, code, csrf, client)
        client.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def csrf_of(page: str) -> str:
    return page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]


def make_file(path: Path, mb: int) -> None:
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n% bench upload\n")
        for _ in range(mb):
            out.write(os.urandom(1 << 20))
        out.write(b"\n%%EOF\n")


def upload_once(p: Portal, source: Path) -> tuple[float, int, float, float]:
    """Seconds for one upload, the portal's largest RSS growth (kB) meanwhile, and the
    CPU seconds the portal and the client (this process) spent."""
    before = rss_kb(p.pid)
    cpu_before, client_before = cpu_s(p.pid), time.process_time()
    peak = before
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, rss_kb(p.pid))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    with source.open("rb") as fh:
        response = p.client.post(
            f"/nhiem-vu/{p.code}/tai-lieu",
            data={"csrf_token": p.csrf},
            files={"file": ("bao-cao-lon.pdf", fh, "application/pdf")},
        )
    elapsed = time.perf_counter() - start
    cpu, client_cpu = cpu_s(p.pid) - cpu_before, time.process_time() - client_before
    done.set()
    sampler.join()
    assert response.status_code == 303, response.text[:500]
    return elapsed, peak - before, cpu, client_cpu


def children_cpu_s() -> float:
    """User + system CPU seconds of the finished child processes (the two commands)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def baseline_once(source: Path, copy: Path, with_sync: bool) -> float:
    start = time.perf_counter()
    subprocess.run(["sha256sum", str(source)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cp", str(source), str(copy)], check=True)
    if with_sync:
        subprocess.run(["sync", str(copy)], check=True)
    elapsed = time.perf_counter() - start
    copy.unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)  # a shared machine: 5
    parser.add_argument("--dir", type=Path, default=ROOT, help="where the files go (one disk)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-upload.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix=".bench-upload-", dir=args.dir))
    try:
        source = work / "source.pdf"
        make_file(source, args.mb)
        size = source.stat().st_size
        portal_s: list[float] = []
        growth: list[int] = []
        plain: list[float] = []
        synced: list[float] = []
        base_cpus: list[float] = []
        cpus: list[tuple[float, float]] = []
        with portal(work, size + (1 << 20)) as p:
            start_rss = rss_kb(p.pid)
            for n in range(args.rounds):
                before = children_cpu_s()
                plain.append(baseline_once(source, work / "copy.pdf", with_sync=False))
                base_cpus.append(children_cpu_s() - before)
                synced.append(baseline_once(source, work / "copy.pdf", with_sync=True))
                seconds, grew, cpu, client_cpu = upload_once(p, source)
                portal_s.append(seconds)
                growth.append(grew)
                cpus.append((cpu, client_cpu))
                print(f"round {n + 1}: portal {seconds:.2f} s (+{grew / 1024:.1f} MB RSS, "
                      f"CPU {cpu:.2f} s portal, {client_cpu:.2f} s client), "
                      f"sha256sum+cp {plain[-1]:.2f} s (CPU {base_cpus[-1]:.2f} s), "
                      f"+sync {synced[-1]:.2f} s")  # fmt: skip
            hwm = rss_kb(p.pid, "VmHWM")
        text = report(args.mb, args.rounds, portal_s, plain, synced, growth, start_rss, hwm)
        used = statistics.median(c + k for c, k in cpus)
        base_cpu = statistics.median(base_cpus)
        text += (
            "\nCPU per upload (portal process, client): "
            + ", ".join(f"{c:.2f} s + {k:.2f} s" for c, k in cpus)
            + "; per `sha256sum` then `cp`: "
            + ", ".join(f"{c:.2f} s" for c in base_cpus)
            + f". Median CPU, portal and client together against the two commands: {used:.2f} s "
            f"against {base_cpu:.2f} s ({used / base_cpu:.2f}x; CPU time depends less on the "
            "load than wall time).\n"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(text)
    args.out.write_text(text, encoding="utf-8")
    print(f"written {args.out}")


def report(
    mb: int,
    rounds: int,
    portal_s: list[float],
    plain: list[float],
    synced: list[float],
    growth: list[int],
    start_rss: int,
    hwm: int,
) -> str:
    up, base, base_sync = (statistics.median(x) for x in (portal_s, plain, synced))
    return "\n".join(
        [
            "# Upload benchmark",
            "",
            f"{datetime.now(UTC):%d/%m/%Y %H:%M} UTC, {platform.node()}, {os.cpu_count()} cores, "
            f"load average {os.getloadavg()[0]:.1f}; {mb} MB file, median of {rounds} rounds "
            "(portal and baseline alternating, same disk).",
            "",
            "| | median | ratio |",
            "| --- | --- | --- |",
            f"| portal upload (hash while writing once, fsync) | {up:.2f} s | |",
            f"| `sha256sum` then `cp` | {base:.2f} s | portal {up / base:.2f}x |",
            f"| `sha256sum` then `cp` then `sync` of the copy | {base_sync:.2f} s "
            f"| portal {up / base_sync:.2f}x |",
            "",
            f"Portal RSS before the uploads {start_rss / 1024:.1f} MB; largest growth during one "
            f"upload {max(growth) / 1024:.1f} MB; high-water mark {hwm / 1024:.1f} MB.",
            "",
            "Rounds (s): portal " + ", ".join(f"{x:.2f}" for x in portal_s)
            + "; sha256sum+cp " + ", ".join(f"{x:.2f}" for x in plain)
            + "; +sync " + ", ".join(f"{x:.2f}" for x in synced) + ".",
            "",
        ]
    )  # fmt: skip


if __name__ == "__main__":
    main()
