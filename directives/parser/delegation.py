"""A decision that delegates a power: "Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thành
lập Đoàn thẩm định ...". The conditions it sets bind the delegate, whether they name it
("Người được ủy quyền phải thực hiện đúng nội dung ...") or only say what to do ("Chuẩn bị
các nguồn lực ...", "Báo cáo kết quả thực hiện ..."): the delegate is the body that an item
naming no body is given to, the title before its name dropped. So is the body a decision on
its functions is about (``functions_of``)."""

from __future__ import annotations

import re

from directives.parser.bodies import TITLES, heading_bodies
from directives.parser.clean import squash

# "Điều 1. Ủy quyền (cho) Giám đốc Sở X ...", the older tone mark too ("Uỷ quyền")
_DELEGATES = re.compile(
    r"(?:^|\n)\s*Điều\s+1\s*\.\s*(?:Ủy|Uỷ)\s+quyền\s+(?:cho\s+)?(?P<who>[^\n]+)", re.IGNORECASE
)
# The power delegated, after the delegate's name: "... Sở Công Thương thành lập Đoàn ..."
_POWER = re.compile(
    r"\s(?:thành lập|quyết định|ký|phê duyệt|cấp|chấp thuận|thẩm định|thực hiện|giải quyết|"
    r"tổ chức|ban hành|điều chỉnh|gia hạn|thu hồi|xác nhận|cho phép|phân bổ|tiếp nhận)\b"
)
# "Người được ủy quyền phải ...", "Cơ quan được ủy quyền có trách nhiệm ...": the delegate
BOUND = re.compile(
    r"^(?:nguoi|co quan|don vi|ben) duoc uy quyen (?:phai|co trach nhiem|chiu trach nhiem)\b"
)


def delegate(lines: list[str]) -> str | None:
    """The body a decision's first article delegates a power to, or None."""
    m = _DELEGATES.search("\n".join(lines))
    if m is None:
        return None
    who = TITLES.sub("", squash(m.group("who")))
    power = _POWER.search(who)
    bodies = heading_bodies(who[: power.start()]) if power else []
    return bodies[0] if len(bodies) == 1 else None


# "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Văn phòng UBND Thành phố"
_FUNCTIONS_OF = re.compile(
    r"^(?:quy định\s+)?chức năng,\s*nhiệm vụ,\s*quyền hạn(?:\s+và\s+cơ cấu tổ chức)?\s+của\s+"
    r"(?P<who>[^,;:()]+?)\s*\.?$",
    re.IGNORECASE,
)


def functions_of(subject: str | None) -> str | None:
    """The one body a decision on its functions and organisation is about: the task its
    closing articles give without naming a body ("1. Chủ trì phối hợp với Sở Nội vụ ... xây
    dựng đề án ...") is that body's."""
    m = _FUNCTIONS_OF.match(squash(subject or ""))
    bodies = heading_bodies(m.group("who")) if m else []
    return bodies[0] if len(bodies) == 1 else None
