"""Round 50 (batch 186): a letterhead's number and date whose digits an ebook's text runs split
over lines ("Số: 4" / "659" / "/TCT-CS", "ngày 1" / "2" / "tháng 1" / "1") are glued back; a
signature block set in a Markdown quote ("> KT. CHỦ TỊCH") is read as any other; an adverb
between a body's name and its verb ("Cục Thuế chỉ xử lý ...") is no word of the name."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed
from directives.parser.subjects import subject_bodies

_RUNS = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
CỘNG HÒA XÃ
  HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 4
659
/TCT-CS
V/v chính sách thuế
Hà Nội, ngày 1
2
tháng 1
1
năm 2019
Kính gửi:
Cục Thuế tỉnh Hà Nam.
"""


def test_a_number_and_a_date_split_by_text_runs_are_glued_back() -> None:
    body = "\n".join(["Tổng cục Thuế", "nhận được công văn", "của Cục", "Thuế tỉnh Hà Nam."] * 12)
    text = reflowed(_RUNS + body)
    assert "Số: 4659/TCT-CS" in text
    assert "Hà Nội, ngày 12 tháng 11 năm 2019" in text


_QUOTED = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 69/2024/QĐ-UBND Hà Nội, ngày 09 tháng 12 năm 2024

QUYẾT ĐỊNH
Quy định mức hỗ trợ đào tạo

Điều 1. Giao Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện Quyết định này.

**Nơi nhận:**
- Như Điều 1;
- Lưu: VT, KGVX.

---

> TM. ỦY BAN NHÂN DÂN
> KT. CHỦ TỊCH
> PHÓ CHỦ TỊCH
>
> **(đã ký và đóng dấu)**
>
> **Vũ Thu Hà**
"""


def test_a_signature_in_a_markdown_quote_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_QUOTED, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ CHỦ TỊCH", "Vũ Thu Hà")


def test_an_adverb_before_the_verb_is_no_part_of_the_name() -> None:
    assert subject_bodies("Cục Thuế chỉ xử lý đối với những hành vi vi phạm") == ["Cục Thuế"]
    assert subject_bodies("Sở Y tế cũng tổ chức kiểm tra các cơ sở") == ["Sở Y tế"]
    assert subject_bodies("Cục Thuế chỉ đạo các Chi cục Thuế") == ["Cục Thuế"]


def test_the_glued_date_dates_the_letter(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = "\n".join(
        ["Tổng cục Thuế", "đề nghị Cục Thuế tỉnh Hà Nam", "rà soát việc kê khai", "nộp thuế."] * 12
    )
    parsed = parse_text(
        _RUNS + body + "\nTL. TỔNG CỤC TRƯỞNG\nVỤ TRƯỞNG\nLưu Đức Huy\n", org, calendar
    )
    assert (parsed.number, parsed.issued_on) == ("4659/TCT-CS", date(2019, 11, 12))


def test_a_run_in_label_ends_the_bodys_name_but_a_list_of_names_does_not() -> None:
    text = "Chi cục Hải quan nơi vận chuyển đi: công chức hải quan căn cứ thực tế lập biên bản"
    assert subject_bodies(text) == ["Chi cục Hải quan nơi vận chuyển đi"]
    listed = "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương rà soát"
    assert subject_bodies(listed) == [
        "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"
    ]
