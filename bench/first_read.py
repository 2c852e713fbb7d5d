"""Re-read each blind batch with the parser it was first read by, and score it both ways.

The first-read score of a batch (bench/RESULTS-parse.md) is the parser's reading of letters
whose expected JSON was committed before it ever read them. This script reproduces it from
the repository's history: for each batch it checks out the commit that recorded the batch's
first read (a temporary git worktree), runs *that* commit's parser on *that* commit's
letters and labels, and scores the result with today's scorer (tests/parser/scoring.py)
by position (the strict count recorded so far) and aligned (items paired as ``diff`` would,
so one spurious or missing action no longer counts every later one wrong).

    .venv/bin/python bench/first_read.py [--batch batch-9 ...]

Nothing is changed in the working tree; the worktrees are removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS-parse.md"
ROW = re.compile(r"^\| (batch-\d+) \| [0-9a-f]{7,40} \| ([0-9a-f]{7,40}) \|")

# Runs inside the old checkout: its own parser, org directory and calendar; today's scorer.
CHILD = """
import json, sys, importlib.util
from pathlib import Path
import directives
assert directives.__file__.startswith(sys.argv[1]), directives.__file__
from directives.calendar import load_calendar
from directives.org import load_org
from directives.parser import parse_bytes
spec = importlib.util.spec_from_file_location("scoring", sys.argv[2])
scoring = importlib.util.module_from_spec(spec); sys.modules["scoring"] = scoring
spec.loader.exec_module(scoring)
root, batch = Path(sys.argv[1]), sys.argv[3]
org = load_org(root / "config" / "org.yaml")
calendar = load_calendar(root / "config" / "calendar.yaml")
out = []
for expected_path in sorted((root / "examples" / "blind" / batch).glob("*.expected.json")):
    name = expected_path.name.removesuffix(".expected.json")
    doc = next(p for p in expected_path.parent.glob(name + ".*") if p != expected_path)
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    try:
        got = parse_bytes(doc.read_bytes(), doc.name, org, calendar).model_dump(mode="json")
    except Exception:  # a letter that parser refused reads no field right
        got = None
    strict = scoring.score(expected, got or {})
    aligned = scoring.score(expected, got or {}, aligned=True)
    if got is None:
        strict.correct = aligned.correct = 0
    out.append([name, strict.correct, strict.total, aligned.correct, aligned.total])
print(json.dumps(out))
"""


def first_read_commits() -> dict[str, str]:
    """batch -> the commit that recorded its first read (the table's third column): its parser
    is the one that first read the batch, its labels are those first committed."""
    commits = {}
    for line in RESULTS.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            commits[match.group(1)] = match.group(2)
    return commits


def read_batch(batch: str, commit: str) -> list[list[object]]:
    with tempfile.TemporaryDirectory(prefix="first-read-") as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run(
            [*git, "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            scorer = str(ROOT / "tests" / "parser" / "scoring.py")
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(tree), scorer, batch],
                capture_output=True,
                text=True,
                env=env,
                cwd=tree,
            )
            if done.returncode:
                raise SystemExit(f"{batch} at {commit}: {done.stderr.strip()[-2000:]}")
        finally:
            subprocess.run(
                [*git, "worktree", "remove", "--force", str(tree)], check=True, capture_output=True
            )
    rows: list[list[object]] = json.loads(done.stdout)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", action="append", help="only these batches (default: all)")
    args = parser.parse_args()
    commits = first_read_commits()
    print("| batch | first read at | by position | aligned | per document (aligned) |")
    print("| --- | --- | ---: | ---: | --- |")
    for batch, commit in commits.items():
        if args.batch and batch not in args.batch:
            continue
        rows = read_batch(batch, commit)
        s_ok = sum(int(str(r[1])) for r in rows)
        s_all = sum(int(str(r[2])) for r in rows)
        a_ok = sum(int(str(r[3])) for r in rows)
        a_all = sum(int(str(r[4])) for r in rows)
        docs = ", ".join(f"{str(r[0])[:2]}: {r[3]}/{r[4]}" for r in rows)
        print(
            f"| {batch} | {commit} | {s_ok}/{s_all} = {s_ok / s_all:.1%} "
            f"| **{a_ok}/{a_all} = {a_ok / a_all:.1%}** | {docs} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
