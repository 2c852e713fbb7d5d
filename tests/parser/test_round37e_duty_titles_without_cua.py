"""Round 37e: a regulation's follow-up chapter ("Chương III / TỔ CHỨC THỰC HIỆN") whose articles
title each body's duties with "của" left out ("Điều 16. Trách nhiệm Sở Tài chính", "Điều 17.
Trách nhiệm Công an tỉnh"): each such article lists that body's tasks, one action per numbered
clause, the title's body the lead, as "Trách nhiệm của Sở ..." does. Such a title
ends its line even when the line is long and the paragraph under it opens in capitals on a word
of no body ("Điều 18. Trách nhiệm Ban Quản lý dự án đầu tư xây dựng tỉnh, khu vực" / "Quản lý
các chợ ..."): the paragraph is that body's one task ("đầu tư xây dựng" after "dự án" a noun
of the name, no verb)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """         ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          TỈNH YÊN BÁI                           Độc lập - Tự do - Hạnh phúc

     Số: 45/2025/QĐ-UBND                    Yên Bái, ngày 10 tháng 11 năm 2025

                                   QUYẾT ĐỊNH
              Ban hành Quy chế quản lý chợ trên địa bàn tỉnh Yên Bái

                        ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

     Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
     Theo đề nghị của Giám đốc Sở Công Thương.

                                  QUYẾT ĐỊNH:

     Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ trên địa bàn
tỉnh Yên Bái.
     Điều 2. Quyết định này có hiệu lực thi hành từ ngày 20 tháng 11 năm 2025.
     Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành
chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                                    KT. CHỦ TỊCH
- Lưu: VT.                                       PHÓ CHỦ TỊCH

                                                 Nguyễn Văn C

  ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH YÊN BÁI                        Độc lập - Tự do - Hạnh phúc

                                      QUY CHẾ
                   Quản lý chợ trên địa bàn tỉnh Yên Bái
   (Kèm theo Quyết định số 45/2025/QĐ-UBND ngày 10/11/2025 của UBND tỉnh Yên Bái)

                                     Chương I
                                 QUY ĐỊNH CHUNG

     Điều 1. Phạm vi điều chỉnh
     Quy chế này quy định việc quản lý chợ trên địa bàn tỉnh Yên Bái.
     Điều 2. Nguyên tắc quản lý
     Các cơ quan, đơn vị phối hợp quản lý chợ theo chức năng, nhiệm vụ được giao.

                                     Chương II
                                 QUẢN LÝ CHỢ

     Điều 3. Phát triển chợ
     Ủy ban nhân dân cấp xã lập kế hoạch phát triển chợ trên địa bàn.

                                    Chương III
                               TỔ CHỨC THỰC HIỆN

     Điều 16. Trách nhiệm Sở Tài chính
     1. Chủ trì tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí phát triển chợ
hàng năm.
     2. Hướng dẫn các chủ đầu tư quản lý nguồn vốn ngân sách hỗ trợ xây dựng chợ.
     Điều 17. Trách nhiệm Công an tỉnh
     1. Chỉ đạo lực lượng công an bảo đảm an ninh, trật tự tại các chợ.
     2. Phối hợp với Sở Công Thương kiểm tra phòng cháy, chữa cháy tại các chợ.
     Điều 18. Trách nhiệm Ban Quản lý dự án đầu tư xây dựng tỉnh, khu vực
     Quản lý các chợ trên địa bàn đã được đầu tư bằng vốn ngân sách nhà nước.
"""


def test_duty_articles_titled_without_cua_give_their_bodies_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    got = [(a.text[:30], a.lead_unit) for a in record.actions]
    assert got == [
        ("Chủ trì tham mưu Ủy ban nhân d", "Sở Tài chính"),
        ("Hướng dẫn các chủ đầu tư quản ", "Sở Tài chính"),
        ("Chỉ đạo lực lượng công an bảo ", "Công an tỉnh"),
        ("Phối hợp với Sở Công Thương ki", "Công an tỉnh"),
        ("Quản lý các chợ trên địa bàn đ", "Ban Quản lý dự án đầu tư xây dựng tỉnh, khu vực"),
    ]
