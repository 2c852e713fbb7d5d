"""Round 42d: "Ngày 12/6/2015, Luật Ngân sách nhà nước số 83/2015/QH13 đã được thông qua ..."
dates the law it passes (session 19's call: a date standing before the clause that cites a
number as passed on it), no agent named, no issuer given; and "Bộ X đề nghị các cơ quan, đơn
vị không chấp nhận ..." asks those bodies a prohibition, its "không" opening their predicate."""

from __future__ import annotations

from datetime import date

from directives.parser.asked import asked_bodies
from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def test_the_date_opening_the_sentence_dates_the_law_passed_in_it() -> None:
    text = (
        "Ngày 12/6/2015, Luật Ngân sách nhà nước số\n83/2015/QH13 đã được thông qua tại kỳ "
        "họp thứ 9, Quốc hội khóa XIII, có hiệu lực từ năm ngân sách 2017."
    )
    (ref,) = find_references(text, fold_keep(text), None, 2016)
    assert ref.number == "83/2015/QH13"
    assert ref.issued_on == date(2015, 6, 12)
    assert ref.issuer is None


def test_a_date_opening_another_bodys_act_dates_no_law_passed() -> None:
    text = "Ngày 5/5/2016, Sở Tài chính có văn bản nêu rõ Luật số 83/2015/QH13 đã được thông qua."
    (ref,) = find_references(text, fold_keep(text), None, 2016)
    assert ref.issued_on is None


def test_a_prohibition_is_asked_of_the_bodies_named() -> None:
    sentence = (
        "Bộ Tài chính đề nghị các cơ quan, đơn vị không chấp nhận hồ sơ quyết toán chưa có "
        "xác nhận của cơ quan kiểm soát chi"
    )
    assert asked_bodies(sentence) == ["các cơ quan, đơn vị"]
