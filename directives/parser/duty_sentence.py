"""The last sentence of an intro ending in ":" that gives a body the items below as its
duties ("Tổ công tác do ... làm Tổ trưởng. Ban X có trách nhiệm:"): where it starts."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep

# the start of an intro's last sentence, when it ends in ":" ("... . Ban X có trách nhiệm:"):
# a full stop after a word in lower case (not "TP. Hà Nội"), a capital after it
_LAST_SENTENCE = re.compile(r"(?<=[a-zà-ỹđ\d)])\.\s+(?=[A-ZĐÀ-Ỹ])")


def duty_sentence(text: str) -> int:
    """Where the last sentence of an intro ending in ":" starts, 0 if it is its only one (or
    it gives no body its duties)."""
    stop = duty_stop(text)
    return stop.end() if stop else 0


def duty_stop(text: str) -> re.Match[str] | None:
    """The full stop before the last sentence of an intro ending in ":" that gives a body the
    items as its duties ("1. Giao X lập Tổ Y. Tổ Y có trách nhiệm:"), the text before it the
    intro's own task; None if there is no such sentence."""
    if not text.rstrip().endswith(":"):
        return None
    stops = [*_LAST_SENTENCE.finditer(text)]
    last = fold_keep(text[stops[-1].end() :]) if stops else ""
    duty = _DUTY_INTRO.search(last)
    return stops[-1] if duty and not _TELLS.search(last, 0, duty.start()) else None


# a sentence that gives its subject the items below as its duties ("Ban X có trách nhiệm:",
# "Sở Y có nhiệm vụ:", "Cục Z thực hiện các nội dung sau:"), not one the writer speaks in
# ("Giám đốc Sở kết luận và chỉ đạo như sau:")
_DUTY_INTRO = re.compile(
    r"\b(?:(?:co|chiu) trach nhiem|co (?:cac )?nhiem vu(?: sau(?: day)?)?|"
    r"thuc hien (?:cac|nhung|mot so) (?:noi dung|nhiem vu|cong viec|viec)"
    r"(?: cu the)?(?: sau(?: day)?| nhu sau))\s*:\s*$"
)
# (the writer telling others the items: "Tổng cục Thuế thông báo các Cục Thuế thực hiện ...")
_TELLS = re.compile(r"\b(?:thong bao|ket luan|de nghi|yeu cau|(?<!duoc )giao)\b")
