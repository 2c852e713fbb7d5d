"""A body named by its short name ("BHXH các tỉnh") is asked; the cases under an item that
gives work and the notes under a "Lưu ý" title are no tasks unless they name the body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = "\n".join(
    [
        "BẢO HIỂM XÃ HỘI VIỆT NAM",
        "Số: 120/BHXH-CSYT",
        "V/v hướng dẫn thanh toán chi phí khám bệnh",
        "Hà Nội, ngày 05 tháng 3 năm 2021",
        "Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.",
        (
            "(Sau đây viết tắt là BHXH các tỉnh) Để thống nhất thực hiện, BHXH Việt Nam đề "
            "nghị BHXH các tỉnh phối hợp cùng các cơ sở khám bệnh triển khai thực hiện một số "
            "nội dung sau:"
        ),
        "1. Rà soát việc thanh toán chi phí xét nghiệm tại các cơ sở khám bệnh",
        (
            "- Đối với các cơ sở đã được phê duyệt danh mục kỹ thuật, đề nghị đơn vị thanh "
            "toán theo đúng quy định tại Thông tư số 39/2018/TT-BYT."
        ),
        (
            "- Trường hợp cơ sở khám bệnh chưa được phê duyệt danh mục kỹ thuật, BHXH các "
            "tỉnh có văn bản kiến nghị cơ quan quản lý nhà nước xem xét theo quy định."
        ),
        "2. Một số lưu ý trong thanh toán chi phí khám bệnh:",
        (
            "2.1. Trường hợp người bệnh chuyển tuyến trong ngày thì chi phí khám bệnh được "
            "thanh toán một lần."
        ),
        "2.2. Về giường bệnh ban ngày",
        (
            "- Việc thanh toán, quyết toán tiền giường bệnh ban ngày thực hiện theo quy định "
            "tại Thông tư số 39/2018/TT-BYT."
        ),
        (
            "2.3. Để bảo đảm sử dụng quỹ hợp lý, BHXH các tỉnh có văn bản đề nghị các cơ sở "
            "khám bệnh xây dựng quy trình tiếp đón người bệnh."
        ),
        (
            "Đề nghị BHXH các tỉnh chủ động phối hợp với các cơ sở khám bệnh triển khai thực "
            "hiện theo hướng dẫn nêu trên./."
        ),
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, CSYT.",
        "KT. TỔNG GIÁM ĐỐC",
        "PHÓ TỔNG GIÁM ĐỐC",
        "Nguyễn Văn An",
        "",
    ]
)


def test_cases_and_notes_are_no_tasks_unless_they_name_the_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(LETTER, org, calendar)
    assert [a.text[:24] for a in got.actions] == [
        "Rà soát việc thanh toán ",
        "Trường hợp cơ sở khám bệ",
        "Để bảo đảm sử dụng quỹ h",
    ]
    assert {a.lead_unit for a in got.actions} == {"BHXH các tỉnh"}
