"""Round 21: where the name of the body that issued a cited document ends. The sentence goes on
after it with "thì" or "nên" ("... của Thủ tướng Chính phủ thì ...", "... của Chính phủ nên
đề nghị ...") or with what the document says ("... của Cục trưởng Cục X có nêu ..."); a body
that sent the letter it names ("X chỉ gửi công văn số ...", "X cũng đã có công văn số ...")
is named without the word before the verb; a body's short name in brackets after its name
("Tổng công ty X (ABC)") is part of it. "thị xã" stays in a name: only "thì" ends one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = """Trả lời công văn số 77/SGI-KT ngày 03/10/2025 của Thuế tỉnh Lạng Sơn về quản lý thuế,
Cục Thuế có ý kiến như sau:

Theo quy định tại Điều 2 Quyết định số 12/2020/QĐ-TTg ngày 19/4/2020 của Thủ tướng Chính phủ
thì quy định này chỉ áp dụng đối với hàng hóa đã qua sử dụng.

Tại Điều 3 Quyết định số 321/QĐ-CTHADS ngày 04/12/2023 của Cục trưởng Cục Thi hành án dân sự
tỉnh Lạng Sơn có nêu người phải thi hành án và người được thi hành án.

Cục Thi hành án dân sự tỉnh Lạng Sơn chỉ gửi công văn số 88/CV-THADS ngày 22/8/2025 đến
Thuế tỉnh Lạng Sơn sau khi nhận được công văn số 415/COMA-PC ngày 8/7/2025 của Tổng công ty
Cơ khí và Xây dựng Lạng Sơn (COMA). Ủy ban nhân dân thị xã Đồng Đăng cũng đã có công văn số
19/UBND-TC ngày 02/9/2025 về việc này.

Vướng mắc của Thuế tỉnh liên quan đến Nghị định số 45/2021/NĐ-CP ngày 04/10/2021 của Chính
phủ nên đề nghị Thuế tỉnh Lạng Sơn báo cáo Bộ Tài chính; Quyết định số 5/QĐ-UBND ngày
02/01/2025 của Ủy ban nhân dân thị xã Đồng Đăng thì không nêu nội dung này."""


def test_an_issuer_ends_where_the_sentence_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = read(department_letter(_BODY, department="CỤC THUẾ"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers == {
        "77/SGI-KT": "Thuế tỉnh Lạng Sơn",
        "12/2020/QĐ-TTg": "Thủ tướng Chính phủ",
        "321/QĐ-CTHADS": "Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn",
        "88/CV-THADS": "Cục Thi hành án dân sự tỉnh Lạng Sơn",
        "415/COMA-PC": "Tổng công ty Cơ khí và Xây dựng Lạng Sơn (COMA)",
        "19/UBND-TC": "Ủy ban nhân dân thị xã Đồng Đăng",
        "45/2021/NĐ-CP": "Chính phủ",
        "5/QĐ-UBND": "Ủy ban nhân dân thị xã Đồng Đăng",
    }
