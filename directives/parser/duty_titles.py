"""The title over a body's duties ("Trách nhiệm của Sở Y tế", "2. Nhiệm vụ của các cơ quan,
đơn vị", "Các đơn vị cấp nước ... có trách nhiệm") and the parties a duty binds by what they do
("cá nhân, tổ chức có phản ánh kiến nghị"): ``bodies`` reads the bodies such a heading names."""

from __future__ import annotations

import re

from directives.parser.letters import SMALL

# What the bodies a heading names have ("... có trách nhiệm", "... có quyền hạn và trách
# nhiệm:", "... có nhiệm vụ và quyền hạn:")
ANSWERS_FOR = re.compile(
    r"\s+(?:chịu trách nhiệm|có (?:(?:trách nhiệm|nhiệm vụ|quyền hạn)(?:\s*,\s*|\s+và\s+))?"
    r"(?:trách nhiệm|nhiệm vụ|quyền hạn))$",
    re.IGNORECASE,
)
# ("Trách nhiệm các cơ quan, đơn vị ...", "Trách nhiệm Sở Công Thương": the plural or a named
# body right after the title, "của" left out)
DUTIES_OF = re.compile(
    r"^(?:trách nhiệm|nhiệm vụ)(?: chung| cụ thể| chủ yếu| trọng tâm)?"
    r"(?:(?:\s*,\s*|\s+và\s+)quyền hạn)?(?: của\s+| (?=các\s)| (?=(?-i:[A-ZĐỦ])))(?=\S)",
    re.I,
)
# the people and organisations a duty binds, by what they do, in small letters (the work and
# the place named as the title goes on: "tổ chức, cá nhân tham gia cung cấp, khai thác thông
# tin trên Cổng thông tin điện tử tỉnh")
PARTIES = re.compile(
    r"(?:[Cc]á nhân,\s*tổ chức|[Tt]ổ chức,\s*cá nhân)"
    rf"(?:\s+[{SMALL}][^\W\d_]*(?:(?:,\s*|\s+)[^\W\d_]+){{0,30}})?"
)
