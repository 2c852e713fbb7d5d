"""Round 38i: header fields of a page that lost the letter's own letterhead (README: a header
field is then taken only from the letter's own text, else null).

A decision page that opens at its title ("QUYẾT ĐỊNH / BAN HÀNH QUY CHẾ ...") may carry an annex
of forms whose templates print a blank letterhead ("TÊN CƠ QUAN, ĐƠN VỊ" over the motto, "……,
ngày ... tháng ... năm 20..."): that is a form to fill in, not the letter, and its placeholders
never replace the page's own title, preamble and signature. The head who enacts a decision in its
preamble ("BỘ TRƯỞNG BỘ TÀI CHÍNH") names the issuing body (the ministry). A form's column heads
with their notes' marks glued on ("Số tờ2/Số trang3") cite no document.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG

**BỘ TRƯỞNG BỘ XÂY DỰNG**

*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*

*Theo đề nghị của Chánh Văn phòng Bộ.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế công tác văn thư của Bộ Xây dựng.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Bộ, Thủ trưởng các cơ quan, đơn vị thuộc Bộ chịu trách nhiệm thi
hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.

**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
Trần Văn Minh

**QUY CHẾ**

CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG

*(Kèm theo Quyết định số 812/QĐ-BXD ngày 14 tháng 10 năm 2025 của Bộ Xây dựng)*

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định công tác văn thư của Bộ Xây dựng.

**PHỤ LỤC**

**Mẫu số 01. Sổ đăng ký văn bản đến**

| Số TT | Ngày đến | Số tờ2/Số trang3 | Ghi chú |

**Mẫu số 02. Biên bản bàn giao**

TÊN CƠ QUAN, ĐƠN VỊ
CHỦ QUẢN
TÊN CƠ QUAN, ĐƠN VỊ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

……, ngày .... tháng ... năm 20...

BIÊN BẢN

Giao nhận hồ sơ, tài liệu

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Chúng tôi gồm: ...

Nơi nhận:
- ……;
- Lưu: VT.

NGƯỜI LẬP
(Ký, ghi rõ họ tên)
"""


def test_a_blank_forms_letterhead_never_replaces_the_pages_own_header(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.subject == "BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG"
    assert record.parent_issuer is None
    # the number and date the rules' own "Kèm theo Quyết định số ..." heading gives
    assert record.number == "812/QĐ-BXD"
    assert str(record.issued_on) == "2025-10-14"
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.name) == ("KT.", "Trần Văn Minh")
    assert record.distribution == ["Như Điều 3", "Lưu: VT, VP"]


def test_the_head_enacting_a_decision_names_its_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_DECISION, org, calendar).issuer == "Bộ Xây dựng"


def test_a_form_column_heads_notes_marks_cite_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    forms = _DECISION.split("**Mẫu số 02")[0]  # (the forms annex without a blank letterhead)
    numbers = [r.number for r in parse_text(forms, org, calendar).references]
    assert numbers == ["30/2020/NĐ-CP"]


def test_a_form_heading_over_the_motto_is_no_letterhead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (a form whose letterhead lost its body lines: its heading "Mẫu số 03" stands over the motto)
    text = _DECISION.replace("TÊN CƠ QUAN, ĐƠN VỊ\nCHỦ QUẢN\nTÊN CƠ QUAN, ĐƠN VỊ\n-------\n", "")
    text = text.replace("……, ngày .... tháng ... năm 20...\n", "")
    record = parse_text(text, org, calendar)
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.number == "812/QĐ-BXD"


_LETTER = """**Kính gửi:** Các
Hợp tác xã vận tải hành khách tuyến cố định trên địa bàn tỉnh Bình Phước

Thực hiện Luật Giao thông đường bộ năm 2008 và quy định tại Phụ lục I kèm theo Nghị định
số 10/2020/NĐ-CP ngày 17 tháng 01 năm 2020 của Chính phủ quy định về kinh doanh vận tải;

Nhằm bảo đảm an toàn giao thông dịp cuối năm. Sở Xây dựng đề nghị các hợp tác xã thực hiện
nội dung sau:

1. Kiểm tra điều kiện kỹ thuật của phương tiện trước mỗi chuyến đi.

2. Báo cáo kết quả về Sở Xây dựng trước ngày 15 tháng 12 năm 2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị Hoa
"""


def test_a_cited_number_wrapped_to_a_line_start_is_not_the_letters_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.number is None  # (no letterhead, no annex: the letter names no number)
    assert [r.number for r in record.references] == ["10/2020/NĐ-CP"]


def test_a_recipient_cut_after_its_plural_word_is_joined(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.recipients == [
        "Các Hợp tác xã vận tải hành khách tuyến cố định trên địa bàn tỉnh Bình Phước"
    ]


def test_the_body_asking_after_its_grounds_paragraph_is_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (the grounds paragraph cites no number at a line's start: the body's text opens with it)
    text = _LETTER.replace(
        "kèm theo Nghị định\nsố 10/2020/NĐ-CP", "kèm theo Nghị định số\n10/2020/NĐ-CP"
    )
    assert parse_text(text, org, calendar).issuer == "Sở Xây dựng"


_REPLY = """**Kính gửi:**
Công ty TNHH Minh Long Hậu Giang

*(Đ/C: KCN Sông Hậu, xã Tân Phú Thạnh, TP. Cần Thơ)*

Cục Hải quan nhận được công văn số 15/2025/ML-KT
ngày 3/9/2025 của Công ty TNHH Minh Long Hậu Giang và công văn số 22/HQHG-NV ngày
10/9/2025 của Hải quan tỉnh Hậu Giang hỏi về thủ tục nhập khẩu. Về vấn đề này, Cục Hải
quan có ý kiến như sau:

Căn cứ khoản 3 Điều 1 Nghị định số 59/2018/NĐ-CP sửa đổi, bổ sung Nghị định số
08/2015 ngày 21/01/2015 của Chính phủ quy định chi tiết Luật Hải quan.

Trường hợp Cục Thi hành án tỉnh Hậu Giang đề nghị Sở Tài chính hướng dẫn thủ
tục khi bàn giao hàng hóa cho bên mua thì thủ tục thực hiện theo quy định tại Nghị định số
59/2018/NĐ-CP.

Đề nghị Công ty căn cứ quy định nêu trên để thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Trần Văn Nam
"""


def test_a_reply_opening_under_the_recipients_address_is_no_recipient(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_REPLY, org, calendar)
    assert record.recipients == ["Công ty TNHH Minh Long Hậu Giang"]
    assert record.issuer == "Cục Hải quan"


def test_a_case_in_which_a_named_body_asks_is_no_request_of_the_letter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (the recipient on the label's line: the reply's opinion read from its first sentence)
    rest = _REPLY.partition("Cục Hải quan nhận được")[2]
    text = "Kính gửi: Công ty TNHH Minh Long Hậu Giang.\n\nCục Hải quan nhận được" + rest
    texts = [a.text for a in parse_text(text, org, calendar).actions]
    assert texts == ["Đề nghị Công ty căn cứ quy định nêu trên để thực hiện"]


def test_a_cited_decree_without_its_code_and_the_asking_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = {r.number: r for r in parse_text(_REPLY, org, calendar).references}
    # "Nghị định số 08/2015 ngày ... của Chính phủ": a decree's number whose code was lost
    assert refs["08/2015"].type == "nghị định"
    assert refs["08/2015"].issuer == "Chính phủ"
    # "... của Hải quan tỉnh Hậu Giang hỏi về ...": the body, not its question
    assert refs["22/HQHG-NV"].issuer == "Hải quan tỉnh Hậu Giang"


_BOARD = """**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH VẬT LIỆU MỚI

**TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH VẬT LIỆU MỚI**

*Căn cứ Quyết định số 1450/QĐ-TTg ngày 02 tháng 10 năm 2025 của Thủ tướng Chính phủ về
việc thành lập Ban Chỉ đạo quốc gia về phát triển ngành vật liệu mới;*

*Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-BCĐVLM
ngày 07 tháng 8 năm 2024 của Trưởng ban Chỉ đạo quốc gia về phát triển ngành vật liệu mới ban
hành Quy chế hoạt động của Ban Chỉ đạo.

**Điều 3.** Các thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

**TRƯỞNG BAN**
**PHÓ THỦ TƯỚNG**
**Lê Văn Thành**
"""


def test_a_board_whose_head_enacts_and_signs_over_his_rank(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_BOARD, org, calendar)
    assert record.issuer == "Ban Chỉ đạo quốc gia về phát triển ngành vật liệu mới"
    # the office signed in, over the signer's rank
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title) == (None, "TRƯỞNG BAN")
    refs = {r.number: r for r in record.references}
    # (the board's name runs to the verb of issuing, its "về" inside it)
    assert refs["12/QĐ-BCĐVLM"].issuer == (
        "Trưởng ban Chỉ đạo quốc gia về phát triển ngành vật liệu mới"
    )


_NOTICE = """**THÔNG BÁO**

Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh Lai Châu

Ngày 10 tháng 11 năm 2025, Phó Thủ tướng Chính phủ đã làm việc với tỉnh Lai Châu.

1. Về kiến nghị của tỉnh: Bộ Xây dựng hướng dẫn theo quy định và chỉ đạo của Phó Thủ tướng
Chính phủ Lê Văn An tại Công văn số 7001/VPCP-CN ngày 14 tháng 8 năm 2025.

2. Về nguồn vốn các trạm biến áp được phê duyệt tại Quyết định số 1200/QĐ-TTg ngày 30 tháng 5
năm 2025 của Thủ tướng Chính phủ từ "xem xét xã hội hoá" sang "Nhà nước đầu tư": Bộ Công
Thương nghiên cứu, báo cáo Thủ tướng Chính phủ.

3. Về các trường học theo Thông báo Kết luận số 90-TB/TW ngày 18 tháng 7 năm 2025 của Bộ Chính
trị: Bộ Giáo dục và Đào tạo chủ trì, hướng dẫn tỉnh.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Sơn
"""


def test_the_issuers_and_kinds_a_notice_gives_its_references(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = {r.number: r for r in parse_text(_NOTICE, org, calendar).references}
    # the last "của" before "tại Công văn số ...", not one of the sentence's earlier names
    assert refs["7001/VPCP-CN"].issuer == "Phó Thủ tướng Chính phủ Lê Văn An"
    # the issuer ends before what the matter changes from ("từ ... sang ...")
    assert refs["1200/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    # "Thông báo Kết luận số 90-TB/TW": a notice of conclusions, a notice
    assert refs["90-TB/TW"].type == "thông báo"


_TRAINING = """**Kính gửi:** Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Kết luận số 150-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư về kết quả hoạt
động của chính quyền địa phương 2 cấp, để nâng cao kỹ năng cho công chức cấp xã đáp ứng yêu
cầu trong tình hình mới, Bộ Xây dựng tổ chức 03 hội nghị tập huấn. Thông tin cụ thể như sau:

1. Đề nghị Ủy ban nhân dân các tỉnh cử công chức tham dự đầy đủ.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Hải
"""


def test_the_body_acting_after_the_grounds_is_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("đáp ứng yêu cầu": the noun, no request; "Bộ Xây dựng tổ chức ...": the body that speaks)
    assert parse_text(_TRAINING, org, calendar).issuer == "Bộ Xây dựng"


_REMINDER = """**Kính gửi:**

- Sở Y tế;
- Ủy ban nhân dân các xã, phường.

Thời gian qua, Ủy ban nhân dân tỉnh Hòa Bình đã có nhiều văn bản chỉ đạo thực hiện chính sách
bảo hiểm y tế trên địa bàn.

Tuy nhiên, theo báo cáo của Bảo hiểm xã hội tỉnh, số chi khám chữa bệnh tăng cao.

Để quản lý, sử dụng có hiệu quả quỹ bảo hiểm y tế năm 2025; Ủy ban nhân dân (UBND) tỉnh Hòa
Bình yêu cầu các Sở, ngành thực hiện một số nội dung sau:

1. Sở Y tế chỉ đạo các cơ sở khám chữa bệnh thực hiện nghiêm quy định.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Văn Khánh
"""


def test_the_body_asking_in_the_paragraph_that_introduces_the_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (past background paragraphs; its short form in brackets dropped from the name)
    assert parse_text(_REMINDER, org, calendar).issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
