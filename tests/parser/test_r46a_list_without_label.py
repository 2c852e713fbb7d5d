"""Round 46a: a document-sharing site's preview flattens a letter's two-column page. The
"V/v ..." subject of the left column lands after the body's last line, below the distribution
list, and the list's "Nơi nhận:" label (its own cell) is lost. The subject is still the
letter's, but the body is what stands between the "Kính gửi" list and the distribution; the
dashed list that closes with its "Lưu" entry right above the signer is the distribution
(README, 176/01).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 845/SYT-NVY
Nam Định, ngày 10 tháng 5 năm 2019
Kính gửi:
- Các bệnh viện trực thuộc;
- Trung tâm Y tế các huyện, thành phố
Thực hiện chỉ đạo của Bộ Y tế về quản lý thuốc tồn kho tại các cơ sở khám chữa bệnh;
Sở Y tế đề nghị các bệnh viện rà soát danh mục thuốc tồn kho và gửi báo cáo về Phòng \
Nghiệp vụ Y trước ngày 25/5/2019.
Trân trọng./.
{label}- Như trên;
- Giám đốc Sở (để b/c);
- Lưu: VT, NVY.
V/v rà soát danh mục thuốc
tồn kho tại các cơ sở khám chữa bệnh
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(đã ký)
Trần Thị Lan
"""


def _read(label: str, org: OrgDirectory, calendar: WorkingCalendar):  # type: ignore[no-untyped-def]
    return parse_text(_LETTER.format(label=label), org, calendar)


def test_the_body_stands_above_the_list_when_the_subject_lands_below_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    for label in ("Nơi nhận:\n", ""):
        record = _read(label, org, calendar)
        assert record.subject == "rà soát danh mục thuốc tồn kho tại các cơ sở khám chữa bệnh"
        assert [a.text[:20] for a in record.actions] == ["Sở Y tế đề nghị các "]
        assert record.actions[0].deadline_text == "trước ngày 25/5/2019"
        assert record.signer is not None and record.signer.name == "Trần Thị Lan"


def test_the_dashed_list_closed_by_its_filing_entry_is_the_distribution_without_its_label(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _read("", org, calendar)
    assert record.distribution == ["Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, NVY"]
    assert record.recipients == ["Các bệnh viện trực thuộc", "Trung tâm Y tế các huyện, thành phố"]
