"""An item that recounts what was done in the time gone by ("Trong thời gian qua, tỉnh ta đã
...") under a request "..., cụ thể như sau:" asks no one for work: it is what the addressees
are to tell the public, no task of its own; the request over them is the task (batch-4/03's
shape)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                                     Độc lập - Tự do - Hạnh phúc\n"
    "Số: 5127/BNNMT-TT                    Hà Nội, ngày 09 tháng 4 năm 2026\n"
    "V/v thông tin đúng về giá phân bón\n"
    "Kính gửi: Đài Phát thanh và Truyền hình tỉnh Bình An.\n"
    "Gần đây, một số trang mạng đưa tin sai về việc tăng giá phân bón. Bộ Nông nghiệp và Môi"
    " trường đề nghị Đài Phát thanh và Truyền hình tỉnh Bình An đưa tin đúng về giá phân bón,"
    " cụ thể như sau:\n"
    "1. Trong thời gian qua, các doanh nghiệp sản xuất phân bón đã giữ ổn định giá bán cho"
    " nông dân. Nguồn cung trong nước đáp ứng đủ nhu cầu vụ Đông Xuân.\n"
    "Trân trọng./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, TT.\n"
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn An\n"
)


def test_an_item_recounting_the_time_gone_by_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert not any(action.text.startswith("Trong thời gian qua") for action in actions)


def test_a_request_to_inform_rightly_over_the_facts_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert len(actions) == 1
    assert "đưa tin đúng về giá phân bón" in actions[0].text
    assert actions[0].lead_unit == "Đài Phát thanh và Truyền hình tỉnh Bình An"
