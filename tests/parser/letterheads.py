"""Letterheads shared by the rounds' synthetic letters."""

from __future__ import annotations

# Tổng cục Thuế's letter to the provinces' tax departments (192/01's head)
TCT_4153 = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4153/TCT-CS
V/v triển khai Nghị quyết số 406/NQ-UBTVQH15
Hà Nội, ngày 29 tháng 10 năm 2021

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

"""

# Tổng cục Hải quan's letter to the provinces' customs departments (188/02's head, its number
# and date on one line), on ``subject``


def tchq_700(subject: str = "xử lý vướng mắc khi giám sát hàng hóa tại cảng biển") -> str:
    return (
        "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 700/TCHQ-GSQL Hà Nội, ngày 13 tháng 02 năm 2017\n"
        f"V/v {subject}\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n"
        "Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố thực hiện nội dung sau:\n"
    )
