"""A paragraph under an item's heading that tells the same body what to do when a case arises
("2. Về đăng ký thuế:" / "Cơ quan thuế được giao nhiệm vụ ... cấp mã số thuế ..." / "Khi địa
điểm kinh doanh có thay đổi ..., cơ quan thuế được phân công quản lý thuế ... cập nhật ..."):
more of the task before it, not a task of its own; another body named there acts on its own
("Khi giá ... biến động ..., Sở Tài chính ..." after "Sở Nông nghiệp và Môi trường ...")."""

from __future__ import annotations

import re

from directives.parser.clean import squash
from directives.parser.name_words import leading_name

# "Khi địa điểm kinh doanh có thay đổi thông tin đăng ký, tạm ngừng ..., ": the case (its
# own commas among its words), up to the comma before its subject
_WHEN = re.compile(r"^Khi\s+[^.;:]{5,300}")


def same_body_when(text: str, lead: str | None) -> bool:
    """``text`` opens with a case ("Khi ..., ") whose subject is of the body ``lead`` names by
    its kind ("cơ quan thuế ..." after "Cơ quan thuế được giao nhiệm vụ ...")."""
    if not lead:
        return False
    m = _WHEN.match(squash(text))
    kind = leading_name(lead.split())
    if m is None or len(kind) < 2:
        return False
    return f", {' '.join(kind).lower()} " in m.group().lower()


# "CBT thực hiện ...", "Cán bộ thuế ...": the staff who do the work, the abbreviations as the
# tax offices write them ("CBT" cán bộ thuế, "CBCC" cán bộ, công chức)
_STAFF = re.compile(r"^(?:cbt|cbcc|can bo thue|cong chuc thue)\s")


def staff_at_work(folded: str) -> bool:
    """A paragraph whose subject is the staff who do the task, persons and no body ("CBT thực
    hiện đối chiếu ..."): right under the task's paragraph, more of that task, no task of its
    own (examples/blind/README.md: duties laid on persons are no tasks)."""
    return _STAFF.match(folded) is not None
