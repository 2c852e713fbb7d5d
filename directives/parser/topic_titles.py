"""A topic's title over the paragraph under it, on a page that lost the break between them
("a) Về các hoạt động khám bệnh, chữa bệnh ... của cơ quan có thẩm quyền" / "Để tránh vướng
mắc trong thực hiện, đề nghị ..."): a title "Về ..." is no sentence, and a line that opens
with the words a sentence opens with starts the paragraph under it, no more of the title."""

from __future__ import annotations

import re

# "a) Về ...", "1. Về ...", "- Về ...": an item's topic, no stop in it
_TOPIC = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|-)\s*Về\s[^.;:!?]{3,240}$")
# the words a sentence opens with, never a name's going on
_OPENS = re.compile(
    r"^(?:Để|Đối với|Trường hợp|Theo đó|Căn cứ|Hiện nay|Thực hiện|Tuy nhiên|Ngoài ra|Một số|"
    r"Đơn vị|Các đơn vị|Ý kiến|Trên cơ sở|Nhằm|Qua)\s"
)
# a title left open at its end: "... của", "... và", "... các", a comma
_OPEN_END = re.compile(r"(?:\b(?:của|và|các|với|tại|về|cho|theo|trong|đối với)|[,(-])$")


def topic_then_sentence(previous: str, line: str) -> bool:
    """``line`` opens the paragraph under the topic title ``previous`` (its own line)."""
    return (
        _TOPIC.match(previous.strip()) is not None
        and _OPEN_END.search(previous.rstrip()) is None
        and _OPENS.match(line) is not None
    )
