"""An approval's item that says twice what the investor answers for ("chịu trách nhiệm trước
pháp luật về ...; chịu trách nhiệm theo quy định của pháp luật và mọi thiệt hại ...") gives
no work: the ";" before the liability "chịu trách nhiệm theo quy định" asks nothing more
(README: a sentence saying what X answers for is a task only when it also tells X to do
something)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.answers import only_answers
from directives.parser.clean import fold_keep

TWICE = (
    "Nhà đầu tư chịu trách nhiệm trước pháp luật về tính chính xác của hồ sơ dự án; chịu "
    "trách nhiệm theo quy định của pháp luật và mọi thiệt hại phát sinh do thực hiện không "
    "đúng thủ tục."
)

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                Độc lập - Tự do - Hạnh phúc\n"
    "     Số: 118/QĐ-BQLKCN                  Phú Thọ, ngày 05 tháng 6 năm 2026\n"
    "   QUYẾT ĐỊNH CHẤP THUẬN ĐIỀU CHỈNH CHỦ TRƯƠNG ĐẦU TƯ\n"
    "        BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH PHÚ THỌ\n"
    "        Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;\n"
    "                              QUYẾT ĐỊNH:\n"
    "  Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án nhà máy gạch.\n"
    "  Điều 2. Tổ chức thực hiện\n"
    "  1. Trách nhiệm của nhà đầu tư trong việc triển khai thực hiện dự án đầu tư:\n"
    "  a. " + TWICE + "\n"
    "  b. Nhà đầu tư phải thực hiện chế độ báo cáo giám sát đầu tư định kỳ theo quy định.\n"
    "  c. Nhà đầu tư chịu trách nhiệm trước pháp luật về hồ sơ; đồng thời hoàn thành thủ tục"
    " môi trường trước khi vận hành.\n"
)


def test_an_item_answering_twice_only_answers() -> None:
    assert only_answers(fold_keep(TWICE))
    assert not only_answers(
        fold_keep("Nhà đầu tư chịu trách nhiệm trước pháp luật về hồ sơ; hoàn thành thủ tục.")
    )


def test_it_is_no_action_and_the_items_after_it_are(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(LETTER, org, calendar).actions]
    assert len(texts) == 2
    assert texts[0].startswith("Nhà đầu tư phải thực hiện chế độ báo cáo")
