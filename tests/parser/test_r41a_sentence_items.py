"""Round 41a: the Ministry's decisions rolling out e-invoices in a province list the tax
department's duties as one sentence, each item ending with ";" ("1. Báo cáo ...;" / "2. Chủ
động ...;"); a page that broke its lines at every full stop parts an item with two sentences
("2. Chủ động phối hợp ... truyền thông." / "Chuẩn bị và cung cấp ...;"): the paragraph under it
goes on with the item, up to the next item or the article after the list. A list whose items
each end a sentence of their own keeps the paragraph under an item apart."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
Số: 1830/QĐ-BTC
Hà Nội, ngày 20 tháng 9 năm 2021

QUYẾT ĐỊNH
VỀ VIỆC TRIỂN KHAI ÁP DỤNG HÓA ĐƠN ĐIỆN TỬ TẠI TỈNH HÀ NAM

BỘ TRƯỞNG BỘ TÀI CHÍNH

Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn;
Theo đề nghị của Tổng cục trưởng Tổng cục Thuế.

QUYẾT ĐỊNH:

Điều 1. Triển khai áp dụng hóa đơn điện tử trên địa bàn tỉnh Hà Nam từ tháng 11/2021.
Điều 2. Cục Thuế tỉnh Hà Nam có trách nhiệm:
"""
_TAIL = (
    "Điều 3. Quyết định có hiệu lực thi hành kể từ ngày ký. Tổng cục trưởng Tổng cục Thuế,"
    " Cục trưởng Cục Thuế tỉnh Hà Nam chịu trách nhiệm thi hành quyết định này./."
    + signed("BỘ TRƯỞNG", "Hồ Đức Phớc")
)


def _texts(items: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    return [a.text for a in parse_text(_HEAD + items + _TAIL, org, calendar).actions]


def test_an_items_second_sentence_goes_on_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Báo cáo Ủy ban nhân dân tỉnh thành lập Ban Chỉ đạo triển khai;\n"
        "2. Chủ động phối hợp với các báo đài tại địa phương để tuyên truyền lợi ích của hóa"
        " đơn điện tử.\n"
        "Chuẩn bị và cung cấp nội dung tuyên truyền phù hợp từng đối tượng;\n"
        "3. Tổ chức công bố đường dây nóng tại Cục Thuế và Chi cục Thuế.\n"
        "Thường xuyên rà soát, nắm bắt các vướng mắc để xử lý ngay. Đối với những vấn đề vượt"
        " thẩm quyền, báo cáo Bộ Tài chính để tháo gỡ kịp thời.\n"
    )
    assert _texts(items, org, calendar) == [
        "Báo cáo Ủy ban nhân dân tỉnh thành lập Ban Chỉ đạo triển khai",
        "Chủ động phối hợp với các báo đài tại địa phương để tuyên truyền lợi ích của hóa đơn"
        " điện tử. Chuẩn bị và cung cấp nội dung tuyên truyền phù hợp từng đối tượng",
        "Tổ chức công bố đường dây nóng tại Cục Thuế và Chi cục Thuế. Thường xuyên rà soát,"
        " nắm bắt các vướng mắc để xử lý ngay. Đối với những vấn đề vượt thẩm quyền, báo cáo"
        " Bộ Tài chính để tháo gỡ kịp thời",
    ]


def test_items_of_their_own_sentences_keep_the_paragraph_apart() -> None:
    from directives.parser.blocks import split_blocks
    from directives.parser.clean import fold_lines

    lines = [
        "1. Báo cáo Ủy ban nhân dân tỉnh thành lập Ban Chỉ đạo triển khai.",
        "2. Tuyên truyền lợi ích của hóa đơn điện tử.",
        "Sở Thông tin và Truyền thông cung cấp nội dung tuyên truyền.",
        "3. Tổ chức công bố đường dây nóng tại Cục Thuế.",
    ]
    blocks = split_blocks(lines, fold_lines(lines))
    assert [b.marker for b in blocks] == ["num1", "num1", None, "num1"]
