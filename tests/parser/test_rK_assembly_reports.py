"""Round rK: the reports a National Assembly resolution weighs, each by its issuer: an Assembly
committee named whole with "của Quốc hội" ("Báo cáo thẩm tra ... của Ủy ban Pháp luật và Tư pháp
của Quốc hội"), and a report's issuer without what the report does ("Báo cáo ... của Chính phủ
tiếp thu, chỉnh lý và giải trình ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = (
    "QUỐC HỘI  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc \n"
    "Nghị quyết số: 322/2025/QH15 | Hà Nội, ngày 3 tháng 12 năm 2025\n\n"
    "NGHỊ QUYẾT\n\nVỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN CẢNG CẠN PHÍA BẮC\n\nQUỐC HỘI\n\n"
    "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n\n"
    "Sau khi xem xét Tờ trình số 880/TTr-CP ngày 2 tháng 10 năm 2025 của Chính phủ, Báo cáo "
    "thẩm tra số 412/BC-UBPLTP15 ngày 20 tháng 10 năm 2025 của Ủy ban Pháp luật và Tư pháp của "
    "Quốc hội, Báo cáo số 977/BC-CP ngày 1 tháng 12 năm 2025 của Chính phủ tiếp thu, chỉnh lý "
    "và giải trình về chủ trương đầu tư Dự án;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1\n\nQuyết định chủ trương đầu tư Dự án cảng cạn phía Bắc.\n\n"
    "Điều 2\n\nKiểm toán nhà nước, trong phạm vi nhiệm vụ, quyền hạn của mình, kiểm toán "
    "việc thực hiện Dự án.\n\n"
    "Nghị quyết này được Quốc hội khóa XV, Kỳ họp thứ 10 thông qua ngày 3 tháng 12 năm 2025.\n"
    "\nCHỦ TỊCH QUỐC HỘI Đỗ Văn Khang\n"
)


def test_each_report_weighed_is_cited_by_its_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    issuers = {r.number: r.issuer for r in parse_text(_RESOLUTION, org, calendar).references}
    assert issuers["412/BC-UBPLTP15"] == "Ủy ban Pháp luật và Tư pháp của Quốc hội"
    assert issuers["977/BC-CP"] == "Chính phủ"
