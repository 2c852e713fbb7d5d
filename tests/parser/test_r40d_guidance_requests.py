"""Round 40d: a tax guidance letter ("V/v hướng dẫn quyết toán thuế ...") whose part on
carrying it out opens with the issuer's request to its offices ("Tổng cục Thuế đề nghị các
Cục Thuế căn cứ ... để triển khai, phổ biến, hướng dẫn ..., cụ thể một số nội dung như sau:").

The guiding named in that sentence is the work asked for, not the issuer's own guidance: the
items under it are the offices' tasks, each topic line under "1.2. Tuyên truyền và hướng dẫn
... tập trung vào các nội dung:" one more (README, session 18: 127/01 actions 2-6). On a page
of text runs, the part's Roman title cut over runs ("IV" / ". TỔ CHỨC THỰC" / "HIỆN") is one
line again, so the request stays over the numbered items below it; and a code the export cut
before its last letter ("- LĐ TC" / "T" / "(để" / "b/cáo);") is written whole.

A request the issuer puts to its offices inside one of the sections it guides ("Tổng cục Thuế
yêu cầu các Cục Thuế:" over "- Tổ chức tiếp nhận ...") gives tasks too, its items up to the
next numbered point; an item there that only names a case the rule spares ("+ Đối với người
nộp thuế đã đăng ký ... thì không phải nộp tờ khai giấy") gives none.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 512/TCT-TNCN
V/v hướng dẫn quyết toán thuế thu nhập cá nhân năm 2029
Hà Nội, ngày 12 tháng 01 năm 2030
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
"""

_SECTIONS = [
    "Để thực hiện thống nhất, Tổng cục Thuế lưu ý một số nội dung về quyết toán thuế "
    "thu nhập cá nhân năm 2029 như sau:",
    "I. CÁC TRƯỜNG HỢP KHAI QUYẾT TOÁN THUẾ",
    "1. Tổ chức trả thu nhập có trách nhiệm khai quyết toán thuế thay cho cá nhân có ủy quyền.",
    "2. Cá nhân có thu nhập từ chuyển nhượng chứng khoán thực hiện khai quyết toán thuế "
    "trực tiếp với cơ quan thuế.",
    "II. THỜI HẠN NỘP HỒ SƠ",
    "Thời hạn nộp hồ sơ quyết toán thuế chậm nhất là ngày thứ 90 kể từ ngày kết thúc "
    "năm dương lịch.",
]
_FOLLOW_UP = [
    "Tổng cục Thuế đề nghị các Cục Thuế căn cứ vào các văn bản hướng dẫn thi hành Luật "
    "Thuế thu nhập cá nhân và nội dung hướng dẫn tại văn bản này để triển khai, phổ biến, "
    "hướng dẫn và tổ chức thực hiện tốt việc quyết toán thuế trên địa bàn, cụ thể một số "
    "nội dung như sau:",
    "1. Nội dung tuyên truyền",
    "1.1. Cơ quan thuế các cấp tổ chức tập huấn chính sách thuế cho các tổ chức trả thu nhập.",
    "1.2. Tuyên truyền và hướng dẫn người nộp thuế tập trung vào các nội dung:",
    "- Các trường hợp phải quyết toán thuế;",
    "- Hồ sơ, thủ tục quyết toán thuế;",
    "- Lập và gửi hồ sơ quyết toán thuế;",
    "- Cách tính thuế thu nhập cá nhân.",
    "2. Biện pháp hỗ trợ",
    "Cục Thuế căn cứ tình hình tại địa phương lựa chọn các hình thức dưới đây để tổ chức "
    "thực hiện:",
    "- Trực tiếp tuyên truyền trên trang thông tin điện tử của Cục Thuế.",
    "- Bố trí địa điểm, nhân sự hỗ trợ người nộp thuế lập tờ khai.",
]
_CLOSE = signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Lê Văn Bình")


def _letter() -> str:
    return "\n\n".join([_HEAD, *_SECTIONS, "III. TỔ CHỨC THỰC HIỆN", *_FOLLOW_UP]) + _CLOSE


def _runs(paragraph: str) -> list[str]:
    """A paragraph as an ebook's export gives it: runs of three words, one a line."""
    words = paragraph.split()
    return [" ".join(words[k : k + 3]) for k in range(0, len(words), 3)]


def _shredded() -> str:
    """The letter as text runs, the follow-up part's Roman title cut over three of them."""
    runs = [run for para in _SECTIONS for run in _runs(para)]
    runs += ["III", ". TỔ CHỨC THỰC", "HIỆN"]
    runs += [run for para in _FOLLOW_UP for run in _runs(para)]
    runs += ["Nơi nhận:", "- Như trên;", "- LĐ TC", "T", "(để", "b/cáo);", "- Lưu: VT, TNCN."]
    return _HEAD + "\n".join(runs) + "\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nLê Văn Bình\n"


_EXPECTED = [
    ("Cơ quan thuế các cấp", "Cơ quan thuế các cấp tổ chức tập huấn"),
    ("các Cục Thuế", "Các trường hợp phải quyết toán thuế"),
    ("các Cục Thuế", "Hồ sơ, thủ tục quyết toán thuế"),
    ("các Cục Thuế", "Lập và gửi hồ sơ quyết toán thuế"),
    ("các Cục Thuế", "Cách tính thuế thu nhập cá nhân"),
    ("Cục Thuế", "Trực tiếp tuyên truyền"),
    ("Cục Thuế", "Bố trí địa điểm"),
]


def _read(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, str]]:
    actions = parse_text(text, org, calendar).actions
    pairs = zip(actions, _EXPECTED, strict=True)
    return [(a.lead_unit or "", a.text[: len(want)]) for a, (_, want) in pairs]


def test_a_request_to_guide_is_no_guidance_of_the_issuers_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _read(_letter(), org, calendar) == _EXPECTED


def test_a_roman_follow_up_title_cut_over_runs_is_one_line() -> None:
    lines = reflowed(_shredded()).splitlines()
    assert "III. TỔ CHỨC THỰC HIỆN" in lines


def test_the_request_holds_over_the_items_on_a_page_of_runs(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _read(_shredded(), org, calendar) == _EXPECTED


def test_a_codes_last_letter_cut_onto_a_run_of_its_own_is_glued_back(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    distribution = parse_text(_shredded(), org, calendar).distribution
    assert distribution == ["Như trên", "LĐ TCT (để b/cáo)", "Lưu: VT, TNCN"]


_RECEIVING = [
    "III. TIẾP NHẬN HỒ SƠ QUYẾT TOÁN",
    "1. Yêu cầu về việc tiếp nhận hồ sơ",
    "Tổng cục Thuế yêu cầu các Cục Thuế:",
    "- Tổ chức tiếp nhận, kiểm tra và truyền dữ liệu tờ khai quyết toán vào cơ sở dữ liệu tập "
    "trung.",
    "- Cơ quan thuế hướng dẫn người nộp thuế các hình thức nộp tờ khai như sau:",
    "+ Đối với người nộp thuế đã khai thuế qua mạng thì không phải nộp tờ khai giấy.",
    "+ Đối với người nộp thuế chưa khai thuế qua mạng thì cơ quan thuế hướng dẫn người nộp thuế "
    "gửi thêm tờ khai bản mềm.",
    "2. Thời hạn tiếp nhận",
    "Cơ quan thuế nhận hồ sơ trong giờ hành chính.",
]


def test_a_request_inside_a_guided_section_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parts = [_HEAD, *_SECTIONS, *_RECEIVING, "IV. TỔ CHỨC THỰC HIỆN", *_FOLLOW_UP]
    actions = parse_text("\n\n".join(parts) + _CLOSE, org, calendar).actions
    assert [a.lead_unit for a in actions[:3]] == [
        "các Cục Thuế",
        "cơ quan thuế",  # (as written after the case's "thì", round 41g; 141/02's label)
        "Cơ quan thuế các cấp",
    ]
    assert actions[0].text.startswith("Tổ chức tiếp nhận")
    assert actions[1].text.startswith("Đối với người nộp thuế chưa khai thuế qua mạng")
    assert len(actions) == len(_EXPECTED) + 2
