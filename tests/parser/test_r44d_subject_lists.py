"""Round 44d: a plural subject qualified by what it has ("Ủy ban nhân dân các huyện có đồng bào
dân tộc thiểu số ... chủ động ...": the "có ..." is of the name, no predicate), and a subject
list set off from its verb by the manner of the work ("Sở X và các hội nghề nghiệp tỉnh bằng
nhiều hình thức phù hợp, tuyên truyền ...": the bodies jointly, the manner no body's name)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_acts, subject_bodies
from tests.parser.signed import signed


def test_a_plural_qualified_by_what_it_has_is_one_name() -> None:
    s = (
        "Ủy ban nhân dân các huyện có đồng bào dân tộc thiểu số sinh sống thường xuyên rà soát"
        " danh sách hộ nghèo."
    )
    assert subject_bodies(s) == ["Ủy ban nhân dân các huyện có đồng bào dân tộc thiểu số sinh sống"]
    assert subject_acts(s)


def test_the_qualifier_stops_before_a_bracket_of_examples() -> None:
    s = (
        "Các Sở khác có phương tiện cứu hộ trên sông (Sở Xây dựng, Sở Công Thương...) có trách"
        " nhiệm điều động lực lượng."
    )
    assert subject_bodies(s) == ["Các Sở khác có phương tiện cứu hộ trên sông"]
    assert subject_acts(s)


def test_a_plural_that_has_sent_a_document_is_no_qualifier() -> None:
    s = "Ủy ban nhân dân các huyện có văn bản gửi Sở Tài chính trước ngày 15 tháng 3."
    assert subject_bodies(s) != ["Ủy ban nhân dân các huyện có văn bản gửi Sở Tài chính"]
    assert not subject_acts(s)


def test_a_subject_list_before_the_manner_of_its_work_is_read_jointly() -> None:
    s = (
        "Đề nghị Sở Văn hóa, Thể thao và Du lịch và các Hội nghề nghiệp tỉnh bằng nhiều hình thức"
        " phù hợp, tuyên truyền và vận động hội viên, người lao động tích cực tham gia thực hiện"
        " các nội dung của Kế hoạch tại cơ sở, góp phần hoàn thành các chỉ tiêu đã đề ra."
    )
    assert subject_bodies(s) == ["Sở Văn hóa, Thể thao và Du lịch", "các Hội nghề nghiệp tỉnh"]
    assert subject_acts(s)


def test_what_was_done_to_what_they_have_is_no_qualifier() -> None:
    s = "Các trường có nguồn thu được giữ lại theo quy định ưu tiên bố trí kinh phí cho nhiệm vụ."
    assert subject_bodies(s)[:1] != ["Các trường có nguồn thu được giữ lại"]
    assert not subject_acts(s)


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 120/KH-UBND
Đồng Tháp, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Bảo vệ môi trường nông thôn

I. MỤC ĐÍCH, YÊU CẦU
Bảo vệ môi trường nông thôn trên địa bàn tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính theo dõi, đôn đốc thực hiện Kế hoạch này.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Hội quần chúng tỉnh bằng nhiều hình \
thức phù hợp, tổ chức tuyên truyền và vận động hội viên, Nhân dân tham gia giữ gìn vệ sinh môi \
trường nông thôn, góp phần hoàn thành các mục tiêu của Kế hoạch này.
"""


def test_a_known_body_asked_with_a_plural_works_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the directory knows the Front, not the plural: the subject's reading names it too
    record = parse_text(
        _PLAN + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar
    )
    asked = [a for a in record.actions if a.text.startswith("Đề nghị")]
    assert [(a.lead_unit, a.coordinating_units) for a in asked] == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["các Hội quần chúng tỉnh"])
    ]
