"""A directive with a history to report on: the seed, on time, late, returned, extended, closed.

Deadlines of the seed are 30 working days after 25/01/2017 (Tết not counted): 15/03/2017.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest

from directives import store
from directives.intake import IngestResult
from directives.runtime import Runtime
from tests.conftest import SEED
from tests.core.conftest import rt, seed  # noqa: F401  (the runtime and the seed, reused)

MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
INSPECTOR = "dang-van-minh"
LEADER = "huynh-thi-lan"
DEADLINE = date(2017, 3, 15)
AS_OF = date(2017, 3, 20)


def at(day: date, hour: int = 3) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    rt: Runtime
    seed: IngestResult
    codes: list[tuple[str, str]]  # (action code, lead unit) in order

    def add(self, index: int, name: str, content: bytes, day: date, **meta: object) -> None:
        code, unit = self.codes[index]
        with self.rt.sessions.begin() as session:
            stored = self.rt.ws.evidence.put(io.BytesIO(content))
            store.add_evidence(
                session,
                self.rt.ws,
                code,
                MEMBER[unit],
                stored,
                store.EvidenceMeta(original_name=name, **meta),  # type: ignore[arg-type]
                now=at(day),
            )

    def submit(self, index: int, day: date) -> None:
        code, unit = self.codes[index]
        with self.rt.sessions.begin() as session:
            store.submit(session, self.rt.ws, code, MEMBER[unit], now=at(day))

    def review(
        self, index: int, day: date, approve: bool = True, comment: str | None = None
    ) -> None:
        with self.rt.sessions.begin() as session:
            store.review(
                session,
                self.rt.ws,
                self.codes[index][0],
                INSPECTOR,
                approve=approve,
                comment=comment,
                now=at(day, 8),
            )

    def finish(self, index: int, day: date, name: str = "bao-cao.pdf") -> None:
        self.add(index, name, f"%PDF-1.4\nket qua {index}\n%%EOF\n".encode(), day)
        self.submit(index, day)
        self.review(index, day)

    def close(self, day: date) -> None:
        for index in range(len(self.codes)):
            with self.rt.sessions() as session:
                state = store.get_action(session, self.codes[index][0]).state
            if state == "submitted":
                self.review(index, day)
            elif state != "approved":
                self.finish(index, day)
        with self.rt.sessions.begin() as session:
            store.sign_off(session, self.rt.ws, self.seed.directive_id, LEADER, now=at(day, 9))


def pdf(text: str) -> bytes:
    return f"%PDF-1.4\n{text}\n%%EOF\n".encode()


@pytest.fixture
def story(rt: Runtime, seed: IngestResult) -> Story:  # noqa: F811 (the fixtures imported above)
    """By 20/03/2017: 1 on time, 2 late, 3 returned, 4 extension asked, 5 submitted, 6 idle."""
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        codes = [(a.code, a.lead_unit) for a in directive.actions]
    s = Story(rt, seed, codes)
    s.add(
        0,
        "Kế hoạch CCHC 2017.pdf",
        pdf("ke hoach"),
        date(2017, 2, 10),
        doc_number="12/KH-SNgV",
        doc_date=date(2017, 2, 10),
        period="Năm 2017",
        criterion="1.1",
    )
    s.submit(0, date(2017, 2, 13))
    s.review(0, date(2017, 2, 14))
    s.add(1, "bao-cao phoi hop.pdf", pdf("phoi hop"), date(2017, 3, 17), doc_number="25/BC-SNgV")
    s.submit(1, date(2017, 3, 17))
    s.review(1, date(2017, 3, 18))
    s.add(2, "quy-che.pdf", pdf("quy che"), date(2017, 3, 1))
    s.submit(2, date(2017, 3, 1))
    s.review(
        2, date(2017, 3, 2), approve=False, comment="Chưa có quyết định kiện toàn Ban Chỉ đạo ISO"
    )
    code, unit = codes[3]
    with rt.sessions.begin() as session:
        store.request_extension(
            session,
            rt.ws,
            code,
            MEMBER[unit],
            until=date(2017, 4, 28),
            reason="Chờ UBND tỉnh ban hành hướng dẫn mới",
            now=at(date(2017, 3, 10)),
        )
    s.add(4, "bien-ban kiem tra.pdf", pdf("bien ban"), date(2017, 3, 19), doc_number="03/BB-SNgV")
    s.submit(4, date(2017, 3, 19))
    return s


def all_text(doc: Any) -> list[str]:
    """Every paragraph of a python-docx document, body and tables, in order."""
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [p.text for p in cell.paragraphs]
    return texts


SEED_BYTES = SEED.read_bytes()
