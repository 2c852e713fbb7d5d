"""An ebook's letter that guides ("V/v hướng dẫn quyết toán thuế ...") in text runs one a line
(see test_r39d_text_runs): its Roman-numbered sections state how the rules apply ("I. ĐỐI
TƯỢNG PHẢI QUYẾT TOÁN THUẾ", "Tổng cục Thuế lưu ý một số nội dung sau:"), no one's task, and
only its section on carrying it out ("III. TỔ CHỨC THỰC HIỆN") gives tasks. The forms it names
by their codes ("Phụ lục bảng kê 05-3/BK-TNCN", "tờ khai QT 05/KK-TNCN", "Mẫu số 0" / "5/DS-
TNCN") are no documents it cites, and a year the export cut between runs ("năm 201" / "5",
"92" / "/201" / "5" / "/TT-BTC") is read whole."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_RUNS = "Căn\ncứ Luật Lưu trữ, b\nổ\nsung, cơ qu\na\nn thuế t\nha\ny thế;\n" * 6

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:
512
/
TCT
-TNCN
V/v hướng dẫn
  quyết toán thuế TNCN năm 2019.
Hà Nội, ngày 10 tháng 3 năm 2020
Kính
gửi:
Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
{runs}Căn cứ Thông tư số
92
/201
5
/TT-BTC ngày 15/6/2015 của Bộ Tài chính, Tổng cục Thuế hướng dẫn một số nội dung như sau:
I. ĐỐI TƯỢNG PHẢI
QUYẾT TOÁN THUẾ TNCN
1. Cá nhân có thu nhập từ tiền lương, tiền công
- Cá nhân có số thuế phải nộp thêm sau quyết toán trên 50.000 đồng phải nộp hồ sơ quyết
  toán thuế trước ngày 30/4/2020.
- Tổ chức trả thu nhập kê khai đầy đủ người phụ thuộc vào Phụ lục bảng kê 05-3/BK-TNCN và
  danh sách theo Mẫu
số 0
5/DS-TNCN.
II. MỘT SỐ NỘI DUNG KHÁC
Tổng cục Thuế lưu ý một số nội dung sau:
- Cơ quan thuế căn cứ tờ khai QT 05/KK-TNCN để cấp mã số thuế cho người phụ thuộc.
- Năm 201
5
, Bà A có thu nhập từ tiền lương tại Công ty X.
III. TỔ CHỨC THỰC
HIỆN
Tổng cục Thuế đề nghị các Cục Thuế triển khai, phổ biến và hướng dẫn nội dung văn bản này.
1. Cục Thuế tổ chức tập huấn các nội dung chính sách thuế liên quan đến việc quyết toán thuế
  TNCN năm 2019 cho các tổ chức trả thu nhập.
Trong quá trình triển khai nếu có vướng mắc, đề nghị các Cục Thuế phản ánh về Tổng cục Thuế
  để có hướng dẫn xử lý kịp thời./.
Nơi nhận:
- Như trên;
- Lưu: VT, TNCN.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Nguyễn Văn An
"""


def test_only_the_section_on_carrying_it_out_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(runs=_RUNS), org, calendar)
    assert record.subject == "hướng dẫn quyết toán thuế TNCN năm 2019"
    texts = [a.text for a in record.actions]
    assert not any(t.startswith(("Cá nhân", "Tổ chức trả", "Cơ quan thuế căn cứ")) for t in texts)
    assert any(t.startswith("Cục Thuế tổ chức tập huấn") for t in texts)


def test_the_forms_it_names_are_no_references(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER.format(runs=_RUNS), org, calendar)
    assert [r.number for r in record.references] == ["92/2015/TT-BTC"]


def test_a_year_cut_between_runs_is_whole() -> None:
    lines = reflowed(_LETTER.format(runs=_RUNS)).splitlines()
    assert "- Năm 2015, Bà A có thu nhập từ tiền lương tại Công ty X." in lines
    assert any("theo Mẫu số 05/DS-TNCN." in line for line in lines)


def test_a_resolutions_serial_before_its_year_is_no_forms_sub_number() -> None:
    from directives.parser.clean import fold_lines
    from directives.parser.references import find_references

    text = "Căn cứ Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017 của Chính phủ;"
    found = find_references(text, fold_lines([text])[0], None, 2020)
    assert [r.number[-10:] for r in found] == ["2017/NQ-CP"]
