"""Round 50g (batches 185-186): a meeting plan's programme items that name their doer after
a dash ("Tham luận “...” - Trường THPT X hỗ trợ thực hiện"), its discussion item and its
"Thời gian, hình thức" section (no tasks); a paragraph whose last sentence sets one body apart
over items ("... . Riêng Uỷ ban nhân dân phường X ...:"), under a numbered "Đối với X, Y"
heading; an answer's cases that say what a taxpayer does after a quoted question (guidance,
no task), an example closing an item, a cited issuer before "xin ý kiến", a law's term set
apart ("QH 13") and a capacity's mark set alone over its title."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_MEETING = """SỞ GDĐT TỈNH ĐỒNG THÁP
TRƯỜNG THPT TÂN AN 3
Số: 21/KH-THPTTA3 Đồng Tháp, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức sinh hoạt chuyên môn môn Địa lí Cụm 4

Trường THPT Tân An 3 xây dựng kế hoạch tổ chức sinh hoạt chuyên môn môn Địa lí, như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Tăng cường giao lưu, trao đổi kinh nghiệm giảng dạy môn Địa lí.
II. NỘI DUNG SINH HOẠT CHUYÊN MÔN
1. Phân tích đề minh họa môn Địa lí - Trường THPT Tân An 3 thực hiện.
2. Tham luận “Đổi mới phương pháp ôn tập” - Trường THPT Mỹ Quý hỗ trợ thực hiện.
3. Các nội dung khác tại các đơn vị - các đơn vị cho ý kiến, thảo luận.
III. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN THAM DỰ
1. Thời gian Lúc 8 giờ 00 phút, ngày 20 tháng 3 năm 2026.
2. Địa điểm Hội trường Trường THPT Tân An 3.
IV. TỔ CHỨC THỰC HIỆN
- Trường THPT Tân An 3 xây dựng kế hoạch, điều hành các hoạt động của buổi sinh hoạt.

HIỆU TRƯỞNG

Lê Văn Bình
"""


def test_a_programme_item_is_led_by_the_body_after_its_dash(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_MEETING, org, calendar).actions
    got = [(a.text.split()[0], a.lead_unit) for a in actions]
    assert got == [
        ("Phân", "Trường THPT Tân An 3"),
        ("Tham", "Trường THPT Mỹ Quý"),
        ("Trường", "Trường THPT Tân An 3"),
    ]


_VISIT = """UBND TỈNH ĐỒNG THÁP
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 410/KH-SGDĐT Đồng Tháp, ngày 02 tháng 5 năm 2026

KẾ HOẠCH
Đón Đoàn kiểm tra của Bộ Giáo dục và Đào tạo

I. MỤC ĐÍCH, YÊU CẦU
Chuẩn bị chu đáo các điều kiện làm việc.
II. PHÂN CÔNG THỰC HIỆN
1. Phòng Giáo dục Phổ thông
Chủ trì xây dựng kế hoạch tiếp đón và làm việc với Đoàn kiểm tra.
2. Đối với Uỷ ban nhân dân cấp xã, các trường phổ thông cùng tham gia đón đoàn
Đề nghị Uỷ ban nhân dân cấp xã chỉ đạo các trường Trung học cơ sở chuẩn bị đầy
đủ báo cáo. Riêng Uỷ ban nhân dân phường Mỹ Phú cử đại diện lãnh đạo tham dự
buổi làm việc và chỉ đạo Phòng Văn hóa - Xã hội và các trường thuộc phạm vi
quản lý:
- Cử đại diện lãnh đạo Phòng Văn hóa - Xã hội tiếp đón Đoàn kiểm tra.
- Chỉ đạo các trường Tiểu học trên địa bàn cử thành phần làm việc với Đoàn kiểm tra.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn An
"""


def test_a_body_set_apart_heads_the_items_under_its_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_VISIT, org, calendar).actions
    got = [(a.text.split()[0], a.lead_unit) for a in actions]
    assert got == [
        ("Chủ", "Phòng Giáo dục Phổ thông"),
        ("Đề", "Uỷ ban nhân dân cấp xã"),
        ("Cử", "Uỷ ban nhân dân phường Mỹ Phú"),
        ("Chỉ", "Uỷ ban nhân dân phường Mỹ Phú"),
    ]
    assert actions[1].text.endswith("chuẩn bị đầy đủ báo cáo")


_ANSWER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3120/TCT-QLN
Hà Nội, ngày 14 tháng 8 năm 2015
V/v gia hạn nộp thuế
Kính gửi: Cục Thuế tỉnh Nam Định
Tổng cục Thuế nhận được công văn số 2210/CT-QLN ngày 03/6/2015 của Cục Thuế tỉnh
Nam Định xin ý kiến về việc gia hạn nộp thuế theo Luật số 71/2014/QH 13. Về
việc này, Tổng cục Thuế trả lời Cục Thuế như sau:
1. Về gia hạn nộp thuế
“Trường hợp người nộp thuế gửi hồ sơ đề nghị gia hạn sau ngày 01/01/2015 thì xử lý
thế nào” thì cơ quan thuế hướng dẫn người nộp thuế thực hiện như sau:
- Đối với khoản nợ phát sinh trước ngày 01/01/2015: người nộp thuế lập hồ sơ gia
hạn nộp thuế theo quy định.
- Đối với khoản nợ phát sinh từ ngày 01/01/2015: người nộp thuế thuộc trường hợp
không tính tiền chậm nộp.
2. Về thời hạn thanh toán
Do vậy, đề nghị Cục Thuế thực hiện:
- Kiểm tra, rà soát hợp đồng để xác định thời hạn phải thanh toán.
Ví dụ: Công ty B kê khai thuế ngày 20/9/2015 thì thời hạn thanh toán là ngày 20/9/2015.
Tổng cục Thuế có ý kiến để Cục Thuế biết và thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLN.
KT.
TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Nguyễn Văn Ngọc
"""


def test_a_taxpayers_cases_after_a_quoted_question_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_ANSWER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Cục Thuế"]
    assert actions[0].text.startswith("Kiểm tra, rà soát hợp đồng")
    assert actions[0].text.endswith("thời hạn thanh toán là ngày 20/9/2015")  # (its example)


def test_an_issuer_before_xin_a_split_term_and_a_mark_set_alone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_ANSWER, org, calendar)
    refs = {r.number: r.issuer for r in record.references}
    assert refs.get("2210/CT-QLN") == "Cục Thuế tỉnh Nam Định"
    assert "71/2014/QH13" in refs
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title) == ("KT.", "PHÓ TỔNG CỤC TRƯỞNG")


_RUN_IN = """UBND TỈNH ĐỒNG THÁP
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 415/KH-SGDĐT Đồng Tháp, ngày 05 tháng 5 năm 2026

KẾ HOẠCH
Đón tiếp Đoàn khảo sát của Bộ Giáo dục và Đào tạo
tại các cơ sở giáo dục trên địa bàn tỉnh Đồng Tháp
Thực hiện Công văn số 1902/BGDĐT-GDPT của Bộ GDĐT ngày 20 tháng 4 năm 2026 về việc
khảo sát thực trạng thiết bị dạy học.
I. PHÂN CÔNG THỰC HIỆN
1. Phòng Giáo dục Phổ thông
Phối hợp Văn phòng Sở và Phòng Kế hoạch - Tài chính dự trù kinh phí và quyết toán.
2. Các trường phổ thông
Các trường Trung học phổ thông tại Phụ lục I: Chuẩn bị đầy đủ báo cáo và cử thành phần
làm việc với Đoàn khảo sát.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn An
"""


def test_a_run_in_body_a_dashed_partner_and_a_subject_before_its_grounds(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RUN_IN, org, calendar)
    assert record.subject is not None and record.subject.endswith("tỉnh Đồng Tháp")
    got = [(a.lead_unit, a.coordinating_units) for a in record.actions]
    assert got == [
        ("Phòng Giáo dục Phổ thông", ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính"]),
        ("Các trường Trung học phổ thông tại Phụ lục I", []),
    ]
    assert record.actions[1].text.startswith("Chuẩn bị đầy đủ báo cáo")  # (label out of it)


def test_a_known_body_keeps_the_province_after_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _MEETING.replace(
        "Trường THPT Tân An 3 xây dựng kế hoạch tổ chức",
        "Căn cứ Kế hoạch 640/KH-SGDĐT ngày 26/12/2025 của Sở Giáo dục và Đào\n"
        "tạo Đồng Tháp về việc hoạt động Hội đồng bộ môn;\n"
        "Trường THPT Tân An 3 xây dựng kế hoạch tổ chức",
    )
    refs = {r.number: r.issuer for r in parse_text(text, org, calendar).references}
    assert refs["640/KH-SGDĐT"] == "Sở Giáo dục và Đào tạo Đồng Tháp"


def test_a_question_in_straight_quotes_is_no_trigger_either(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _ANSWER.replace("“", '"').replace("”", '"')
    assert [a.lead_unit for a in parse_text(text, org, calendar).actions] == ["Cục Thuế"]


def test_a_bodys_short_name_in_brackets_and_the_date_after_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _RUN_IN.replace(
        "Thực hiện Công văn số 1902/BGDĐT-GDPT",
        "Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ Giáo dục và Đào tạo (GDĐT) ngày 05\n"
        "tháng 02 năm 2026 về việc nghiên cứu phòng học STEM; Chỉ thị số 95/CT-BGDĐT ngày\n"
        "12 tháng 3 năm 2013 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) về quy hoạch;\n"
        "Công văn số 1902/BGDĐT-GDPT",
    )
    refs = {r.number: r for r in parse_text(text, org, calendar).references}
    plan = refs["199/KH-BGDĐT"]
    assert (plan.issuer, str(plan.issued_on)) == ("Bộ Giáo dục và Đào tạo (GDĐT)", "2026-02-05")
    assert refs["95/CT-BGDĐT"].issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_a_departments_field_by_its_letters_is_written_out_in_the_header(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_MEETING, org, calendar)
    assert record.parent_issuer == "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"
    assert record.issuer == "Trường THPT Tân An 3"


def test_a_meetings_time_and_place_held_give_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _MEETING.replace(
        "III. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN THAM DỰ", "III. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC"
    )
    texts = [a.text for a in parse_text(text, org, calendar).actions]
    assert len(texts) == 3 and not any(t.startswith(("Thời gian", "Địa điểm")) for t in texts)
