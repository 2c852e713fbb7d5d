"""Whether a task's sentence opens with the body that acts: a name then a verb the subject's
reader does not know, a body named first, or a particular body rather than a generic one
(moved out of subjects.py, which reads the subject itself)."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, TITLES, VERBS, common_noun, heading_bodies
from directives.parser.clean import squash
from directives.parser.letters import SMALL
from directives.parser.name_words import leading_name
from directives.parser.subject_ends import VERBS_LISTED
from directives.parser.subject_openings import without_grounds
from directives.parser.subjects import subject_bodies


def name_then_verb(sentence: str) -> list[str]:
    """ "Ủy ban nhân dân cấp tỉnh đưa các chỉ tiêu ...": the body a task's sentence opens with
    when its verb is none the subject's reader knows; the name ends at the first lower-case
    word no name holds, and a sentence goes on after that verb."""
    text = squash(sentence)
    head = text.split()
    words = leading_name(head)
    if (
        VERBS_LISTED.match(text)
        or not STARTS_BODY.match(text)
        or not 2 <= len(words) < len(head) - 1
    ):
        return []
    verb = head[len(words)]
    owned = _OWNED.match(" ".join(head[len(words) - 2 :])) if len(words) >= 4 else None
    if owned is not None and [w.lower() for w in words[-2:]] == ["chủ", "quản"]:
        # "Đơn vị chủ quản của địa điểm kinh doanh sử dụng ...": whose owning unit, of the name
        return [f"{' '.join(words)} {owned.group('whose')}"]
    return heading_bodies(" ".join(words)) if verb.isalpha() and verb.islower() else []


# "chủ quản của địa điểm kinh doanh sử dụng ...": what the unit owns (a few lower-case words),
# then the verb of its task
_OWNED = re.compile(
    rf"chủ quản (?P<whose>của(?: (?-i:[{SMALL}]+)){{1,5}}?)"
    r"(?= (?:sử dụng|gửi|lập|nộp|kê khai|đăng ký|thông báo|cung cấp)\b)",
    re.IGNORECASE,
)


def opens_with_body(text: str) -> bool:
    """The sentence names who acts first ("Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh ...",
    "Căn cứ kế hoạch này, Giám đốc các Sở ..."), even when the name is not one we read."""
    rest = without_grounds(text)
    if rest.lower().startswith("đồng chí "):
        return True  # "Đồng chí Bí thư Tỉnh ủy ...": a person, named by office
    rest = TITLES.sub("", rest)
    rest = re.sub(r"^các\s+", "", rest, flags=re.IGNORECASE)
    return bool(STARTS_BODY.match(rest)) and not VERBS.match(rest) and not common_noun(rest)


_GENERIC = re.compile(r"^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|cá nhân)\b", re.IGNORECASE)
_CONCERNED = re.compile(r"\bliên quan$", re.IGNORECASE)


def named_subject(sentence: str, concerned: bool = False) -> bool:
    """The sentence opens with a particular body ("UBND xã, phường thực hiện ..."), not a
    title or a generic one ("Người đứng đầu cơ quan, tổ chức được giao ...")."""
    if TITLES.match(squash(sentence)):
        return False
    bodies = subject_bodies(sentence)
    # "Các cơ quan, đơn vị liên quan thu thập ...": those concerned, a group the plan means
    generic = _GENERIC.match(bodies[0]) if bodies else None
    return bool(bodies) and (not generic or (concerned and bool(_CONCERNED.search(bodies[0]))))
