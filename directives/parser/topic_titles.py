"""A topic's title over the paragraph under it, on a page that lost the break between them
("a) Về các hoạt động khám bệnh, chữa bệnh ... của cơ quan có thẩm quyền" / "Để tránh vướng
mắc trong thực hiện, đề nghị ..."): a title "Về ..." is no sentence, and a line that opens
with the words a sentence opens with starts the paragraph under it, no more of the title."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, VERBS, heading_bodies
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.subjects import subject_acts

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


# an item's marker and its title ("a) Đối chiếu, quyết toán ...")
_ITEM_TITLE = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+(?P<title>\S.*)$")
# "... theo", "... đề nghị": words that a name after them completes
_GOVERNS = re.compile(
    r"(?:\b(?:đề nghị|yêu cầu|giao|cho|với|tại|theo|của|và|hoặc|các|để|do|thì|báo cáo|gửi|trình|"
    r"chỉ đạo|hướng dẫn|đôn đốc)|[,(:;.-])$"
)
_CAPITAL = re.compile(rf"(?<!\w)[{CAPITAL}]")
_ASKED = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\b", re.IGNORECASE)


def work_title_then_body(previous: str, line: str) -> bool:
    """``line`` opens the item's paragraph with the body that does the work ("a) Đối chiếu,
    quyết toán tài khoản chi hoàn thuế theo dự toán" / "Cục Thuế chủ trì rà soát ..."), under
    an item's title (``previous``) that names no body and asks no one, the page having lost the
    break between them: the title names the work, the body's sentence starts the task."""
    title = _ITEM_TITLE.match(previous.strip())
    return (
        title is not None
        and len(title["title"]) <= 160
        and _GOVERNS.search(previous.rstrip()) is None
        and _ASKED.search(title["title"]) is None
        and not any(
            STARTS_BODY.match(title["title"], m.start()) for m in _CAPITAL.finditer(title["title"])
        )
        and not heading_bodies(title["title"])
        and _CAPITAL.match(line) is not None
        and STARTS_BODY.match(line) is not None
        and subject_acts(line)
    )


# a task's verb opening a sentence, a word in lower case after it ("Phối hợp với ...")
_TASK_OPENS = re.compile(rf"^(?=(?-i:[{CAPITAL}]))(?:{VERBS.pattern})\s+(?-i:[{SMALL}])", re.I)


def bodies_title_then_task(previous: str, line: str) -> bool:
    """``line`` opens the task under an item's title (``previous``) that names its bodies and
    nothing more ("4. Sở Tài chính các" / "tỉnh" / "Phối hợp với ..."): the title ends there,
    the page having cut it before the sentence, whose verb no body's name goes on with."""
    title = _ITEM_TITLE.match(previous.strip())
    return (
        title is not None
        and _GOVERNS.search(previous.rstrip()) is None
        and _TASK_OPENS.match(line) is not None
        and bool(heading_bodies(title["title"]))
    )
