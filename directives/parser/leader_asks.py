"""A leader's request that names no body: "Phó Thủ tướng Hoàng Trung Hải yêu cầu chưa khởi công
để làm rõ một số vấn đề có liên quan". The leader whose orders the letter conveys asks, and no
body follows the verb that asks: the request is the letter's addressees' task, as a subjectless
request is (README, sessions 19 and 20: 138/02, 141/01, 167/02)."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.letters import CAPITAL

# "Thủ tướng Chính phủ Nguyễn Văn A yêu cầu ...", "Phó Thủ tướng X thay mặt Thủ tướng Chính phủ
# đề nghị ...": the leader, named by the title and the name's capitals, then the verb that asks
# (not "... Thủ tướng Chính phủ tại Trung tâm ... đáp ứng yêu cầu ...": a noun)
_LEADER_ASKS = re.compile(
    r"\b(?:Phó )?(?:Thủ tướng|Bộ trưởng)(?: Chính phủ)?(?: Thường trực)?"
    rf"(?:\s+[{CAPITAL}][^\s,.;:]*){{0,4}}(?:\s+thay mặt\s+Thủ tướng(?: Chính phủ)?)?"
    r"\s+(?:yêu cầu|đề nghị)\s+(?=[^\W\d])"
)
# what stands after the verb when a body is asked all the same: "các Bộ", "quý cơ quan", "cho"
_NAMED_AFTER = re.compile(r"(?:các|những|mọi|quý|cho|đồng chí|ông|bà)\s", re.IGNORECASE)


def leader_asks_unnamed(text: str, folded: str) -> bool:
    """The sentence's leader asks for work naming no body after the verb that asks."""
    if "thu tuong" not in folded and "bo truong" not in folded:
        return False
    m = _LEADER_ASKS.search(text)
    if m is None:
        return False
    rest = text[m.end() :]
    return (
        rest[:1].islower() and STARTS_BODY.match(rest) is None and _NAMED_AFTER.match(rest) is None
    )
