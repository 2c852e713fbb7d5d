"""A sentence's subject in the plural, bodies named by their kind: those concerned after a body
or a list of bodies ("Sở Y tế và các cơ quan, đơn vị có liên quan có trách nhiệm ..."), on their
own ("Các cơ quan, đơn vị liên quan thu thập ..."), or qualified by what they do and whose they
are ("Các đơn vị ... có chức năng đào tạo ... thuộc phạm vi quản lý của UBND tỉnh niêm yết ...").
``subjects`` asks here once the particular shapes of a subject have had their turn.
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, TITLES, VERBS, heading_bodies
from directives.parser.concerned import CONCERNED_GROUP, with_concerned
from directives.parser.how_often import leads_first
from directives.parser.letters import SMALL
from directives.parser.name_words import leading_name
from directives.parser.plural_kinds import QUALIFIED, heads_list
from directives.parser.subject_ends import PREDICATE, verb_after
from directives.parser.subject_kinds import KINDS_LISTED

# "Tổ chức, cá nhân tham gia các hoạt động mua bán ... trong chợ và các tổ chức, cá nhân có liên
# quan phải chấp hành ...": the organisations and people a rule binds, by what they do, then
# those concerned; what they must do (without those concerned, under a heading that names the
# parties, the heading's: "Tổ chức, cá nhân khai thác ... phải lập Báo cáo ...")
_BOUND = re.compile(
    rf"^(?P<name>(?:[Cc]ác\s+)?[Tt]ổ chức,\s*cá nhân\s(?-i:[{SMALL}])[^;:.()]{{2,200}}?)"
    r"\s+và\s+(?P<group>các\s+tổ chức,\s*cá nhân\s+(?:có\s+)?liên quan)"
    r"\s+(?P<verb>phải)\s"
)


def plural_subject(text: str) -> tuple[list[str], bool, str] | None:
    """The bodies, whether they fill the text before the predicate, and the predicate, where
    the text opens with plurals of kinds of body; None where it does not."""
    bound = _BOUND.match(text)
    if bound is not None:  # ("Tổ chức, cá nhân tham gia ... và các tổ chức ... phải ...")
        return [bound.group("name"), bound.group("group")], True, bound.group("verb")
    with_group, listed = with_concerned(text)
    named = with_group.group("name") if with_group else ""
    if with_group and STARTS_BODY.match(named) and not VERBS.search(named):
        # "Sở Y tế và các cơ quan, đơn vị có liên quan có trách nhiệm ...": a body and the
        # plural of those concerned, jointly
        verb = PREDICATE.match(text, with_group.end())
        if verb is not None:
            return [with_group.group("name"), with_group.group("group")], True, verb.group()
    names = listed.group("name").split() if listed else []
    kinds = listed is not None and KINDS_LISTED.fullmatch(listed.group("name")) is not None
    if listed and leading_name(names) == names and (kinds or heads_list(" ".join(names))):
        # "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ
        # chức, cá nhân có liên quan chịu trách nhiệm ...": a list of bodies, then the plural
        verb = PREDICATE.match(text, listed.end())
        if verb is not None:
            # ("Các sở, ban, ngành và các đơn vị liên quan ...": two plurals, jointly)
            lead = [listed.group("name")] if kinds else heading_bodies(listed.group("name"))
            return (
                [*lead, listed.group("group")],
                True,
                verb.group(),
            )
    qualified = QUALIFIED.match(text)
    rest = text[qualified.end() :].split() if qualified else []
    owner = leading_name(rest)
    if qualified and 0 < len(owner) < len(rest):
        # "Các đơn vị ... có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh
        # niêm yết ...": what they do and whose they are, of the kind's name
        return [f"{qualified.group()}{' '.join(owner)}"], True, rest[len(owner)]
    # "Các cơ quan, đơn vị liên quan thu thập ...": whatever verb follows (their heads too:
    # "Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan căn cứ ...")
    untitled = TITLES.sub("", text, count=1)
    concerned = CONCERNED_GROUP.match(untitled)
    if concerned:  # (its whole predicate: "... có liên quan có trách nhiệm ...", not "có")
        said_at = PREDICATE.match(untitled, concerned.end())
        word = said_at.group() if said_at else untitled[concerned.end() :].split()[0]
        return [concerned.group(1)], True, word
    return None


# "có" as a verb of its own, not of what a plural has: "... có văn bản gửi ...", "có ý kiến"
_HAS_DONE = re.compile(
    r"(?:văn bản|công văn|ý kiến|báo cáo|tờ trình|thông báo|kế hoạch|trách nhiệm|thể|quyền|"
    r"nghĩa vụ|liên quan)\b"
)
_BRACKETS = re.compile(r"\([^()]*\)")
_ONE_KIND = re.compile(r"phòng|ban|đơn vị|cơ quan|bộ phận")
# the bracket that names which bodies are meant: "(cụ thể phòng X, Thanh tra Y)"
_NAMED_WHICH = re.compile(r"\s*\(cụ thể[^()]{3,160}\)\s*$")
_BRACKET_LAST = re.compile(r"\s*\([^()]{3,160}\)$")
_MOST_HAD = 10
# what was done to what they have, or how they act: a clause's words, no qualifier's
_CLAUSE_WORDS = frozenset(["được", "bị", "đã", "đang", "sẽ", "mà"])
# a predicate that is only a cue ("theo quy định"), no verb of theirs
_CUE = re.compile(r"theo|căn cứ|trên cơ sở|trong phạm vi", re.IGNORECASE)


def plural_having(
    head: list[str], text: str, has: re.Match[str]
) -> tuple[list[str], bool, str] | None:
    """ "Ủy ban nhân dân các địa phương có nông sản xuất khẩu ... thường xuyên cập nhật ...":
    a plural of bodies (``head``, before ``has``, the predicate read as "có") narrowed by what
    they have, in lower-case words up to the true predicate (a bracket of examples after them
    left out: "Các Bộ khác có máy móc ... (Bộ X, Bộ Y...) có trách nhiệm ..."); else None."""
    # (or one kind of body in lower case, which of them its "có" clause says: "Giao phòng có
    # cá nhân vi phạm (cụ thể phòng X, Thanh tra Y) chủ trì ...")
    one = len(head) == 1 and _ONE_KIND.fullmatch(head[0]) is not None
    if has.group().lower() != "có" or not (one or "các" in (w.lower() for w in head)):
        return None
    if leading_name(head) != head or not STARTS_BODY.match(re.sub(r"^Các\s+", "", " ".join(head))):
        return None
    # (the predicate outside the brackets: "(Bộ Xây dựng, ...)" holds a verb's words)
    later = verb_after(_BRACKETS.sub(lambda b: " " * len(b.group()), text), has.end())
    had = _BRACKET_LAST.sub("", text[has.end() : later.start()].strip()) if later else ""
    words = had.split()
    often = next((k for k in range(len(words)) if leads_first(words[k : k + 2])), len(words))
    words = words[:often]  # ("... thường xuyên cập nhật ...": how often, then the verb)
    plain = all(w.isalpha() and w.islower() and w not in _CLAUSE_WORDS for w in words)
    if not 0 < len(words) <= _MOST_HAD or not plain or _HAS_DONE.match(had) or later is None:
        return None
    if _CUE.fullmatch(later.group()):  # ("... có nguồn kinh phí được để lại theo quy định ...")
        return None
    named = _NAMED_WHICH.search(text, has.end(), later.start()) if one else None
    which = f" {named.group().strip()}" if named else ""  # ("(cụ thể phòng X, Thanh tra Y)")
    return [f"{' '.join(head)} có {' '.join(words)}{which}"], True, later.group()
