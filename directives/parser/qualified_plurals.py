"""A plural of a kind of body opening a sentence, narrowed by words that say which of them are
meant ("Các bệnh viện trên toàn Thành phố thực hiện ...", "Các bệnh viện đa khoa, chuyên khoa
trong và ngoài công lập đẩy nhanh ...", "Các trường học trên địa bàn tổ chức ..."): the kind
and its qualifier, up to the verb, are the subject as written (README: a qualifier that says
which bodies of a kind are meant belongs to the name). ``subjects`` asks here once the named
shapes of a subject have had their turn."""

from __future__ import annotations

import re

from directives.parser.bodies import VERBS
from directives.parser.subject_ends import PREDICATE

# the kinds of body that serve the public, in the plural ("Các bệnh viện", "Các trường")
_KIND = re.compile(
    r"^[Cc]ác\s+(?:bệnh viện|trường(?: học)?|cơ sở(?: y tế| giáo dục| khám,? chữa bệnh)?|"
    r"trung tâm y tế|trạm y tế)\b"
)
# the words a qualifier may hold: where they are and of which sort ("trên địa bàn", "trong và
# ngoài công lập", "đa khoa, chuyên khoa", "trực thuộc", "toàn Thành phố")
_QUALIFIER = re.compile(
    r"(?:\s*,?\s+(?:trên|trong|ngoài|và|toàn|địa bàn|công lập|tư nhân|đa khoa|chuyên khoa|"
    r"trực thuộc|thuộc|tỉnh|thành phố|Thành phố|Tỉnh|huyện|xã|phường|cả nước|học|"
    r"mầm non|tiểu học|trung học cơ sở|trung học phổ thông|phổ thông|các cấp|tuyến|"
    r"trung ương|Trung ương|địa phương|nhà nước|quân đội|y tế))*"
)
_MOST_WORDS = 12


# owners of a kind of work in the plural ("Các chủ công trình hồ chứa nước thủy lợi, thủy điện
# tổ chức trực ban ..."): what they own, whatever its words, up to the verb
_OWNERS = re.compile(
    r"^[Cc]ác\s+chủ\s+(?:đầu tư|công trình|dự án|hồ(?: chứa)?|đập|cơ sở|phương tiện|tàu|rừng)\b"
)


def _owners(text: str) -> tuple[list[str], bool, str] | None:
    """ "Các chủ ..." and what they own, up to the first verb (no more than ``_MOST_WORDS``)."""
    kind = _OWNERS.match(text)
    if kind is None:
        return None
    for word in re.finditer(r"(?<=\s)\S", text[: kind.end() + 120]):
        if word.start() <= kind.end():
            continue
        verb = PREDICATE.match(text, word.start())
        if verb is not None:
            name = text[: word.start()].rstrip(" ,")
            return ([name], True, verb.group()) if len(name.split()) <= _MOST_WORDS else None
    return None


# the units that lead the drafting of texts, in the plural ("Các đơn vị chủ trì soạn thảo các
# văn bản quy phạm pháp luật (Nghị định ...; ...) phối hợp với ..."): the drafts they lead, a
# bracket naming them included, up to the verb
_DRAFTERS = re.compile(
    r"^[Cc]ác\s+(?:đơn vị|cơ quan|[Vv]ụ\s*/\s*đơn vị)\s+(?:được giao\s+)?chủ trì\s+soạn thảo\b"
)


def _drafters(text: str) -> tuple[list[str], bool, str] | None:
    """ "Các đơn vị chủ trì soạn thảo ..." and the drafts, up to the first verb outside a bracket
    (no more than ``_MOST_WORDS`` words past the drafters' own outside one)."""
    kind = _DRAFTERS.match(text)
    if kind is None:
        return None
    for word in re.finditer(r"(?<=\s)\S", text[: kind.end() + 240]):
        before = text[kind.end() : word.start()]
        if word.start() <= kind.end() or before.count("(") > before.count(")"):
            continue
        verb = PREDICATE.match(text, word.start())
        if verb is not None:
            name = text[: word.start()].rstrip(" ,")
            drafts = re.sub(r"\([^()]*\)", "", name[kind.end() :]).split()
            return ([name], True, verb.group()) if len(drafts) <= _MOST_WORDS else None
    return None


def qualified_plural(text: str) -> tuple[list[str], bool, str] | None:
    """The plural, the subject filling the text before the predicate, and the predicate, where
    ``text`` opens "Các" + a kind of public body + only such qualifying words + a verb (or
    owners of a kind of work and what they own, or the drafters and their drafts); None where
    it does not."""
    kind = _KIND.match(text)
    if kind is None:
        return _owners(text) or _drafters(text)
    qualifier = _QUALIFIER.match(text, kind.end())
    end = qualifier.end() if qualifier is not None else kind.end()
    verb = PREDICATE.match(text, end + 1)
    if verb is None or text[end : end + 1] != " ":
        return None
    name = text[:end]
    if len(name.split()) > _MOST_WORDS or VERBS.search(name, kind.end()):
        return None
    return [name], True, verb.group()
