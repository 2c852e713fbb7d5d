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


def dhkt_decision(number: str, dated: str, subject: str) -> str:
    """A university's decision (Trường Đại học Kinh tế, rounds 52d's letters): the letterhead,
    the kind, ``subject``, the rector's enacting line, up to "QUYẾT ĐỊNH:"."""
    return (
        f"TRƯỜNG ĐẠI HỌC KINH TẾ\nSố: {number}/QĐ-ĐHKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nHà Nội, {dated}\nQUYẾT ĐỊNH\n{subject}\n"
        "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KINH TẾ\nQUYẾT ĐỊNH:\n"
    )


# that university's decision issuing its rules, signed, then the rules' duties article opening
DHKT_RULES = (
    dhkt_decision("12", "ngày 05 tháng 3 năm 2024", "Ban hành Quy định về đạo đức nghiên cứu")
    + "Điều 1. Ban hành kèm theo Quyết định này Quy định về đạo đức nghiên cứu.\n"
    "Điều 2. Trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này.\n"
    "{signed}\nQUY ĐỊNH\nVề đạo đức nghiên cứu\n"
    "(Ban hành kèm theo Quyết định số 12/QĐ-ĐHKT ngày 05/3/2024)\n"
    "Điều 1. Trách nhiệm của các đơn vị\n"
)


def quang_ngai_permit(water: str = "mặt") -> str:
    """A Quảng Ngãi water-use permit (round 53c's letters, batch 212) up to the holder's duties'
    lead-in, for water ``water`` ("mặt" or "dưới đất")."""
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 88/GP-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Ngãi, ngày 12 tháng 3 năm 2024\n"
        f"GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC {water.upper()}\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n"
        "Căn cứ Luật Tài nguyên nước ngày 21/6/2012;\nQUYẾT ĐỊNH:\n"
        f"Điều 1. Cho phép Công ty Cổ phần Nước sạch Sông Trà khai thác, sử dụng nước {water}.\n"
        "Điều 2. Yêu cầu Công ty Cổ phần Nước sạch Sông Trà thực hiện các nội dung sau:\n"
    )


# A province's decision issuing a {kind} (round 53e's letters): its articles, signature, then the
# attached text's title and tie, a rule chapter, and a follow-up chapter ending in {items}
HA_TINH_RULES = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 12/2025/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
    "Ban hành {kind_lower} tổ chức và hoạt động của Quỹ Phát triển đất tỉnh\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này {kind_lower} tổ chức và hoạt động của Quỹ Phát "
    "triển đất tỉnh.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở chịu trách nhiệm thi hành "
    "Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    "{kind}\nTổ chức và hoạt động của Quỹ Phát triển đất tỉnh\n"
    "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
    "Văn bản này quy định tổ chức và hoạt động của Quỹ.\n\n"
    "Điều 2. Chế độ báo cáo\nQuỹ có trách nhiệm lập và gửi các báo cáo định kỳ.\n\n"
    "Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Điều khoản thi hành\n{items}"
)


def an_lac_plan(number: str, dated: str, title: str) -> str:
    """A district's plan (round rH's letters): the letterhead, number ``number``/KH-UBND,
    ``dated`` ("05 tháng 3 năm 2024"), the kind and ``title``."""
    return (
        f"ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nSố: {number}/KH-UBND\nAn Lạc, ngày {dated}\n"
        f"KẾ HOẠCH\n{title}\n\n"
    )


def an_lac_signed(sent_as: str = "Như trên") -> str:
    """The district chairman's closing (round rH's letters): "Nơi nhận", then the signature."""
    return f"Nơi nhận:\n- {sent_as};\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"


# a plan's closing section that funds it, then the signature
AN_LAC_FUNDED = (
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Giao phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch.\n" + an_lac_signed()
)
