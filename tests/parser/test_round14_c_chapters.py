"""Round 14 (c): a normative decision divided into chapters gives its tasks in its chapter on
carrying it out ("TỔ CHỨC THỰC HIỆN ..."); the procedure its other chapters lay down step by
step, dated or not, is the law's words; the forms annexed after the signature give none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 21/2023/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 03 tháng 7 năm 2023\n\n"
    "QUYẾT ĐỊNH\nQuy định về hỗ trợ tiền ăn cho học sinh\n\n"
    "Căn cứ Luật Tổ chức Chính phủ;\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\n"
    "Điều 1. Phạm vi áp dụng\nQuyết định này quy định việc hỗ trợ tiền ăn cho học sinh.\n\n"
    "Chương II\nHỖ TRỢ NGƯỜI LAO ĐỘNG ĐANG LÀM VIỆC\nTRONG DOANH NGHIỆP\n\n"
    "Điều 2. Trình tự, thủ tục thực hiện\n"
    "1. Doanh nghiệp gửi danh sách người lao động đề nghị hỗ trợ theo Mẫu số 02 đến cơ "
    "quan bảo hiểm xã hội để xác nhận. Doanh nghiệp chịu trách nhiệm về tính chính xác "
    "thông tin.\n"
    "2. Trường hợp có ý kiến phản ánh, doanh nghiệp tiến hành xác minh trong vòng 02 ngày "
    "làm việc.\n\n"
    "Chương III\nTỔ CHỨC THỰC HIỆN\n\n"
    "Điều 3. Trách nhiệm của các cơ quan\n"
    "1. Bộ Giáo dục và Đào tạo hướng dẫn việc thực hiện Quyết định này.\n"
    "2. Bộ Tài chính bảo đảm kinh phí hỗ trợ.\n"
    "Điều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày ký ban hành./.\n\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nNguyễn Văn An\n\n"
    "Phụ lục\n(Kèm theo Quyết định số 21/2023/QĐ-TTg ngày 03 tháng 7 năm 2023)\n\n"
    "Mẫu số 01\nĐề nghị hỗ trợ tiền ăn\n"
    "Mẫu số 02\nTÊN DOANH NGHIỆP\n\nII. DANH SÁCH NGƯỜI LAO ĐỘNG CÓ THAM GIA BẢO HIỂM XÃ\n"
    "HỘI BẮT BUỘC ĐỀ NGHỊ HỖ TRỢ\nHợp đồng\nlao động\nTT Họ và\ntên\nSố sổ\nBHXH\n"
    "Số tiền\nhỗ trợ Số tài\nkhoản\n1\n2\n"
)


def test_only_the_chapter_on_carrying_it_out_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.lead_unit, a.deadline) for a in record.actions] == [
        ("Bộ Giáo dục và Đào tạo", None),
        ("Bộ Tài chính", None),
    ]
