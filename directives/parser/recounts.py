"""A paragraph that opens by recounting what a document says and then asks ("Theo khoản 1 Mục
VI Tờ trình số ..., UBND tỉnh mới dự kiến ..., chưa nêu rõ .... Đề nghị cơ quan soạn thảo
thông tin thêm về nội dung này."): the task's text starts at the request, the recount being a
statement that opens the item and gives no work (README, session 19's text-start line). A
recount in the request's own sentence ("Theo nội dung ... thì ..., đề nghị ...") stays."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL

# the first sentence: "Theo <what a document or its part says>, ..." up to its full stop, with
# no lead verb of its own; then a sentence that opens with one
_RECOUNT_THEN_ASK = re.compile(
    r"^theo\s(?:(?!\b(?:de nghi|yeu cau|giao|kien nghi)\b)[^.;:])+\.\s+"
    r"(?=(?:de nghi|yeu cau|kien nghi)\s)"
)
_CAPITAL_AFTER = re.compile(rf"[{CAPITAL}]")


def after_recount(text: str, folded: str) -> int:
    """Where the request after an opening recount starts in ``text``; 0 when there is none."""
    m = _RECOUNT_THEN_ASK.match(folded)
    return m.end() if m and _CAPITAL_AFTER.match(text, m.end()) else 0
