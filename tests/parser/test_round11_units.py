"""Rules of the eleventh round on unit names (blind batches 10, 12 and 13 in view), each on a
synthetic snippet that no corpus holds: the org directory's names only in a letter of the
organisation's own province, a longer name as written over a known shorter one, a joint
list of leads after a shared prefix, and the older names written in lower case."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.mentions import MentionFinder
from directives.parser.units import assign_units
from tests.parser.test_plans import TAIL, plan

BODY = (
    "II. NHIỆM VỤ\n\n1. Sở Ngoại vụ\n\n"
    "- Thẩm định hồ sơ đoàn ra của tỉnh, trình Ủy ban nhân dân tỉnh.\n\n"
    "2. Văn phòng\n\n- Tổng hợp kết quả thực hiện kế hoạch.\n"
)


def test_the_directorys_names_are_another_provinces_own_bodies_in_its_letter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(BODY, org, calendar)  # a plan of Hòa Bình
    assert [a.lead_unit for a in record.actions] == ["Sở Ngoại vụ", "Văn phòng"]


def test_the_directorys_names_are_its_units_in_a_letter_of_the_own_province(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    own = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 45/KH-UBND\nKiên Giang, ngày 3 tháng 3 năm 2025"
        "\n\nKẾ HOẠCH\nTriển khai công tác đối ngoại năm 2025\n\n" + BODY + TAIL,
        org,
        calendar,
    )
    addressed = parse_text(  # a central body's letter to the province
        "BỘ NGOẠI GIAO\nSố: 12/BNG-LS\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
        "V/v triển khai công tác lãnh sự\n\nKính gửi: Ủy ban nhân dân tỉnh Kiên Giang.\n\n"
        "Đề nghị Sở Ngoại vụ rà soát hồ sơ đoàn ra năm 2025." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in own.actions] == ["Ban Giám đốc Sở", "Văn phòng Sở"]
    assert [a.lead_unit for a in addressed.actions] == ["Ban Giám đốc Sở"]


def test_a_finder_outside_the_own_province_knows_no_directory_name(org: OrgDirectory) -> None:
    away = MentionFinder(org, home=False)
    units = assign_units("Giao Sở Ngoại vụ chủ trì, phối hợp với Thanh tra tỉnh.", away, None)
    assert (units.lead, units.coordinating) == ("Sở Ngoại vụ", ["Thanh tra tỉnh"])
    assert away.match_unit("Văn phòng Sở") is None
    assert MentionFinder(org).match_unit("Văn phòng Sở") is not None


def test_a_longer_name_as_written_wins_over_the_known_name_it_begins_with(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org, home=False)
    units = assign_units(
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương ban hành cơ chế quản lý.", find, None
    )
    assert units.lead == "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"
    # a body of another kind after the comma is a body of its own
    names = [m.name for m in find("Ủy ban nhân dân tỉnh, Sở Tài chính rà soát hồ sơ.")]
    assert names == ["Ủy ban nhân dân tỉnh", "Sở Tài chính"]


CABLE = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CĐ-TTg\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
    "CÔNG ĐIỆN\nVề việc ứng phó với mưa lũ\n\nThủ tướng Chính phủ yêu cầu:\n\n"
)


def test_a_plural_named_with_a_shared_prefix_list_leads_jointly_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        CABLE + "1. Bộ trưởng các Bộ: Tài chính, Tư pháp và các Bộ, ngành có liên quan; Chủ "
        "tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ:\n\n"
        "a) Rà soát phương án sơ tán dân cư tại vùng nguy hiểm.\n\n"
        "2. Bộ trưởng các Bộ: Nội vụ, Y tế và các bộ, ngành có liên quan theo chức năng, "
        "nhiệm vụ chủ động chỉ đạo các cơ quan hỗ trợ địa phương khắc phục hậu quả.\n" + TAIL,
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        (
            "Bộ Tài chính",
            [
                "Bộ Tư pháp",
                "các Bộ, ngành có liên quan",
                "Ủy ban nhân dân các tỉnh, thành phố nêu trên",
            ],
        ),
        ("Bộ Nội vụ", ["Bộ Y tế", "các bộ, ngành có liên quan"]),
    ]


def test_an_older_lower_case_name_is_taken_whole(org: OrgDirectory) -> None:
    find = MentionFinder(org, home=False)
    units = assign_units(
        "Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây dựng "
        "quy trình thống kê.",
        find,
        None,
    )
    assert units.coordinating == ["Tổng cục quản lý ruộng đất"]
    partners = assign_units(
        "Phối hợp với Cục bản đồ Bộ Tổng tham mưu nghiên cứu khai thác ảnh chụp.", find, "Bộ"
    )
    assert partners.coordinating == ["Cục bản đồ Bộ Tổng tham mưu"]


def test_an_older_lower_case_name_leads_its_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        CABLE.replace("CÔNG ĐIỆN", "CHỈ THỊ")
        + "1. Tổng cục thống kê có trách nhiệm phối hợp với Tổng cục quản lý ruộng đất xây "
        "dựng quy trình thống kê ruộng đất.\n" + TAIL,
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Tổng cục thống kê", ["Tổng cục quản lý ruộng đất"])
    ]


def test_a_task_of_another_bodys_letter_naming_no_body_is_not_given_to_our_addressee(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        CABLE.replace(
            "Thủ tướng Chính phủ yêu cầu:",
            "Trước tình hình mưa lũ đặc biệt lớn, để bảo đảm an toàn, Thủ tướng Chính phủ yêu cầu:",
        )
        + "1. Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ sơ tán dân cư.\n\n"
        "2. Kêu gọi sự giúp đỡ, tương thân tương ái của nhân dân cả nước.\n" + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Quốc phòng", None]
