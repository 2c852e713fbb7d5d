"""Round 50 (batch 181): a report that appraises or examines a draft (thẩm định / thẩm tra).

- A paragraph that recounts what a document says ("Theo khoản 1 Mục VI Tờ trình số ...,
  UBND tỉnh mới dự kiến ...") and then asks in a sentence of its own: the task's text starts
  at the request (README, session 19's text-start line).
- A request to the drafting body by its role, then a sentence naming another body without a
  lead verb of its own ("Sau khi ..., UBND tỉnh căn cứ ... để ..."): one task, the drafter's.
- A paragraph inside a lettered item that asks naming no body ("..., đề nghị không ..."):
  more of that item's task, under no heading too.
- "b) Về phương thức ... tại khoản 4 Điều 3: Đề nghị cơ quan soạn thảo ...": the part of the
  draft the request revises stays in its text.
- "+ Thứ nhất: ...": the point counted in words after the "+" is a marker too.
- References: "của Ủy ban nhân dân (UBND) tỉnh" (a short form inside the name), "của Hội đồng
  nhân dân tỉnh X nhưng ..." (the sentence goes on), "của Chính phủ của Chính phủ" (printed
  twice), a passive's agent not given past ", đồng thời ... theo quy định của Luật ... số N",
  "79/2025/NĐ-CP" not found inside "179/2025/NĐ-CP" for its order.
- "- Lưu: VT, PC. PHÓ GIÁ" over "PHÓ GIÁM ĐỐC": the title's start is no word of the entry.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.page_marks import glued_page_numbers
from directives.parser.subjects import subject_bodies

_REPORT = """HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH AN
Số: 90/BC-HĐND
Bình An, ngày 08 tháng 7 năm 2026

BÁO CÁO
Thẩm tra dự thảo Nghị quyết quy định chính sách hỗ trợ đào tạo

Kính gửi: Hội đồng nhân dân tỉnh

Qua nghiên cứu Tờ trình số 61/TTr-UBND ngày 09 tháng 6 năm 2026 của Ủy ban nhân dân (UBND) tỉnh
về dự thảo Nghị quyết, Ban Pháp chế thống nhất nội dung thẩm tra như sau:
I. TÍNH HỢP PHÁP
Việc ban hành phù hợp khoản 2 Điều 8 Nghị định số 179/2025/NĐ-CP của Chính phủ; Nghị định số
187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ của Chính phủ sửa đổi Nghị định số 79/2025/NĐ-CP.
II. NGUỒN TÀI CHÍNH
Theo khoản 1 Mục VI Tờ trình số 61/TTr-UBND, UBND tỉnh mới dự kiến nguồn kinh phí một năm, chưa
nêu rõ ngân sách có đảm bảo hay không. Đề nghị cơ quan soạn thảo thông tin thêm về nội dung này.
III. KỸ THUẬT TRÌNH BÀY
1. Đối với dự thảo Nghị quyết
a) Đề nghị đơn vị soạn thảo điều chỉnh nội dung điều khoản này cho phù hợp thẩm quyền. Sau khi
nghị quyết ban hành, UBND tỉnh căn cứ vào danh mục ngành nghề để có biện pháp triển khai.
b) Đề nghị cơ quan soạn thảo bỏ khoản 4 Điều 2 dự thảo Nghị quyết.
Trong quá trình thực hiện, cơ quan soạn thảo sẽ tham mưu sửa đổi cho phù hợp, đề nghị không
quy định nội dung rà soát vào dự thảo Nghị quyết.
c) Về phương thức hỗ trợ tại khoản 4 Điều 3: Đề nghị cơ quan soạn thảo làm rõ cơ sở quy định
tỷ lệ hỗ trợ.
d) Đề nghị cơ quan soạn thảo tách nội dung theo Nghị quyết số 15/2025/NQ-HĐND của Hội đồng nhân
dân tỉnh Bến Tre nhưng chưa hoàn thành thời gian phục vụ thành một nội dung riêng.
- Về đối tượng áp dụng: có một số ý kiến sau:
+ Thứ nhất: đối tượng “viên chức” là chưa phù hợp, vì vậy đề nghị cơ quan soạn thảo không thể
hiện đối tượng này.
2. Trình tự soạn thảo
Dự thảo thuộc Danh mục được Thường trực Hội đồng nhân dân tỉnh ban hành tại Quyết định số
44/QĐ-HĐND ngày 27/10/2025, đồng thời việc soạn thảo bảo đảm đúng trình tự theo quy định của Luật
Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT, PC. PHÓ GIÁ
KT. TRƯỞNG BAN
PHÓ GIÁM ĐỐC

Trần Văn Bình
"""


def test_the_requests_run_from_the_ask_to_the_items_end(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = {a.text: a.lead_unit for a in parse_text(_REPORT, org, calendar).actions}
    assert texts["Đề nghị cơ quan soạn thảo thông tin thêm về nội dung này"] == "cơ quan soạn thảo"
    assert texts[
        "Đề nghị đơn vị soạn thảo điều chỉnh nội dung điều khoản này cho phù hợp thẩm quyền. Sau"
        " khi nghị quyết ban hành, UBND tỉnh căn cứ vào danh mục ngành nghề để có biện pháp"
        " triển khai"
    ] == ("đơn vị soạn thảo")
    assert texts[
        "Đề nghị cơ quan soạn thảo bỏ khoản 4 Điều 2 dự thảo Nghị quyết. Trong quá trình thực"
        " hiện, cơ quan soạn thảo sẽ tham mưu sửa đổi cho phù hợp, đề nghị không quy định nội"
        " dung rà soát vào dự thảo Nghị quyết"
    ] == ("cơ quan soạn thảo")
    assert (
        "Về phương thức hỗ trợ tại khoản 4 Điều 3: Đề nghị cơ quan soạn thảo làm rõ cơ sở quy"
        " định tỷ lệ hỗ trợ" in texts
    )
    assert any(t.startswith("đối tượng “viên chức”") for t in texts)
    assert not any(t.startswith(("Theo khoản", "Sau khi", "Thứ nhất")) for t in texts)


def test_the_issuers_as_the_report_gives_them(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_REPORT, org, calendar)
    refs = {r.number: r.issuer for r in record.references}
    assert refs["61/TTr-UBND"] == "Ủy ban nhân dân (UBND) tỉnh"
    assert refs["187/2025/NĐ-CP"] == "Chính phủ"
    assert refs["15/2025/NQ-HĐND"] == "Hội đồng nhân dân tỉnh Bến Tre"
    assert refs["64/2025/QH15"] is None
    numbers = [r.number for r in record.references]
    assert numbers.index("79/2025/NĐ-CP") > numbers.index("187/2025/NĐ-CP")
    assert record.distribution == ["Thường trực HĐND tỉnh", "Lưu: VT, PC"]


_CASES = """UBND TỈNH BÌNH AN
SỞ TƯ PHÁP
Số: 51/BC-STP
Bình An, ngày 10 tháng 11 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết quy định chính sách hỗ trợ đào tạo

Sở Tư pháp có ý kiến thẩm định như sau:
1. Về nội dung
- Phần tên gọi: đề nghị cơ quan soạn thảo rà soát bỏ cụm từ “bồi dưỡng” tại phần tên gọi.
2. Đối với dự thảo Tờ trình
Dự thảo Tờ trình thể hiện đầy đủ các nội dung theo mẫu.
Trường hợp cơ quan soạn thảo tiếp thu, điều chỉnh nội dung dự thảo Nghị quyết theo các ý kiến
tại Báo cáo thẩm định này thì điều chỉnh các nội dung tương ứng tại dự thảo Tờ trình.
Tóm lại: dự thảo cần nghiên cứu làm rõ các nội dung như ý kiến đã nêu.
Lưu ý, khi trình Ủy ban nhân dân tỉnh hồ sơ dự thảo Nghị quyết thì đồng gửi đến Sở Tư pháp
theo quy định.
Trên đây là ý kiến thẩm định, gửi Sở Nội vụ xem xét./.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
GIÁM ĐỐC

Trần Văn Bình
"""


def test_a_case_then_what_to_revise_is_the_drafters(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Trường hợp cơ quan soạn thảo tiếp thu ... thì điều chỉnh ...", "Lưu ý, khi trình ...
    thì đồng gửi đến Sở X ...": a paragraph in the opinion that says, in a case, what to revise
    or send, its subject unsaid, is the drafting body's task (README, 181/02)."""
    actions = parse_text(_CASES, org, calendar).actions
    cases = [a for a in actions if a.text.startswith(("Trường hợp cơ quan", "Lưu ý, khi"))]
    assert [a.lead_unit for a in cases] == ["cơ quan soạn thảo", "cơ quan soạn thảo"]


_TITLED = """UBND TỈNH BÌNH AN
SỞ TƯ PHÁP
Số: 52/BC-STP
Bình An, ngày 10 tháng 11 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết quy định chính sách hỗ trợ đào tạo

Sau khi nghiên cứu các tài liệu trong hồ sơ thẩm định dự thảo Nghị quyết và các văn
bản quy phạm pháp luật có liên quan, Sở Tư pháp có ý kiến thẩm định như sau:
1. Sự cần thiết ban hành Nghị quyết
Việc cơ quan soạn thảo tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban
hành Nghị quyết quy định chính sách hỗ trợ đào tạo cán bộ, công chức là cần thiết.
2. Về nội dung
- Phần tên gọi: đề nghị cơ quan soạn thảo rà soát bỏ cụm từ “bồi dưỡng” tại phần tên
gọi và tại các nội dung khác của dự thảo Nghị quyết cho phù hợp với phạm vi điều chỉnh.
3. Nguồn tài chính, nguồn nhân lực, việc phân cấp, thực hiện nhiệm vụ quyền hạn được
phân cấp, việc ứng dụng, thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và
chuyển đổi số
Theo nội dung thể hiện tại Phần V của dự thảo Tờ trình thì nguồn kinh phí được bảo đảm,
tuy nhiên chưa đề cập đến nguồn nhân lực thực hiện chính sách, đề nghị cơ quan soạn thảo
bổ sung để làm cơ sở cho cơ quan có thẩm quyền quyết định việc ban hành văn bản.
4. Ngôn ngữ, kỹ thuật trình bày
- Điều 2: đề nghị không trình bày in đậm đối với số thứ tự các khoản cho phù hợp quy định
tại Phụ lục I ban hành kèm theo Nghị định số 187/2025/NĐ-CP của Chính phủ.
Trên đây là ý kiến thẩm định, gửi Sở Nội vụ xem xét, quyết định./.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
GIÁM ĐỐC

Trần Văn Bình
"""


def test_a_title_listing_matters_over_lines_is_no_part_of_the_request(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A numbered title that lists the matters a section weighs ("3. Nguồn tài chính, nguồn
    nhân lực, ..." over three lines, no stop at its end) is the section's title: the request
    under it starts at its own first word."""
    texts = [a.text for a in parse_text(_TITLED, org, calendar).actions]
    assert any(t.startswith("Theo nội dung thể hiện tại Phần V") for t in texts)
    assert not any("chuyển đổi số" in t for t in texts)


def test_a_page_number_glued_after_the_last_words_is_dropped() -> None:
    """ "... tại khoản" / "1. 5" / "": the fifth page's number set after the page's last words,
    pages 4 and 6 numbered alone: no word of the item (the letter's "1." kept)."""
    lines = ["a", "4", "", "đề nghị không thể hiện nội dung này tại khoản", "1. 5", "", "x", "6"]
    assert glued_page_numbers(lines) == {4: 2}
    assert glued_page_numbers(["a", "4", "", "tại khoản", "1. 5", "", "x", "7"]) == {}


def test_a_topic_before_a_request_stays_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "c) Về hạ tầng bảo vệ môi trường: Đề nghị Sở Xây dựng ...": the matter the request is
    about, before its colon, stays in the task's text (README; 20/01, 181/03)."""
    letter = _CASES.replace(
        "- Phần tên gọi: đề nghị",
        "- Về hạ tầng bảo vệ môi trường: Đề nghị Sở Xây dựng hướng dẫn đầu tư các hạng mục.\n"
        "- Phần tên gọi: đề nghị",
    )
    texts = [a.text for a in parse_text(letter, org, calendar).actions]
    assert (
        "Về hạ tầng bảo vệ môi trường: Đề nghị Sở Xây dựng hướng dẫn đầu tư các hạng mục" in texts
    )


def test_which_investor_is_meant_belongs_to_the_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Đề nghị Chủ đầu tư hạ tầng cụm công nghiệp thực hiện ...": the words in small letters
    that say which investor, up to the verb, are the lead's name as written (README; 20/01)."""
    letter = _CASES.replace(
        "- Phần tên gọi: đề nghị",
        "- Về hạ tầng: Đề nghị Chủ đầu tư hạ tầng cụm công nghiệp thực hiện đầu tư các hạng mục.\n"
        "- Phần tên gọi: đề nghị",
    )
    actions = parse_text(letter, org, calendar).actions
    asked = [a for a in actions if a.text.startswith("Về hạ tầng:")]
    assert [a.lead_unit for a in asked] == ["Chủ đầu tư hạ tầng cụm công nghiệp"]


def test_two_boards_that_issued_jointly(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "... của Ban Tổ chức Trung ương và Ban Tuyên giáo Trung ương về ...": a "và" before a
    second board with a capital names a joint issuer, as "và Bộ X", "và Sở Y" do (121/01)."""
    letter = _CASES.replace(
        "Sở Tư pháp có ý kiến thẩm định như sau:",
        "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 15/8/2011 của Ban Tổ chức Trung ương và Ban Tuyên"
        " giáo Trung ương về thực hiện chế độ báo cáo, Sở Tư pháp có ý kiến thẩm định như sau:",
    )
    refs = {r.number: r.issuer for r in parse_text(letter, org, calendar).references}
    assert refs["12-HD/BTCTW"] == "Ban Tổ chức Trung ương và Ban Tuyên giáo Trung ương"


def test_drawing_up_a_list_ends_the_body_s_name() -> None:
    """ "Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị ...": "lập danh sách"
    is the board's work, no word of its name (121/01)."""
    said = "Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường vụ"
    assert subject_bodies(said) == ["Ban Tuyên giáo và Dân vận đảng ủy đặc khu"]
