"""A sentence's subject: the bodies it opens with ("Bộ Công an, Bộ Quốc phòng chỉ đạo ...",
"Đối với các chủ đầu tư cần ..."), whether the sentence is a body's name and then its task,
and whether it opens with a particular body rather than a title or a generic one. Where the
subject ends is told by ``subject_ends``; plurals named by their kind and what qualifies them
("... và các cơ quan có liên quan", "Các đơn vị ... có chức năng ...") by ``plural_subjects``;
the names themselves are read by ``bodies``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from directives.parser.bodies import (
    ASK,
    GLOSSED,
    SHARED,
    STARTS_BODY,
    TITLES,
    builds_in_name,
    heading_bodies,
    listed_name_at,
    with_alternative,
)
from directives.parser.capital_words import capital_in_name, numbered_unit_at
from directives.parser.clean import squash
from directives.parser.concerned import and_concerned
from directives.parser.council import assembly_organs, council_organs
from directives.parser.field_departments import field_word_at, fields_run_on
from directives.parser.how_often import leads_first
from directives.parser.letters import CAPITAL
from directives.parser.name_words import (
    GIVEN_WORK,
    NAMED_AT,
    known_then_verb,
    leading_name,
    party_board,
)
from directives.parser.person_entries import persons_closing
from directives.parser.plural_kinds import (
    FIELDS_FIRST,
    joint_plurals,
    qualified_kind,
    up_to_how_often,
)
from directives.parser.plural_subjects import plural_having, plural_subject
from directives.parser.qualified_plurals import qualified_plural
from directives.parser.role_plurals import role_listed, role_word_at
from directives.parser.subject_ends import (
    LOWER_VERB,
    PREDICATE,
    PROPER_AT,
    VERBS_LISTED,
    organisations_listed,
    verb_after,
)
from directives.parser.subject_kinds import (
    ASSOCIATIONS,
    KINDS_AND_STAFF,
    KINDS_ANSWERING,
    KINDS_FIRST,
    KINDS_LISTED,
    LABELLED,
    PARENTED,
    UNITS_MEANT,
    answering_names,
    counted,
    done_by,
    heads_listed,
    organisation_on_grounds,
    party_acts,
    role_named,
    semicolon_names,
    without_heads,
)
from directives.parser.subject_marks import (
    ADVERBS,
    CONCERNING_WHO,
    FOUNDED,
    INVESTOR,
    ISSUES,
    MANNER,
    MEANT,
    MEMBERS,
    PARTY_NOUN,
    PLURAL_OVER_NAMES,
    RUN_IN,
    SPACED_COLON,
)
from directives.parser.subject_openings import COUNTED, GLOSS, after_case, without_opening

_RELATED = re.compile(r"có liên quan\b", re.IGNORECASE)


def subject_bodies(sentence: str) -> list[str]:
    """The bodies a sentence opens with as its subject ("Bộ Công an, Bộ Quốc phòng chỉ đạo
    ...", "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ theo chức năng ...")."""
    return _subject(sentence)[0]


def subject_acts(sentence: str) -> bool:
    """The sentence is a body's name and then its task: "Các Bộ, cơ quan ngang Bộ nghiên
    cứu ...", "Ủy ban nhân dân các tỉnh: Gia Lai, Lâm Đồng khẩn trương gửi ..."."""
    bodies, whole, predicate = _subject(sentence)
    if not bodies or not whole or predicate.lower() in ("có", "là"):
        return False
    if predicate.lower() == "có kế hoạch" and not _PLURAL.match(bodies[0]):
        return False  # "Cục Thuế có kế hoạch nâng cấp ...": a body's own plan, told of
    asked = ASK.match(squash(sentence))
    # (not one body handed the work, however short: "Giao Phòng X tổ chức công bố ...")
    handed = (
        asked is not None and asked.group()[:4].lower() == "giao" and not _PLURAL.match(bodies[0])
    )
    if asked and not handed and len(sentence) - sentence.lower().find(predicate.lower()) < 80:
        return False  # "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện": a closing
    # "Các Báo cáo trên gửi ...": "các" opens many a noun; a body's own word must follow it
    own = re.sub(r"^các\s+", "", bodies[0], flags=re.IGNORECASE)
    # "các địa phương", "các chủ đầu tư": bodies named by their kind act as bodies do (or "Các
    # tổ chức, cá nhân có liên quan có trách nhiệm ...": those concerned, organisations among
    # them, given a duty; not "... thuộc các cơ quan ...", whom a plan concerns)
    kind = own != bodies[0] and own.lower().startswith(("địa phương", "chủ đầu tư"))
    # ("Bên đặt hàng có trách nhiệm ...": a party to an order for services, named by its part)
    kind = kind or _PARTY.match(own) is not None
    those = _THOSE_CONCERNED.match(bodies[0]) or own.startswith("cơ sở ")
    kind = kind or (bool(those) and predicate == "có trách nhiệm")
    # ("Thủ trưởng/Giám đốc các cơ sở khám, chữa bệnh chỉ đạo ...": establishments whose heads
    # the sentence names by title act as bodies)
    kind = kind or (own.startswith("cơ sở ") and TITLES.match(squash(sentence)) is not None)
    # ("Hai đơn vị đầu mối có trách nhiệm ...", "hai cơ quan tổ chức ...": bodies named before,
    # by their number)
    kind = kind or COUNTED.match(f"{bodies[0]} x") is not None
    # ("Thành viên Ủy ban X sắp xếp ...": the members of a named body, as a body acts)
    kind = kind or MEMBERS.match(own) is not None
    return (bool(STARTS_BODY.match(own)) or kind) and not own.lower().startswith("các")


_PLURAL = re.compile(r"các\s", re.IGNORECASE)
# "các cơ quan, đơn vị đóng trên địa bàn thành phố X": which of them, those seated in the area
_SEATED = re.compile(r"đóng\s+(?:trên|tại)\s+(?:địa\s+bàn|địa\s+phương)[^,.;:()]{0,40}")
# "Các đơn vị trong Bộ Tài chính", "các sở, ban, ngành của tỉnh": whose the plural's bodies are
_WITHIN = re.compile(
    rf"(?:trong|của)\s+(?:(?:Bộ|Sở|Tổng cục|Cục)(?:\s+[{CAPITAL}][^,.;:()]{{0,50}})?|tỉnh)"
)
_PARTY = re.compile(r"[Bb]ên (?:nhận )?đặt hàng$")
_THOSE_CONCERNED = re.compile(r"^Các tổ chức, cá nhân (?:có )?liên quan$")


def _subject(sentence: str) -> tuple[list[str], bool, str]:
    """The subject's bodies, whether they fill the text before the predicate, the predicate."""
    bodies, whole, predicate = _cached_subject(sentence)
    return list(bodies), whole, predicate


# "Thường trực, chủ trì, phối hợp với Sở X ..." under "a) Phòng Y": the role the body over it
# takes ("standing", then leading), no standing committee as the subject
_ROLE = re.compile(
    r"^(?:[Ll]à )?(?:[Cc]ơ quan |[Đđ]ơn vị )?[Tt]hường trực,\s*(?:chủ trì|tham mưu)\b"
)


@lru_cache(maxsize=4096)  # the passes over a letter ask about the same sentences again
def _cached_subject(sentence: str) -> tuple[tuple[str, ...], bool, str]:
    if _ROLE.match(sentence):
        return (), False, ""  # "Thường trực, chủ trì, phối hợp với ...": the body's role
    members = MEMBERS.match(sentence)
    if members is not None:
        # "Thành viên Hội đồng X, Giám đốc Sở A ... có trách nhiệm ...": the members of a body,
        # as written, lead with the bodies named after them
        named, acts, said = _cached_subject(sentence[members.end() :])
        if named and sentence.startswith(named[0], members.end()):
            return (sentence[: members.end()] + named[0], *named[1:]), acts, said
        if said and sentence.startswith("Chính phủ ", members.end()):
            # ("Các thành viên Chính phủ thường xuyên kiểm tra ...": the Government's members)
            return (sentence[: members.end()] + "Chính phủ",), True, said
        return (), False, ""
    plural = PLURAL_OVER_NAMES.match(sentence)
    if plural is not None:
        # "Các đơn vị Phòng A, Trung tâm B, Phòng C có vai trò ...": the plural word only says
        # what the bodies it lists are; they are the subject, the first leading
        named, acts, said = _cached_subject(sentence[plural.end() :])
        if len(named) > 1 and sentence.startswith(named[0], plural.end()):
            return named, acts, said
    bodies, whole, predicate = _read_subject(sentence)
    # ("Chi cục Hải quan nơi vận chuyển đi: công chức hải quan căn cứ ...": the body a run-in
    # label names, then who acts for it; a name goes on past a colon only with its list of
    # names, "Ủy ban nhân dân các tỉnh: Gia Lai, Lâm Đồng")
    bodies = [RUN_IN.sub("", b) for b in bodies]
    # (after a time clause too: "Trong thời hạn 5 năm, cơ quan, tổ chức đã ... có trách nhiệm")
    kinds = KINDS_ANSWERING.match(without_opening(squash(sentence))) if "," in sentence else None
    # ("Doanh nghiệp, tổ chức, ... có trách nhiệm": "tổ chức" taken for the verb, no body read)
    if kinds is not None and (not bodies or kinds.group("name").startswith(bodies[0])):
        bodies = [kinds.group("name"), *([kinds.group("also")] if kinds.group("also") else [])]
        whole = True  # (they fill the text up to their duty)
    kinds = ASSOCIATIONS.match(squash(sentence)) if not bodies else None
    if kinds is not None:
        # "Hội, hiệp hội xã hội nghề nghiệp chủ động ...": the kinds of association, jointly
        return (kinds.group("name"),), True, kinds.group("verb")
    both = KINDS_AND_STAFF.match(TITLES.sub("", squash(sentence)))
    if both is not None and bodies and both.group("name").startswith(bodies[0]):
        bodies = [both.group("name"), both.group("staff")]
    if not whole and len(bodies) == 1 and INVESTOR.fullmatch(bodies[0]) and predicate:
        # "Đề nghị Chủ đầu tư hạ tầng cụm công nghiệp thực hiện ...": which investor is meant,
        # in small letters up to the verb, belongs to the name as written (README)
        text = ASK.sub("", without_opening(after_case(squash(sentence).strip(" :.;*"))))
        gap = text[len(bodies[0]) : max(0, text.find(f" {predicate} "))]
        if text.startswith(bodies[0]) and MEANT.fullmatch(gap):
            return ((bodies[0] + gap,), True, predicate)
    return tuple(bodies), whole, predicate


def _read_subject(sentence: str) -> tuple[list[str], bool, str]:
    # "Đề nghị Ủy ban nhân dân phường, xã thực hiện ...": the bodies asked act; "Sau khi được
    # Quốc hội thông qua, các Bộ, cơ quan tập trung ...": the subject after an opening clause
    squashed = squash(sentence)
    text = ASK.sub("", without_opening(after_case(squashed.strip(" :.;*"))))
    text = SPACED_COLON.sub("", text)  # ("Phòng X, các Chi cục Thuế : phối hợp ...")
    heads = heads_listed(text, verb_after) or counted(text, verb_after)  # ("hai cơ quan ...")
    if heads is not None:  # "Thủ trưởng A, Trưởng các B thuộc A có trách nhiệm ...": A, B
        return heads[0], True, heads[1]
    text = without_heads(text)
    gloss = GLOSS.search(text, 0, 160)
    if gloss is not None and PREDICATE.match(text, gloss.end()):
        text = f"{text[: gloss.start()]} {text[gloss.end() :]}"
    parented = PARENTED.match(text)
    verb = PREDICATE.match(text, parented.end()) if parented is not None else None
    if parented is not None and verb is not None:
        # "Cục X (Tổng cục Y) và Ban Z (Tổng cục T) là ...": each body with its parent, whole
        return [n for n in parented.group("first", "second") if n], True, verb.group()
    if VERBS_LISTED.match(text):
        return [], False, ""  # "Thanh tra, kiểm tra, giám sát việc ...": verbs, no inspectorate
    council = council_organs(text) or assembly_organs(text)  # (or the Assembly's organs)
    if council is not None:  # "Thường trực HĐND, các Ban của HĐND, ... giám sát ...": jointly
        after = text[council[1] :].lstrip()  # ("... có trách nhiệm giám sát ...": a duty)
        duty = after.lower().startswith("có trách nhiệm")
        return council[0], True, "có trách nhiệm" if duty else after.split()[0]
    founded = FOUNDED.match(text) or UNITS_MEANT.match(text) or LABELLED.match(text)
    verb = PREDICATE.match(text, founded.end()) if founded is not None else None
    if founded is not None and verb is not None:
        # "Ban Chỉ đạo X về Y (Quyết định số ...) chỉ đạo ...": all of the name before the bracket
        return [founded.group("name")], True, verb.group()
    concerning = CONCERNING_WHO.match(squashed)
    if concerning and STARTS_BODY.match(concerning.group("who")):
        # "Đối với các chủ đầu tư cần ...": those it concerns are to act
        return [concerning.group("who")], True, concerning.group("verb")
    # ("Việc X do Hội đồng Y trình", "Bên đặt hàng trên cơ sở ... tổ chức ...", "Cơ quan trình
    # dự án ... bảo đảm ...")
    done = done_by(text) or organisation_on_grounds(text) or party_acts(text) or role_named(text)
    if done is not None:
        return done
    answers = answering_names(text)
    if answers:  # "Cơ quan đăng ký đầu tư có trách nhiệm ...": the whole name answers
        return answers, True, "có trách nhiệm"
    kinds_of = plural_subject(text) or qualified_plural(text)  # ("Các bệnh viện trên ...")
    titled = TITLES.match(text) if kinds_of is None else None  # ("Thủ trưởng các cơ sở y tế ...":
    kinds_of = qualified_plural(text[titled.end() :]) if titled else kinds_of  # the heads' bodies)
    if kinds_of is not None:
        return kinds_of
    # "Cần" of "Cần Thơ" opens a proper name, not a predicate ("Ban tổ chức huyện ủy": a party
    # board's name, its words no verb)
    board = len(" ".join(text.split()[: party_board(text.split())]))
    m = next(
        (
            v
            for v in PREDICATE.finditer(text, board)
            if not PROPER_AT.match(text, v.start())
            and not PARTY_NOUN.match(text, v.start())
            and not role_word_at(text, v.start())
            and not capital_in_name(text, v.start())
            and not numbered_unit_at(text, v.start())
            # "các Bộ: Quốc phòng, Xây dựng, Y tế": a capitalised word of a name, no verb
            and not listed_name_at(text, v.start())
            and not builds_in_name(text, v)
            and not organisations_listed(text, v.start())
        ),
        None,
    )
    # "Trung tâm Y tế hỗ trợ ...", not "Trung tâm Hỗ trợ ..."; an item's task, not an intro's
    more = None if sentence.rstrip(" *").endswith(":") else LOWER_VERB.search(text, 1)
    more = None if more is None or numbered_unit_at(text, more.start()) else more
    more = None if more is None or field_word_at(text, more.start()) else more
    if more is not None and (m is None or more.start() < m.start()):
        head = MANNER.sub("", text[: more.start()].rstrip()).split()  # (its manner no name)
        # (or bodies named, then plurals of their kind, jointly: "Đài Truyền hình Việt Nam, Thông
        # tấn xã Việt Nam, các cơ quan báo chí tuyên truyền ...")
        named = leading_name(head) == head or bool(joint_plurals(" ".join(head)))
        named = named and "ban hành" not in " ".join(head)
        named = named and not FIELDS_FIRST.match(text)
        m = more if named else m  # right after a body's name ("ban hành" is a verb, no name)
    issues = ISSUES.search(text, 1)
    if issues is not None and (m is None or issues.start() < m.start()):
        # "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn ...": the verb in
        # lower case right after the names of bodies in the plural (a single body "ban hành Kế
        # hoạch ..." is the issuer's own preamble, the document's issue, not a task)
        head = text[: issues.start()].split()
        plural = bool(head) and head[0].lower() == "các" and leading_name(head) == head
        m = issues if plural else m
    if m is None or m.start() == 0:
        return [], False, ""
    if entries := semicolon_names(text[: m.start()]):  # "Phòng A; Phòng B, C và D; ...": each
        return entries, True, m.group()
    if SHARED.match(TITLES.sub("", text[: m.start()].strip())):
        # "Các Bộ: Quốc phòng, Công an chỉ đạo ..." ("... và các bộ, ngành có liên quan chủ
        # động ...": the plural's own words run on)
        related = _RELATED.match(text, m.start())
        if related is None:
            return heading_bodies(text[: m.start()]), True, m.group()
        # ("... và các đơn vị có liên quan thuộc Bộ X góp ý ...": whose they are, then the verb)
        end, said = related.end(), m.group()
        if text.startswith(" thuộc ", end):
            later = verb_after(text, end + len(" thuộc "))
            end, said = (later.start() - 1, later.group()) if later else (end, said)
        else:
            # ("... có liên quan theo chức năng, nhiệm vụ được giao kiểm tra ...": the cue, then
            # the verb; "có" is the plural's own word, no predicate)
            later = verb_after(text, end)
            said = later.group() if later else said
        shared = heading_bodies(text[:end])
        return [*shared[:-1], *and_concerned(shared[-1])] if shared else shared, True, said
    nxt = PREDICATE.match(text, m.end() + 1)
    # "Cục Kết cấu hạ tầng xây dựng tham mưu ...": the name ends in "xây dựng" (not after a list
    # of bodies: "Các cơ quan, đơn vị xây dựng báo cáo, ...", the verb and its object)
    if m.group().lower() == "xây dựng" and nxt is not None and "," not in text[: m.start()]:
        m = nxt
    head = text[: m.start()].split()
    while len(head) > 1 and head[-1] in ADVERBS:
        head = head[:-1]  # "Cục Thuế chỉ xử lý ...": the verb's adverb, no word of the name
    if (having := plural_having(head, text, m)) is not None:
        return having  # ("Ủy ban nhân dân các tỉnh có ...": what they have, of the name)
    if KINDS_LISTED.fullmatch(named_kinds := " ".join(head).rstrip(":")):  # ("Các Tập đoàn, ...:")
        return [named_kinds], True, m.group()  # "Các viện nghiên cứu, trường đại học ..."
    # ("Các cơ quan tuyên truyền, báo chí, Ủy ban ...": the agencies of fields, then a body)
    first = KINDS_FIRST.match(text) or FIELDS_FIRST.match(text)
    rest = _read_subject(text[first.end() + 2 :])[0] if first and first.end() < m.start() else []
    rest = [r for r in rest if not r.lower().endswith("liên quan")]  # (those concerned: none)
    if first and rest:
        # "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường ...":
        # the kinds under one "Các" are one lead, up to the first body named in particular
        return [first.group(), *rest], True, m.group()
    if with_alternative(" ".join(head)):
        return [" ".join(head)], True, m.group()  # "Các sở X (hoặc Sở X và Y) kiểm tra ..."
    gloss = GLOSSED.search(" ".join(head))
    if gloss and len(head) <= 12 and heading_bodies(gloss.group(1)):
        # "Nhà đầu tư (Tập đoàn Đèo Cả) rà soát ...": the body the bracket names acts
        return heading_bodies(gloss.group(1)), True, m.group()
    if (roles := role_listed(head)) is not None:  # (a role-named plural among them)
        return roles, True, m.group()
    often = up_to_how_often(head) or qualified_kind(head)
    words = often or leading_name(head)
    jointly = heading_bodies(" ".join(head)) if len(words) < len(head) else []
    joint = " ".join(head) == " và ".join(jointly) and all(n[:1].isupper() for n in jointly)
    if len(jointly) > 1 and joint:
        # "Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh": bodies named
        # jointly fill the text before the predicate, lower-case words of their names and all
        return jointly, True, m.group()
    if [w.lower() for w in words] == ["các"]:
        return [], False, ""  # "Các bên ... trong các trường hợp sau": no body's name
    # ("Sở X và các hội tỉnh bằng nhiều hình thức phù hợp, tuyên truyền ...": the manner of
    # the work, set off before the predicate, no body's name)
    if joints := joint_plurals(MANNER.sub("", " ".join(head)), text[m.start() :]):
        # "Công ty X, Hợp tác xã Y và các đơn vị bán lẻ điện tổ chức ...", "Sở X, các sở, ngành
        # ...": the bodies named, then plurals of their kinds, jointly
        return joints, True, m.group()
    if persons := persons_closing(head, words, text, m, heading_bodies, verb_after):
        return persons  # ("..., UBND các xã, phường, các cá nhân có ... khẩn trương ...")
    if len(words) < len(head):
        # "các bộ, ngành, địa phương, các nhà đầu tư ...": the list's last entry broke off
        # where the name's words ended; it names no body of its own
        last = max((k for k in range(1, len(words)) if words[k - 1].endswith(",")), default=0)
        tail = words[last:]
        if last and tail[0].lower() == "các" and all(w.islower() for w in tail):
            words = words[:last]
            words[-1] = words[-1].rstrip(",")
            head = words  # the entries before it are the whole subject
    if fields := fields_run_on(head, words):
        words = head[: len(words) + fields]  # "Phòng Thuế cá nhân, hộ kinh doanh và thu khác"
    whole = len(words) == len(head) or leads_first(head[len(words) :]) or bool(often)
    whole = whole or known_then_verb(words, head)
    bodies = heading_bodies(" ".join(words))
    if not whole and len(bodies) == 1 and head[len(words)].lower() == "nơi" and head[-1][-1] != ",":
        # "Ủy ban nhân dân các xã, phường nơi có cơ sở sản xuất ... có trách nhiệm": which of
        # them, of the name (not a clause set off by commas: "..., nơi có ..., khẩn trương")
        return [" ".join([bodies[0], *head[len(words) :]])], True, m.group()
    which = " ".join(head[len(words) :])
    if (
        not whole
        and len(bodies) == 1
        and (
            NAMED_AT.fullmatch(which)
            or GIVEN_WORK.fullmatch(which)
            or _SEATED.fullmatch(which)
            or (bodies[0][:4].lower() == "các " and _WITHIN.fullmatch(which))
        )
    ):
        # "Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 căn cứ ...": which of them, the
        # article that lists them, of the name
        return [" ".join([bodies[0], *head[len(words) :]])], True, m.group()
    return bodies, whole, m.group()
