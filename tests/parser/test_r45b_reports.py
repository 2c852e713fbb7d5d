"""Round 45b: a report that appraises or examines a draft (báo cáo thẩm định / thẩm tra dự thảo
nghị quyết) asks the body that drafted it by that role, "cơ quan soạn thảo", "đơn vị soạn
thảo": each such request is a task led by that body as written (README, session 21: 181/02);
a request that tells it only what it may do ("đề nghị cơ quan soạn thảo có thể ...") is a
permission and no task. A page's wrap that puts a cited chapter first on a line ("... lên /
Chương I về các nội dung quy định chung ...") opens no chapter of the report."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.nontask import asks_nothing
from directives.parser.sentences import task_text

_HEAD = """HỘI ĐỒNG NHÂN DÂN
TỈNH AN GIANG
Số: 12/BC-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 08 tháng 7 năm 2026

BÁO CÁO
Thẩm tra dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở

Kính gửi: Hội đồng nhân dân tỉnh

Qua nghiên cứu Tờ trình số 17/TTr-UBND ngày 09 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh, \
Ban Pháp chế HĐND tỉnh thống nhất nội dung thẩm tra như sau:
I. SỰ CẦN THIẾT BAN HÀNH VĂN BẢN
Thống nhất sự cần thiết ban hành Nghị quyết.
"""

_TAIL = """Quan điểm của Ban: thành viên Ban Pháp chế thống nhất đề nghị HĐND tỉnh thông qua \
dự thảo Nghị quyết sau khi đã điều chỉnh theo các nội dung thẩm tra nêu trên.
Trên đây là Báo cáo thẩm tra, Ban Pháp chế kính trình HĐND tỉnh xem xét, quyết định./.
Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT.
TM. BAN PHÁP CHẾ
TRƯỞNG BAN
Trần Văn An
"""

_REQUESTS = (
    _HEAD
    + """II. KỸ THUẬT TRÌNH BÀY
1. Đối với dự thảo Nghị quyết
a) Đề nghị cơ quan soạn thảo bỏ khoản 3 Điều 2 dự thảo Nghị quyết.
b) Tại điểm a khoản 2 Điều 3, đề nghị đơn vị soạn thảo làm rõ căn cứ quy định mức chi.
"""
    + _TAIL
)


def test_the_drafting_body_asked_by_its_role_leads_each_request(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_REQUESTS, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        ("cơ quan soạn thảo", "Đề nghị cơ quan soạn thảo bỏ khoản 3 Điều 2 dự thảo Nghị quyết"),
        (
            "đơn vị soạn thảo",
            "Tại điểm a khoản 2 Điều 3, đề nghị đơn vị soạn thảo làm rõ căn cứ quy định mức chi",
        ),
    ]


# The wrap puts "Chương I" first on a line inside a request; a later item names "tổ chức thực
# hiện" (the draft's article on it), which is no follow-up chapter of the report either.
_WRAPPED = (
    _HEAD
    + """II. KỸ THUẬT TRÌNH BÀY
a) Đề nghị cơ quan soạn thảo giải trình thêm cơ sở đề xuất các mức chi tại khoản 3 Điều 3.
b) Tại điểm b khoản 1 Điều 6, đề nghị cơ quan soạn thảo điều chỉnh cụm từ “chuyển công tác”.
Đồng thời, đề nghị cơ quan soạn thảo chuyển Điều 6 dự thảo Quy định lên
Chương I về các nội dung quy định chung cho phù hợp.
c) Đối với dự thảo quy định nội dung về tổ chức thực hiện tại Điều 7, đề nghị cơ quan soạn \
thảo chỉ giao trách nhiệm đến UBND tỉnh.
"""
    + _TAIL
)


def test_a_cited_chapter_a_wrap_puts_first_opens_no_chapter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_WRAPPED, org, calendar).actions
    assert [a.text[:30] for a in actions] == [
        "Đề nghị cơ quan soạn thảo giải",
        "Tại điểm b khoản 1 Điều 6, đề ",
        "Đồng thời, đề nghị cơ quan soạ",
        "Đối với dự thảo quy định nội d",
    ]
    assert {a.lead_unit for a in actions} == {"cơ quan soạn thảo"}


_PERMITTED = (
    _HEAD
    + """II. PHẠM VI ĐIỀU CHỈNH VÀ ĐỐI TƯỢNG ÁP DỤNG
1. Thống nhất phạm vi điều chỉnh của dự thảo Nghị quyết.
2. Đối tượng áp dụng của dự thảo Nghị quyết
Đối tượng áp dụng của dự thảo Nghị quyết phù hợp theo quy định pháp luật.
Mặc dù pháp luật hiện hành không giao HĐND tỉnh quy định việc hỗ trợ đối với hòa giải viên ở \
thôn, tổ dân phố; tuy nhiên, cũng cần quan tâm có chính sách hỗ trợ đối với các đối tượng này.
Do đó, đề nghị cơ quan soạn thảo có thể nghiên cứu quy định chính sách đặc thù; đồng thời có \
thể cân nhắc để tích hợp các chính sách này vào Nghị quyết.
III. NGUỒN TÀI CHÍNH
a) Đề nghị cơ quan soạn thảo bổ sung nguồn kinh phí thực hiện.
"""
    + _TAIL
)


def test_a_request_that_says_what_the_drafting_body_may_do_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PERMITTED, org, calendar).actions
    assert [a.text for a in actions] == [
        "Đề nghị cơ quan soạn thảo bổ sung nguồn kinh phí thực hiện"
    ]


def test_a_request_only_of_what_may_be_done_asks_nothing() -> None:
    may = fold_keep(
        "Do đó, đề nghị cơ quan soạn thảo có thể nghiên cứu quy định chính sách đặc thù; đồng "
        "thời có thể cân nhắc để tích hợp các chính sách này vào Nghị quyết."
    )
    must = fold_keep("Do đó, đề nghị cơ quan soạn thảo nghiên cứu quy định chính sách đặc thù.")
    also = fold_keep(
        "Đề nghị cơ quan soạn thảo có thể nghiên cứu bổ sung; đồng thời đề nghị cơ quan soạn "
        "thảo bỏ khoản 4 Điều 2."
    )
    assert asks_nothing(may)
    assert not asks_nothing(must)
    assert not asks_nothing(also)


# An appraisal by a department that gives its opinion ("... có ý kiến thẩm định như sau:"): once
# it has asked the drafting body, an item whose own sentence ends in a request naming no body
# ("..., đề nghị bổ sung") is asked of that body too, the item's label in its text.
_APPRAISAL = """UBND TỈNH AN GIANG
SỞ TƯ PHÁP
Số: 31/BC-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 28 tháng 4 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở

Căn cứ nội dung thẩm định được quy định tại khoản 6 Điều 45 Nghị định số 78/2025/NĐ-CP, Sở \
Tư pháp có ý kiến thẩm định như sau:
1. Nội dung dự thảo Nghị quyết
- Đề nghị cơ quan soạn thảo rà soát bỏ cụm từ “bồi dưỡng” tại phần tên gọi.
- Điều 3: Nội dung điều này chưa thể hiện việc phối hợp giám sát, đề nghị bổ sung.
- Khoản 5: Khoản này thể hiện hồ sơ đề nghị gồm văn bản của cơ quan sử dụng công chức, đề \
nghị bổ sung cho đầy đủ.
- Nội dung dự thảo thống nhất với hệ thống pháp luật.
Trên đây là ý kiến thẩm định, gửi Sở Nội vụ xem xét, quyết định./.
Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình
"""


def test_an_items_own_request_naming_no_body_goes_to_the_drafting_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_APPRAISAL, org, calendar).actions
    assert [(a.lead_unit, a.text[:40]) for a in actions] == [
        ("cơ quan soạn thảo", "Đề nghị cơ quan soạn thảo rà soát bỏ cụm"),
        ("cơ quan soạn thảo", "Điều 3: Nội dung điều này chưa thể hiện "),
        ("cơ quan soạn thảo", "Khoản 5: Khoản này thể hiện hồ sơ đề ngh"),
    ]


def test_an_article_label_with_a_colon_is_dropped_only_over_a_bodys_work() -> None:
    assert task_text("Điều 2: Giao Sở Tư pháp chủ trì thực hiện.") == (
        "Giao Sở Tư pháp chủ trì thực hiện"
    )
    assert task_text("Điều 8: Văn bản này là nghị quyết, đề nghị bỏ điều này.") == (
        "Điều 8: Văn bản này là nghị quyết, đề nghị bỏ điều này"
    )


def test_a_vv_inside_the_reports_first_sentence_is_not_its_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    cited = _APPRAISAL.replace(
        "Căn cứ nội dung thẩm định",
        "Ngày 13/4/2026, Sở Tư pháp nhận được Công văn số 1710/SNV-CCVC ngày 10/4/2026 của Sở\n"
        "Nội vụ V/v thẩm định hồ sơ dự thảo Nghị quyết của Hội đồng nhân dân tỉnh.\n"
        "Căn cứ nội dung thẩm định",
    )
    record = parse_text(cited, org, calendar)
    assert record.subject == (
        "Thẩm định dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở"
    )
    assert record.issuer == "Sở Tư pháp"


_QUOTED = (
    _HEAD
    + """II. KỸ THUẬT TRÌNH BÀY
a) Đề nghị cơ quan soạn thảo tách nội dung: “Đối với các đối tượng đã được hưởng chính sách \
thì xem xét xử lý theo quy định của Nghị quyết này” thành một điều khoản chuyển tiếp.
"""
    + _TAIL
)


def test_a_colon_before_the_words_a_request_quotes_opens_no_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_QUOTED, org, calendar).actions
    assert [(a.lead_unit, a.text[:45]) for a in actions] == [
        ("cơ quan soạn thảo", "Đề nghị cơ quan soạn thảo tách nội dung: “Đối")
    ]
