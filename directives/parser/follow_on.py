"""A paragraph under an item's heading that tells the same body what to do when a case arises
("2. Về đăng ký thuế:" / "Cơ quan thuế được giao nhiệm vụ ... cấp mã số thuế ..." / "Khi địa
điểm kinh doanh có thay đổi ..., cơ quan thuế được phân công quản lý thuế ... cập nhật ..."):
more of the task before it, not a task of its own; another body named there acts on its own
("Khi giá ... biến động ..., Sở Tài chính ..." after "Sở Nông nghiệp và Môi trường ...")."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import squash
from directives.parser.name_words import leading_name

# "Khi địa điểm kinh doanh có thay đổi thông tin đăng ký, tạm ngừng ..., ": the case (its
# own commas among its words), up to the comma before its subject (or the place: "Tại từng
# địa bàn quản lý thuế, cơ quan thuế chủ động phối hợp ...")
_WHEN = re.compile(r"^(?:Khi|Tại)\s+[^.;:]{5,300}")


def same_body_when(text: str, lead: str | None) -> bool:
    """``text`` opens with a case ("Khi ..., ") or a place ("Tại ..., ") whose subject is of
    the body ``lead`` names by its kind ("cơ quan thuế ..." after "Cơ quan thuế được giao nhiệm
    vụ ...")."""
    if not lead:
        return False
    m = _WHEN.match(squash(text))
    kind = leading_name(lead.split())
    if m is None or len(kind) < 2:
        return False
    case = m.group().lower()
    # (or by its kind's first words: "cơ quan thuế" of "Cơ quan thuế các cấp")
    return any(f", {' '.join(kind[:n]).lower()} " in case for n in range(len(kind), 2, -1)) or (
        f", {' '.join(kind).lower()} " in case
    )


# "CBT thực hiện ...", "Cán bộ thuế ...": the staff who do the work, the abbreviations as the
# tax offices write them ("CBT" cán bộ thuế, "CBCC" cán bộ, công chức)
_STAFF = re.compile(r"^(?:cbt|cbcc|can bo thue|cong chuc thue)\s")


def staff_at_work(folded: str) -> bool:
    """A paragraph whose subject is the staff who do the task, persons and no body ("CBT thực
    hiện đối chiếu ..."): right under the task's paragraph, more of that task, no task of its
    own (examples/blind/README.md: duties laid on persons are no tasks)."""
    return _STAFF.match(folded) is not None


# "Thông tin tuyên truyền phải thường xuyên, liên tục ...": a requirement on the work's product,
# a thing (not a body, nor a plural of bodies) its subject
_WORK_MUST = re.compile(
    r"^(?!(?:cac|nhung|moi)\s)(?!.*\b(?:de nghi|yeu cau|giao)\b)[^,.;:()]{3,60}?\s(?:phai|can)\s"
)


def work_must(folded: str) -> bool:
    """A paragraph that says how the work of the task above must be ("Thông tin tuyên truyền
    phải thường xuyên, liên tục ..."), its subject a thing and no body: with no body of its
    own it continues that task (README: a sentence with no subject of its own that follows a
    task stays in its text)."""
    m = _WORK_MUST.match(folded)
    return m is not None and STARTS_BODY.match(folded) is None


# "Mức giảm trừ gia cảnh ... có hiệu lực từ ngày 01/07/2020.", "... được áp dụng từ kỳ tính thuế
# năm 2020.": one sentence saying when a rule takes effect
# (not a piece of work that names such a rule: "Thực hiện phổ biến các văn bản ... áp dụng ...")
_WORK = re.compile(r"^(?:thuc hien|pho bien|tuyen truyen|huong dan|trien khai|to chuc)\b")
_TAKES_EFFECT = re.compile(
    r"^(?!.*\b(?:de nghi|yeu cau|giao)\b)[^.;:,]{5,250}?\s"
    r"(?:co hieu luc(?: thi hanh)?|duoc ap dung)"
    r"\s(?:ke )?tu (?:ngay \d|ky )[^.;:]*\.?\s*$"
)


def takes_effect(text: str, folded: str) -> bool:
    """An item that only says from when a rule applies ("2.1. Mức giảm trừ gia cảnh ... có
    hiệu lực từ ngày 01/07/2020."): a statement that gives no work, no task (README: an effect
    date that opens an item stays out of the task under it)."""
    return (
        _TAKES_EFFECT.match(folded) is not None
        and _WORK.match(folded) is None
        and STARTS_BODY.match(text) is None  # ("Bộ X khẩn trương xây dựng ... có hiệu lực từ")
    )
