"""The document a decision issues with it: "Điều 1. Ban hành kèm theo Quyết định này Kế
hoạch ..." and, after the decision's signature, the plan itself under its own title
("KẾ HOẠCH ... (Kèm theo Quyết định số ...)"). The decision's articles only issue the plan;
its tasks are in the attached text."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.signer_lines import signed_from

# the kinds of document a decision issues with it, as their titles write them
# ("CHẾ ĐỘ THỐNG KÊ THUẾ NỘI ĐỊA": a regime of reporting a decision issues, rules; "ĐIỀU LỆ
# TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ ...": a fund's charter, rules)
KINDS = (
    *("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "QUY CHẾ", "QUY ĐỊNH", "QUY TRÌNH"),
    *("CHẾ ĐỘ", "ĐIỀU LỆ"),
)
# the attached document's title line: the kind of document alone on its line
_TITLE = re.compile(
    r"^(?:" + "|".join(fold_keep(kind).replace(" ", r"\s+") for kind in KINDS) + r")\b"
)
# the line under its title that ties it to the decision
# ("(Ban hành theo Quyết định số ...)": the tie without its "kèm")
ATTACHED = re.compile(
    r"^[*\s]*[(\[]?\s*(?:ban\s+hanh\s+(?:kem\s+)?|kem\s+)theo\s+(?:quyet\s+dinh|qd)\b"
)
# "I. MỤC ĐÍCH, YÊU CẦU": a numbered heading in capitals, the body's first line, not the title
_MARKED = re.compile(r"^\s*(?:[IVXLC]+|\d+)[.)]\s")
# a note in brackets under a title: what the text is, here not the tie
_NOTE = re.compile(r"^[*\s]*[(\[]")
# where its annexes start: "PHỤ LỤC ...", or a form it prescribes alone on its line ("Mẫu số 01")
_ANNEXED = re.compile(r"^(?:phu luc|mau so \d+[a-z]?\s*$)")
# "PHƯƠNG ÁN / TÁI CẤU TRÚC, LIÊN THÔNG QUY TRÌNH ...", "PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH
# CHÍNH ...": a plan that reforms a procedure, what the decision approves (README: an approved
# workflow's steps and notes, an approved plan's recommendations), not a plan of tasks
# (under an annex's heading too: "PHỤ LỤC II / PHƯƠNG ÁN ...")
_REFORM = re.compile(
    r"^\W*(?:phu luc(?:\s+(?:so\s+)?[ivx\d]+)?\W+)?phuong\s+an\W+(?:tai cau truc|don gian hoa)\b"
)
# how far under its title (title lines, blank lines) the "Kèm theo" line may stand
_TITLE_SPAN = 12


def attached_plan(lines: list[str], folded: list[str], end: int) -> list[int]:
    """The body lines of the plan attached after the decision's signature (``end`` is where
    the decision's tail starts), up to its appendix; none when nothing is attached."""
    for i in range(end, len(folded)):
        if not (_TITLE.match(folded[i]) and lines[i].isupper()) or _wrapped(lines, folded, i):
            continue
        tie = next(
            (
                j
                for j in range(i + 1, min(len(folded), i + _TITLE_SPAN))
                if ATTACHED.match(folded[j])
            ),
            None,
        )
        if tie is None:
            closed = _title_end(lines, i)
            noted = closed + 1 < len(folded) and _NOTE.match(folded[closed + 1])
            if noted or not _issued(folded, end, _TITLE.match(folded[i])):
                continue  # ("(Dự thảo lần 2)" under it: some other text than the decision's)
        else:
            # the tie may wrap: the plan's text starts after the line that closes it
            closed = next(
                (k for k in range(tie, min(len(folded), tie + 4)) if ")" in folded[k]), tie
            )
            if reforms(" ".join(folded[i:tie])):
                return []  # an approved reform of a procedure: its steps and rows, no tasks
        stop = next(
            (k for k in range(closed + 1, len(folded)) if _ANNEXED.match(folded[k])),
            len(folded),
        )
        # (up to its own signature, when it is signed: "TỔNG CỤC" / "TRƯỞNG" / "(đã ký)" / name)
        return list(range(closed + 1, signed_from(lines, folded, closed + 1, stop)))
    return []


# the kinds of document that lay down rules ("QUY ĐỊNH", "QUY CHẾ"), or a procedure's steps
# ("QUY TRÌNH": who does what at each step, README's approved workflow), not a plan of work
_RULES = re.compile(r"^(?:quy\s+(?:dinh|che|trinh)|che\s+do|dieu\s+le)\b")


def lays_rules(folded: list[str], body: list[int]) -> bool:
    """The attached document whose lines are ``body`` is titled as rules ("QUY ĐỊNH / CHI TIẾT
    ... / (Ban hành kèm theo Quyết định số ...)"), its title the nearest kind above it."""
    if not body:
        return False
    above = range(body[0] - 1, max(-1, body[0] - 1 - _TITLE_SPAN - 4), -1)
    title = next((k for k in above if _TITLE.match(folded[k].strip(" *"))), None)
    return title is not None and bool(_RULES.match(folded[title].strip(" *")))


def reforms(title: str) -> bool:
    """The folded ``title`` is a plan's that reforms a procedure ("PHƯƠNG ÁN TÁI CẤU TRÚC QUY
    TRÌNH ...", "PHỤ LỤC / PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH ...")."""
    return _REFORM.match(" ".join(title.split())) is not None


# a line of capitals that is a title or heading of its own, not the start of a wrapped one
# (or the issuer's name over the attached document: "TỔNG CỤC THUẾ" / "CHẾ ĐỘ THỐNG KÊ ...")
_OWN_LINE = re.compile(
    r"^(?:phu luc|quyet dinh|nghi quyet|thong bao|[ivxlc]+\b|\d"
    r"|(?:tong cuc|bo tai chinh|uy ban nhan dan)\b[^,.;:]*$)"
)


def _wrapped(lines: list[str], folded: list[str], i: int) -> bool:
    """The kind at ``i`` is a word of a longer title the line above began ("DANH MỤC CÁC
    NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN / CHƯƠNG TRÌNH PHÁT TRIỂN ...": an annex's list of
    the programme's tasks), not the title of a document of its own."""
    k = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    if k is None:
        return False
    above = lines[k].strip(" *")
    return (
        above.isupper()
        and len(above.split()) > 2
        and not above.endswith((".", ":"))
        and not _OWN_LINE.match(folded[k].strip(" *"))
    )


def _issued(folded: list[str], end: int, kind: re.Match[str] | None) -> bool:
    """The decision's articles issue a document of the title's kind ("Ban hành kèm theo Quyết
    định này Kế hoạch ..."): its title stands for the tie a page left out."""
    if kind is None:
        return False
    said = " ".join(" ".join(folded[:end]).split())
    return bool(
        re.search(r"kem theo quyet dinh nay (?:la )?" + " ".join(kind.group(0).split()), said)
    )


def _title_end(lines: list[str], i: int) -> int:
    """The last line of a title with no tie: the capitals (and blank lines) under its kind."""
    k = i
    while k + 1 < len(lines) and (
        not lines[k + 1].strip() or (lines[k + 1].isupper() and not _MARKED.match(lines[k + 1]))
    ):
        k += 1
    return k
