"""Round 38c: a decision that sets out a body's functions, duties and organisation in its own
articles ("Điều 1. Vị trí và chức năng / Điều 2. Nhiệm vụ và quyền hạn / Điều 3. Cơ cấu tổ chức /
... / Điều 5. Điều khoản chuyển tiếp / Điều 6. Hiệu lực và trách nhiệm thi hành").

Only its follow-up article gives tasks (README; round 36a). The parser missed that article when
its title joins the effect to carrying it out ("Hiệu lực và trách nhiệm thi hành"), and so read
the whole decision: the organisation list ("1. Các phòng chuyên môn trực thuộc Ban: a) Văn
phòng; b) Phòng ...") as actions, the head's power ("Trưởng ban ... quyết định đầu tư ...") as a
task. A transitional article standing outside the follow-up article ("Điều 5. Điều khoản chuyển
tiếp") is rules, no task (the reviewers' call, as for 80/02 Điều 13); only inside a regulation's
chapter on carrying it out does it give tasks (round 35j).

In the follow-up article, an item's later sentence that gives the same body the work the first
sets up, after an opener that names another body ("Trên cơ sở chủ trương của Hội đồng nhân dân
tỉnh, Ban X trình ..."), stays in the one action (README): the opener's body is not its subject.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36_letters import binh_an_decision

_ARTICLES = """**Điều 1. Vị trí và chức năng**

1. Ban Quản lý chợ tỉnh là tổ chức hành chính trực thuộc Ủy ban nhân dân tỉnh.

Điều 2. Nhiệm vụ và quyền hạn

1. Quản lý các chợ đầu mối trên địa bàn tỉnh:

a) Tổ chức lập kế hoạch phát triển các chợ đầu mối;

b) Trưởng ban Ban Quản lý chợ tỉnh quyết định đầu tư và thực hiện các thẩm quyền của người
quyết định đầu tư đối với các dự án nhóm C theo ủy quyền của Chủ tịch Ủy ban nhân dân tỉnh;

2. Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao.

Điều 3. Cơ cấu tổ chức

1. Các phòng chuyên môn trực thuộc Ban Quản lý chợ tỉnh

a) Văn phòng;

b) Phòng Kế hoạch - Tài chính;

c) Phòng Quản lý chợ.

2. Các đơn vị sự nghiệp trực thuộc Ban Quản lý chợ tỉnh

a) Trung tâm Dịch vụ chợ đầu mối.

Điều 4. Biên chế

Biên chế của Ban Quản lý chợ tỉnh do Ủy ban nhân dân tỉnh giao hằng năm.

Điều 5. Điều khoản chuyển tiếp

Ban Quản lý chợ tỉnh có trách nhiệm chủ trì, phối hợp với Sở Nội vụ thực hiện:

1. Xây dựng đề án, trình Ủy ban nhân dân tỉnh thành lập Trung tâm Dịch vụ chợ đầu mối.

2. Thực hiện chuyển giao, tiếp nhận hồ sơ, tài sản, hoàn thành trước 31/12/2025.

Điều 6. {title}

1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

2. Ban Quản lý chợ tỉnh rà soát, báo cáo Ủy ban nhân dân tỉnh điều chỉnh chức năng, nhiệm vụ
của các cơ quan liên quan bảo đảm một đầu mối quản lý các chợ đầu mối. Trên cơ sở chủ trương
của Hội đồng nhân dân tỉnh, Ban Quản lý chợ tỉnh trình Ủy ban nhân dân tỉnh sửa đổi Quyết định
này.

3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Trưởng ban Ban Quản lý chợ tỉnh
và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.mark.parametrize(
    "title", ["Hiệu lực và trách nhiệm thi hành", "Điều khoản thi hành", "Tổ chức thực hiện"]
)
def test_only_the_follow_up_article_gives_tasks(
    title: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = binh_an_decision(
        "1530/QĐ-UBND",
        14,
        "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý chợ tỉnh",
        _ARTICLES.format(title=title),
        last=6,
        proposer="Giám đốc Sở Nội vụ",
    )
    actions = parse_text(letter, org, calendar).actions
    assert [(a.lead_unit, a.text[:40]) for a in actions] == [
        ("Ban Quản lý chợ tỉnh", "Ban Quản lý chợ tỉnh rà soát, báo cáo Ủy"),
    ]
    # (its later sentence, after an opener naming another body, gives the same body the work
    # the first sets up: one action, README)
    assert actions[0].text.endswith("trình Ủy ban nhân dân tỉnh sửa đổi Quyết định này")


def test_a_number_filled_in_before_its_printed_slash_is_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Số: 23   /2025/QĐ-UBND": the spaces a filled-in number leaves before the printed slash
    are no gap between columns (the number was lost and its code read as the issuer)."""
    letter = binh_an_decision(
        "41   /2025/QĐ-UBND", 14, "Quy định chức năng của Ban Quản lý chợ tỉnh", "", last=6
    )
    record = parse_text(letter, org, calendar)
    assert record.number == "41/2025/QĐ-UBND"
    assert record.issuer == "Ủy ban nhân dân tỉnh Bình An"


@pytest.mark.parametrize(
    "placeholder",
    ["[có dấu và chữ ký]", "<stamp and signature>", "*Hình con dấu đỏ: Ủy ban nhân dân tỉnh*"],
)
def test_a_conversions_stamp_placeholder_is_no_text(
    placeholder: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A PDF conversion's placeholder for the stamp and signature ("[có dấu và chữ ký]") is no
    text of the letter: not a distribution item's words, nor the signer's name."""
    letter = binh_an_decision(
        "42/2025/QĐ-UBND", 14, "Quy định chức năng của Ban Quản lý chợ tỉnh", "", last=6
    ).replace("- Như Điều 6;\n", f"- Như Điều 6;\n- Sở Nội vụ;\n{placeholder}\n\n")
    letter = letter.replace("CHỦ TỊCH\nTrần", f"CHỦ TỊCH\n\n{placeholder}\n\nTrần")
    record = parse_text(letter, org, calendar)
    assert record.distribution == ["Như Điều 6", "Sở Nội vụ", "Lưu: VT"]
    assert record.signer is not None and record.signer.name == "Trần Văn Bình"


def test_a_cited_issuer_ends_at_the_subject_its_ve_lost(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "... của Hội đồng nhân dân tỉnh việc thành lập ...": the conversion lost the "về" of "về
    việc"; the issuer's name still ends before "việc" (not in "Cục Việc làm")."""
    letter = binh_an_decision(
        "43/2025/QĐ-UBND", 14, "Quy định chức năng của Ban Quản lý chợ tỉnh", "", last=6
    ).replace(
        "Căn cứ Luật",
        "Thực hiện Nghị quyết số 07/NQ-HĐND ngày 25 tháng 02 năm 2025 của Hội đồng nhân dân tỉnh"
        " việc thành lập các cơ quan chuyên môn;\nCăn cứ Công văn số 12/CVL-LĐ ngày 03 tháng 3"
        " năm 2025 của Cục Việc làm về tuyển dụng;\nCăn cứ Quyết định số 08/2023/QĐ-UBND ngày"
        " ngày 06 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh;\nCăn cứ Luật",
    )
    references = parse_text(letter, org, calendar).references
    assert [r.issuer for r in references][:2] == ["Hội đồng nhân dân tỉnh", "Cục Việc làm"]
    # (its "ngày" printed twice: the date still the number's)
    assert str(references[2].issued_on) == "2023-01-06"


def test_a_numbers_glued_unit_in_brackets_is_part_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024": the drafting unit's code in brackets,
    glued to the number's code, is part of the number, and the date after it is its date."""
    letter = binh_an_decision(
        "44/2025/QĐ-UBND", 14, "Quy định chức năng của Ban Quản lý chợ tỉnh", "", last=6
    ).replace(
        "Căn cứ Luật",
        "Theo đề nghị của Sở Xây dựng tại Tờ trình số 368/TT-SXD(QLN) ngày 26/12/2024;\n"
        "Căn cứ Luật",
    )
    cited = parse_text(letter, org, calendar).references[0]
    assert (cited.number, str(cited.issued_on)) == ("368/TT-SXD(QLN)", "2024-12-26")


_GLOSSED_HEADING = """Điều 1. Phạm vi điều chỉnh

Quyết định này quy định khung giá dịch vụ chợ.

Điều 2. Tổ chức thực hiện

1. Trách nhiệm của Ủy ban nhân dân các huyện, thị xã {note}:

a) Chủ trì kiểm tra hoạt động của các ban quản lý chợ trên địa bàn.

b) Báo cáo Sở Công Thương kết quả kiểm tra trước ngày 15/12/2025.

Điều 3. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký./.
"""


@pytest.mark.parametrize(
    ("note", "lead"),
    [
        # a gloss on what the bodies are: part of the name as written (README)
        ("(chính quyền cấp cơ sở)", "Ủy ban nhân dân các huyện, thị xã (chính quyền cấp cơ sở)"),
        # a note on when the name held: dropped (README)
        ("(trước đây)", "Ủy ban nhân dân các huyện, thị xã"),
    ],
)
def test_a_gloss_in_brackets_after_the_headings_bodies_stays_in_the_lead(
    note: str, lead: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = binh_an_decision(
        "45/2025/QĐ-UBND",
        14,
        "Ban hành khung giá dịch vụ chợ",
        _GLOSSED_HEADING.format(note=note),
        last=3,
    )
    assert [a.lead_unit for a in parse_text(letter, org, calendar).actions] == [lead] * 2


def test_an_inspection_plan_is_typed_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Kế hoạch thanh tra số N", "Kế hoạch kiểm tra số N": typed as written, as "kế hoạch hành
    động" is (README, session 16's calls)."""
    letter = binh_an_decision(
        "46/2025/QĐ-UBND", 14, "Quy định chức năng của Ban Quản lý chợ tỉnh", "", last=6
    ).replace(
        "Căn cứ Luật",
        "Căn cứ Kế hoạch thanh tra số 150/KH-TTr ngày 22/7/2025 của Thanh tra tỉnh;\n"
        "Căn cứ Kế hoạch kiểm tra số 151/KH-SCT ngày 23/7/2025 của Sở Công Thương;\nCăn cứ Luật",
    )
    types = [r.type for r in parse_text(letter, org, calendar).references]
    assert types == ["kế hoạch thanh tra", "kế hoạch kiểm tra"]


def test_an_item_naming_its_body_takes_the_lead_as_it_writes_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """Under "1. Trách nhiệm của nhà đầu tư", an item whose own first sentence names its body
    ("- Nhà đầu tư chỉ được ...") takes the lead as the item writes it; the items that name
    none take the heading's (README, session 16's calls)."""
    articles = (
        "Điều 1. Tổ chức thực hiện\n"
        "1. Trách nhiệm của nhà đầu tư\n"
        "- Tổ chức triển khai thực hiện dự án theo đúng quy định của Luật Đầu tư.\n"
        "- Nhà đầu tư chỉ được đưa dự án vào vận hành sau khi hoàn thành các thủ tục về"
        " phòng cháy, chữa cháy.\n"
        "2. Sở Công Thương hướng dẫn nhà đầu tư thực hiện dự án.\n"
    )
    letter = binh_an_decision("47/2025/QĐ-UBND", 14, "Điều chỉnh dự án", articles, last=1)
    leads = [a.lead_unit for a in parse_text(letter, org, calendar).actions]
    assert leads == ["nhà đầu tư", "Nhà đầu tư", "Sở Công Thương"]


@pytest.mark.parametrize("opening", ["", "Căn cứ nội dung Kế hoạch, "])
def test_kinds_under_one_cac_are_one_lead_up_to_the_first_particular_body(
    opening: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động
    ...": the kinds listed under one "Các" are one lead, the list ending at the first body named
    in particular (README, session 16's calls)."""
    bodies = "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường"
    if opening:
        bodies = opening + bodies[0].lower() + bodies[1:]
    articles = (
        f"Điều 1. Tổ chức thực hiện\n\n1. {bodies} xây dựng Kế hoạch triển khai thực hiện trong"
        " phạm vi quản lý.\n"
    )
    letter = binh_an_decision("48/2025/QĐ-UBND", 14, "Phòng thủ dân sự", articles, last=1)
    action = parse_text(letter, org, calendar).actions[0]
    lead = "ác sở, ban, ngành, tổ chức chính trị - xã hội"
    assert action.lead_unit is not None and action.lead_unit[1:] == lead
    assert action.coordinating_units == ["Ủy ban nhân dân các xã, phường"]
