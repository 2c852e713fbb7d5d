"""Round 41c: a procedure's page whose lines broke its chapters' and articles' labels into
pieces ("C" / "hương" / "I" / "V", "Điều" / "10" / "." / "Tổ chức thực hiện") has them put
back, so that its chapter on carrying it out is found and only that chapter gives tasks: the
duties its other chapters lay on the team are the procedure's content (README, session 18)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.cut_heads import rejoin_cut_heads

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1296/QĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 13 tháng 8 năm 2018
QUYẾT ĐỊNH
Ban hành Quy trình ghi nhật ký đoàn kiểm tra
TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy trình ghi nhật ký đoàn kiểm tra.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Thủ trưởng các đơn vị thuộc Tổng cục Thuế chịu trách nhiệm thi hành quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TỔNG CỤC TRƯỞNG
Bùi Văn Nam
BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUY TRÌNH
Ghi nhật ký đoàn kiểm tra
(Ban hành kèm theo Quyết định số 1296/QĐ-TCT ngày 13 tháng 8 năm 2018)
C
hương
I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy trình này quy định việc ghi nhật ký của đoàn kiểm tra thuế.
Chương
II
TRÁCH NHIỆM CỦA ĐOÀN KIỂM TRA
Điều 2. Trách nhiệm của Trưởng đoàn
1. Thường xuyên cập nhật nhật ký kiểm tra trên ứng dụng.
2. Bảo mật tài khoản được cấp.
C
hương
I
II
TỔ CHỨC THỰC HIỆN
Điều
3
.
Tổ chức thực hiện
Triển khai áp dụng ứng dụng tại Cơ quan thuế các cấp từ ngày 15/10/2018.
Điều
4. Trách nhiệm thi hành
1. Tổng cục trưởng Tổng cục Thuế; Thủ trưởng các cơ quan, đơn vị tương đương thuộc Tổng cục
Thuế; Cục trưởng Cục Thuế các tỉnh, thành phố và các tổ chức, cá nhân có liên quan chịu trách
nhiệm thi hành quy trình này.
2. Vụ Thanh tra tổ chức kiểm tra việc thực hiện Quy trình của các Cục Thuế.
"""


def test_cut_labels_are_put_back() -> None:
    lines = ["C", "hương", "I", "V", "TỔ CHỨC THỰC HIỆN", "Điều", "10", ".", "Tổ chức thực hiện"]
    assert rejoin_cut_heads(lines) == [
        "Chương IV",
        "TỔ CHỨC THỰC HIỆN",
        "Điều 10. Tổ chức thực hiện",
    ]
    lines = ["Điều", "8", ". Trách nhiệm của", "Tổ giám sát", "Điều", "11. Trách nhiệm thi hành"]
    assert rejoin_cut_heads(lines) == [
        "Điều 8. Trách nhiệm của",
        "Tổ giám sát",
        "Điều 11. Trách nhiệm thi hành",
    ]


def test_a_word_alone_that_opens_no_label_stays() -> None:
    lines = ["theo quy định tại", "Điều", "5 của Nghị định này.", "C", "Hà Nội"]
    assert rejoin_cut_heads(lines) == lines


def test_only_the_chapter_on_carrying_it_out_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Tổng cục Thuế",
            "Tổng cục trưởng Tổng cục Thuế; Thủ trưởng các cơ quan, đơn vị tương đương thuộc Tổng "
            "cục Thuế; Cục trưởng Cục Thuế các tỉnh, thành phố và các tổ chức, cá nhân có liên "
            "quan chịu trách nhiệm thi hành quy trình này",
        ),
        ("Vụ Thanh tra", "Vụ Thanh tra tổ chức kiểm tra việc thực hiện Quy trình của các Cục Thuế"),
    ]


_DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 2139/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 7 năm 2009
QUYẾT ĐỊNH
Về việc ban hành danh mục thủ tục hành chính theo cơ chế một cửa
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này danh mục thủ tục hành chính theo cơ chế một cửa.
Điều 2. Thủ trưởng các cơ quan hành chính nêu trong danh mục có trách nhiệm niêm yết công khai
các thủ tục hành chính tại nơi tiếp nhận hồ sơ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ; Thủ trưởng các sở, ban, ngành và các
tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Minh
"""


def test_execution_clause_and_a_plural_the_list_names(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["các cơ quan hành chính nêu trong danh mục"]
