"""A sentence's subject in the plural, bodies named by their kind: those concerned after a body
or a list of bodies ("Sở Y tế và các cơ quan, đơn vị có liên quan có trách nhiệm ..."), on their
own ("Các cơ quan, đơn vị liên quan thu thập ..."), or qualified by what they do and whose they
are ("Các đơn vị ... có chức năng đào tạo ... thuộc phạm vi quản lý của UBND tỉnh niêm yết ...").
``subjects`` asks here once the particular shapes of a subject have had their turn.
"""

from __future__ import annotations

from directives.parser.bodies import STARTS_BODY, TITLES, VERBS, heading_bodies
from directives.parser.concerned import CONCERNED_GROUP, with_concerned
from directives.parser.name_words import leading_name
from directives.parser.plural_kinds import QUALIFIED, heads_list
from directives.parser.subject_ends import PREDICATE
from directives.parser.subject_kinds import KINDS_LISTED


def plural_subject(text: str) -> tuple[list[str], bool, str] | None:
    """The bodies, whether they fill the text before the predicate, and the predicate, where
    the text opens with plurals of kinds of body; None where it does not."""
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
