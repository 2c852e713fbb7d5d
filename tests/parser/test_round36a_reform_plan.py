"""Round 36a: a decision that approves a plan to restructure or simplify an administrative
procedure ("Phê duyệt kèm theo Quyết định này phương án tái cấu trúc quy trình ...", "... phương
án đơn giản hóa thủ tục hành chính ..."), the plan attached after the signature under its own
title ("PHƯƠNG ÁN / TÁI CẤU TRÚC QUY TRÌNH ... / (Kèm theo Quyết định số ...)").

What the decision approves is no task it gives (README: "an approved workflow's steps and notes
("Bước 1: Chuyên viên ...")", "an approved plan's recommendations"): the plan's steps ("Bước 3.
... Sở X tiến hành thẩm định ..."), its notes and its impact rows ("Trước khi áp dụng: ...",
"Sau khi áp dụng: ...") describe the procedure. Only the decision's own articles give tasks. The
parser read the attached plan as a plan of tasks and took each step and row as one.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH BÌNH AN
**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 905/QĐ-TTPVHCC

Bình An, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Phê duyệt {title_words}

GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục
hành chính trên môi trường điện tử;

QUYẾT ĐỊNH:

**Điều 1.** Phê duyệt kèm theo Quyết định này {title_words}.

**Điều 2.** Trung tâm Phục vụ hành chính công tỉnh chủ trì bảo đảm các điều kiện kỹ thuật của
Hệ thống thông tin giải quyết thủ tục hành chính phục vụ triển khai Quyết định này.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.

**Điều 4.** Sở Xây dựng, Trung tâm Phục vụ hành chính công tỉnh và các cơ quan có liên quan chịu
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

GIÁM ĐỐC
Lê Văn Cường

**PHỤ LỤC**

PHƯƠNG ÁN
{title_caps}

*(Kèm theo Quyết định số 905/QĐ-TTPVHCC ngày 20 tháng 11 năm 2025 của Giám đốc Trung tâm
Phục vụ hành chính công tỉnh)*

**A. LÝ DO**

Việc cấp giấy phép xây dựng còn phải đi lại nhiều lần, hồ sơ giấy chưa được liên thông.

**B. MÔ TẢ QUY TRÌNH**

*1. Bước 1. Nộp hồ sơ*

Cá nhân, tổ chức nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia.

*2. Bước 2. Thẩm định hồ sơ*

Sở Xây dựng, Ủy ban nhân dân cấp xã tiến hành thẩm định hồ sơ, đính kèm kết quả lên Hệ thống
thông tin giải quyết thủ tục hành chính để chuyển sang Bộ phận Một cửa.

**C. ĐÁNH GIÁ TÁC ĐỘNG**

*1. Sở Xây dựng:*

+ Trước khi áp dụng: Bố trí nhân sự nhận hồ sơ giấy và chuyển thủ công.

+ Sau khi áp dụng: Chuyển 100% bản điện tử trên Hệ thống bằng một thao tác.
"""

_RESTRUCTURE = (
    "phương án tái cấu trúc quy trình cấp giấy phép xây dựng trên địa bàn tỉnh",
    "TÁI CẤU TRÚC QUY TRÌNH CẤP GIẤY PHÉP XÂY DỰNG TRÊN ĐỊA BÀN TỈNH",
)
_SIMPLIFY = (
    "phương án đơn giản hóa thủ tục hành chính lĩnh vực xây dựng",
    "ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH LĨNH VỰC XÂY DỰNG",
)


@pytest.mark.parametrize("title", [_RESTRUCTURE, _SIMPLIFY])
def test_an_approved_procedure_reform_plan_gives_no_task(
    title: tuple[str, str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.format(title_words=title[0], title_caps=title[1])
    actions = parse_text(letter, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Trung tâm Phục vụ hành chính công tỉnh"]
    assert actions[0].text.startswith("Trung tâm Phục vụ hành chính công tỉnh chủ trì bảo đảm")
