"""Round 37e: a programme's annex table whose first text column groups the activities ("| TT |
Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |"), a group's
first row numbered by a list dash ("| - | Hỗ trợ sản xuất ... | + Hỗ trợ ... | Bộ X. | ... |")
and the rows under it with an empty number, each activity marked "+" or "." in its cell. The
"Hoạt động" column holds the tasks, not "Nhóm hoạt động" (a group's title); a dash in the
number's cell numbers a row as well as "1" or "a)"; the "." before an activity is no part of
its text; a row whose lead cell is empty ("+ Thực hiện các hoạt động sau:") gives no task. A
"Thời gian" cell "2017 - 2020" is due at the end of the span's last year."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


_LETTER = "\n".join(
    [
        _row(
            "THỦ TƯỚNG CHÍNH PHỦ -------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
        ),
        "| --- | --- |",
        "| Số: 512/QĐ-TTg | *Hà Nội, ngày 10 tháng 05 năm 2017* |",
        "QUYẾT ĐỊNH",
        "PHÊ DUYỆT CHƯƠNG TRÌNH QUỐC GIA VỀ PHÁT TRIỂN RỪNG VEN BIỂN GIAI ĐOẠN 2017 - 2020",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "*Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;*",
        "*Xét đề nghị của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn,*",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt Chương trình quốc gia về phát triển rừng ven biển giai đoạn 2017 -"
        " 2020 với các nội dung chủ yếu sau:",
        "1. Mục tiêu: Nâng cao chất lượng rừng ven biển.",
        "2. Các hoạt động chủ yếu:",
        "- Hỗ trợ sản xuất bền vững ở vùng ven biển.",
        "- Tăng cường thực thi pháp luật lâm nghiệp.",
        "Nội dung chi tiết các hoạt động trên được thể hiện tại Phụ lục kèm theo Quyết định này.",
        "3. Tổ chức thực hiện:",
        "- Bộ Nông nghiệp và Phát triển nông thôn:",
        "+ Chủ trì tổ chức thực hiện Chương trình.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
        "Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành"
        " Quyết định này./.",
        _row(
            "*Nơi nhận:* - Như Điều 3; - Lưu: VT, NN.",
            "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Trịnh Văn Hải",
        ),
        "| --- | --- |",
        "PHỤ LỤC",
        "NỘI DUNG CHƯƠNG TRÌNH QUỐC GIA VỀ PHÁT TRIỂN RỪNG VEN BIỂN GIAI ĐOẠN 2017 - 2020",
        "*(Kèm theo Quyết định số 512/QĐ-TTg ngày 10 tháng 5 năm 2017 của Thủ tướng Chính phủ)*",
        "| TT | Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
        "| --- | --- | --- | --- | --- | --- |",
        "| a) | Nhóm hoạt động nhằm phát triển rừng ven biển |",
        _row(
            "-",
            "Hỗ trợ sản xuất bền vững ở vùng ven biển.",
            "+ Xây dựng mô hình nuôi trồng thủy sản dưới tán rừng ngập mặn.",
            "Bộ Nông nghiệp và Phát triển nông thôn.",
            "Ủy ban nhân dân tỉnh.",
            "2017 - 2020",
        ),
        _row(
            "",
            "",
            "+ Nghiên cứu cơ chế tín dụng cho hộ trồng rừng ven biển.",
            "Bộ Tài chính",
            "Ngân hàng Nhà nước.",
            "2017 - 2018",
        ),
        "|  |  | + Thực hiện các hoạt động sau, tùy điều kiện của từng địa phương: |  |  |  |",
        _row(
            "",
            "",
            ". Giao rừng ven biển cho cộng đồng dân cư quản lý.",
            "Ủy ban nhân dân tỉnh.",
            "Bộ Tài nguyên và Môi trường.",
            "2017 - 2020",
        ),
        _row(
            "-",
            "Tăng cường thực thi pháp luật lâm nghiệp",
            "+ Xử lý nghiêm các hành vi phá rừng ven biển.",
            "Bộ Công an.",
            "Bộ Tư pháp.",
            "2017 - 2020",
        ),
        "",
    ]
)


def test_activity_column_rows_under_a_group_column_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    got = [(a.text, a.lead_unit, a.coordinating_units, a.deadline) for a in record.actions]
    assert got[1:] == [
        (
            "Xây dựng mô hình nuôi trồng thủy sản dưới tán rừng ngập mặn",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            ["Ủy ban nhân dân tỉnh"],
            date(2020, 12, 31),
        ),
        (
            "Nghiên cứu cơ chế tín dụng cho hộ trồng rừng ven biển",
            "Bộ Tài chính",
            ["Ngân hàng Nhà nước"],
            date(2019, 1, 2),
        ),
        (
            "Giao rừng ven biển cho cộng đồng dân cư quản lý",
            "Ủy ban nhân dân tỉnh",
            ["Bộ Tài nguyên và Môi trường"],
            date(2020, 12, 31),
        ),
        (
            "Xử lý nghiêm các hành vi phá rừng ven biển",
            "Bộ Công an",
            ["Bộ Tư pháp"],
            date(2020, 12, 31),
        ),
    ]
