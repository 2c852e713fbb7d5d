"""A circular cited by its number over its year, with neither "số" nor its code ("Thông tư
07/2021 ngày 15/4/2021 của Bộ Nội vụ"), is a reference (README: "a number with its year ...
is one"), listed as that first print; the same circular cited later in full ("Thông tư số
07/2021/TT-BNV ngày 15/4/2021") and a decree printed again with its issuer's code misprinted
("30/2020/NĐ-TTg" for the same day's "30/2020/NĐ-CP") are the documents already cited
(README: a document printed again, the same or with a misprint, is one reference)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN AN LẠC\n"
    "Số: 12/KH-UBND\n"
    "An Lạc, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\n"
    "Về việc tăng cường quản lý hồ sơ lưu trữ\n"
    "\n"
    "Thực hiện Công văn số 55-CV/HU ngày 01/02/2024 của Huyện uỷ An Lạc, UBND huyện xây"
    " dựng kế hoạch như sau:\n"
    "1. Các phòng, ban lập sổ theo quy định tại Thông tư 07/2021 ngày 15/4/2021 của Bộ Nội"
    " vụ về biểu mẫu hồ sơ.\n"
    "2. Văn phòng HĐND và UBND huyện rà soát hồ sơ theo Nghị định 30/2020/NĐ-CP ngày"
    " 05/3/2020 của Chính phủ và Thông tư số 07/2021/TT-BNV ngày 15/4/2021 của Bộ Nội vụ.\n"
    "3. Phòng Nội vụ kiểm tra việc thực hiện Nghị định số 30/2020/NĐ-TTg ngày 05/3/2020 của"
    " Chính phủ.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)


def test_the_bare_circular_is_cited_once_and_the_misprint_is_the_decree(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(LETTER, org, calendar).references
    assert [r.number for r in refs] == ["55-CV/HU", "07/2021", "30/2020/NĐ-CP"]
    circular = refs[1]
    assert (circular.type, circular.issuer) == ("thông tư", "Bộ Nội vụ")
    assert circular.issued_on is not None and circular.issued_on.isoformat() == "2021-04-15"


def test_two_coded_numbers_of_one_serial_and_year_stay_two(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = LETTER.replace("Nghị định số 30/2020/NĐ-TTg", "Quyết định số 30/2020/QĐ-UBND")
    numbers = [r.number for r in parse_text(text, org, calendar).references]
    assert numbers == ["55-CV/HU", "07/2021", "30/2020/NĐ-CP", "30/2020/QĐ-UBND"]
