"""Round 53b (batches 183/02, 200/03): a cited document's issuer whose name joins two fields
with "và" ("Cục Chăn nuôi và Thú y", "Trung tâm Quy hoạch và Điều tra ...").

After "của", a "và" followed by a capitalised word that opens no body ("Sở", "Ủy ban", ...) and
no document ("Chương trình ... số ...") joins a field to the name: the issuer runs on to the
next stop, as a known name holding "và" ("Bộ Nông nghiệp và Môi trường") does; and "tài" as
written ("... Điều tra tài nguyên nước") is no "tại", which the folded text cannot tell apart."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 512/SNNMT-CNTY
V/v kiểm tra chất cấm trong chăn nuôi
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 12 tháng 3 năm 2025
Kính gửi: Ủy ban nhân dân các xã, phường.

Để chủ động phòng, chống dịch bệnh, thực hiện Văn bản số 210/CN-TY ngày 02/3/2025 của
Trung tâm Giống và Kỹ thuật chăn nuôi, Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các
xã, phường tổ chức kiểm tra các cơ sở chăn nuôi trên địa bàn theo Quyết định số 15/QĐ-TTQH
ngày 05/01/2025 của Giám đốc Trung tâm Quan trắc và Điều tra tài nguyên nước phê duyệt kế
hoạch quan trắc.
"""


def test_an_issuer_joining_two_fields(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER + signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"), org, calendar)
    assert [(r.number, r.issuer) for r in got.references] == [
        ("210/CN-TY", "Trung tâm Giống và Kỹ thuật chăn nuôi"),
        ("15/QĐ-TTQH", "Giám đốc Trung tâm Quan trắc và Điều tra tài nguyên nước"),
    ]


def test_a_proposer_named_with_tai_before_tai(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # "đề nghị của X tại Tờ trình số ...": X's own "tài" is no "tại", the one after it is
    letter = _LETTER.replace(
        "Để chủ động",
        "Xét đề nghị của Trung tâm Dữ liệu tài nguyên nước tại Tờ trình số 16/TTr-DLTNN ngày "
        "02/3/2025; để chủ động",
    )
    got = parse_text(letter + signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"), org, calendar)
    assert (got.references[0].number, got.references[0].issuer) == (
        "16/TTr-DLTNN",
        "Trung tâm Dữ liệu tài nguyên nước",
    )
