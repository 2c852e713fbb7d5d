"""The body a programme's item names after a dash as the one doing it ("Tham luận “...” -
Trường THPT X hỗ trợ thực hiện", "Phân tích đề thi ... – Trường Y thực hiện")."""

from __future__ import annotations

import re

from directives.parser.bodies import heading_bodies, shared_prefix
from directives.parser.clean import fold_keep
from directives.parser.letters import CAPITAL
from directives.parser.name_words import listed_kind
from directives.parser.nontask import bound_holder
from directives.parser.subjects import subject_bodies

# "... - Trường THPT X (hỗ trợ) thực hiện.": the item's last part, a body and its doing
_DOER = re.compile(
    rf"\s[-–—]\s+(?P<tail>[{CAPITAL}][^-–—.;:]{{2,120}}?\s"
    r"(?:(?:hỗ trợ|phối hợp)\s+)?(?:thực hiện|trình bày|chủ trì|phụ trách|báo cáo))\s*\.?$"
)


def dashed_doer(says: str) -> list[str]:
    """The bodies an item names after its last dash as doing it, or none (or the licence's
    holder its renewal clause binds: "Chậm nhất ..., nếu Công ty ... phải làm thủ tục ...")."""
    if says.startswith("Chậm nhất") and (holder := bound_holder(says, fold_keep(says))):
        return [holder]
    m = _DOER.search(says.rstrip())
    if m is None:
        return []
    tail = m.group("tail")
    bodies = subject_bodies(tail)
    # (the whole of what stands before its verb is the bodies' names, no clause of its own)
    return bodies if bodies and tail.startswith(bodies[0]) else []


# "Các trường Trung học phổ thông tại Phụ lục I: Chuẩn bị ...": a body's name run in before its
# task, a paragraph of its own
_RUN_IN = re.compile(rf"^(?P<head>[^:.;()]{{3,120}}):\s+(?=[{CAPITAL}])")


def run_in_body(says: str, folded: str, work: re.Pattern[str]) -> list[str]:
    """The body a paragraph names before a colon, its task after it opening with a verb of
    ``work`` ("Chuẩn bị ..."); none if it opens otherwise."""
    m = _RUN_IN.match(says)
    if m is None or not work.match(folded[m.end() :]) or says[m.end() - 2 : m.end() - 1] == " ":
        return []
    head = m.group("head").strip()
    if shared_prefix(says) or listed_kind(head):
        return []  # "Các Bộ: Giáo dục và Đào tạo, Y tế ...": the names run on after the colon
    return [head] if heading_bodies(head) == [head] else []


# "- Vụ X: thực hiện ...", "a) Tổ công tác số 01: tổ chức ...": a body's name and a colon before
# its work run in on the same line (the case after the colon as written; "Sở A; Sở B có trách
# nhiệm: kiến nghị ...": bodies a semicolon lists, the duty's words before the colon)
_LABEL = re.compile(r"^(?P<head>[^:.()]{3,240}?)(?:\s+có trách nhiệm)?\s*:\s+(?=\w)")


def run_in_label(text: str, lead: str | None) -> int:
    """Where an item's text starts after a run-in label that only names its ``lead`` and the
    bodies with it ("Phòng A, các Chi cục Thuế : phối hợp ..."), 0 if it has none: the heading
    "2. Sở Y tế:" written run-in, out of the task's text (README, session 29's third reading; not
    "Sở A phối hợp Ban B:", "Đề nghị Sở C:", words that do more than name the body)."""
    m = _LABEL.match(text)
    if m is None or not lead or shared_prefix(text) or listed_kind(head := m.group("head")):
        return 0
    bodies = heading_bodies(head)
    rest = head
    for body in bodies:
        rest = rest.replace(body, " ")
    named = bodies[:1] == [lead] and not re.sub(r"[\s,;]|\bvà\b", "", rest)
    named = named or lead == head.strip()  # ("Các Tập đoàn, Tổng Công ty ...": one group)
    return m.end() if named else 0
