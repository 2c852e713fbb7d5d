"""Round 42e: a tax department's decisions on risk criteria (156/02, 159/02). In a decision's
article, a paragraph about one matter ("Đối với nhóm X, Tổng cục Thuế chịu trách nhiệm ....
Cục trưởng Cục Thuế ... chịu trách nhiệm ...") is one action, and a paragraph that gives no task
after the article's task ("Ứng dụng X là ...", "Vụ trưởng ... chịu trách nhiệm về việc phê
duyệt ...") stays in that task's text, which runs to the article's end; "Cơ quan Thuế các cấp
áp dụng ..." gives its body work; a matter passively ruled with no body over it ("Việc ... được
áp dụng hình thức khen thưởng ...") is no task; a cited process "ban hành kèm theo Quyết định
số A ... và Quy trình ... kèm theo quyết định số B ... của X" gives X to both; and a letter a
page's run cut from its word ("chỉ số" / "t" / "iêu chí") goes on with the word it opens."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from directives.parser.shreds import reflowed
from directives.parser.syllables import is_syllable
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 845/QĐ-TCT
Hà Nội, ngày 12 tháng 5 năm 2017

QUYẾT ĐỊNH
Ban hành Bộ tiêu chí đánh giá rủi ro trong kiểm tra thuế

TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
Căn cứ Luật Quản lý thuế ngày 29 tháng 11 năm 2006;
QUYẾT ĐỊNH:
"""
_SIGNED = signed("TỔNG CỤC TRƯỞNG", "Lê Văn An")


def _actions(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, str]]:
    record = parse_text(_HEAD + body + _SIGNED, org, calendar)
    return [(a.lead_unit or "", a.text) for a in record.actions]


def test_an_articles_paragraph_about_one_matter_is_one_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí đánh giá rủi ro.\n"
        "Điều 2. Nhóm tiêu chí tham khảo là nhóm tiêu chí các đơn vị có thể lựa chọn.\n"
        "Đối với nhóm tiêu chí tham khảo, Tổng cục Thuế chịu trách nhiệm phê duyệt điểm số."
        " Cục trưởng Cục Thuế chịu trách nhiệm phê duyệt trọng số của các tiêu chí.\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Cục trưởng Cục Thuế các"
        " tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert _actions(body, org, calendar) == [
        (
            "Tổng cục Thuế",
            "Đối với nhóm tiêu chí tham khảo, Tổng cục Thuế chịu trách nhiệm phê duyệt điểm số."
            " Cục trưởng Cục Thuế chịu trách nhiệm phê duyệt trọng số của các tiêu chí",
        )
    ]


def test_an_articles_task_runs_to_the_articles_end(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Điều 1. Cơ quan Thuế các cấp áp dụng quản lý rủi ro trong công tác kiểm tra thuế.\n"
        "Ứng dụng TPX là ứng dụng phân tích rủi ro được quản lý tập trung tại Tổng cục Thuế.\n"
        "Điều 2. Phê duyệt hệ thống 15 tiêu chí gợi ý ban hành kèm theo Quyết định này.\n"
        "Ngoài các tiêu chí nêu trên, các đơn vị xây dựng bổ sung thêm các tiêu chí phù hợp"
        " với địa bàn.\n"
        "Cục trưởng Cục Thuế chịu trách nhiệm về việc phê duyệt các tiêu chí bổ sung.\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Cục trưởng Cục Thuế các"
        " tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert _actions(body, org, calendar) == [
        (
            "Cơ quan Thuế các cấp",
            "Cơ quan Thuế các cấp áp dụng quản lý rủi ro trong công tác kiểm tra thuế. Ứng"
            " dụng TPX là ứng dụng phân tích rủi ro được quản lý tập trung tại Tổng cục Thuế",
        ),
        (
            "các đơn vị",
            "Ngoài các tiêu chí nêu trên, các đơn vị xây dựng bổ sung thêm các tiêu chí phù hợp"
            " với địa bàn. Cục trưởng Cục Thuế chịu trách nhiệm về việc phê duyệt các tiêu chí"
            " bổ sung",
        ),
    ]


def test_a_matter_passively_ruled_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = (
        "Điều 1. Ban hành kèm theo Quyết định này Bộ tiêu chí đánh giá rủi ro.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n"
        + _SIGNED
        + "QUY TRÌNH\nĐÁNH GIÁ RỦI RO\n"
        "(Ban hành kèm theo Quyết định số 845/QĐ-TCT ngày 12/5/2017 của Tổng cục Thuế)\n"
        "Phần I\nQUY ĐỊNH CHUNG\n"
        "Quy trình này áp dụng đối với cơ quan thuế các cấp.\n"
        "Phần II\nTỔ CHỨC THỰC HIỆN\n"
        "1. Cục trưởng Cục Thuế chịu trách nhiệm tổ chức triển khai thực hiện Bộ tiêu chí.\n"
        "2. Việc tổ chức, triển khai Bộ tiêu chí được áp dụng hình thức khen thưởng, kỷ luật"
        " theo chế độ quy định.\n"
    )
    leads = [a[0] for a in _actions(body, org, calendar)]
    assert leads == ["Cục Thuế"]


def test_a_process_issued_by_a_decision_takes_the_lists_issuer() -> None:
    text = (
        "Căn cứ Quy trình Thanh tra thuế ban hành kèm theo Quyết định số 1204/QĐ-TCT ngày"
        " 20/7/2016 và Quy trình Kiểm tra thuế ban hành kèm theo quyết định số 805/QĐ-TCT ngày"
        " 15/4/2016 của Tổng cục Thuế;"
    )
    refs = find_references(text, fold_keep(text), None, 2017)
    assert [(r.number, r.issuer) for r in refs] == [
        ("1204/QĐ-TCT", "Tổng cục Thuế"),
        ("805/QĐ-TCT", "Tổng cục Thuế"),
    ]


_FILL = "\n".join(["Căn", "cứ Luật Quản lý thuế, các Luật", "thuế;"] * 20)


def test_a_letter_cut_from_its_word_goes_on_with_it() -> None:
    assert not is_syllable("iêu")  # ("iê" with no initial is written "yê")
    lines = reflowed("Ban hành Bộ\nchỉ số\nt\niêu chí đánh giá\nĐà N\nẵ\nng\n" + _FILL)
    assert lines.splitlines()[0] == "Ban hành Bộ chỉ số tiêu chí đánh giá Đà Nẵng"
