"""Round 42c: numbers whose code has several parts apart by slashes ("88/2016/TTLT/BTC-BTNMT",
"255/TCT/QĐ/KH") are whole; a joint circular ("Thông tư liên tịch") is typed so and issued by
all the ministries listed after its "của"; a body of one kind in every province ("Cục Thuế các
tỉnh, thành phố") is one plural office as written; on a page of text runs a code cut after its
first letter ("U" / "BND tỉnh") is whole again; the copies under the "Lưu" entry ("15 bản -
QĐ147") and the words a page ran into the signer's name are that entry's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.closing import find_tail
from directives.parser.references import find_references
from directives.parser.shreds import reflowed


def _refs(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = find_references(text, fold_keep(text), None, 2020)
    return [(r.number, r.type, r.issuer, str(r.issued_on)) for r in found]


def test_a_code_in_several_parts_is_one_number() -> None:
    text = (
        "Bãi bỏ Quyết định số 318/TCT/QĐ/TH ngày 14/5/2003 của Tổng cục trưởng Tổng cục Thuế;"
        " thực hiện theo Quyết định số 76/2004/QĐ/BTC-KB ngày 02/3/2004 của Bộ Tài chính."
    )
    assert _refs(text) == [
        ("318/TCT/QĐ/TH", "quyết định", "Tổng cục trưởng Tổng cục Thuế", "2003-05-14"),
        ("76/2004/QĐ/BTC-KB", "quyết định", "Bộ Tài chính", "2004-03-02"),
    ]


def test_a_code_part_cut_after_its_hyphen_is_joined() -> None:
    text = "Căn cứ Thông tư liên tịch số 41/2017/TTLT/BTC- BYT ngày 05/5/2017 của Bộ Y tế."
    assert _refs(text)[0][0] == "41/2017/TTLT/BTC-BYT"


def test_a_joint_circular_is_typed_so_and_issued_by_all_its_ministries() -> None:
    text = (
        "Căn cứ Thông tư liên tịch số 15/2019/TTLT-BCT-BNV ngày 03/4/2019 của Bộ Công Thương"
        " và Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ;\n"
        "Căn cứ Thông tư Liên tịch số 27/2018/TTLT/BXD-BTNMT ngày 12/6/2018 của Liên Bộ Xây"
        " dựng - Tài nguyên và Môi trường về hồ sơ;\n"
        "Căn cứ Thông tư liên tịch số 09/2017/TTLT-BYT-BTC-BNV ngày 20/3/2017 của Bộ Y tế -"
        " Bộ Tài chính - Bộ Nội vụ quy định chi tiết."
    )
    assert _refs(text) == [
        ("15/2019/TTLT-BCT-BNV", "thông tư liên tịch", "Bộ Công Thương và Bộ Nội vụ", "2019-04-03"),
        (
            "27/2018/TTLT/BXD-BTNMT",
            "thông tư liên tịch",
            "Liên Bộ Xây dựng - Tài nguyên và Môi trường",
            "2018-06-12",
        ),
        (
            "09/2017/TTLT-BYT-BTC-BNV",
            "thông tư liên tịch",
            "Bộ Y tế - Bộ Tài chính - Bộ Nội vụ",
            "2017-03-20",
        ),
    ]


def test_a_circular_of_one_ministry_keeps_its_one_issuer() -> None:
    text = "Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính và các văn bản."
    assert _refs(text) == [("80/2021/TT-BTC", "thông tư", "Bộ Tài chính", "2021-09-29")]


_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 2240/TCT-KK
Hà Nội, ngày 20 tháng 8 năm 2019
V/v triển khai chế độ báo cáo
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
Để triển khai chế độ báo cáo thống kê, Tổng cục Thuế đề nghị:
1. Cục Thuế các tỉnh, thành phố có trách nhiệm hướng dẫn các Chi cục Thuế thực hiện.
2. Kho bạc Nhà nước các tỉnh/thành phố phối hợp với Cục Thuế đối chiếu số liệu.
Nơi nhận:
- Như trên;
- Lưu: VT, KK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Nguyễn Văn Hòa
"""


def test_a_body_in_every_province_is_one_plural_office(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Cục Thuế các tỉnh, thành phố",
        "Kho bạc Nhà nước các tỉnh/thành phố",
    ]
    assert actions[1].coordinating_units == ["Cục Thuế"]


_FILL = "\n".join(["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "y;"] * 8)


def test_a_code_cut_after_its_first_letter_is_whole_again() -> None:
    runs = "\n".join(["Điều 2. Thay thế Quyết định số 120/QĐ-UBND của", "U", "BND tỉnh."])
    lines = reflowed(runs + "\n" + _FILL).splitlines()
    assert "Điều 2. Thay thế Quyết định số 120/QĐ-UBND của UBND tỉnh." in lines


def test_the_copies_under_the_kept_entry_and_words_run_into_the_name_are_that_entrys() -> None:
    lines = [
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, TH.",
        "12 bản - QĐ58",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trần Văn Bình",
    ]
    assert find_tail(lines, [fold_keep(x) for x in lines], 0).distribution == [
        "Như Điều 3",
        "Lưu: VT, TH. 12 bản - QĐ58",
    ]
    lines = [
        "Nơi nhận:",
        "CỤC TRƯỞNG",
        "- Như trên;",
        "- Lưu: VT, KK (2b).",
        "Để thực hiện Trần Văn Bình",
        # (the regulation the page prints after the letter, its signer's name under it again)
        "QUY CHẾ",
        "Điều 1. Phạm vi điều chỉnh",
        "Trần Văn Bình",
    ]
    tail = find_tail(lines, [fold_keep(x) for x in lines], 0)
    assert tail.signer is not None and tail.signer.name == "Trần Văn Bình"
    assert tail.distribution == ["Như trên", "Lưu: VT, KK (2b). Để thực hiện"]
