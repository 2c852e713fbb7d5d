"""Round 33: a footnote that lists the documents of one body under "Các văn bản của X:"
("Các văn bản của Văn phòng Trung ương Đảng: Quy định số ...; Văn bản số ...; Hướng dẫn số
..."). The X heading a list is each listed document's issuer, whatever its kind, the list
running on over several lines; the parser gave it to the first only (a group named its kind,
"các Quyết định của X", and only documents of that kind within 600 characters were its). And
an issuer ends before what the cited document does in the sentence ("... kể từ ngày Nghị định
số 268/2025/NĐ-CP ... của Chính phủ có hiệu lực": "Chính phủ", not "Chính phủ có hiệu lực")."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

_NOTE = (
    "[1] Các văn bản của Văn phòng Trung ương Đảng: Quy định số 09-QĐ/VPTW ngày 22/9/2017"
    " quy định một số chế độ chi tiêu hoạt động của các tỉnh ủy, thành ủy trực thuộc Trung"
    " ương; Văn bản số 14612-CV/VPTW ngày 29/4/2025 về hướng dẫn thực hiện một số chế độ chi"
    " phục vụ hoạt động của các đảng ủy mới thành lập ở địa phương; Văn bản số 15316-CV/VPTW"
    " ngày 10/6/2025 về việc hướng dẫn bổ sung thực hiện một số chế độ chi phục vụ hoạt động"
    " của các đảng ủy mới thành lập ở địa phương; Văn bản số 15779-CV/VPTW ngày 29/6/2025 về"
    " việc hướng dẫn việc bảo đảm kinh phí phục vụ hoạt động của các đảng bộ xã, phường, đặc"
    " khu thành lập mới; Hướng dẫn số 56-HD/VPTW ngày 27/10/2015 về mức chi tiền thưởng kèm"
    " theo các hình thức khen thưởng đối với tổ chức đảng và đảng viên; Văn bản số"
    " 919-CV/VPTW/nb ngày 21/11/2016 quy định mức chi tiền thưởng kèm theo Huy hiệu Đảng."
)


def test_the_body_heading_a_list_of_letters_issues_each() -> None:
    refs = find_references(_NOTE, fold_keep(_NOTE), None, 2025)
    office = "Văn phòng Trung ương Đảng"
    assert [(r.number, r.issuer) for r in refs] == [
        ("09-QĐ/VPTW", office),
        ("14612-CV/VPTW", office),
        ("15316-CV/VPTW", office),
        ("15779-CV/VPTW", office),
        ("56-HD/VPTW", office),
        ("919-CV/VPTW/nb", office),
    ]


def test_a_list_closed_by_a_sentence_gives_no_issuer_after_it() -> None:
    text = (
        "Các văn bản của Bộ Tài chính: Thông tư số 12/2025/TT-BTC ngày 01/3/2025. Theo Công"
        " văn số 345/UBND-KT ngày 02/3/2025, đề nghị Sở Y tế báo cáo."
    )
    refs = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in refs] == [
        ("12/2025/TT-BTC", "Bộ Tài chính"),
        ("345/UBND-KT", None),
    ]


def test_an_issuer_ends_before_the_documents_taking_effect() -> None:
    text = (
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày Nghị định số 268/2025/NĐ-CP"
        " ngày 14 tháng 10 năm 2025 của Chính phủ có hiệu lực."
    )
    refs = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in refs] == [("268/2025/NĐ-CP", "Chính phủ")]
