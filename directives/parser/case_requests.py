"""A paragraph of a report's opinion that says, in a case, what to revise or send, its subject
left unsaid ("Trường hợp cơ quan soạn thảo tiếp thu ... thì điều chỉnh các nội dung tương ứng
...", "Lưu ý, khi trình Ủy ban nhân dân tỉnh hồ sơ ... thì đồng gửi đến Sở Tư pháp ..."): read
for what it asks, as an item that says what to revise is (README, 181/02)."""

from __future__ import annotations

import re

# a case ("trường hợp", "khi", "nếu", after "Lưu ý," too), then "thì" and what to revise or send
CASE_THEN_REVISE = re.compile(
    r"^(?:luu y,?\s+)?(?:truong hop|khi|neu)\s[^.;:]{3,300}?\bthi\s+(?:dong\s+)?"
    r"(?:bo sung|cap nhat|lam ro|hoan thien|dieu chinh|chinh sua|gui)\b"
)
