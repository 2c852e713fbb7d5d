"""A year a task's text is due in ("hoàn thành ... trong năm 2025", "đến hết năm 2025", "cuối
năm 2025", ". Đến năm 2030, ..."), due at its end, resolved by ``WorkingCalendar.resolve``;
deadlines.py reads every other deadline phrase (yearly.py a day of every year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from directives.calendar import DeadlineKind as Rule
from directives.calendar import WorkingCalendar

# (not "các nhiệm vụ (được giao / phải hoàn thành / triển khai) trong năm 2025": a year's tasks)
_IN_YEAR = re.compile(
    r"(?<!nhiem vu )(?<!nhiem vu duoc giao )(?<!nhiem vu phai hoan thanh )(?<!nhiem vu trien khai )"
    r"trong\s+nam\s+(?P<y>\d{4})"
)
# "bảo đảm đến hết năm 2025 không còn vướng mắc": by the year's end (not a plan's target
# opening a line, "Đến hết năm 2030: 100% ...", "Đến hết năm 2030, có ít nhất ...", nor its
# horizon, "Mục tiêu đến hết năm 2026", nor a span of time, "từ nay đến hết năm 2025")
_YEAR_END = re.compile(
    r"(?<!muc tieu )(?<!tu nay )(?<!muc tieu den )(?<!tu nay den )"
    r"(?:den\s+)?het\s+nam\s+(?P<y>\d{4})(?!\s*[,:])"
)
# "- Vùng đồng bằng sông Cửu Long: cuối năm 1982;", "xong vào cuối năm 1982": by the year's
# end (not "những tháng cuối năm 2025", "trong cuối năm 2025 và đầu năm 2026": a stretch of
# time, nor a target, "Phấn đấu đến cuối năm 2025, ...")
_YEAR_CLOSE = re.compile(r"(?:^|(?<=: )|(?<=\bvao ))cuoi\s+nam\s+(?P<y>\d{4})\b")
# "... . Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu": a later sentence of a task set by the
# year it opens with, due by its end (not a paragraph's opening goal, "Đến hết năm 2030, 100%
# ...", nor a target's horizon inside a sentence, "phấn đấu đến năm 2030 đạt 80%")
_BY_YEAR = re.compile(r"(?<=\. )den\s+nam\s+(?P<y>\d{4})(?=\s*,)")
# "hoàn thành ... trong năm 2025": the year is when the work must be done
_COMPLETE_BEFORE = re.compile(
    # "mức độ hoàn thành nhiệm vụ ... trong năm 2025": how well it was done, no due date
    # ("thông xe tuyến chính ... trong năm 2025": a road opened to traffic, its works done)
    # ("sớm bàn giao trong năm 2025 dự án ... cho tỉnh": a handover, the transfer done)
    r"(?<!muc do )hoan thanh|hoan tat|\bxong\b|dua vao (?:van hanh|su dung|khai thac)|thong xe"
    r"|\bban giao\b"
    # "... để trình Quốc hội sửa đổi Luật Đất đai trong năm 2026", "để triển khai trong năm 2026"
    r"|\btrinh (?:quoc hoi|chinh phu|thu tuong)\b|\btrien khai(?: thuc hien)?\s*$"
    # "phấn đấu đạt 20% ... ngay trong năm 2025", "phải đạt 90% trong năm 2025": a target met
    r"|\bphan dau\b|\bphai dat\b"
    # "đề nghị cơ quan thuế rà soát ... khi thực hiện hạch toán trong năm 2016": the request's
    # own time
    r"|\b(?:de nghi|yeu cau)\b"
)

# "báo cáo ... định kỳ hàng tháng (trong năm 2025)": reports that recur until the year's end
_RECURRING = re.compile(r"\b(?:hang|moi)\s+(?:tuan|thang|quy)\s*\(\s*$")
_CASE_ASKED = re.compile(r"\s+neu\s[^.;]{3,300}?,\s*(?:thi\s+)?(?:de nghi|yeu cau)\s")

# "2025", "Năm 2026" alone in a deadline column: within that year
# a time cell's year, or span of years ("2025 - 2035", "Giai đoạn 2026 - 2030", "Từ năm 2023
# đến năm 2030": by the end of the last one; "2026 và hằng năm": first by the end of that
# year, then every year); "Cả năm 2024 (sau khi văn bản được ban hành)": the whole year, the
# note in brackets no part of it (not "Từ năm 2024" alone: when the work starts)
BARE_YEAR = re.compile(
    r"^\s*(?:tu\s+nam\s+(?:19|20|21)\d\d\s+den\s+(?:het\s+)?|ca\s+(?=nam\s))?"
    r"(?:(?:nam|giai\s+doan)\s+)?(?:(?:19|20|21)\d\d\s*[-\u2013]\s*)?(?P<y>(?:19|20|21)\d\d)"
    r"(?:\s+va\s+hang\s+nam)?(?=\s*(?:\([^()]*\)\s*)?$)"
)


def _clause_start(folded: str, at: int) -> int:
    """Where the clause holding ``at`` opens: "Hoàn thành 100% thủ tục ... giảm tối đa giấy tờ
    trong năm 2025" is one clause however long, "...; trong năm 2025" another."""
    window = max(0, at - 300)
    return max(folded.rfind(". ", window, at), folded.rfind(";", window, at), window - 1) + 1


def each_match(pattern: re.Pattern[str], folded: str, *needles: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern``; none unless ``folded`` holds every needle (a cheap test first)."""
    if all(needle in folded for needle in needles):
        return pattern.finditer(folded)
    return iter(())


def year_ends(
    folded: str, cal: WorkingCalendar, cell: bool, text: str
) -> Iterator[tuple[int, int, date | None]]:
    """Each year phrase of ``folded`` that makes a due date (its start, end and the year's last
    day, resolved); in a deadline column (``cell``) "trong năm Y" needs no verb of completion."""
    for m in [
        *each_match(_IN_YEAR, folded, "trong nam"),
        *each_match(_BY_YEAR, folded, "den"),
        *each_match(_YEAR_END, folded, "het nam"),
        *each_match(_YEAR_CLOSE, folded, "cuoi nam"),
    ]:
        if (
            (
                m.re is _IN_YEAR
                and not cell
                and not _COMPLETE_BEFORE.search(folded, _clause_start(folded, m.start()), m.start())
                # ("trong năm 2016 nếu Kho bạc ... điều chỉnh ..., đề nghị cơ quan thuế nhập ...":
                # the year of the case the request is made for)
                and not _CASE_ASKED.match(folded, m.end())
                # ("định kỳ hàng tháng (trong năm 2025)": reports that recur to the year's end)
                and not _RECURRING.search(folded, max(0, m.start() - 30), m.start())
            )
            or (m.re is _IN_YEAR and text[m.start() : m.start() + 5].lower() not in ("", "trong"))
        ):
            # (or "rừng trồng năm 2012": planted that year, the word folded alike)
            continue  # "các nhiệm vụ được giao trong năm 2025" names the year, not a due date
        last = cal.resolve(Rule.NO_LATER_THAN, day=date(int(m.group("y")), 12, 31))
        yield m.start(), m.end(), last
