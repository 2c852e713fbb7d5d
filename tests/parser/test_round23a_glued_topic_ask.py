"""Round 23a: a tax reply's numbered topic wraps onto a second line and the page joins it to
the request under it ("2. Về việc xử phạt vi phạm hành chính và tính tiền chậm nộp Đề nghị
Thuế tỉnh X rà soát ..."): the topic is no part of the task's text, as when it ends in a colon
or the task opens with a verb of command (a hard-wrapped page runs every line that ends no
sentence onto the next). Round 22 kept the topic in the text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_REPLY = letter(
    """
Cục Thuế nhận được công văn số 810/NAN-KTr ngày
04/9/2025 của Thuế tỉnh Nghệ An về chính sách thuế. Về vấn đề này, Cục Thuế có
ý kiến như sau:
1. Về việc xử lý thu hồi hoàn thuế
Căn cứ quy định tại Điều 40 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài
chính, đề nghị Thuế tỉnh Nghệ An căn cứ trên cơ sở hồ sơ, tài liệu thực tế của doanh
nghiệp để xử lý thu hồi hoàn đúng quy định của pháp luật.
2. Về việc xử phạt vi phạm hành
chính và tính tiền chậm nộp
Đề nghị Thuế tỉnh Nghệ An rà soát các văn bản của
cơ quan thuế hướng dẫn cụ thể việc kê khai, nộp thuế của Công ty TNHH Hoa Sen đối
với hoạt động thuê gia công để có cơ sở xem xét việc áp dụng quy định tại khoản 2
Điều 9 Nghị định số 125/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.
Cục Thuế có ý kiến để Thuế tỉnh Nghệ An được
biết./.
""",
    issuer="BỘ TÀI CHÍNH\nCỤC THUẾ",
    number="5120/CT-CS",
    subject="chính sách thuế",
    dated="ngày 20 tháng 10 năm 2025",
    recipient="Thuế tỉnh Nghệ An.",
    distribution="- Như trên;\n- Lưu: VT, CS.",
    signer="TL. CỤC TRƯỞNG\nTRƯỞNG BAN CHÍNH SÁCH\nPhạm Văn F",
)


def test_the_wrapped_topic_is_cut_off_the_request(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_REPLY, org, calendar).actions
    assert [a.text[:40] for a in actions][-1] == "Đề nghị Thuế tỉnh Nghệ An rà soát các vă"
