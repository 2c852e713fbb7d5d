"""Round rK, continued: a point's paragraphs, an article over a role's duties and a request
under a cited provision keep their places in a text layer with no blank line left."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_lines, squash
from tests.parser.blank_lines import reading, without_blanks

# A resolution's text layer: its points run over more than one paragraph, none set off by a
# blank line; the blank lines stand only around the page's running head.
_POINTS = """CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/NQ-CP
Hà Nội, ngày 09 tháng 3 năm 2026

NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 02 năm 2026

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ,

QUYẾT NGHỊ:
I. Về tình hình kinh tế - xã hội tháng 02 năm 2026; phương hướng, nhiệm vụ thời gian tới
1. Những kết quả nổi bật
Chính phủ thống nhất đánh giá: trong tháng 02 năm 2026, kinh tế vĩ mô cơ bản ổn định,
lạm phát được kiểm soát, các cân đối lớn của nền kinh tế được bảo đảm.
2. Phương hướng, nhiệm vụ, giải pháp trọng tâm tháng 3 và thời gian tới
Thời gian tới, tình hình thế giới dự báo còn diễn biến phức tạp, khó lường; giá nguyên
liệu, nhiên liệu có xu hướng tăng, tạo áp lực lên công tác điều hành kinh tế vĩ mô.
Để hoàn thành các mục tiêu của năm 2026, Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng
cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tập trung những nội dung sau:
a) Rà soát, cắt giảm thủ tục hành chính, điều kiện kinh doanh không cần thiết, bảo
đảm môi trường đầu tư, kinh doanh thuận lợi cho người dân và doanh nghiệp.
b) Theo dõi sát diễn biến giá cả thị trường, nhất là giá lương thực, thực phẩm và
xăng dầu, kịp thời có giải pháp bình ổn giá, không để xảy ra tình trạng khan hiếm hàng.
Chuẩn bị phương án cung ứng hàng hóa thiết yếu cho các tháng cao điểm cuối năm.
Điều hành linh hoạt các công cụ chính sách, phối hợp chặt chẽ với các địa phương để
kiểm tra, xử lý nghiêm các hành vi đầu cơ, găm hàng, tăng giá bất hợp lý.
c) Đẩy nhanh tiến độ giải ngân vốn đầu tư công, bảo đảm giải ngân hết kế hoạch vốn
được giao trong năm 2026; xử lý dứt điểm các vướng mắc về giải phóng mặt bằng của các
dự án trọng điểm.

CÔNG BÁO/Số 120/Ngày 16-03-2026
45

d) Tăng cường công tác thông tin, truyền thông chính sách, kịp thời cung cấp thông tin
chính thống, định hướng dư luận xã hội.
II. Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ, Thủ tướng Chính
phủ kết quả thực hiện Nghị quyết này./.
TM. CHÍNH PHỦ
THỦ TƯỚNG

Phạm Minh Sơn
"""


def test_a_points_paragraphs_stay_with_it_in_a_text_layer_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "b) ... hàng." / "Chuẩn bị ..." / "Điều hành ..." / "c) ...": with no blank line left
    # on the page, the paragraphs under b) were read apart from it, as paragraphs of their own
    lines = [squash(line) for line in without_blanks(_POINTS).split("\n")]
    blocks = split_blocks(lines, fold_lines(lines))
    points = [b for b in blocks if b.marker == "letter"]
    assert [b.number for b in points] == ["a", "b", "c", "d"]
    assert "Chuẩn bị phương án cung ứng" in points[1].text
    assert points[1].text.endswith("găm hàng, tăng giá bất hợp lý.")
    assert not any(b.text.startswith(("Chuẩn bị", "Điều hành")) for b in blocks)
    # and the reading takes the four points, b) whole
    texts = [task["text"] for task in reading(without_blanks(_POINTS), org, calendar)["actions"]]
    assert len(texts) == 4 and "Chuẩn bị phương án cung ứng" in texts[1]


_ROLE_ARTICLE = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 214/QĐ-ĐHKT

Đà Nẵng, ngày 15 tháng 4 năm 2026

QUYẾT ĐỊNH
Ban hành Quy định về sử dụng thiết bị phòng thí nghiệm

HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG

Căn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012;

Theo đề nghị của Trưởng phòng Quản trị thiết bị.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về sử dụng thiết bị phòng thí
nghiệm của Trường.

Điều 2. Trách nhiệm của sinh viên

Sinh viên có vai trò quan trọng trong việc giữ gìn thiết bị của phòng thí nghiệm, bảo
đảm an toàn cho bản thân và người cùng làm thí nghiệm, cụ thể:

1. Đọc kỹ hướng dẫn sử dụng thiết bị trước mỗi buổi thí nghiệm và tuân thủ nội quy
của phòng thí nghiệm;

2. Báo ngay cho cán bộ phụ trách khi phát hiện thiết bị hư hỏng hoặc có dấu hiệu mất
an toàn.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Trưởng các đơn vị thuộc Trường chịu
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

HIỆU TRƯỞNG

Lê Văn Tâm
"""


def test_an_article_over_a_roles_duties_stands_apart_from_the_paragraph_naming_it_again(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Điều 2. Trách nhiệm của sinh viên" / "Sinh viên có vai trò ...": with no blank line
    # between them, the paragraph was read as more of the title, its words the lead's name
    # (the students' duties: no body's task in either reading)
    plain = reading(_ROLE_ARTICLE, org, calendar)
    assert reading(without_blanks(_ROLE_ARTICLE), org, calendar) == plain


def test_a_request_under_a_cited_provision_stays_apart_in_a_text_layer() -> None:
    # "a) Tại khoản 2 ... quy định ..." / "Đề nghị cơ quan soạn thảo ..." / "b) ...": the
    # paragraph that asks is a request of its own, not more of the point citing the draft
    lines = [
        "1. Đối với dự thảo Quy chế",
        "a) Tại khoản 2 Điều 3 dự thảo Quy chế quy định hằng năm Sở Nội vụ tổng hợp nhu cầu",
        "đào tạo của các cơ quan, đơn vị.",
        "Đề nghị cơ quan soạn thảo làm rõ thời điểm tổng hợp nhu cầu đào tạo để bảo đảm tính",
        "khả thi khi triển khai.",
        "b) Đề nghị cơ quan soạn thảo bỏ khoản 5 Điều 3 dự thảo Quy chế.",
    ]
    blocks = split_blocks(lines, fold_lines(lines))
    asked = [b for b in blocks if b.text.startswith("Đề nghị cơ quan soạn thảo làm rõ")]
    assert len(asked) == 1 and asked[0].marker is None
