"""Round 35f: a decision that issues the rules on a department's functions, duties, powers and
structure ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở X").

The rules' article "Điều 2. Nhiệm vụ và quyền hạn" lists the department's standing duties
("Lập hồ sơ đề án ...", "Ban hành văn bản chấp thuận ..."): its mandate, no task. Only the
follow-up article ("Điều 4. Tổ chức thực hiện") gives tasks. The parser read the article's
title "Nhiệm vụ ..." as one that gives bodies their work and took some of its duties.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 1450/QĐ-UBND

Quảng Trị, ngày 10 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế

ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ;

Theo đề nghị của Giám đốc Sở Y tế.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu
tổ chức của Sở Y tế.

Điều 2. Quyết định này có hiệu lực kể từ ngày ban hành.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Y tế và các tổ chức, cá nhân có
liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An

QUY ĐỊNH

CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ Y TẾ

(Ban hành kèm theo Quyết định số 1450/QĐ-UBND ngày 10/11/2025 của Ủy ban nhân dân tỉnh)

Điều 1. Vị trí và chức năng

1. Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng tham mưu,
giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế.

2. Sở Y tế có tư cách pháp nhân, có con dấu và tài khoản riêng theo quy định của pháp luật.

{title}

1. Trình Ủy ban nhân dân tỉnh:

a) Dự thảo quyết định của Ủy ban nhân dân tỉnh liên quan đến ngành, lĩnh vực y tế;

b) Dự thảo kế hoạch phát triển ngành y tế hằng năm.

2. Về khám bệnh, chữa bệnh:

Tham mưu, giúp Ủy ban nhân dân tỉnh:

a) Lập hồ sơ đề án thành lập, giải thể bệnh viện, trình Ủy ban nhân dân tỉnh để trình Hội
đồng nhân dân tỉnh xem xét, quyết định;

b) Triển khai thực hiện các đề án về khám bệnh, chữa bệnh sau khi được cấp có thẩm quyền
quyết định.

3. Ban hành văn bản chấp thuận đăng ký hoạt động của cơ sở khám bệnh, chữa bệnh theo thẩm
quyền.

Điều 3. Cơ cấu tổ chức

1. Lãnh đạo: Sở Y tế có Giám đốc và không quá 03 Phó Giám đốc.

2. Cơ cấu tổ chức: Văn phòng; Thanh tra; các phòng chuyên môn, nghiệp vụ.

Điều 4. Tổ chức thực hiện

1. Giao Sở Y tế kịp thời ban hành quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng, các
phòng chuyên môn; xây dựng Đề án vị trí việc làm của Sở theo quy định.

2. Trong quá trình thực hiện, trường hợp có khó khăn, vướng mắc, Sở Y tế phối hợp với các cơ
quan, đơn vị có liên quan thống nhất trình Ủy ban nhân dân tỉnh xem xét, quyết định.
"""


@pytest.mark.parametrize(
    "title",
    [
        "Điều 2. Nhiệm vụ và quyền hạn",
        "Điều 2. Nhiệm vụ, quyền hạn",
        "Điều 2. Chức năng, nhiệm vụ và quyền hạn",
    ],
)
def test_the_mandate_article_gives_no_task(
    title: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION.format(title=title), org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Y tế", "Sở Y tế"]
    assert record.actions[0].text.startswith("Giao Sở Y tế kịp thời ban hành")
    assert record.actions[1].text.startswith("Trong quá trình thực hiện, trường hợp")


def test_a_duties_article_still_gives_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # (an article on a body's duties in carrying the rules out, "Nhiệm vụ của X", gives tasks)
    text = _DECISION.format(title="Điều 2. Nhiệm vụ của Sở Y tế").replace(
        "Điều 4. Tổ chức thực hiện", "Điều 4. Trách nhiệm thi hành"
    )
    record = parse_text(text, org, calendar)
    assert any(a.text.startswith("Ban hành văn bản chấp thuận") for a in record.actions)
