"""A body's role after a dash, the dash wrapped to open a line: "... của Công an thành phố" /
"- Thường trực tham mưu thực hiện Chương trình, ..." says what the body named before it is
(its standing office), and opens no list item of its own."""

from __future__ import annotations

import re

from directives.parser.letters import SMALL

# "- Thường trực tham mưu", "- cơ quan thường trực, chủ trì": a role, then what it does (not
# "- Thường trực Tỉnh ủy;", a standing committee named in a list)
_ROLE_DASH = re.compile(
    r"^- (?P<role>(?:[Ll]à )?(?:[Cc]ơ quan |[Đđ]ơn vị )?(?:[Tt]hường trực|đầu mối))"
    rf"(?=,|\s+(?-i:[{SMALL}]))"
)

# a lettered item's opening line ("a) Phòng Học sinh, sinh viên"): its marker is no lower-case
# word running on
_LETTERED = re.compile(r"^[a-zđ]\s*[).]\s")


def join_role_dashes(lines: list[str]) -> list[str]:
    """A role's dash wrapped to open a line, its sentence running on from the line before
    (no stop, colon or semicolon ends it, and it is no item's or heading's opening line of
    its own): the two lines one."""
    out: list[str] = []
    for line in lines:
        before = out[-1] if out else ""
        if (
            line.startswith("- ")
            and before
            and before[-1] not in ".;:!?"
            and before[:1].islower()
            and not _LETTERED.match(before)  # ("a) Phòng X" / "- Thường trực, chủ trì ...")
            and _ROLE_DASH.match(line)
        ):
            out[-1] = f"{before} {line}"
            continue
        out.append(line)
    return out
