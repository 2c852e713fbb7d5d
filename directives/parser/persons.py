"""Duties of persons: a clause or article headed by persons, not a body ("2. Cán bộ, công
chức", "3. Trách nhiệm của văn thư", "2. Người có thẩm quyền ..., công chức ... có trách
nhiệm:"), lists what those persons must do; its items are no tasks (examples/blind/README.md),
in a regulation's follow-up chapter too. A body's head by title ("Thủ trưởng các cơ quan",
"Người đứng đầu ...", "Trưởng các tổ chức ...") stands for the body and is not one of them."""

from __future__ import annotations

import re

from directives.parser.article_labels import article_label
from directives.parser.letters import CAPITAL, SMALL

# The persons such a heading opens with, after an optional "Trách nhiệm của" / "Nhiệm vụ của"
_PERSONS = re.compile(
    r"(?:(?:trach nhiem|nhiem vu)(?:\s*,\s*quyen han)? cua\s+)?(?:cac\s+)?"
    r"(?:can bo|cong chuc|vien chuc|van thu|cong chung vien|chuyen vien|nhan vien"
    # (not "cá nhân, tổ chức ...": organisations among them, those a duty binds as bodies)
    r"|nguoi (?:co tham quyen|lao dong|su dung|dung)|ca nhan(?!\s*,\s*to chuc\b)"
    # (a delegation's members and secretaries: "2. Các thành viên Tổ công tác", "3. Thư ký ...")
    r"|thanh vien|thu ky)\b"
)


def persons_heading(folded: str) -> bool:
    """Whether a heading's title names persons first rather than a body."""
    folded = folded.lstrip(" *")
    return _PERSONS.match(folded, article_label(folded)) is not None


# "- Ông Hoàng Chí Hiền, Giám đốc Sở Công Thương - Phó Chủ tịch Hội đồng.", "1.1. Chủ tịch Hội
# đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch ...": a member of a council or a group, named with the
# post he holds (the role he takes there before him or not): who sits on it, no task
_MEMBER = re.compile(
    rf"^(?:[^.;:]{{2,60}}:\s*)?(?:Ông|Bà|ông|bà)\s+(?:[{CAPITAL}][{SMALL}]*\s+){{1,4}}?"
    rf"[{CAPITAL}][{SMALL}]*\s*[,(]\s*\S"
)


# "3. Giao công chức Văn phòng - Thống kê phụ trách ...": an item handing its work to a
# person, one official by his post, not a body: a person's duty, no task
_HANDED_TO_PERSON = re.compile(r"^Giao (?:cán bộ|công chức|viên chức|chuyên viên|nhân viên)\s")


def names_member(text: str) -> bool:
    """Whether an item names a person and his post (a member of a council), or hands its work
    to a person: no task."""
    text = text.lstrip(" *")
    return _MEMBER.match(text) is not None or _HANDED_TO_PERSON.match(text) is not None


# "Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, ...", "Chủ tịch Hội đồng sử dụng con dấu
# của Ủy ban nhân dân tỉnh, ...": the terms a council or group works on, what it may use, no task
_COUNCIL_TERMS = re.compile(
    r"^[^.;:]{0,80}?\b(?:(?:lam viec|hoat dong) theo che do kiem nhiem|su dung con dau)\b"
)


def council_terms(folded: str) -> bool:
    """Whether a paragraph only states the terms its council or group works on."""
    return _COUNCIL_TERMS.match(folded.lstrip(" *-+")) is not None
