"""An introduction that is a task of its own: "Để triển khai ..., Bộ X kính đề nghị Ủy ban
nhân dân các tỉnh chỉ đạo các cơ quan ... quán triệt và thực hiện các quy định tại các văn
bản nêu trên, trong đó lưu ý một số nhiệm vụ chủ yếu ..., cụ thể như sau:" asks the bodies to
have the documents it cites disseminated and carried out, work of its own, whole up to its
colon; the items under it single out what to note among them, tasks too. An intro that only
urges the work on ("... thực hiện quyết liệt các giải pháp đã đề ra, trong đó lưu ý ...
sau:") gives no task of its own: its items are the work.
"""

from __future__ import annotations

import re

# (folded) "quán triệt ..., trong đó (cần) lưu ý / chú ý ...:" closing the intro
_DISSEMINATES = re.compile(
    r"\bquan triet\b[^:;]{0,300},\s*trong do\s+(?:can\s+)?(?:luu y|chu y)\b[^:;]{0,300}:\s*$"
)


def disseminates(folded: str) -> bool:
    """The intro asks for the cited documents to be disseminated, then what to note."""
    return bool(_DISSEMINATES.search(folded))
