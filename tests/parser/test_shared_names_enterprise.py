"""An enterprise named among a list of departments keeps its own whole name."""

from __future__ import annotations

from directives.parser.shared_names import organ_name, shared_names


def test_an_enterprise_in_a_departments_list_is_not_a_department() -> None:
    names = shared_names(
        "Sở",
        "Tài chính, Xây dựng, Công ty TNHH MTV Cấp thoát nước, Môi trường và Dịch vụ Hà Tĩnh "
        "và các cơ quan, đơn vị liên quan",
    )
    full = [organ_name("Sở", n) for n in names]
    assert full == [
        "Sở Tài chính",
        "Sở Xây dựng",
        "Công ty TNHH MTV Cấp thoát nước, Môi trường và Dịch vụ Hà Tĩnh",
    ]


def test_a_list_of_departments_alone_is_unchanged() -> None:
    names = shared_names("Sở", "Tài chính, Kế hoạch và Đầu tư, Nội vụ")
    assert [organ_name("Sở", n) for n in names] == [
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
        "Sở Nội vụ",
    ]
