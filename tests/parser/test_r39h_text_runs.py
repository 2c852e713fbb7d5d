"""More of an ebook's text runs one a line (see test_r39d_text_runs): a letterhead's number cut
letter by letter ("Số: 75/" / "Q" / "Đ" / "-" / "UBND") or spaced before its code ("75 /TCT-KK"),
a year cut before its last digit, a place cut before its last word right under the subject, the
issuer's authority cut after its first word under the title, and the one recipient named on
the label's line, which ends where the letter's first sentence opens."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def _lines(runs: str) -> list[str]:
    return reflowed(runs + "\n" + _FILL).splitlines()


def test_a_number_cut_letter_by_letter_is_whole_and_ends_its_cell() -> None:
    lines = _lines(
        "\n".join(
            [
                "BỘ XÂY DỰNG",
                "Số: 715/",
                "Q",
                "Đ",
                "-",
                "BXD",
                "Đà Nẵng, ngày 05",
                "  tháng 6 năm 2021",
            ]
        )
    )
    assert "Số: 715/QĐ-BXD" in lines
    assert "Đà Nẵng, ngày 05 tháng 6 năm 2021" in lines


def test_a_number_spaced_before_its_code_ends_its_cell() -> None:
    runs = "\n".join(
        ["Số:", "812 /STC-QLG", "Đà", "  Nẵng, ngày", "14", "tháng 07", "năm 2019", "V/v giá đất"]
    )
    lines = _lines(runs)
    assert "Số: 812 /STC-QLG" in lines
    assert "Đà Nẵng, ngày 14 tháng 07 năm 2019" in lines


def test_a_year_cut_before_its_last_digit_is_whole() -> None:
    lines = _lines("Đà Nẵng, ngày\n02\ntháng\n4\nnăm 201\n9\nQUYẾT\nĐỊNH")
    assert "Đà Nẵng, ngày 02 tháng 4 năm 2019" in lines


def test_a_place_cut_under_the_subject_opens_its_own_line() -> None:
    runs = "\n".join(
        [
            "Số:",
            "81/STC-QLG",
            "V/v Xử",
            "  lý hồ sơ khi cấp lại MST cho NNT",
            "Đà",
            "  Nẵng, ngày",
            "15",
            "  tháng",
            "8",
            "năm 2019",
        ]
    )
    lines = _lines(runs)
    assert "V/v Xử lý hồ sơ khi cấp lại MST cho NNT" in lines
    assert "Đà Nẵng, ngày 15 tháng 8 năm 2019" in lines
    runs = "\n".join(
        [
            "V/v triển khai Quy chế phối",
            "  hợp",
            "công tác giữa Sở và Cục",
            "  Thuế",
            "Bình",
            "  Định, ngày 20 tháng 3 năm 2015",
        ]
    )
    lines = _lines(runs)
    assert "V/v triển khai Quy chế phối hợp công tác giữa Sở và Cục Thuế" in lines
    assert "Bình Định, ngày 20 tháng 3 năm 2015" in lines


def test_the_authority_cut_after_its_first_word_is_its_own_line() -> None:
    runs = "\n".join(
        [
            "QUYẾT ĐỊNH",
            "VỀ VIỆC BỔ SUNG DANH MỤC VẬT TƯ TRONG",
            "NƯỚC ĐÃ SẢN XUẤT ĐƯỢC",
            "BỘ",
            "TRƯỞNG BỘ XÂY DỰNG",
            "Căn cứ",
        ]
    )
    lines = _lines(runs)
    assert "VỀ VIỆC BỔ SUNG DANH MỤC VẬT TƯ TRONG NƯỚC ĐÃ SẢN XUẤT ĐƯỢC" in lines
    assert "BỘ TRƯỞNG BỘ XÂY DỰNG" in lines


def test_the_one_recipient_ends_where_the_first_sentence_opens() -> None:
    runs = "\n".join(
        [
            "Kính",
            "gửi: Sở Tài chính tỉnh Gia",
            "Lai",
            "Cục",
            "Quản lý giá nhận được công văn số 12/STC-QLG của Sở.",
        ]
    )
    lines = _lines(runs)
    assert "Kính gửi: Sở Tài chính tỉnh Gia Lai" in lines
    assert "Cục Quản lý giá nhận được công văn số 12/STC-QLG của Sở." in lines
    runs = "\n".join(
        [
            "Kính gửi:",
            "Sở Tài chính các tỉnh, thành phố",
            "trực thuộc Trung",
            "ương",
            "Thời gian qua, một số",
            "doanh nghiệp chậm kê khai.",
        ]
    )
    lines = _lines(runs)
    assert "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương" in lines
    assert "Thời gian qua, một số doanh nghiệp chậm kê khai." in lines
    runs = "\n".join(
        [
            "Kính gửi: Sở Tài chính các tỉnh,",
            "thành phố trực thuộc Trung ương",
            "Khoản 3, Điều 12,",
            "Luật Giá số 16/2023/QH15",
            "quy định:",
        ]
    )
    lines = _lines(runs)
    assert "Kính gửi: Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương" in lines
    assert "Khoản 3, Điều 12, Luật Giá số 16/2023/QH15 quy định:" in lines
    # a name cut before its place, or after its organ's word, still goes on
    lines = _lines(
        "\n".join(
            [
                "Kính gửi:",
                "Cục",
                "Thuế các tỉnh, thành phố trực thuộc",
                "Trung ương.",
                "Theo quy định",
            ]
        )
    )
    assert "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương." in lines


_LETTER = """---
so_hieu: "CV 81.2019 XU LY HS"
source: "EBOOK"
---

# CV 81.2019 XU LY HS

BỘ TÀI CHÍNH
CỤC QUẢN LÝ GIÁ
CỘNG HOÀ XÃ HỘI CHỦ
  NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh
  phúc
Số:
81 /QLG-TH
V/v Xử
  lý hồ sơ khi cấp lại mã số cho doanh nghiệp
Đà
  Nẵng, ngày
15
  tháng
8
năm 2019
Kính
gửi: Sở Tài chính tỉnh Gia
Lai
Cục
Quản lý giá nhận được công văn số 113/STC-QLG
ngày 22/02/2019 của Sở Tài chính tỉnh Gia Lai về
vướng mắc cấp lại mã số.
Về vấn đề này, Cục Quản lý giá
có ý kiến như sau:
Tại khoản 2 Điều 8
của Thông tư số
95/2016/TT-BTC ngày 28/6/2016
của Bộ Tài chính
quy định về
việc cấp lại mã số
cho doanh nghiệp
đã bị
thu hồi
giấy chứng nhận
và việc
xử lý hồ sơ
khai thuế
còn tồn
của doanh nghiệp
trong thời gian
ngừng hoạt động.
Căn cứ quy định
nêu trên, đề nghị Sở Tài chính
tỉnh Gia Lai rà soát hồ sơ của doanh
nghiệp, báo cáo kết quả về Cục trước
ngày 30/9/2019.
Cục Quản lý giá trả lời để
Sở Tài chính biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, TH.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Trần Văn
Bình
"""


def test_the_reply_reads_whole(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.number == "81/QLG-TH"
    assert record.place == "Đà Nẵng"
    assert str(record.issued_on) == "2019-08-15"
    assert record.subject == "Xử lý hồ sơ khi cấp lại mã số cho doanh nghiệp"
    assert record.recipients == ["Sở Tài chính tỉnh Gia Lai"]


_SHORT_DECISION = """BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 215/QĐ-BXD
Hà Nội, ngày 05 tháng 6 năm 2021
QUYẾT ĐỊNH
VỀ VIỆC BỔ SUNG DANH MỤC VẬT TƯ TRONG NƯỚC ĐÃ SẢN XUẤT ĐƯỢC
BỘ TRƯỞNG BỘ XÂY DỰNG
Căn cứ Nghị định số 52/2022/NĐ-CP ngày 08 tháng 8 năm 2022 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Danh mục bổ sung vật tư trong nước đã sản xuất được.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, KH.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
PHỤ LỤC
DANH MỤC BỔ SUNG
TT Tên sản phẩm Ký hiệu
1 Máy biến áp 35kV Loại: MBA-35 Điện áp định mức: 35kV
Dòng điện: 630A, 800A Cách điện: Sứ/polymer
2 Cầu chì tự rơi Loại: FCO-3
"""


def test_a_cells_current_in_the_annex_is_no_telegrams_label(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Dòng điện: 630A" in an annex's table is a figure, not a công điện's "X điện:" label,
    whose sender is written in capitals ("THỦ TƯỚNG CHÍNH PHỦ điện:")."""
    record = parse_text(_SHORT_DECISION, org, calendar)
    assert record.recipients == []
    assert record.signer is not None and record.signer.name == "Nguyễn Văn An"
    assert record.distribution == ["Văn phòng Chính phủ", "Lưu: VT, KH"]
