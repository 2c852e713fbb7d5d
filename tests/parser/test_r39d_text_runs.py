"""A page exported from a word processor's HTML (an ebook's texts) with one line per text run:
a YAML front matter and a "# <file name>" heading over the letter, no blank line, its
paragraphs, letterhead cells and words broken wherever a run ended. The paragraphs are put
back before the letter is read; the front matter is the file's, never the letter's header.
A decision that issues a procedure ("QUY TRÌNH") gives tasks only in the procedure's own
part on carrying it out, its steps being the procedure."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_FRONT = (
    '---\nso_hieu: "CV 512.2024 HUONG DAN"\nten: "CV 512.2024 HUONG DAN"\nloai: "Khác"\n'
    'source: "EBOOK"\n---\n\n# CV 512.2024 HUONG DAN\n\n'
)

_LETTER = """BỘ CÔNG THƯƠNG
CỤC XUẤT NHẬP KHẨU
-------
CỘNG HÒA XÃ
  HỘI CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:
512
/
XNK
-TH
V/v hướng dẫn
  thực hiện Thông tư
  số 12/2023/TT-BCT
Hà Nội, ngày 14
  tháng 3 năm 2024
Kính
gửi:
Sở
Công Thương các tỉnh, thành phố trực thuộc
Trung ương
Ngày 02/02/2023, Bộ
Công Thương đã ban hành Thông tư
số 12/2023/TT-BCT quy định về
xuất khẩu
hàng hóa có điều kiện, có hiệu lực
thi hành từ ngày 01 tháng 4
năm 2023 và
áp dụng cho các thương nhân trên cả nước. Thông tư
quy định cụ thể
hồ sơ, trình tự, thủ tục
cấp giấy phép xuất khẩu, việc
kiểm tra sau
thông quan và việc
báo cáo định kỳ
của thương nhân
với cơ quan quản lý
nhà nước tại địa
phương; đồng thời
bãi bỏ các quy định
trái với nội dung
của Thông tư.
Cục Xuất nhập khẩu đề nghị các
Sở Công Thương khẩn trương phổ biến, hướng dẫn
cho các thương nhân trên địa bàn
thực hiện, báo cáo kết quả về Cục trước ngày
30 tháng 4 năm 2024.
(Chi tiết nội dung cụ
thể theo Phụ lục đính kèm)
Trong quá trình thực
hiện, nếu có khó khăn, vướng
mắc, đề nghị các Sở Công Thương kịp
thời phản ánh về Cục Xuất nhập khẩu để được hướng dẫn
giải quyết./.
Nơi nhận:
-
  Như trên;
-
  Lãnh đạo Bộ (để
  b/c);
-
  Lưu: VT, TH.
KT. CỤC
  TRƯỞNG
PHÓ CỤC TRƯỞNG
Trần Văn
Bình
"""


def test_front_matter_and_its_heading_are_the_files() -> None:
    text = reflowed(_FRONT + "BỘ CÔNG THƯƠNG\n\nSố: 5/BCT-TH\n")
    assert "so_hieu" not in text and "# CV" not in text
    assert text.lstrip().startswith("BỘ CÔNG THƯƠNG")


def test_a_page_of_paragraphs_is_left_as_it_is() -> None:
    page = "\n\n".join(
        f"{n}. Sở Công Thương chủ trì triển khai nội dung số {n}." for n in range(60)
    )
    assert reflowed(page) == page


def test_runs_are_put_back_into_paragraphs() -> None:
    lines = reflowed(_FRONT + _LETTER).splitlines()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Số: 512/XNK-TH" in lines
    assert "Hà Nội, ngày 14 tháng 3 năm 2024" in lines
    assert "Kính gửi:" in lines
    assert "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương" in lines
    assert any(line.startswith("Ngày 02/02/2023, Bộ Công Thương đã ban hành") for line in lines)
    assert "- Lãnh đạo Bộ (để b/c);" in lines
    assert "KT. CỤC TRƯỞNG" in lines and "Trần Văn Bình" in lines


def test_a_word_broken_between_runs_is_one_word_again() -> None:
    runs = "\n".join(["Căn", "cứ Luật Thương mại, b", "ổ", "sung;"] * 12)
    page = "\n".join([runs, "của cơ qu", "a", "n thuế t", "ha", "y thế các văn bản."] * 4)
    text = reflowed(page)
    assert "bổ sung;" in text and "cơ quan thuế thay thế" in text


def test_the_letters_header_is_read_from_its_runs(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_FRONT + _LETTER, org, calendar)
    assert record.number == "512/XNK-TH"
    assert record.issuer == "Cục Xuất nhập khẩu"
    assert record.parent_issuer == "Bộ Công Thương"
    assert record.place == "Hà Nội"
    assert str(record.issued_on) == "2024-03-14"
    assert record.subject == "hướng dẫn thực hiện Thông tư số 12/2023/TT-BCT"
    assert record.recipients == ["Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương"]
    assert record.signer is not None and record.signer.name == "Trần Văn Bình"
    assert [a.lead_unit for a in record.actions] == ["các Sở Công Thương"]


def test_field_lines_point_into_the_page_as_given(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The draft page shows the uploaded text beside the fields: a field's lines are the
    given page's (front matter and broken runs included), not the reflowed text's."""
    given = _FRONT + _LETTER
    record = parse_text(given, org, calendar)
    lines = given.splitlines()
    number, signer = record.provenance["number"].lines, record.provenance["signer"].lines
    assert number == (lines.index("512") + 1, lines.index("-TH") + 1)
    assert signer is not None  # the name, broken over two runs, on the given page's lines
    assert " ".join(lines[signer[0] - 1 : signer[1]]) == "Trần Văn Bình"


_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
-------
CỘNG HÒA XÃ
  HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:
88/QĐ-UBND
Bắc Giang, ngày
12
tháng
6
năm 2024
QUYẾT
ĐỊNH
VỀ
VIỆC BAN HÀNH QUY TRÌNH TIẾP NHẬN
HỒ SƠ THUÊ ĐẤT
ỦY
BAN NHÂN DÂN TỈNH BẮC GIANG
Căn
cứ Luật Tổ chức chính quyền
địa phương ngày 19/6/2015; Luật sửa đổi, b
ổ
sung một
số điều của Luật Tổ chức Chính
phủ và Luật Tổ chức chính quyền
địa phương ngày 22/11/2019;
Căn
cứ Luật Đất đai ngày 29/11/2013 và các văn
bản hướng dẫn thi hành;
Xét đề nghị
của Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 02/6/2024,
QUYẾT
ĐỊNH:
Điều
1.
Ban hành kèm theo
Quyết định này Quy trình tiếp nhận
hồ sơ thuê đất.
Điều
2.
Quyết định
này có hiệu lực thi hành kể từ
ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính
chịu trách nhiệm thi hành Quyết định
này./.
Nơi nhận:
-
  Như Điều 2;
-
  Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn
An
QUY TRÌNH
TIẾP NHẬN HỒ SƠ
THUÊ ĐẤT
(Ban hành kèm theo
Quyết định số 88/QĐ-UBND ngày 12/6/2024 của Ủy ban nhân dân tỉnh Bắc Giang)
Chương
I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy trình này quy định việc tiếp nhận
hồ sơ thuê đất, luân chuyển
hồ sơ giữa các cơ qu
a
n
có liên quan và thời hạn
giải quyết
hồ sơ; việc
lưu trữ hồ sơ
được thực hiện
theo quy định
của pháp luật
về lưu trữ và
quy chế
của cơ quan,
đơn vị.
Chương
II
CÁC BƯỚC THỰC HIỆN
Điều 2. Tiếp nhận hồ sơ
1. Bộ phận một cửa có trách nhiệm tiếp nhận hồ sơ, kiểm tra
tính đầy đủ
của hồ sơ, nhập
dữ liệu vào
phần mềm quản lý
và chuyển hồ
sơ đến cơ quan
giải quyết trong ngày làm việc.
2. Sở Tài chính có trách nhiệm thẩm định hồ sơ trong thời hạn
05 ngày làm việc.
Chương
III
TỔ CHỨC THỰC HIỆN
Điều 3. Trách nhiệm thi hành
1. Sở Tài nguyên và Môi trường có trách nhiệm hướng dẫn các
huyện thực hiện Quy trình này.
"""


def test_a_procedures_steps_are_no_tasks_its_own_part_gives_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_FRONT + _DECISION, org, calendar)
    assert record.number == "88/QĐ-UBND"
    assert record.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert record.subject == "BAN HÀNH QUY TRÌNH TIẾP NHẬN HỒ SƠ THUÊ ĐẤT"
    assert [a.lead_unit for a in record.actions] == ["Sở Tài nguyên và Môi trường"]
