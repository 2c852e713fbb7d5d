"""A scan's OCR that runs the "Nơi nhận" column and the signer's column onto the same lines
("- Bộ Tư pháp; TM. ỦY BAN NHÂN DÂN" / "- Sở Tư pháp; CHỦ TỊCH") and leaves specks at the ends
of lines ("Nơi nhận: 3 Ạ A,", "...; = 4"): the list keeps its entries only, the signer its
capacity, title (as the OCR reads it) and name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG Độc lập - Tự do - Hạnh phúc\n"
    "Số: 07/2026/QĐ-UBND Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Ban hành Quy định về quản lý chợ trên địa bàn tỉnh\n"
    "\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\n"
    "Điều 2. Sở Công Thương chủ trì tổ chức thực hiện Quyết định này.\n"
    "\n"
    "Nơi nhận: 3 Ạ A,\n"
    "- Bộ Tư pháp; TM. UY BAN NHAN DÁN\n"
    "- Bộ Công Thương; HU TỊCH\n"
    "\n"
    "- Thường trực Tỉnh ủy;\n"
    "- Sở Tư pháp; +) v\n"
    "- Các sở, ban, ngành tỉnh; = 4\n"
    "- UBND các xã, phường;\n"
    "- Chánh, PCVP.UBND tỉnh;\n"
    "- Cổng thông tin điện tử tỉnh;\n"
    "- Báo và PT-TH tỉnh;\n"
    "- Trung tâm Phục vụ hành chính công;\n"
    "- Lưu: VT, CT.\n"
    "\n"
    "Trần Văn Minh\n"
)


def test_the_list_keeps_its_entries_and_the_signer_his_block(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert record.distribution == [
        "Bộ Tư pháp",
        "Bộ Công Thương",
        "Thường trực Tỉnh ủy",
        "Sở Tư pháp",
        "Các sở, ban, ngành tỉnh",
        "UBND các xã, phường",
        "Chánh, PCVP.UBND tỉnh",
        "Cổng thông tin điện tử tỉnh",
        "Báo và PT-TH tỉnh",
        "Trung tâm Phục vụ hành chính công",
        "Lưu: VT, CT",
    ]
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        "TM.",
        "HU TỊCH",
        "Trần Văn Minh",
    )
