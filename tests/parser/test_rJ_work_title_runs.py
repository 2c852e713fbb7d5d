"""A letter on a page of text runs (an ebook's export, one run a line) whose items give a title
to the work ("a) Đối chiếu số liệu hoàn thuế theo dự toán") and then, with no stop between, the
sentence whose body does it ("Cục Thuế chủ trì rà soát ..."). The title names no body and asks
no one: the body's sentence opens the paragraph and the task (README: a topic line stays out of
the task's text). Under such a title the task runs to the item's end: a later paragraph whose
case or place names the same body by its kind ("Tại từng địa bàn, cơ quan thuế ...") and one
that only says how the work must be ("Thông tin tuyên truyền phải ...") stay in its text, and
an item that only says from when a rule applies ("... có hiệu lực từ ngày ...") is none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_FRONT = '---\nso_hieu: "CV 4321.2020"\nsource: "EBOOK"\n---\n\n# CV 4321.2020\n\n'

_PAGE = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 4321/TCT-KK
V/v triển khai Thông tư số 55/2020/TT-BTC
Hà Nội, ngày 10 tháng 8 năm 2020
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương
Để triển khai Thông tư số
55/2020/TT-BTC ngày 15/6/2020 của
Bộ Tài chính, Tổng cục Thuế đề
nghị Cục Thuế các tỉnh, thành
phố thực hiện các
nội dung sau:
1. Tuyên truyền
chính sách mới về lệ phí
môn bài
Cơ quan thuế các cấp tổ chức
tuyên truyền đầy đủ
chính sách mới về lệ phí
môn bài.
Tại từng địa bàn quản lý thuế,
cơ quan thuế chủ động
phối hợp với các cơ quan
báo chí để phổ biến
chính sách mới.
Thông tin tuyên truyền
phải kịp thời,
dễ hiểu đối với người
nộp thuế.
2. Hướng dẫn người nộp thuế kê khai,
quyết toán lệ phí môn bài năm 2020
2.1. Mức lệ phí môn bài quy định
tại Điều 1 Nghị định số 22/2020/NĐ-CP
ngày 24/02/2020 của Chính phủ
có hiệu lực từ ngày 01/09/2020.
Cơ quan thuế hướng dẫn
người nộp thuế khai
lệ phí môn bài theo
mức mới.
3. Một số công việc chuyển tiếp
a) Đối chiếu số liệu
hoàn thuế theo
dự toán
Cục Thuế chủ trì
rà soát danh sách chi hoàn
thuế năm 2020, bao gồm:
- Quyết định hoàn thuế
đã ban hành năm 2019.
- Quyết định hoàn thuế
đã ban hành năm 2020.
Tổng cục Thuế thông báo để
các Cục Thuế biết,
thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, KK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Nguyễn Văn Tâm
"""


def _page() -> str:
    return _FRONT + _PAGE


def test_the_body_after_a_work_title_opens_a_paragraph() -> None:
    lines = reflowed(_page()).splitlines()
    assert "a) Đối chiếu số liệu hoàn thuế theo dự toán" in lines
    assert any(line.startswith("Cục Thuế chủ trì rà soát danh sách") for line in lines)


def test_the_tasks_run_to_their_items_end(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_page(), org, calendar)
    got = [(a.lead_unit, a.text) for a in record.actions]
    assert got == [
        (
            "Cơ quan thuế các cấp",
            "Cơ quan thuế các cấp tổ chức tuyên truyền đầy đủ chính sách mới về lệ phí môn bài."
            " Tại từng địa bàn quản lý thuế, cơ quan thuế chủ động phối hợp với các cơ quan báo"
            " chí để phổ biến chính sách mới. Thông tin tuyên truyền phải kịp thời, dễ hiểu đối"
            " với người nộp thuế",
        ),
        ("Cơ quan thuế", "Cơ quan thuế hướng dẫn người nộp thuế khai lệ phí môn bài theo mức mới"),
        (
            "Cục Thuế",
            "Cục Thuế chủ trì rà soát danh sách chi hoàn thuế năm 2020, bao gồm: - Quyết định"
            " hoàn thuế đã ban hành năm 2019. - Quyết định hoàn thuế đã ban hành năm 2020",
        ),
    ]
