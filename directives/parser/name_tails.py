"""The words that end a lower-case run inside a body's name: a word that links a sentence
("của", "trong", "đã"), the verb a sentence lists after its subject ("... tuyên truyền, giải
thích ..."), and the trade an association is named by before its place ("Hội nông dân Việt
Nam")."""

from __future__ import annotations

import itertools
import re

# Words that end a body's name when they follow it: "... Hồ Chí Minh xử lý dứt điểm trong ...".
NOT_IN_NAME = frozenset(
    re.findall(
        r"\w+",
        "của trong ngày tháng năm tại đã sẽ đang được để với cho theo về từ đến khi nếu "
        "thì mà này đó các những việc trên dưới sau trước bị không chưa còn vẫn",
    )
)

# The verbs that give a body its role after its name ("Bộ phận Tư pháp làm đầu mối, phối hợp
# ...", "Sở X là cơ quan thường trực,"): no name's lower-case run opens with them
ROLE_VERBS = frozenset(["làm", "là"])


# Verbs a sentence lists after its subject, a comma between them ("... tuyên truyền, giải thích
# để ...", "... phân tích, nâng cấp ứng dụng"): no name's last words
_SERIES_VERBS = frozenset(
    ["tuyên truyền", "phân tích", "giải thích", "nâng cấp", "phổ biến", "hướng dẫn", "rà soát"]
)


def before_series_verb(run: list[str], rest: list[str], known: bool = False) -> list[str]:
    """``run`` (the lower-case words after a name's capitalised ones, up to a comma) without
    the verb it ends with when another lower-case word follows the comma: "Tổng cục quản lý
    ruộng đất tuyên truyền, giải thích ..." -> "quản lý ruộng đất". After a ``known`` body's
    whole name, any short run so listed is the first of its verbs ("Cục Thuế đối chiếu, chốt
    số liệu ..."), none of the name's words."""
    after = rest[len(run)] if len(run) < len(rest) else ""
    tail = " ".join(run[-2:]).rstrip(",").lower()
    if run[-1:] and run[-1].endswith(",") and after[:1].islower() and tail in _SERIES_VERBS:
        return run[:-2]
    verbs = len(run) <= 2 and all(w.rstrip(",").isalpha() and w.islower() for w in run)
    if known and verbs and run[-1].endswith(",") and after.isalpha() and after.islower():
        return []
    return run


# An association named by its trade in lower case, then its country or place: "Hiệp hội mắc
# ca Việt Nam", "Hội nông dân Việt Nam" (or a cooperative: "Hợp tác xã dịch vụ điện Quảng Phú")
_ASSOCIATIONS = (["Hiệp", "hội"], ["Hội"], ["Hợp", "tác", "xã"])


def trade(named: list[str], rest: list[str]) -> list[str]:
    """The association's trade (up to three lower-case words) before the capitalised place
    that closes its name; else none."""
    if named not in _ASSOCIATIONS:
        return []
    run = list(itertools.takewhile(lambda w: w.isalpha() and w.islower(), rest[:4]))
    closed = len(run) < len(rest) and rest[len(run)][:1].isupper()
    return run if run and closed and not any(w in NOT_IN_NAME for w in run) else []
