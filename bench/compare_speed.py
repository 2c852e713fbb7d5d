"""Compare the parser's CPU time across checkouts, alternating them in one run.

Each checkout (a git worktree: ``git worktree add --detach /tmp/base main``) is timed in a
fresh subprocess that imports that tree's parser and reads the same letters: the project's
own corpus (examples/corpus) and every blind letter (examples/blind), as this tree's test
loader builds them. The subprocesses run in turn, round after round (A B A B ...), pinned to
one core with ``taskset`` when it is there, and each reports ``time.process_time()`` over
``parse_bytes`` of each set. The figures: the median per tree, and the median of each
round's ratio of a tree to the first. CPU time of alternated runs, not wall clock: the
machine may be shared. Each run reads each letter once: read again, the same letters would
be answered in part from the parser's caches (more rounds steady a small set instead).

Usage: .venv/bin/python bench/compare_speed.py BASE NEW [MORE ...] [--rounds 4] [--core 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Letters = dict[str, list[tuple[str, bytes]]]


def letters() -> Letters:
    """The letters to read, by set: the own corpus and the whole blind corpus."""
    sys.path.insert(0, str(ROOT))
    from tests.parser.corpus import load_blind, load_corpus

    blind = [(c.filename, c.data) for cases in load_blind().values() for c in cases]
    return {"corpus": [(c.filename, c.data) for c in load_corpus()], "blind": blind}


def child(tree: Path, inputs: Path) -> None:
    """Time ``tree``'s parser over the pickled letters; print the CPU seconds per set."""
    sys.path.insert(0, str(tree))
    from directives.calendar import load_calendar
    from directives.errors import DocumentRejected
    from directives.org import load_org
    from directives.parser import parse_bytes

    org = load_org(tree / "config" / "org.yaml")
    calendar = load_calendar(tree / "config" / "calendar.yaml")
    sets: Letters = pickle.loads(inputs.read_bytes())
    for name, data in sets["corpus"][:3]:  # warm the compiled patterns and the holidays
        parse_bytes(data, name, org, calendar)
    out: dict[str, float] = {}
    for label, cases in sets.items():
        start = time.process_time()
        for name, data in cases:
            # (a tree that refuses a letter another reads: its time still counts)
            with contextlib.suppress(DocumentRejected):
                parse_bytes(data, name, org, calendar)
        out[label] = time.process_time() - start
    print(json.dumps(out))


def run(tree: Path, inputs: Path, core: int | None) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(tree), str(inputs)]
    if core is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(core), *command]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=tree)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts; the first is the base")
    parser.add_argument("--rounds", type=int, default=4, help="alternations of all the trees")
    parser.add_argument("--core", type=int, default=1, help="core to pin to (-1: none)")
    args = parser.parse_args()
    trees: list[Path] = [t.resolve() for t in args.trees]
    core = None if args.core < 0 else args.core
    sets = letters()
    print("letters: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    times: dict[Path, list[dict[str, float]]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "letters.pickle"
        inputs.write_bytes(pickle.dumps(sets))
        for round_no in range(1, args.rounds + 1):
            for tree in trees:
                times[tree].append(run(tree, inputs, core))
                figures = ", ".join(f"{k} {v:.3f}" for k, v in times[tree][-1].items())
                print(f"round {round_no} {tree}: {figures} CPU-s", flush=True)
    base = trees[0]
    for label in sets:
        for tree in trees:
            runs = [r[label] for r in times[tree]]
            # each round's ratio to the base's run of the same round, then their median
            ratios = [r / b[label] for r, b in zip(runs, times[base], strict=True)]
            print(
                f"{label:7} {tree}: median {statistics.median(runs):.3f} CPU-s, "
                f"{statistics.median(ratios):.3f}x the first (rounds "
                + " ".join(f"{x:.3f}" for x in ratios)
                + ")"
            )


if __name__ == "__main__":
    main()
