"""The marks ``subjects`` reads a sentence's subject by (moved out of subjects.py, at 400 lines):
who is meant by a kind, a clause run in after a colon, the adverbs between a name and its verb,
a body's members, a board named with the decision that set it up."""

from __future__ import annotations

import re

from directives.parser.letters import SMALL

INVESTOR = re.compile(r"(?:[Cc]ác\s+)?(?:[Cc]hủ|[Nn]hà) đầu tư")
MEANT = re.compile(rf"(?:\s+[{SMALL}]+){{1,6}}")

# (or the words a clause opens with: "X: Sau khi hoàn thành ..., công chức ...")
CLAUSE_OPENS = r"(?:Ngay sau khi|Sau khi|Khi|Trường hợp|Nếu|Căn cứ|Trên cơ sở|Đối với)(?:\s|$)"
RUN_IN = re.compile(rf":\s+(?:[{SMALL}]|{CLAUSE_OPENS}).*$")
# the adverbs that stand between a body's name and its verb ("Cục Thuế chỉ xử lý ..."; not
# "sẽ": "Bộ X sẽ tiến hành ...", what a body undertakes itself)
ADVERBS = frozenset(("chỉ", "cũng", "đều", "vẫn", "luôn"))


# "Thành viên Ban Chỉ đạo ...", "Các thành viên Hội đồng ...", "Các thành viên Chính phủ ...":
# the members of a named body
MEMBERS = re.compile(
    r"\s*(?:[Cc]ác\s+)?[Tt]hành viên\s+(?=(?:Ban|Hội đồng|Tổ|Ủy ban|Uỷ ban)\s|Chính phủ\s)"
)


# "Các đơn vị Phòng A, Trung tâm B, ...": a plural word for bodies, then their names listed
PLURAL_OVER_NAMES = re.compile(r"\s*[Cc]ác\s+(?:đơn vị|cơ quan)\s+(?=[A-ZĐ])")


# "Phòng X, các Chi cục Thuế : phối hợp ...": a colon set off by spaces between the bodies and
# their verb, the sentence's punctuation
SPACED_COLON = re.compile(rf"\s+:(?=\s+[{SMALL}])")


MANNER = re.compile(r"\s+bằng\s+(?:nhiều|các|mọi)\s+(?:hình thức|biện pháp|cách)\b[^,()]{0,80},$")
ISSUES = re.compile(r"(?<=\s)ban hành\b")
# "tổ chức đảng": a party's organisation, not the verb "tổ chức"
PARTY_NOUN = re.compile(r"tổ chức đảng\b", re.IGNORECASE)
# A board named in full, then the decision that set it up in brackets: "Ban Chỉ đạo Nhà nước về
# kế hoạch bảo vệ và phát triển rừng (Quyết định số 58/QĐ-TTg ...) chỉ đạo ..."
FOUNDED = re.compile(
    r"^(?P<name>(?:Ban|Hội đồng|Ủy ban|Uỷ ban|Tổ)\s[^()]{3,150}?)\s*"
    r"\((?:theo\s+)?(?:Quyết định|Nghị quyết)\s+số\s[^()]*\)\s+"
)
CONCERNING_WHO = re.compile(
    r"^Đối với\s+(?P<who>(?:các\s+)?[^,;.:]{3,60}?),?\s+(?P<verb>cần|phải|căn cứ)\s", re.IGNORECASE
)
