"""Round 39a: on a page that sets its items off by blank lines, a line with no blank line
before it, right after a "-" item whose line ends in ";", goes on with that item, even when it
opens with a capital ("...của Chính phủ;" / "Thường xuyên rà soát ...") and whatever follows
the item (a sibling, a heading): an item's continuation lines stay in the item, its ";"
kept (README: the text runs to the item's end, the next item marker)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
_PAGE = (
    "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
    "Nhằm bảo đảm thực hiện các quy định pháp luật, Sở Nội vụ đề nghị các doanh nghiệp tự\n"
    "kiểm tra, nội dung cụ thể như sau:\n\n"
    "**1.** Doanh nghiệp thực hiện gia hạn giấy phép theo quy định tại Điều 26 Nghị định số\n"
    "145/2020/NĐ-CP.\n\n"
    "**2. Những lưu ý về quy chế dân chủ, chế độ bảo hiểm xã hội:**\n\n"
    "- Xây dựng, ban hành quy chế dân chủ ở cơ sở tại nơi làm việc theo quy định tại Điều\n"
    "48 Nghị định số 145/2020/NĐ-CP của Chính phủ;\n"
    "Thường xuyên rà soát, cập nhật, điều chỉnh nội quy lao động phù hợp quy định pháp\n"
    "luật lao động hiện hành; Tham gia bảo hiểm xã hội theo đúng quy định của pháp luật.\n\n"
    "{after}" + _SIGNED
)


def test_a_line_after_an_items_semicolon_goes_on_with_it_before_a_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    after = (
        "**3. Những lưu ý về chế độ báo cáo:**\n\n"
        "- Thực hiện báo cáo định kỳ 6 tháng, hàng năm gửi Sở Nội vụ."
    )
    actions = parse_text(_PAGE.format(after=after), org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Doanh nghiệp", "Xây dựng, ba", "Thực hiện bá"]
    assert actions[1].text.endswith(
        "của Chính phủ; Thường xuyên rà soát, cập nhật, điều chỉnh nội quy lao động phù hợp "
        "quy định pháp luật lao động hiện hành; Tham gia bảo hiểm xã hội theo đúng quy định "
        "của pháp luật"
    )


def test_a_line_after_an_items_semicolon_goes_on_with_it_before_a_sibling(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    after = "- Thực hiện báo cáo định kỳ 6 tháng, hàng năm gửi Sở Nội vụ."
    actions = parse_text(_PAGE.format(after=after), org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Doanh nghiệp", "Xây dựng, ba", "Thực hiện bá"]
    assert "Chính phủ; Thường xuyên rà soát" in actions[1].text
