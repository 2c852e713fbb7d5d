"""Metamorphic check of the directive parser: artifacts a new source adds must not change a reading.

Every letter of examples/corpus and examples/blind is read as it is (its decoded text, as
UTF-8 bytes) and again after each transform below, one at a time. A transform only adds
what a web page, a crawl, a PDF text layer or an OCR pass puts around the same letter
(CRLF line ends, no-break spaces, Markdown marks, the header's two columns set side by
side, a site's chrome lines, other dash marks, decomposed accents, ...), so the two
readings must agree field by field. The table counts, for each transform, the letters it
applies to, the letters whose reading changed and the label fields that changed
(tests/parser/scoring.py: ``score`` of the transformed reading against the plain one,
aligned).

Usage: .venv/bin/python bench/perturb.py [--only NAME ...] [--detail] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directives.calendar import load_calendar  # noqa: E402
from directives.errors import DocumentRejected  # noqa: E402
from directives.org import load_org  # noqa: E402
from directives.parser import parse_bytes  # noqa: E402
from directives.parser.decode import decode_bytes  # noqa: E402
from tests.parser.corpus import Case, load_blind, load_corpus, score  # noqa: E402
from tests.parser.transforms import TRANSFORMS  # noqa: E402


def reading(text: str, filename: str, org: Any, calendar: Any) -> dict[str, Any] | None:
    try:
        return parse_bytes(text.encode("utf-8"), filename, org, calendar).model_dump(mode="json")
    except DocumentRejected:
        return None


def letters(limit: int | None) -> list[tuple[str, str, str]]:
    """(batch/name, a .txt or .md file name, decoded text) of every labelled letter."""
    cases: list[tuple[str, Case]] = [("corpus", c) for c in load_corpus()]
    for batch, batch_cases in load_blind().items():
        cases += [(batch, c) for c in batch_cases]
    out = []
    for where, case in cases[:limit]:
        text = decode_bytes(case.data, case.filename).text
        name = case.filename if case.filename.endswith(".md") else f"{case.name}.txt"
        out.append((f"{where}/{case.name}", name, text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="transforms to run (default: all)")
    parser.add_argument("--detail", action="store_true", help="name each changed letter")
    parser.add_argument("--limit", type=int, help="read only the first N letters")
    args = parser.parse_args()
    org = load_org(ROOT / "config" / "org.yaml")
    calendar = load_calendar(ROOT / "config" / "calendar.yaml")
    names = args.only or list(TRANSFORMS)
    started = time.process_time()
    docs = letters(args.limit)
    base = {key: reading(text, name, org, calendar) for key, name, text in docs}
    print("| transform | letters | changed | fields changed | of fields |")
    print("| --- | ---: | ---: | ---: | ---: |")
    total_changed = 0
    for tname in names:
        transform = TRANSFORMS[tname]
        applied = changed = fields = checked = 0
        details = []
        for key, name, text in docs:
            moved = transform(text)
            if moved == text or base[key] is None:
                continue
            applied += 1
            got = reading(moved, name, org, calendar)
            s = score(base[key] or {}, got or {}, aligned=True)
            checked += s.total
            if s.correct < s.total:
                changed += 1
                fields += s.total - s.correct
                details.append(f"    {key}: {', '.join((s.misses or [])[:6])}")
        total_changed += fields
        print(f"| {tname} | {applied} | {changed} | {fields} | {checked} |")
        if args.detail:
            print("\n".join(details))
    cpu = time.process_time() - started
    print(f"\n{len(docs)} letters, {total_changed} fields changed in all, {cpu:.0f} CPU-s")


if __name__ == "__main__":
    main()
