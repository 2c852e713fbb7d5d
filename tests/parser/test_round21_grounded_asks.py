"""Round 21: a department's opinion asks a body by name after saying on what ground: "Căn cứ
quy định trên, đề nghị Thuế tỉnh X ..." opens with its ground and is a task, the ground in its
text; a paragraph that first states the law or the facts and asks in a later sentence ("....
Do vậy, đề nghị X ...", ". Theo đó, đề nghị X ...", ". Đồng thời, ... nên đề nghị X ...") is a
task from that sentence, and a case that asks the body again after it ("Trường hợp ..., đề
nghị X ...") is another (round 20 read only requests that open their paragraph). A ground
that asks all bodies of a kind to carry out what was said is no task, as before."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_TAX = "Thuế tỉnh Quảng Ninh"
_INTRO = f"""Cục Thuế nhận được công văn số 512/QNI-QLDN ngày 04/9/2025 của {_TAX} về chính
sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

"""
_END = f"\n\nCục Thuế có ý kiến để {_TAX} được biết./."


def _tasks(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, str]]:
    letter = department_letter(_INTRO + body + _END, department="CỤC THUẾ", recipient=_TAX)
    return [(a.lead_unit or "", a.text) for a in read(letter, org, calendar).actions]


def test_a_request_after_its_ground_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    ask = (
        f"Căn cứ quy định nêu trên và hồ sơ thực tế, đề nghị {_TAX} trao đổi với Cục Thi hành"
        " án dân sự tỉnh về nội dung bản án để xác định chủ thể hoàn trả số thuế"
    )
    body = f"""Căn cứ Điều 40 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn
thu hồi hoàn thuế.

{ask}."""
    assert _tasks(body, org, calendar) == [(_TAX, ask)]


def test_a_later_sentence_that_asks_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    ask = (
        "Do vậy, đối với trường hợp vướng mắc về đơn giá thuê đất, đề nghị"
        f" {_TAX} báo cáo Ủy ban nhân dân tỉnh Quảng Ninh để được hướng dẫn theo thẩm quyền"
    )
    body = f"""Tại Điều 12 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về
tiền thuê đất. {ask}."""
    assert _tasks(body, org, calendar) == [(_TAX, ask)]


def test_a_later_request_and_its_case_after_a_ground(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = (
        f"Theo đó, đề nghị {_TAX} căn cứ các quy định nêu trên và hồ sơ cụ thể để rà soát,"
        " xử lý theo quy định của pháp luật"
    )
    case = (
        f"Trường hợp phát sinh vướng mắc về tiền thuê đất, đề nghị {_TAX} báo cáo UBND tỉnh"
        " có công văn gửi Bộ Tài chính"
    )
    body = f"""Căn cứ quy định nêu trên, cơ quan thuế không có trách nhiệm xác định đơn giá thuê
đất. {first}. {case}."""
    assert _tasks(body, org, calendar) == [(_TAX, first), (_TAX, case)]


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_a_company_asked_after_what_it_asks_about(
    org: OrgDirectory, calendar: WorkingCalendar, gap: str
) -> None:
    ask = (
        "Đồng thời, vướng mắc của Công ty liên quan đến Nghị định số 60/2014/NĐ-CP ngày"
        " 19/6/2014 của Chính phủ nên đề nghị Công ty liên hệ với Bộ Khoa học và Công nghệ để"
        " được hướng dẫn theo thẩm quyền"
    )
    body = f"""Trả lời công văn số 12/CV-DA ngày 03/11/2025 của Công ty TNHH Đông Anh về việc thanh
lý máy móc, Cục Hải quan có ý kiến như sau:

Do công văn không nêu cụ thể hình thức nhập khẩu nên Cục Hải quan chưa đủ cơ sở trả lời.{gap}{ask}.

Cục Hải quan trả lời để Công ty biết./."""
    letter = department_letter(body, recipient="Công ty TNHH Đông Anh")
    actions = read(letter, org, calendar).actions
    assert [a.text for a in actions] == [ask]  # (its lead: the company, by its full name)


def test_a_ground_that_asks_all_to_carry_out_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = "Căn cứ ý kiến chỉ đạo nêu trên, đề nghị các đơn vị thuộc Cục Thuế triển khai thực hiện."
    assert _tasks(body, org, calendar) == []
