"""Round 35i: "Điều 15. Trách nhiệm của các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống
thư điện tử công vụ" over "1. Tổ chức triển khai ...": the title's words after the plural
bodies say which of them are meant, and are part of the items' lead (the parser cut it to
"các cơ quan, đơn vị"); "trong việc ..." says what the duties are about, and is not."""

from __future__ import annotations

from directives.parser.addressees import qualified

_TITLE = (
    "Điều 15. Trách nhiệm của các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống hội nghị"
    " trực tuyến"
)


def test_the_field_the_bodies_work_in_is_their_name() -> None:
    assert qualified("các cơ quan, đơn vị", _TITLE) == (
        "các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống hội nghị trực tuyến"
    )


def test_what_the_duties_are_about_is_not() -> None:
    title = "Điều 9. Trách nhiệm của các sở, ngành trong việc triển khai Quy chế"
    assert qualified("các sở, ngành", title) == "các sở, ngành"
