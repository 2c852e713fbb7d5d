"""A subject that names bodies one by one ("Mỗi sở, ban, ngành, mỗi lĩnh vực xác định ...",
"Mỗi ngành, lĩnh vực cần xác định ..."): each body of those kinds is to act, the kinds as
written being the task's lead, as a plural of bodies by their kind is ("Các sở, ngành ...")."""

from __future__ import annotations

import re

from directives.parser.subjects import subject_bodies

# the kinds of body "mỗi" names; a field ("lĩnh vực") may follow a body's kind in the list
_KIND = r"(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|xã|phường|doanh nghiệp|trường|cơ sở)"
_LATER = rf"(?:{_KIND}|lĩnh vực)"
_EACH = re.compile(
    rf"^(?P<name>Mỗi\s+{_KIND}(?:\s*,\s*(?:mỗi\s+)?{_LATER})*)\s+"
    # a task's verb follows, not what each has or is ("Mỗi xã có 01 tổ ...": a target)
    r"(?!(?:có|là|được|đạt|bị|đều|phải có)\b)(?=[a-zđà-ỹ])",
    re.IGNORECASE,
)


def each_body(sentence: str) -> list[str]:
    """The kinds "Mỗi ..." opens the sentence with, as one name; none if it opens otherwise."""
    m = _EACH.match(sentence.strip())
    return [m.group("name")] if m else []


# "Khuyến khích Đoàn Thanh niên ... chỉ đạo ...": the body encouraged to act, by its name
_ENCOURAGE = re.compile(r"^Khuyến khích\s+(?=(?-i:[A-ZĐ]))", re.IGNORECASE)
# (or the localities as a whole, public bodies by their kind: "Khuyến khích các địa phương căn
# cứ khả năng ngân sách ... hỗ trợ ...", not businesses or people: "các doanh nghiệp")
_LOCALITIES = re.compile(r"^Khuyến khích\s+(?P<name>các địa phương)\s+(?=[a-zđà-ỹ])", re.I)


def encouraged(sentence: str) -> list[str]:
    """The bodies "Khuyến khích X, Y ..." encourages to do the work that follows, named (not a
    kind: "Khuyến khích các doanh nghiệp ...", but the localities), in order; none if it opens
    otherwise."""
    if localities := _LOCALITIES.match(sentence.strip()):
        return [localities.group("name")]
    m = _ENCOURAGE.match(sentence.strip())
    return subject_bodies(sentence.strip()[m.end() :]) if m else []
