"""Round 13 (b): a signature block run onto one line of a page's table, with the plan's
annex after it (synthetic): the signer is read from the few lines after "Nơi nhận" even
when the annex's table, not the signature, ends the page."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import Signer

PLAN = (
    "| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n"
    "| Số: 15/KH-BXD | *Hà Nội, ngày 06 tháng 8 năm 2024* |\n"
    "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 20/CT-TTG VỀ NHÀ Ở XÃ HỘI\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Quản lý nhà và thị trường bất động sản chủ trì hoàn thiện dự thảo Nghị định.\n"
    "| *Nơi nhận:* - Bộ trưởng (để báo cáo); - Lưu VT, QLN. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     "
    "Lê Văn Thành |\n| --- | --- |\n"
    "PHỤ LỤC\nCÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n"
    "*(Ban hành kèm theo Kế hoạch số      /KH-BXD ngày    tháng 8 năm 2024 của Bộ Xây dựng)*\n"
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1. | Hoàn thiện dự thảo Nghị định. | Cục Quản lý nhà | Vụ Pháp chế. | Tháng 9/2024 |\n"
    "| 2. | Xây dựng cơ sở dữ liệu nhà ở. | Cục Quản lý nhà | Trung tâm Thông tin. | 2025 |\n"
    "| 3. | Tổng hợp, báo cáo kết quả. | Vụ Kế hoạch - Tài chính | Cục Quản lý nhà. | 2025 |\n"
    "| 4. | Bố trí kinh phí thực hiện. | Vụ Kế hoạch - Tài chính | Văn phòng Bộ. | 2025 |\n"
)


def test_a_glued_signature_before_an_annex_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(PLAN, org, calendar)
    assert record.signer == Signer(capacity="KT.", title="THỨ TRƯỞNG", name="Lê Văn Thành")
    assert record.distribution == ["Bộ trưởng (để báo cáo)", "Lưu VT, QLN"]
