"""Round 13 (c): a paragraph under a body's heading that only asks the bodies to carry out
what was said ("Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực
hiện.") is the letter's closing formula, not a task of that heading's body, even without the
"./." a letter's last words often end on."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = (
    "ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố: 21-CV/ĐU\n"
    "Lào Cai, ngày 3 tháng 3 năm 2026\n\n"
    "Kính gửi: Các chi bộ, đảng bộ cơ sở trực thuộc.\n\n"
    "Đảng ủy đề nghị các chi bộ, đảng bộ cơ sở triển khai thực hiện một số nhiệm vụ như "
    "sau:\n"
    "1. Các chi bộ, đảng bộ cơ sở\n"
    "Tổ chức quán triệt Chương trình hành động số 12-CTr/TU của Tỉnh ủy đến toàn thể cán "
    "bộ, đảng viên.\n"
    "Giao Văn phòng Đảng ủy theo dõi, đôn đốc việc triển khai thực hiện.\n"
    "Đề nghị các chi bộ, đảng bộ cơ sở nghiêm túc triển khai thực hiện.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n"
)


def test_a_paragraph_asking_only_to_carry_out_the_letter_is_its_closing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.text[:24] for a in record.actions] == [
        "Tổ chức quán triệt Chươn",
        "Giao Văn phòng Đảng ủy t",
    ]
