"""What a task's text leaves out of its item's paragraph: a later sentence that tells bodies
of their own where to send their difficulties, and one that says what the law then holds for
a case ("Nếu ..., cá nhân phải kê khai ...", "Trường hợp ... thì xử phạt về hành vi ..."), and
the marks that point to the page's footnotes ("11 địa phương [1] khẩn trương ...")."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.formulas import DIFFICULTY_CASE

# "... . Trong quá trình thực hiện nếu có vướng mắc các cơ quan, đơn vị phản ánh về Sở X ...":
# a later sentence telling bodies of its own where to send their difficulties (not the item's
# subjectless "..., kịp thời tổng hợp, báo cáo ..." nor "..., kịp thời phản ánh về Sở X ...")
# (or a clause after the task's ";": "...; trong quá trình thực hiện nếu có khó khăn, vướng mắc
# thì các cơ quan ... kịp thời phản ánh về Sở X ...")
_THEIR_DIFFICULTIES = re.compile(
    r"(?<=[.;] )" + DIFFICULTY_CASE + r"[^.;]{0,40}?[ ,]\s*(?:de nghi |yeu cau )?"
    r"(?:thu truong |chu tich )?cac\s[^.;]{0,200}?\b(?:phan anh|gui|bao cao)\b"
    r"[^.]*(?:\.(?:/\.?)?\s*|$)"
)


def without_their_difficulties(text: str, folded: str) -> tuple[str, str]:
    """A task's text without a later sentence telling bodies where to send difficulties (README)."""
    near = ". trong qua trinh" in folded or "; trong qua trinh" in folded
    m = _THEIR_DIFFICULTIES.search(folded) if near else None
    if m is None:
        return text, folded
    # (a clause after a ";" goes with it: "... Quy định này; trong quá trình ...")
    start = m.start() - 2 if folded[m.start() - 2] == ";" else m.start()
    stop = ". " if start != m.start() and m.end() < len(text) else ""
    return (
        (text[:start] + stop + text[m.end() :]).rstrip(),
        (folded[:start] + stop + folded[m.end() :]).rstrip(),
    )


# "... . Nếu cả 3 điều kiện nêu trên đồng thời không được thỏa mãn, cá nhân phải kê khai ...":
# a later sentence on what the law holds in a case, for whoever it binds (its subject no body,
# asked of no one; not "Nếu để xảy ra ..., thì phải xử lý ...": the bodies' own duty), to the
# paragraph's end
_CASE_HOLDS = re.compile(
    r"(?<=\. )neu\s[^.;]{3,200}?,\s*(?:thi\s+)?(?P<who>(?!thi\b)[^\s.;,][^.;,]{1,59}?)\s+phai\s"
)


# "... . Trường hợp người nộp thuế ... nộp sau 90 ngày ... thì xử phạt về hành vi chậm nộp hồ
# sơ khai thuế quy định tại Điều 9 Nghị định số ...": which offence the law makes of a case, a
# ruling's statement of the law, to the paragraph's end
_CASE_SANCTIONED = re.compile(
    r"(?<=\. )(?:truong hop|neu)\s[^.;]{3,400}?\bthi\s+(?:[^.;]{0,120}?\s)?(?:bi\s+)?"
    r"xu phat ve hanh vi\b"
)


def without_what_holds(text: str, folded: str) -> tuple[str, str]:
    """A task's text without a later sentence that says what the law then holds for a case
    ("Nếu ..., cá nhân phải kê khai và nộp thuế ...", "Trường hợp ... thì xử phạt về hành vi
    ..."): background, no part of the task."""
    m = _CASE_HOLDS.search(folded) if ". neu " in folded else None
    if m is None or STARTS_BODY.match(text, m.start("who")) or _ASKS_WORD.search(folded, m.start()):
        m = _CASE_SANCTIONED.search(folded) if "xu phat ve hanh vi" in folded else None
        if m is None or _ASKS_WORD.search(folded, m.start()):
            return text, folded
    return text[: m.start()].rstrip(), folded[: m.start()].rstrip()


_ASKS_WORD = re.compile(r"\b(?:de nghi|yeu cau)\s+")


# "11 địa phương [1] khẩn trương ...", "(Cục Thống kê)[2] qua ...": a mark pointing to the page's
# footnote, set after a word or a bracket (not a list's "[1]" opening the text)
_NOTE_MARK = re.compile(r"(?<=[\w)])\s?\[\d{1,2}\](?=[\s,.;:]|$)")


def without_note_marks(text: str) -> str:
    """``text`` without the marks of the footnotes it points to."""
    return _NOTE_MARK.sub("", text) if "[" in text else text
