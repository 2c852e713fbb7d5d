"""Round 25b: a provincial decision publishing administrative procedures, its Điều 2 giving
"1. Sở X chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):" over
the task and its own "Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành
Quyết định", and an annex catalogue whose title lost a word ("DANH MỤC THỦ TỤC HÀNH SỬA ĐỔI")
and whose legal-basis cell prints a number split by a space ("37/2025/TTBNN MT ngày ..."). The
parser read the catalogue's "- Cơ quan thực hiện: Sở ..." as a task, dropped the unit named
in the parenthesis, dated nothing and cut the number at the space."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_DECISION = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 1600/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính sửa đổi lĩnh vực đo đạc

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Quyết định số 4900/QĐ-BNNMT ngày 17/11/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường;

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính sửa đổi lĩnh vực đo đạc.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Nông nghiệp và Môi trường
chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):
Xây dựng quy trình nội bộ giải quyết TTHC theo nội dung công bố tại Quyết định này.
Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Quyết định.
2. Sở Nông nghiệp và Môi trường; UBND các xã, phường niêm yết công khai nội dung TTHC theo quy định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm
thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH SỬA ĐỔI LĨNH VỰC ĐO ĐẠC
(Kèm theo Quyết định số 1600/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh Bắc Ninh)
|
**TT**
|
**Tên TTHC**
|
**Địa điểm thực hiện**
|
**Thời hạn giải quyết**
|
**Căn cứ pháp lý**
|
|
1
|
Cấp giấy phép đo đạc
|
- Nơi tiếp nhận: Trung tâm Phục vụ hành chính công tỉnh;
- Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.
- Cơ quan có thẩm quyền quyết định: Sở Nông nghiệp và Môi trường.
|
10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
|
(1) Nghị định số 193/2025/NĐ-CP ngày 02/7/2025; (2) Thông tư số
37/2025/TTBNN MT ngày 02/7/2025; (3) Thông tư số 10/2024/TT-BTC ngày 05/02/2024.
|
"""


def test_a_catalogue_whose_title_lost_a_word_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.text[:20] for a in actions] == ["Xây dựng quy trình n", "Sở Nông nghiệp và Mô"]


def test_the_centre_named_in_the_partners_parenthesis_stays_and_the_period_dates(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first = parse_text(_DECISION, org, calendar).actions[0]
    assert first.coordinating_units == ["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)"]
    assert (first.deadline_kind, first.deadline_text, str(first.deadline)) == (
        DeadlineKind.WITHIN_WORKING_DAYS,
        "không quá 05 ngày làm việc kể từ ngày ban hành Quyết định",
        "2025-11-27",
    )


def test_a_number_split_by_a_space_before_its_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_DECISION, org, calendar).references
    split = [r for r in refs if r.number.startswith("37/")]
    assert [(r.number, str(r.issued_on)) for r in split] == [("37/2025/TTBNNMT", "2025-07-02")]


def test_working_days_counted_from_another_event_date_nothing(calendar: WorkingCalendar) -> None:
    from datetime import date

    from directives.parser.clean import fold_keep
    from directives.parser.deadlines import find_deadline

    text = (
        "cung cấp dịch vụ công trực tuyến trong thời gian 05 ngày làm việc kể từ khi dịch vụ công "
        "trực tuyến được hiển thị công khai"
    )
    found = find_deadline(text, fold_keep(text), date(2025, 11, 19), calendar)
    assert found is None or found.kind is DeadlineKind.NONE
