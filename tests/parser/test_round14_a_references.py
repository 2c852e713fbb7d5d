"""Round 14a: the issuer of a document cited in the passive ("được UBND tỉnh phê duyệt tại
Quyết định số N"), a regulation whose full kind stands before its number ("Quy chuẩn kỹ thuật
quốc gia về ... QCVN 02:2020/BCT"), amendments named in another document's description that
take no issuer from the next entry after a ";", and a Cyrillic letter in "của"."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _refs(text: str) -> list[tuple[str, str | None, str | None]]:
    refs = find_references(text, fold_keep(text), None, 2026)
    return [(r.number, r.type, r.issuer) for r in refs]


def test_the_agent_of_a_passive_approval_issued_the_decision() -> None:
    text = (
        "Đối chiếu phương án quản lý rừng được UBND tỉnh phê duyệt tại Quyết định "
        "412/QĐ-UBND ngày 03/02/2026: khu đất có rừng trồng. Khu vực dự trữ đã được Thủ tướng "
        "Chính phủ phê duyệt tại Quyết định số 980/QĐ-TTg ngày 05/6/2024."
    )
    assert _refs(text) == [
        ("412/QĐ-UBND", "quyết định", "UBND tỉnh"),
        ("980/QĐ-TTg", "quyết định", "Thủ tướng Chính phủ"),
    ]


def test_a_regulation_named_in_full_before_its_number_takes_that_kind() -> None:
    text = (
        "Thực hiện đúng Quy chuẩn kỹ thuật quốc gia về an toàn trong bảo quản, vận chuyển hóa "
        "chất QCVN 02:2020/BCT; thay thế QCVN 05:2013/BCT."
    )
    assert _refs(text) == [
        ("QCVN 02:2020/BCT", "quy chuẩn kỹ thuật quốc gia", None),
        ("QCVN 05:2013/BCT", "quy chuẩn", None),
    ]


def test_amendments_in_a_description_take_no_issuer_from_the_next_entry() -> None:
    text = (
        "Bổ sung các căn cứ: Nghị định số 10/2021/NĐ-CP ngày 05/02/2021 của Chính phủ quy định "
        "chi tiết Luật Đất đai được sửa đổi, bổ sung bởi Nghị định số 12/2024/NĐ-CP ngày "
        "02/3/2024; Thông tư số 03/2022/TT-BTNMT ngày 10/01/2022 của Bộ Tài nguyên và Môi trường."
    )
    assert [issuer for _, _, issuer in _refs(text)] == [
        "Chính phủ",
        None,
        "Bộ Tài nguyên và Môi trường",
    ]


def test_a_cyrillic_letter_in_cua_still_names_the_issuer() -> None:
    cua = "c\u1ee7\u0430"  # (its "a" Cyrillic)
    text = f"Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30/8/2019 {cua} Chính phủ quy định về xử phạt."
    assert _refs(text) == [("71/2019/NĐ-CP", "nghị định", "Chính phủ")]
