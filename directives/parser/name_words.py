"""The words of a body's name: where a name that opens a sentence ends ("Ủy ban nhân dân
Thành phố Hồ Chí Minh xử lý ..." -> "Ủy ban nhân dân Thành phố Hồ Chí Minh").

A known public body's whole name (``public_bodies``) is taken whole, its lower-case words
included ("Sở Xây dựng", "Bộ Y tế"), with the plural's "các" before it ("các Sở Xây dựng":
the departments of that kind across the provinces, one body as written); a lower-case word
after it is the sentence's verb, whether or not the subject's reader knows it ("... chuẩn bị
báo cáo", "... tổng hợp kết quả"), unless it says what the body has done or will do ("đã",
"sẽ", "có").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from directives.parser.how_often import often_at
from directives.parser.joined_fields import fields_joined
from directives.parser.kind_words import kind_words
from directives.parser.name_areas import on_area, region
from directives.parser.name_tails import NOT_IN_NAME, ROLE_VERBS, before_series_verb, trade
from directives.parser.project_boards import board_run
from directives.parser.public_bodies import EXTERNAL_BODIES
from directives.parser.topic_names import topic_opening, topic_run

# Lower-case words a body's name holds ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
# ương"); any other lower-case word ends the name.
# ("tư" as in "Chủ đầu tư")
_NAME_WORDS_TEXT = (
    "tư ủy uỷ ban nhân dân các tỉnh thành phố huyện quận xã phường thị trấn "
    "đặc khu và cơ quan ngang thuộc trực trung ương cấp liên ngành sở bộ đơn vị địa "
    "phương hội đồng chí thủ trưởng giám đốc chủ tịch người đứng đầu tổng lãnh đạo thanh "
    "tra phòng doanh nghiệp lực lượng chức năng chính phủ tâm trận "
    # a party's bodies: "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp"
    "tổ đảng quyền đoàn thể "
    # "cơ quan thuế địa phương"; "Hội nghề cá", "trường trung cấp nghề": a trade's bodies
    "thuế nghề "
    # ("Bộ phận TTHT", "bộ phận một cửa": an office's section)
    "phận "
    # mass organisations: "tổ chức chính trị - xã hội", "Mặt trận Tổ quốc", "các đoàn thể"
    "chính trị hội - quốc "
    # ("hội quần chúng": the mass associations, a kind of body)
    "chúng "
    # ("cộng đồng doanh nghiệp": the business community, listed with the mass organisations)
    "cộng đua"
)
NAME_WORDS = frozenset(_NAME_WORDS_TEXT.split())
# "Bộ chỉ số", "Bộ tiêu chí", "Bộ cẩm nang": "bộ" a set of things, no ministry
THINGS_SET = r"bộ (?:chỉ số|tiêu chí|công cụ|cẩm nang|dữ liệu|tài liệu|nhận diện)\b"
# Name words that are one half of a compound: "thành" of "thành phố", never of the verb "thành
# lập" after the name ("... các tỉnh, thành phố thành lập Tổ công tác").
# ("tổng" of "tổng cục", "tổng công ty", never of the verb "tổng hợp" after the name)
_BOUND = {
    "thành": ("phố", "ủy", "uỷ", "viên"),
    "thị": ("trấn", "xã", "ủy", "uỷ"),
    "đặc": ("khu",),
    "tổng": ("cục", "công", "giám", "liên"),
    # ("giám" of "giám đốc", "ban giám hiệu", never of the verb "giám sát" after the name: "...
    # Trung tâm Y tế Thành phố giám sát ...")
    "giám": ("đốc", "hiệu", "định", "mục"),
    "quần": ("chúng",),
    "cộng": ("đồng",),
    "thi": ("đua",),  # ("Hội đồng thi đua", the council named by its work in small letters)
}
# Organs whose own name's second word is a lower-case word no other name holds ("Công an")
# (or a lower-case word that opens one: "thường trực các tỉnh uỷ", the standing committees;
# "Công ty": the company a letter to it names by its kind, "đề nghị Công ty thực hiện ...")
_TWO_WORD_ORGANS = frozenset(
    [
        *[("Công", "an"), ("Công", "an;"), ("thường", "trực"), ("Bảo", "hiểm"), ("Công", "ty")],
        ("Hợp", "tác"),  # a cooperative: "Hợp tác xã dịch vụ điện Quảng Phú"
        *[("Đại", "học"), ("Học", "viện")],  # a university: "Đại học Công nghiệp Hà Nội"
        ("Kho", "bạc"),  # the treasury: "Kho bạc nhà nước thành phố"
        ("Chi", "cục"),  # a department's branch: "Chi cục Thuế khu vực 1"
        # a state utility's unit in a province: "Viễn thông Ninh Bình", "Điện lực Hà Nam"
        *[("Viễn", "thông"), ("Điện", "lực"), ("Bưu", "điện")],
    ]
)


# A title that opens a person's second role after a dash: "- Phó Trưởng Ban", "- Chủ tịch"
_ROLE = re.compile(r"^(?:Phó|Trưởng|Chủ tịch|Ủy viên|Uỷ viên|Thành viên)\b")


_UNIT_NUMBER = re.compile(r"^số (\d{1,2})([,;:.]?)$")
# "quốc" + "gia" (national), or "của Việt Nam" closing a name: the country's own body; or the
# number a steering committee is named by ("Ban Chỉ đạo 33", "Ban Chỉ đạo 389")
_NATIONAL = re.compile(
    r"^(?:[Qq]uốc gia\b|\S+ của Việt Nam(?:[,;:]|\s|$)|đạo \d{2,4}[,;:]?(?:\s|$))"
)


def leading_name(head: list[str]) -> list[str]:
    """The words a body's name opens ``head`` with: capitalised ones, the lower-case words
    a name holds, and short runs inside a name ("Cục Kết cấu hạ tầng xây dựng")."""
    return list(_leading_name(tuple(head)))


@lru_cache(maxsize=8192)  # (the passes over a letter ask about the same words again)
def _leading_name(words_asked: tuple[str, ...]) -> tuple[str, ...]:
    head = list(words_asked)
    # (up to the words saying how often it acts: "Tổng cục Thuế định kỳ hoặc đột xuất tổ chức")
    head = head[: often_at(head)]
    i = _known_name(tuple(head[:_LONGEST_KNOWN])) or party_board(head)
    words: list[str] = head[:i]
    while i < len(head):
        word = head[i]
        bare = word.strip(",;:()")
        if _leads_after_name(words, head[i:]):
            break  # "Đảng uỷ Chính phủ lãnh đạo, chỉ đạo ...": the verb after the name
        if words and word == "-" and _ROLE.match(" ".join(head[i + 1 : i + 3])):
            break  # "Bộ Tài chính - Phó Trưởng Ban Chỉ đạo ...": the minister's second role
        # (the name's first two words, not a list going on: "Công an, Xây dựng, Tài chính"; or
        # a list's next entry's: "Công ty X, Hợp tác xã Y")
        entry = _entry(words)
        organ = (len(entry) == 1 and (entry[0], word) in _TWO_WORD_ORGANS) or (
            i == 0 and tuple(head[:2]) in _TWO_WORD_ORGANS
        )
        public = kind_words(words, head[i:]) or (on_area(head[i:]) if words else [])
        public = public or (region(head[i:]) if words else [])
        numbered = _UNIT_NUMBER.match(" ".join(head[i : i + 2])) if words else None
        if numbered is not None:
            # "Phòng Thanh tra thuế số 1", "... số 1: Cung cấp ...": the unit's number ends it
            words.extend(["số", numbered.group(1)])
            i += 2
            if numbered.group(2):
                break
            continue
        if public:
            words.extend(public)  # "đơn vị sự nghiệp công lập": the kind's own lower-case words
            i += len(public)
            continue
        national = bool(words) and (bare in ("gia", "của") or bare.isdigit())
        if national and _NATIONAL.match(" ".join([words[-1], *head[i : i + 3]])):
            # "Ủy ban quốc gia UNESCO", "... của Việt Nam": the country's own body, named so
            taken = 3 if bare == "của" else 1
            words.extend(head[i : i + taken])
            i += taken
            continue
        if words and words[0][:1].isupper() and _owner_at(head[i:], _leading_name) == 0:
            words.extend(head[i:])  # "Phòng Tin học của Cục Thuế": the unit, its owner body
            break
        if (
            bare
            and not bare[0].isupper()
            and not _name_word(bare, head[i + 1 : i + 2], word.endswith(","))
            and not organ
        ):
            topic = topic_opening(_entry(words))
            run = _name_run(words, head[i:])
            if not run:
                break  # "Ủy ban nhân dân Thành phố Hồ Chí Minh xử lý ...": the name ends here
            words.extend(run)
            i += len(run)
            if topic and not run[-1].endswith((",", ";")):
                break  # (a topic's department ends before its predicate: topic_names.py)
            continue
        words.append(word)
        i += 1
    return tuple(_without_plural_tail(words))


def _entry(words: list[str]) -> list[str]:
    """The words of the list's entry ``words`` end with: after the last "," or ";" that closes
    an entry's name ("Công ty Điện lực X, Hợp tác xã ..." -> "Hợp tác xã ...")."""
    last = max((k + 1 for k, w in enumerate(words) if w.endswith((",", ";"))), default=0)
    return words[last:]


# A party's committees, whose boards a party document names by their function in lower case
_COMMITTEES = frozenset(
    f"{level} {u}"
    for level in ("cấp", "tỉnh", "thành", "huyện", "quận", "thị", "đảng")
    for u in ("ủy", "uỷ")
)


def party_board(words: list[str]) -> int:
    """How many of ``words`` the name of a party committee's board, named by its function in
    lower case, fills: "Ban", up to five lower-case words, the committee ("Ban thường vụ cấp ủy",
    "Ban tuyên giáo và dân vận tỉnh ủy"); its level and the committees listed with it ("cấp
    tỉnh", ", thành ủy") are a name's own words that follow. 0 if ``words`` opens with none."""
    if [w.lower() for w in words[1:3]] == ["kiểm", "tra"] and words[0] in ("Phòng", "Đội"):
        return 3 + (len(words) > 3 and words[3].strip(",") == "thuế")  # "Phòng kiểm tra thuế"
    if len(words) < 3 or words[0] != "Ban":
        return 0
    if words[1:3] == ["chấp", "hành"]:
        return 3  # "Ban chấp hành Công đoàn ...": a body's executive committee, its name after
    for k in range(2, min(len(words), 8)):
        pair = " ".join(w.strip(",;:") for w in words[k - 1 : k + 1])
        if pair in _COMMITTEES:
            own = words[1 : k - 1]
            return k + 1 if all(w.isalpha() and w.islower() for w in own) else 0
        if not (words[k - 1].isalpha() and words[k - 1].islower()):
            return 0
    return 0


@lru_cache(maxsize=1)
def _known_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The known public bodies' names as words, by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for body in EXTERNAL_BODIES:
        words = tuple(body.split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


_LONGEST_KNOWN = 12


@lru_cache(maxsize=4096)
def _known_name(head: tuple[str, ...]) -> int:
    """How many words of ``head`` a known body's whole name fills ("các Sở Xây dựng chuẩn bị
    ..." -> 4, "Bộ Y tế chỉ đạo ..." -> 3: its lower-case words a verb's own elsewhere), the
    plural's "các" before it included; 0 if it opens with none."""
    at = 1 if head[:1] in (("các",), ("Các",)) else 0
    for name in _known_names().get(head[at] if len(head) > at else "", ()):
        words = head[at : at + len(name)]
        if words[:-1] == name[:-1] and words[-1:] and words[-1].rstrip(",;:") == name[-1]:
            return at + len(name)
    return 0


def known_then_verb(words: list[str], head: list[str]) -> bool:
    """``words``, the name ``head`` opens with, are a known body's whole name and a lower-case
    word follows: the subject's verb, whichever ("các Sở Xây dựng chuẩn bị ...")."""
    after = head[len(words)] if len(words) < len(head) else ""
    known = _known_name(tuple(words[:_LONGEST_KNOWN]))
    # (not what the body has done or will do: "Văn phòng Chính phủ đã nhận được ...", "... sẽ")
    plain = after.isalpha() and after.islower() and after not in NOT_IN_NAME | _STATES
    return bool(known) and known == len(words) and plain


_STATES = frozenset(["có", "là", "cũng", "vừa", "luôn", "hiện", "nhận", "xin", "trân", "kính"])


# "UBND 30 phường, xã": the count of the local bodies a name covers, before their kind
_LOCAL_KINDS = frozenset(["tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị"])


def _name_word(bare: str, after: list[str], listed: bool = False) -> bool:
    low = bare.lower()
    if low.isdigit():
        return bool(after) and after[0].strip(",;:()").lower() in _LOCAL_KINDS
    parts = low.split("-")
    if len(parts) > 1 and all(parts):  # "sở-ban-ngành", "quận-huyện": name words hyphened
        return all(part in NAME_WORDS for part in parts)
    glued = low.replace("/", ",").split(",")
    # ("các tỉnh,thành phố": a list's comma lost its space; "các tỉnh/thành phố": a slash)
    if len(glued) > 1 and all(glued):
        return all(
            _name_word(part, [glued[k + 1]] if k + 1 < len(glued) else after, True)
            for k, part in enumerate(glued)
        )
    bound = _BOUND.get(low)
    if bound is None:
        return low in NAME_WORDS
    if listed and low == "thị":
        return True  # "các huyện, thị, thành phố": "thị" for the towns ("thị xã") in a list
    return bool(after) and after[0].strip(",;:()").lower() in bound


def _without_plural_tail(words: list[str]) -> list[str]:
    """ "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy ...": a body's name
    ends before "và các" that opens an unnamed group (a group's own "Các sở ... và các cơ
    quan liên quan" stays whole)."""
    if not words or words[0].lower() in ("các", "những"):
        return words
    for k in range(len(words) - 2, 0, -1):
        if words[k] == "và" and words[k + 1] in ("các", "những"):
            # ("... và các Vụ, Cục liên quan thuộc Bộ": capitals only for the kinds of body)
            kinds = all(w[:1].islower() or w.strip(",;") in _PLURAL_KINDS for w in words[k + 1 :])
            return words[:k] if kinds else words
    return words


# The kinds of body a group's plural names in capitals ("các Vụ, Cục", "các Sở, Ban, Ngành")
_PLURAL_KINDS = frozenset(["Vụ", "Cục", "Sở", "Bộ", "Ban", "Ngành", "Phòng", "Viện"])


def _leads_after_name(named: list[str], rest: list[str]) -> bool:
    """ "lãnh đạo" after a capitalised word is the body's verb: a title stands before the
    body it heads ("Lãnh đạo Sở ..."), never after its name."""
    return (
        len(rest) >= 2
        and any(w[:1].isupper() for w in named[1:])  # a name, not "các đồng chí lãnh đạo"
        and rest[0] == "lãnh"
        and rest[1].strip(",;:") == "đạo"
    )


# "Các Bộ, cơ quan liên quan và các Tập đoàn:": a kind of bodies whose names the colon opens
_LISTED_KIND = re.compile(r"\bcác (?:Bộ|Sở|Tập đoàn|Tổng công ty|Ngân hàng)\s*$")


def listed_kind(head: str) -> bool:
    """The text before a colon ends with a kind of bodies, so their names follow it."""
    return bool(_LISTED_KIND.search(head))


def name_part(text: str) -> str:
    """The body's name ``text`` opens with, without the words of a sentence after it
    ("UBND các xã, phường cập nhật thiệt hại" -> "UBND các xã, phường")."""
    return " ".join(leading_name(text.split())).strip(" ,;")


def _name_run(named: list[str], rest: list[str]) -> list[str]:
    """A lower-case run inside a name ("Cục Kết cấu hạ tầng xây dựng", "Ban Quản lý Dự án 85",
    "Bộ Y tế,"): right after a capitalised word that is not the organ itself, up to the
    predicate or a comma, short and holding no word that links a sentence; else none."""
    if joined := fields_joined(named, rest):  # ("Phòng Kế hoạch - Tài chính")
        return rest[:joined]
    if topic_opening(_entry(named)):  # "Vụ Các vấn đề chung về xây dựng pháp luật"
        return topic_run(rest)
    if board := board_run(_entry(named), rest):  # ("Ban QLDA đầu tư xây dựng huyện")
        return board
    owner = _owner_at(rest, _leading_name)
    rest = rest[:owner] if owner is not None else rest  # ("Phòng Tin học của Cục Thuế")
    run: list[str] = []
    for word in rest:
        run.append(word)
        if word.endswith((",", ";", ":")):
            break
    # "Tổng cục thống kê", "Cục bản đồ ...", "Ủy ban kế hoạch Nhà nước", "Ban quản lý Khu kinh
    # tế tỉnh": an organ older (or careless) letters name in lower case
    # ("Vụ quản lý Doanh nghiệp lớn", "Phòng kê khai và kế toán thuế": a department's too)
    old_style = named in (["Cục"], ["Vụ"], ["Phòng"], ["Ủy", "ban"], ["Uỷ", "ban"]) or (
        named == ["Tổng"] and rest[0] == "cục"
    )
    old_style = old_style or (named == ["Ban"] and rest[:2] == ["quản", "lý"])
    run = before_series_verb(run, rest, _known_name(tuple(named[:_LONGEST_KNOWN])) == len(named))
    run = run[: next((k for k, w in enumerate(run) if w.lower() in ROLE_VERBS), len(run))]
    if not run:
        return []
    by_trade = trade(_entry(named), rest)
    if by_trade:
        return by_trade
    # "Vụ Tổ chức cán bộ": a name word bound to its capitalised one ("Tổ chức"), then the
    # name's last lower-case words, the whole of what stands before the predicate
    bound = len(named) > 2 and named[-2][:1].isupper() and named[-1].islower()
    closing = bound and run == rest and len(run) <= 2 and run[-1].isalpha()
    if (
        not old_style
        and not closing
        and (len(named) < 2 or not named[-1][:1].isupper() or any(w.endswith(":") for w in named))
    ):
        return []  # (after "các tỉnh: Gia Lai, Đồng Tháp" the names are proper names only)
    words = [w.strip(",;:()").lower() for w in run]
    # "Ban Quản lý các khu công nghiệp;" closed by a list's separator (in prose, "... các khu
    # công nghiệp chỉ đạo" may run on into the sentence)
    managed = named[-1] == "Quản" and words[0] == "lý" and run[-1].endswith((",", ";"))
    # (the place's name may end in a name's own word: "... và công nghiệp Thành phố")
    last = next((w for w in reversed(run) if not (w.islower() and w.strip(",;") in NAME_WORDS)), "")
    if (managed or last[:1].isupper()) and len(run) <= 12:
        # "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": a name closed by a place's
        # proper name may hold "các"
        words = [w for w in words if w != "các"]
    elif len(run) > 8 and not (run[-1].endswith(";") and len(run) <= 12):
        return []  # (a name a list's ";" closes may be longer: "Viện Khoa học Khí tượng ...;")
    if any(w in NOT_IN_NAME for w in words):
        return []
    return run


# "nêu tại Điều 1", "được quy định tại khoản 2 Điều 3 Quyết định này", "quy định tại Điều 3
# Nghị quyết này": the article that lists which bodies are meant, part of their name
NAMED_AT = re.compile(
    r"(?:được\s+)?(?:nêu|quy định|có tên|liệt kê)\s+tại\s+(?:(?:điểm\s+\w+\s+)?khoản\s+\d+\s+)?"
    r"Điều\s+\d+(?:\s+(?:của\s+)?(?:Quyết định|Nghị quyết) này)?"
    # ("các cơ quan hành chính nêu trong danh mục": those the decision's list names)
    r"|(?:được\s+)?(?:nêu|có tên)\s+(?:tại|trong)\s+(?:các\s+)?(?:[Dd]anh mục|[Pp]hụ lục)"
)
# "các đơn vị thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê": those given that work,
# part of their name (or assigned it: "Cơ quan thuế được phân công quản lý thuế đối với ...";
# or the one managing a taxpayer: "cơ quan thuế quản lý trực tiếp đối với người nộp thuế đó")
GIVEN_WORK = re.compile(
    r"được\s+(?:giao\s+nhiệm\s+vụ|phân\s+công)\s+[^,.;:]{3,80}"
    r"|quản\s+lý\s+(?:thuế\s+)?trực\s+tiếp(?:\s+(?:đối\s+với|của)\s+[^,.;:]{3,60})?"
)


_ORGAN_WORDS = ("Cục", "Sở", "Bộ", "Tổng", "Ủy", "Uỷ", "UBND", "Chi", "Ban", "Văn")


def _owner_at(rest: list[str], name: Callable[[tuple[str, ...]], tuple[str, ...]]) -> int | None:
    """Where "của" opens the body a unit named before it belongs to, when that body's name
    fills the rest of the subject ("Phòng Tin học của Cục Thuế"); None if it does not."""
    at = next((k for k, w in enumerate(rest[:4]) if w == "của"), None)
    if at is None or not all(w.isalpha() and w.islower() for w in rest[:at]):
        return None
    owner = tuple(rest[at + 1 :])
    if not owner or owner[0] not in _ORGAN_WORDS or not owner[-1].isalpha():
        return None
    return at if name(owner) == owner else None
