"""Round rW: a paragraph under a numbered task whose subject, after a clause of time, sends
its report ("Sau khi hoàn thành kiểm định, Công ty gửi Báo cáo kết quả ... về Sở X để ..."):
"gửi" before the report or the file it sends ends the subject, so the body named acts and
the paragraph is a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\n\nSố: 611/SCT-KTAT\n\n"
    "Hà Giang, ngày 11 tháng 5 năm 2026\n\n"
    "V/v hướng dẫn đưa kho xăng dầu vào sử dụng\n\n"
    "Kính gửi: Công ty cổ phần Xăng dầu Bắc Mê\n\n"
    "Sở Công Thương nhận được Văn bản số 12/CV-BM ngày 02/5/2026 của Công ty cổ phần Xăng dầu "
    "Bắc Mê về việc hướng dẫn đưa kho xăng dầu vào sử dụng.\n\n"
    "Căn cứ quy định về quản lý chất lượng công trình xây dựng, để được tiếp tục sử dụng kho "
    "nêu trên, Sở Công Thương đề nghị Công ty cổ phần Xăng dầu Bắc Mê:\n\n"
    "1. Thực hiện kiểm định chất lượng hiện trạng công trình kho, cụ thể như sau:\n\n"
    "- Lựa chọn đơn vị tư vấn kiểm định đủ điều kiện năng lực theo quy định;\n\n"
    "- Trình tự, nội dung kiểm định thực hiện theo quy chuẩn kỹ thuật quốc gia hiện hành.\n\n"
    "Sau khi hoàn thành kiểm định, Công ty gửi Báo cáo kết quả kiểm định về Sở Công Thương để "
    "Sở xem xét như tài liệu chứng minh điều kiện an toàn của kho.\n\n"
    "2. Đề nghị Công ty chủ động liên hệ cơ quan có thẩm quyền để được hướng dẫn về điều kiện "
    "phòng cháy, chữa cháy.\n\n"
    "Sở Công Thương phúc đáp để Công ty biết, thực hiện./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nNguyễn Văn Hùng\n"
)


def test_the_company_sending_its_report_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_PAGE, org, calendar).actions]
    assert any(t.startswith("Sau khi hoàn thành kiểm định, Công ty gửi Báo cáo") for t in texts)
