"""Duties of persons: a clause or article headed by persons, not a body ("2. Cán bộ, công
chức", "3. Trách nhiệm của văn thư", "2. Người có thẩm quyền ..., công chức ... có trách
nhiệm:"), lists what those persons must do; its items are no tasks (examples/blind/README.md),
in a regulation's follow-up chapter too. A body's head by title ("Thủ trưởng các cơ quan",
"Người đứng đầu ...", "Trưởng các tổ chức ...") stands for the body and is not one of them."""

from __future__ import annotations

import re

from directives.parser.blocks import article_label

# The persons such a heading opens with, after an optional "Trách nhiệm của" / "Nhiệm vụ của"
_PERSONS = re.compile(
    r"(?:(?:trach nhiem|nhiem vu)(?:\s*,\s*quyen han)? cua\s+)?(?:cac\s+)?"
    r"(?:can bo|cong chuc|vien chuc|van thu|cong chung vien|chuyen vien|nhan vien"
    r"|nguoi (?:co tham quyen|lao dong|su dung|dung)|ca nhan"
    # (a delegation's members and secretaries: "2. Các thành viên Tổ công tác", "3. Thư ký ...")
    r"|thanh vien|thu ky)\b"
)


def persons_heading(folded: str) -> bool:
    """Whether a heading's title names persons first rather than a body."""
    folded = folded.lstrip(" *")
    return _PERSONS.match(folded, article_label(folded)) is not None
