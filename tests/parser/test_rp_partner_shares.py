"""Round rP: partners after "phối hợp" that share one word, a verb or carry a shortened place.

- "phối hợp với Sở Ngoại vụ và các Sở: Kế hoạch và Đầu tư, Công Thương và các cơ quan liên
  quan": the kind's list past its colon, later in the list too, is one partner a name, each with
  the kind's word ("Sở Kế hoạch và Đầu tư"), the unnamed plural after it left out;
- "phối hợp với ..., Tập đoàn VNPT, MobiFone": enterprises of one kind by their short names,
  each "Tập đoàn X";
- "phối hợp với ... Ủy ban nhân dân TP. Hải Phòng": the stop of "TP." parts no partners;
- "phối hợp, hướng dẫn Sở Xây dựng, ... và các nhà thầu", "phối hợp, hỗ trợ Sở A và các cơ quan
  liên quan", "phối hợp, cung cấp thông tin với Sở X": partners of a second verb shared with
  "phối hợp", the unnamed plurals left out;
- "phối hợp với Công an xã, phường hoặc Ủy ban nhân dân các xã, phường": either body, each a
  partner;
- "phối hợp với Ủy ban nhân dân 03 xã: Hải Thịnh, Hải Hòa, Hải Ninh": the committees of the
  communes named after the colon, one collective partner as written;
- "xây dựng Quy chế phối hợp các sở, ngành, Ủy ban nhân dân cấp xã ...": the regulation named
  by its subject, no partners of the lead's;
- "phối hợp với Sở Tài chính, Sở ngành liên quan": the departments' sectors concerned, a kind
  of body naming none, left out as "các sở, ngành liên quan" is.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SHARING = (
    "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Ngoại vụ và các Sở: Kế hoạch và Đầu tư,\n"
    "Công Thương và các cơ quan liên quan xây dựng phương án xúc tiến thương mại năm 2025.\n\n"
    "2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, Tập đoàn VNPT,\n"
    "MobiFone khẩn trương hoàn thiện nền tảng giám sát chỉ số chuyển đổi số của tỉnh.\n\n"
    "3. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân TP. Hải Phòng\n"
    "rà soát phương án kết nối tuyến đường ven biển.\n"
)
_VERBS = (
    "1. Sở Y tế chủ động phối hợp, hướng dẫn Sở Xây dựng, Trung tâm Kiểm soát bệnh tật tỉnh\n"
    "và các nhà thầu hoàn thiện hồ sơ phòng cháy của bệnh viện.\n\n"
    "2. Sở Ngoại vụ phối hợp, hỗ trợ Sở Khoa học và Công nghệ và các cơ quan liên quan trong\n"
    "đàm phán các thỏa thuận hợp tác quốc tế.\n\n"
    "3. Các hợp tác xã thường xuyên phối hợp, cung cấp thông tin với Sở Công Thương về sản\n"
    "lượng nông sản xuất khẩu.\n"
)


@pytest.mark.parametrize(
    ("items", "partners"),
    [
        (
            _SHARING,
            [
                ["Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư", "Sở Công Thương"],
                ["Tập đoàn VNPT", "Tập đoàn MobiFone"],
                ["Sở Tài chính", "Ủy ban nhân dân TP. Hải Phòng"],
            ],
        ),
        (
            _VERBS,
            [
                ["Sở Xây dựng", "Trung tâm Kiểm soát bệnh tật tỉnh"],
                ["Sở Khoa học và Công nghệ"],
                ["Sở Công Thương"],
            ],
        ),
        (
            "1. Sở Xây dựng chủ trì, phối hợp với Công an xã, phường hoặc Ủy ban nhân dân các xã,\n"
            "phường tổ chức kiểm tra các công trình gây phát tán bụi.\n",
            [["Công an xã, phường", "Ủy ban nhân dân các xã, phường"]],
        ),
        (
            "1. Sở Nông nghiệp và Môi trường phối hợp với Ủy ban nhân dân 03 xã: Hải Thịnh, Hải\n"
            "Hòa, Hải Ninh rà soát các khu bảo vệ nguồn lợi thủy sản ven bờ.\n",
            [["Ủy ban nhân dân 03 xã: Hải Thịnh, Hải Hòa, Hải Ninh"]],
        ),
        (
            "1. Sở Công Thương chủ trì xây dựng Quy chế phối hợp các sở, ngành, Ủy ban nhân dân\n"
            "cấp xã về quản lý cụm công nghiệp, trình Ủy ban nhân dân tỉnh ban hành.\n",
            [[]],
        ),
        (
            "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, Sở ngành liên quan đánh giá tình\n"
            "hình thực hiện quy hoạch các cụm công nghiệp.\n",
            [["Sở Tài chính"]],
        ),
    ],
    ids=["shared-word", "shared-verb", "either", "communes", "regulation", "sectors"],
)
def test_partners(
    items: str, partners: list[list[str]], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\nSố: 415/UBND-KT\n\n"
        "Thái Bình, ngày 12 tháng 5 năm 2025\n\n"
        "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
        f"Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n{items}"
    ) + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    actions = parse_text(page, org, calendar).actions
    assert [a.coordinating_units for a in actions] == partners
