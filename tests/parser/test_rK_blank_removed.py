"""Round rK: a letter reads the same when its source drops its blank lines.

A crawl or a copy from a web page may keep every line of a letter but none of the blank
lines between them. What else marks the structure must then tell it apart: a table printed
again under its own header row, ...
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import same_without_blanks


def _cells(*rows: tuple[str, ...]) -> str:
    """A table a web page flattened: each cell after a line "|", each row closed by one."""
    return "".join("|\n" + "".join(f"{c}\n|\n" for c in row) for row in rows)


_TWO_TABLES = (
    """**ỦY BAN NHÂN DÂN**
**TỈNH HÀ NAM**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 52/KH-UBND

*Hà Nam, ngày 12 tháng 3 năm 2026*

**KẾ HOẠCH**
**Phát triển dịch vụ công trực tuyến năm 2026**

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10 tháng 01 năm 2026 của Hội đồng nhân dân
tỉnh về phát triển chính quyền số;

Các sở, ngành, địa phương triển khai các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Nguyễn Văn A**

**PHỤ LỤC**

**DANH MỤC NHIỆM VỤ**

"""
    + _cells(
        (
            "**STT**",
            "**Nhiệm vụ**",
            "**Đơn vị thực hiện**",
            "**Đơn vị phối hợp**",
            "**Thời gian**",
            "**Sản phẩm**",
        ),
        ("**A**", "**NỀN TẢNG CHUNG**"),
        (
            "1",
            "Rà soát quy trình tiếp nhận hồ sơ trực tuyến",
            "Sở Nội vụ",
            "Các sở, ngành",
            "2026",
            "Báo cáo",
        ),
        (
            "2",
            "Nâng cấp hạ tầng mạng của tỉnh",
            "Sở Tài chính",
            "Các sở, ngành",
            "2026",
            "Hệ thống",
        ),
    )
    + "\n\n"
    + _cells(
        ("**B**", "**DỊCH VỤ THEO NGÀNH**"),
        ("**I**", "**Giáo dục**"),
        (
            "**Nội dung**",
            "**Đơn vị thực hiện**",
            "**Đơn vị phối hợp**",
            "**Thời gian**",
            "**Sản phẩm**",
        ),
        (
            "1.1",
            "Triển khai tuyển sinh đầu cấp trực tuyến",
            "Sở Giáo dục và Đào tạo",
            "Ủy ban nhân dân cấp xã",
            "2026",
            "Giải pháp",
        ),
        (
            "1.2",
            "Số hóa học bạ của học sinh trung học",
            "Sở Giáo dục và Đào tạo",
            "Các trường",
            "2026",
            "Cơ sở dữ liệu",
        ),
        ("**II**", "**Y tế**"),
        (
            "**Nội dung**",
            "**Đơn vị thực hiện**",
            "**Đơn vị phối hợp**",
            "**Thời gian**",
            "**Sản phẩm**",
        ),
        (
            "2.1",
            "Triển khai đặt lịch khám bệnh trực tuyến",
            "Sở Y tế",
            "Các bệnh viện",
            "2026",
            "Nền tảng",
        ),
        (
            "2.2",
            "Triển khai hồ sơ sức khỏe điện tử",
            "Sở Y tế",
            "Ủy ban nhân dân cấp xã",
            "2026",
            "Hồ sơ",
        ),
    )
)


def test_a_table_header_printed_again_keeps_its_columns_with_the_table_above_run_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the second table's header leaves the number's column out; with no blank line after
    # the first table, it is read as rows of that table, padded to its width
    same_without_blanks(_TWO_TABLES, org, calendar)


# A gazette's PDF text layer: the lines as the page wrapped them, the page's running head
# and number where it broke, and an annex's table one cell's line after another.
_GAZETTE = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/QĐ-TTg
Hà Nội, ngày 20 tháng 01 năm 2026

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển hợp tác xã nông nghiệp
ứng dụng công nghệ cao đến năm 2030

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án phát triển hợp tác xã nông nghiệp ứng dụng công nghệ
cao đến năm 2030 với các nhiệm vụ tại Phụ lục kèm theo Quyết định này.
Điều 2. Tổ chức thực hiện
1. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, cơ quan liên
quan hướng dẫn, theo dõi, đôn đốc việc triển khai Đề án; tổng hợp kết quả,
báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 hằng năm.
2. Bộ Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Đề án theo quy
định của pháp luật về ngân sách nhà nước.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.
Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các
tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG


Lê Văn Bình


CÔNG BÁO/Số 41/Ngày 03-02-2026
27


PHỤ LỤC
DANH MỤC NHIỆM VỤ CỦA ĐỀ ÁN
(Kèm theo Quyết định số 215/QĐ-TTg ngày 20 tháng 01 năm 2026 của Thủ tướng Chính phủ)


TT
Nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
thực hiện
1
Rà soát, sửa đổi
quy định về hỗ
trợ hợp tác xã
ứng dụng công
nghệ cao trong
sản xuất nông
nghiệp.
Bộ Nông nghiệp
và Môi trường
Bộ Tài chính
Năm 2026
2
Xây dựng cơ sở
dữ liệu về hợp
tác xã nông
nghiệp trên
phạm vi cả
nước.
Bộ Nông nghiệp
và Môi trường
Bộ Khoa học và
Công nghệ
Năm 2027
3
Bố trí vốn tín
dụng ưu đãi cho
hợp tác xã đầu
tư nhà màng,
nhà lưới và
kho lạnh.
Ngân hàng Nhà
nước Việt Nam
Bộ Tài chính
Năm 2026
4
Đào tạo, bồi
dưỡng cán bộ
quản lý hợp tác
xã về chuyển
đổi số trong
sản xuất.
Bộ Nông nghiệp
và Môi trường
Ủy ban nhân dân
các tỉnh
Năm 2027
5
Hỗ trợ hợp tác
xã tham gia
chuỗi giá trị
nông sản xuất
khẩu chủ lực.
Bộ Công Thương
Bộ Nông nghiệp
và Môi trường
Năm 2028
"""


def test_a_gazette_layer_without_blank_lines_keeps_its_signer_and_annex_table(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # with no blank line left, the layer's wrapped lines are put back as paragraphs; the
    # running head after the signer's name and the annex's table must not go with them
    same_without_blanks(_GAZETTE, org, calendar)


_BODIES_FRAMED = """**ỦY BAN NHÂN DÂN**
**TỈNH BẮC NINH**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 318/UBND-NNMT

*Bắc Ninh, ngày 05 tháng 11 năm 2026*

V/v tăng cường kiểm soát tiếng ồn trong mùa lễ hội

Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Công an tỉnh.

Để giảm thiểu tác động của tiếng ồn đến đời sống nhân dân trong mùa lễ hội, Ủy ban
nhân dân tỉnh yêu cầu:

**1. Sở Nông nghiệp và Môi trường**

Chủ trì kiểm tra việc chấp hành quy định về tiếng ồn tại các khu dân cư; tổng hợp
kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm 2026.

**2. Các cơ sở kinh doanh, dịch vụ trên địa bàn tỉnh**

*2.1. Đối với các cơ sở kinh doanh dịch vụ karaoke, vũ trường và quán bar trong
khu dân cư:*

+ Lắp đặt vật liệu cách âm tại các phòng hát, khu vực biểu diễn theo đúng quy
chuẩn kỹ thuật quốc gia về tiếng ồn.

+ Kết thúc hoạt động trước 24 giờ hằng ngày; không sử dụng loa công suất lớn
phát ra ngoài khuôn viên cơ sở.

+ Niêm yết số điện thoại đường dây nóng để người dân phản ánh khi bị ảnh hưởng.

**Nơi nhận:**
- Như trên;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Trần Văn Bảo**
"""


def test_tasks_listed_under_a_class_of_bodies_stay_apart_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Đối với các cơ sở ...:" names who does the "+" tasks under it; with no blank line
    # before them, they were read as the points of a case and joined to it
    same_without_blanks(_BODIES_FRAMED, org, calendar)
