"""Round 48b: a letter that gives the issuer's opinion ("... có ý kiến như sau:") and then asks
the addressee over numbered items ("..., Sở X đề nghị Công ty Y:"): the items are its tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter

_BODY = (
    "Sở Công Thương nhận được Văn bản số 01/CV-AB ngày 14/5/2026 của Công ty cổ phần An Bình "
    "về việc hướng dẫn thủ tục đưa kho vào sử dụng. Sau khi nghiên cứu, Sở Công Thương có ý "
    "kiến như sau:\n"
    "Theo hồ sơ Công ty gửi kèm cho thấy kho nêu trên đã được xây dựng từ năm 2008.\n"
    "Căn cứ quy định hiện hành, để được tiếp tục sử dụng kho, Sở Công Thương đề nghị Công ty "
    "cổ phần An Bình:\n"
    "1. Thực hiện kiểm định chất lượng hiện trạng công trình kho, cụ thể như sau:\n"
    "- Lựa chọn đơn vị tư vấn kiểm định xây dựng đủ điều kiện năng lực.\n"
    "- Lập, trình đề cương kiểm định gửi Sở Công Thương để được xem xét.\n"
    "2. Sau khi hoàn thành, đề nghị Công ty gửi hồ sơ về Sở Công Thương để xem xét.\n"
)


def test_the_request_after_the_opinion_asks_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = department_letter(
        "2826/SCT-CN",
        "hướng dẫn đưa kho vào sử dụng",
        "Công ty cổ phần An Bình",
        _BODY,
        "SỞ CÔNG THƯƠNG",
    )
    texts = [a.text for a in parse_text(text, org, calendar).actions]
    assert texts[0].startswith("Lựa chọn đơn vị tư vấn")
    assert texts[1].startswith("Lập, trình đề cương")
