"""Round 29: a council resolution divided into articles, no chapters, whose rule articles lay
duties on bodies ("Điều 2. Trình tự thực hiện / ... Ủy ban nhân dân cấp xã có trách nhiệm kiểm
tra ...") and whose annex, a table the page flattened, lists technical measures ("- Lắp đặt bổ
sung ...", "- Hoặc ..."). Only its follow-up article ("Điều 5. Tổ chức thực hiện") gives
tasks, all of it (a clause's line that opens with the article it cites, "Điều 2 của Nghị quyết
này;", does not end it): the duties in the rule articles are the rules it issues, and its
annex is their technical content. The parser read both as tasks, the annex's measures with no
lead. And the council's boards written in lower case ("các ban của Hội đồng nhân dân") work
with its standing committee on the monitoring."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round29_letters import ninh_binh_resolution

_ARTICLES = """Điều 1. Phạm vi điều chỉnh, đối
tượng áp dụng
1. Nghị quyết này quy định việc xử lý các cơ sở không bảo đảm an toàn về điện.
2. Đối tượng áp dụng: cơ quan, tổ chức, cá nhân có cơ sở thuộc phạm vi điều chỉnh.
Điều 2. Trình tự thực hiện
1. Người đứng đầu cơ sở có trách nhiệm xây dựng kế hoạch khắc phục các nội dung tồn tại.
2. Ủy ban nhân dân cấp xã có trách nhiệm chủ trì, phối hợp với Sở Công Thương kiểm tra việc
hoàn thành các nội dung tồn tại của cơ sở.
Điều 3. Quy định về trách nhiệm
thực hiện đối với nhà chung cư
a) Ủy ban nhân dân cấp xã hướng dẫn thành lập Ban quản trị đối với nhà chung cư.
b) Ủy ban nhân dân cấp xã chịu trách nhiệm tổ chức khắc phục các nội dung tồn tại.
Điều 4. Nguồn kinh phí thực hiện
Kinh phí do ngân sách các cấp bảo đảm theo phân cấp hiện hành.
Điều 5. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh:
a) Xây dựng kế hoạch triển khai thực hiện Nghị quyết này.
b) Chỉ đạo Sở Công Thương hướng dẫn Ủy ban nhân dân cấp xã rà soát các cơ sở quy định tại
Điều 2 của Nghị quyết này;
c) Tổ chức tuyên truyền, vận động nhân dân thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân tỉnh, các ban của Hội đồng nhân dân tỉnh, các Tổ đại
biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị
quyết.
Điều 6. Hiệu lực thi hành
Nghị quyết này có hiệu lực kể từ ngày ký.
"""
_AFTER = """
PHỤ LỤC
GIẢI PHÁP KỸ THUẬT BỔ SUNG VỀ AN TOÀN ĐIỆN
(Kèm theo Nghị quyết số 21/2026/NQ-HĐND ngày 10 tháng 3 năm 2026 của Hội đồng nhân dân tỉnh
Ninh Bình)
|
**TT**
|
**Nội dung không bảo đảm quy định**
|
**Giải pháp bổ sung, tăng cường**
|
|
**1**
|
**Đường dây cấp điện**
|
**Căn cứ quy mô, tính
chất hoạt động của từng công trình cụ thể, lựa chọn một trong các giải pháp sau:**
- Lắp đặt bổ sung thiết bị
đóng cắt tự động tại tủ điện tổng của công trình;
- Hoặc thay thế toàn bộ
dây dẫn bằng loại có vỏ bọc chống cháy.
|
|
**2**
|
**Chiếu sáng sự cố**
|
Bổ sung các giải pháp sau:
- Bổ sung đèn chiếu sáng
sự cố tại hành lang các tầng;
- Bổ sung biển chỉ dẫn
thoát nạn tại các tầng.
"""
_RESOLUTION = ninh_binh_resolution(
    21,
    "QUY ĐỊNH VIỆC XỬ LÝ CÁC CƠ SỞ KHÔNG BẢO ĐẢM AN TOÀN VỀ ĐIỆN",
    "việc xử lý các cơ sở không bảo đảm an toàn",
    _ARTICLES,
    _AFTER,
)


def test_only_the_follow_up_article_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Ủy ban nhân dân tỉnh", "Xây dựng kế hoạch triển khai t"),
        ("Ủy ban nhân dân tỉnh", "Chỉ đạo Sở Công Thương hướng d"),
        ("Ủy ban nhân dân tỉnh", "Tổ chức tuyên truyền, vận động"),
        ("Thường trực Hội đồng nhân dân tỉnh", "Giao Thường trực Hội đồng nhân"),
    ]


def test_the_boards_in_lower_case_work_with_the_standing_committee(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert actions[-1].coordinating_units == [
        "các ban của Hội đồng nhân dân tỉnh",
        "các Tổ đại biểu Hội đồng nhân dân tỉnh",
        "đại biểu Hội đồng nhân dân tỉnh",
    ]


def test_without_a_follow_up_article_the_articles_give_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A resolution with no article titled for carrying it out keeps its articles' tasks."""
    letter = _RESOLUTION.replace("Điều 5. Tổ chức thực hiện", "Điều 5. Giao nhiệm vụ")
    leads = [a.lead_unit for a in parse_text(letter, org, calendar).actions]
    assert "Ủy ban nhân dân tỉnh" in leads


_SHORT = """HỘI ĐỒNG NHÂN DÂN
TỈNH NINH BÌNH
Số: 22/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 10 tháng 3 năm 2026

NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ LỰC LƯỢNG CÔNG AN CẤP XÃ

HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định nội dung, mức chi hỗ trợ lực lượng
công an cấp xã trên địa bàn tỉnh Ninh Bình trong thực hiện
nhiệm vụ bảo đảm an ninh, trật tự tại cơ sở.
Điều 2. Đối tượng áp dụng
Công an cấp xã, cơ quan, tổ chức, cá nhân có liên quan đến
việc quản lý, sử dụng kinh phí hỗ trợ theo quy định tại
Nghị quyết này.
Điều 3. Nội dung hỗ trợ
1. Hỗ trợ mức 500.000 đồng/người/tháng cho lực lượng công an
cấp xã trực tiếp làm nhiệm vụ bảo đảm an ninh, trật tự
trên địa bàn tỉnh.
2. Nguồn kinh phí: được bố trí trong dự toán ngân sách tỉnh
giao cho Công an tỉnh hằng năm theo quy định của pháp
luật về ngân sách nhà nước.
Điều 4. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện
Nghị quyết.
2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc
thực hiện Nghị quyết.
Điều 5. Hiệu lực thi hành
Nghị quyết này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Trần Văn B
"""


def test_the_article_read_as_the_page_wraps(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """The page cuts every line at a fixed width, which the whole resolution shows, not its
    short follow-up article: "... tổ chức thực hiện" / "Nghị quyết." is one sentence."""
    actions = parse_text(_SHORT, org, calendar).actions
    assert [a.text for a in actions][:1] == [
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết"
    ]
