"""Under a plan's topic heading that names no body, the first "-" item names its body in a
later sentence, with its heads' titles joined by a slash ("- Ngoài việc ... . Thủ trưởng/Giám
đốc các cơ sở giáo dục chỉ đạo ..."): the item is that body's task and the "-" items after it,
naming none, take that body. On a page cut at a fixed width, the item's list of entries after
"gồm:" runs on past a ";" that ends a full line ("...;" / "Phương án ..."), and the "-" lines
after it stay items of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_lines

HEAD = (
    "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG                      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 33/KH-UBND              Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "KẾ HOẠCH\n"
    "Triển khai sổ điện tử tại các trường học\n"
    "\n"
)
BODY = (
    "I. MỤC ĐÍCH\n"
    "- Nâng cao chất lượng quản lý hồ sơ học sinh trên địa bàn tỉnh.\n"
    "II. NỘI DUNG\n"
    "1. Chuẩn bị hạ tầng\n"
    "- Rà soát hạ tầng mạng tại các trường.\n"
    "- Đơn vị thực hiện: Các trường trung học cơ sở.\n"
    "2. Chuẩn bị các điều kiện trước khi triển khai\n"
    "- Ngoài việc chuẩn bị, mua sắm các thiết bị và phần mềm. Thủ trưởng/Giám đốc các cơ sở "
    "giáo dục chỉ đạo lập hồ sơ, quy chế quản lý sổ điện tử tại đơn vị.\n"
    "- Thành lập tổ công tác gồm giáo viên tin học tư vấn cho nhà trường; phối hợp với Phòng "
    "Giáo dục và Đào tạo để hỗ trợ.\n"
    "- Tuyên truyền về việc dùng sổ điện tử trên trang thông tin điện tử của trường.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Giáo dục và Đào tạo\n"
    "- Hướng dẫn các trường triển khai Kế hoạch.\n"
)
WRAPPED = [
    "2. Chuẩn bị các điều kiện trước khi triển khai",
    "- Ngoài việc chuẩn bị các thiết bị, phần mềm. Thủ trưởng/Giám đốc các cơ sở",
    "giáo dục chỉ đạo lập hồ sơ, các nội dung liên quan để triển khai sổ điện tử,",
    "gồm: Quy chế lập, cập nhật và quản lý sổ điện tử; Quy chế sử dụng chữ ký số",
    "của nhà trường; Quy trình sao lưu dữ liệu hằng tuần trên máy chủ của trường;",
    "Phương án phòng ngừa, khắc phục sự cố mất dữ liệu của hệ thống thông tin…",
    "- Thành lập tổ công tác gồm giáo viên tin học tư vấn cho nhà trường; phối",
    "hợp với Phòng Giáo dục và Đào tạo để hỗ trợ theo quy định",
    "- Tuyên truyền về việc dùng sổ điện tử trên trang thông tin điện tử của",
    "trường.",
]


def test_the_items_after_the_first_take_its_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(HEAD + BODY, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Các trường trung học cơ sở",
        *["các cơ sở giáo dục"] * 3,
        "Sở Giáo dục và Đào tạo",
    ]
    assert actions[1].text.startswith("Ngoài việc chuẩn bị, mua sắm các thiết bị và phần mềm.")
    assert actions[2].coordinating_units == ["Phòng Giáo dục và Đào tạo"]


def test_a_list_after_gom_runs_on_past_a_full_lines_semicolon() -> None:
    blocks = split_blocks(WRAPPED, fold_lines(WRAPPED))
    assert [b.marker for b in blocks] == ["num1", "dash", "dash", "dash"]
    assert blocks[1].text.endswith("của hệ thống thông tin…")
