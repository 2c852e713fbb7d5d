"""The units that lead the drafting of texts, named in the plural with the drafts they lead and
a bracket naming them ("Các đơn vị chủ trì soạn thảo các thông tư (Thông tư sửa đổi ...; ...)
phối hợp với ..."): all of it, up to the verb, is the lead as written."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_the_drafters_and_their_drafts_are_the_lead() -> None:
    sentence = (
        "Các đơn vị chủ trì soạn thảo các thông tư về thuế (Thông tư sửa đổi Thông tư số"
        " 40/2021/TT-BTC; Thông tư sửa đổi, bổ sung Thông tư số 78/2021/TT-BTC) phối hợp với Vụ"
        " Chính sách thuế tổ chức đối thoại với doanh nghiệp."
    )
    assert subject_bodies(sentence) == [
        "Các đơn vị chủ trì soạn thảo các thông tư về thuế (Thông tư sửa đổi Thông tư số"
        " 40/2021/TT-BTC; Thông tư sửa đổi, bổ sung Thông tư số 78/2021/TT-BTC)"
    ]


def test_a_body_leading_with_partners_is_no_drafter() -> None:
    assert subject_bodies("Các đơn vị chủ trì, phối hợp với Vụ Pháp chế rà soát văn bản.") == [
        "Các đơn vị"
    ]
