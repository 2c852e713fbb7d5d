"""A letter that guides in its own words ("Tổng cục Thuế hướng dẫn cụ thể ... như sau:") with
no section titled for carrying it out: between that sentence and its close ("Trên đây là ..."),
what it lays down is how the rule runs, no one's task; only a sentence that asks a body itself
("đề nghị ...", "yêu cầu ...") is one. A past request it recounts ("... và đề nghị các cơ quan
thuế này điều chỉnh lại") and a system's demand ("hệ thống yêu cầu bắt buộc") are none; a
request in a paragraph's later sentence is read from that sentence; the tax offices asked by
their kind ("đề nghị cơ quan thuế nhập ...") lead. The page is an export's text runs."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_FRONT = '---\nso_hieu: "CV 5120.2019 HD"\nsource: "EBOOK"\n---\n\n# CV 5120.2019 HD\n\n'

_HEAD = """BỘ TÀI CHÍNH
BỘ TÀI CHÍNH
CỘNG
  HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ
Độc lập - Tự do - Hạnh phúc
Số:
5120 /TCT-KK
Hà
  Nội, ngày
12
tháng 08
năm 2019
V/v Hướng dẫn điều chỉnh
  chứng từ nộp thuế
Kính gửi: Cục Thuế các tỉnh,
thành phố trực thuộc Trung ương
"""

_PARAGRAPHS = [
    "Thời gian qua, một số địa phương còn vướng mắc về cách điều chỉnh chứng từ nộp thuế.",
    "Để hỗ trợ cơ quan thuế địa phương nắm rõ cách thức điều chỉnh trên ứng dụng, Tổng cục"
    " Thuế hướng dẫn cụ thể về phương pháp điều chỉnh chứng từ theo kỳ thuế và quy tắc tổng"
    " hợp báo cáo kế toán trên ứng dụng quản lý thuế như sau:",
    "I. Nguyên tắc điều chỉnh chứng từ",
    "1. Điều chỉnh chứng từ theo kỳ thuế",
    "1.1. Khi nhập chứng từ, lệnh hoàn thu ngân sách, các giao dịch điều chỉnh chứng từ, ứng"
    " dụng bắt buộc nhập thông tin kỳ thuế. Việc chọn kỳ thuế phải đảm bảo nguyên tắc: kỳ thuế"
    " của chứng từ tương ứng với kỳ kho bạc đã hạch toán.",
    "2. Tổng hợp báo cáo theo kỳ thuế",
    "Báo cáo quyết toán từ năm 2018 sẽ thực hiện hoàn toàn theo kỳ thuế. Cụ thể như sau:",
    "- Báo cáo kế toán các kỳ trong năm 2018 tổng hợp các chứng từ đã hạch toán trong năm"
    " 2018, gồm cả chứng từ có kỳ thuế là 01 và không có kỳ thuế.",
    "- Báo cáo quyết toán năm 2017, cột số liệu điều chỉnh tổng hợp các chứng từ của năm 2017.",
    "II. Rà soát số liệu quyết toán",
    "Qua kiểm tra, Tổng cục Thuế phát hiện một số cơ quan thuế có chênh lệch số liệu với kho"
    " bạc và đề nghị các cơ quan thuế này điều chỉnh lại.",
    "Hiện nay, ứng dụng đã cho phép điều chỉnh số liệu của các năm trước. Do vậy, để số liệu"
    " khớp đúng, đề nghị cơ quan thuế rà soát và nhập đầy đủ các giao dịch điều chỉnh.",
    "Để tránh chênh lệch số liệu với kho bạc, nếu kho bạc gửi chứng từ điều chỉnh về cơ quan"
    " thuế, đề nghị cơ quan thuế nhập đầy đủ các chứng từ này vào ứng dụng.",
    "Ngoài ra, đề nghị Cục Thuế rà soát và nhập đầy đủ các chứng từ điều chỉnh vào ứng dụng.",
    "III. Các bước điều chỉnh chứng từ",
    "Bước 1: Cán bộ thuế nhập và hạch toán chứng từ tại chức năng nhập chứng từ của ứng dụng.",
    "Khi nhập giao dịch, hệ thống yêu cầu bắt buộc nhập kỳ thuế, cán bộ thuế chọn kỳ tương ứng.",
    "Bước 2: Cán bộ thuế lưu và đóng lô chứng từ đã nhập trên ứng dụng quản lý thuế.",
    "2. Điều chỉnh chứng từ của năm trước bị sai lệch",
    "2.1. Nếu chứng từ gốc chưa được bù trừ thì ứng dụng cho phép hủy, cán bộ thuế thực hiện các"
    " bước như sau:",
    "Bước 1:",
    "Hủy chứng từ gốc bị sai tại chức năng hủy chứng từ của ứng dụng.",
    "Bước 2:",
    "Nhập và hạch toán lại chứng từ đúng vào ứng dụng quản lý thuế.",
    "Trên đây là các nội dung hướng dẫn điều chỉnh chứng từ nộp thuế trên ứng dụng.",
    "Trong quá trình thực hiện nếu có vướng mắc, Cục Thuế báo cáo kịp thời về Tổng cục Thuế"
    " để được hướng dẫn./.",
]

_TAIL = """Nơi nhận:
- Như trên;
- Lưu: VT, KK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Nguyễn Văn An
"""


def _page() -> str:
    lines: list[str] = []
    for paragraph in _PARAGRAPHS:
        words, run = paragraph.split(), ""
        for word in words:
            if run and len(run) > 20 and word[0].islower():
                lines.append(run)
                run = word
            else:
                run = f"{run} {word}".strip()
        lines.append(run)
    return _FRONT + _HEAD + "\n".join(lines) + "\n" + _TAIL


def test_only_the_requests_of_a_letters_own_guidance_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_page(), org, calendar)
    texts = [a.text for a in record.actions]
    assert texts == [
        "Do vậy, để số liệu khớp đúng, đề nghị cơ quan thuế rà soát và nhập đầy đủ các giao dịch"
        " điều chỉnh",
        "Để tránh chênh lệch số liệu với kho bạc, nếu kho bạc gửi chứng từ điều chỉnh về cơ quan"
        " thuế, đề nghị cơ quan thuế nhập đầy đủ các chứng từ này vào ứng dụng",
        "Ngoài ra, đề nghị Cục Thuế rà soát và nhập đầy đủ các chứng từ điều chỉnh vào ứng dụng",
    ]
    assert [a.lead_unit for a in record.actions] == ["cơ quan thuế", "cơ quan thuế", "Cục Thuế"]


def test_a_headings_small_words_may_open_with_an_accented_letter() -> None:
    """ "III. Các bước điều chỉnh chứng từ" is a heading over its sentence whatever letter its
    small words open with; a run that ends on a comma ("2.2. Căn cứ chỉ đạo của UBND tỉnh,")
    goes on."""
    page = _page().replace(
        "Kính gửi: Cục Thuế các tỉnh,\n",
        "Kính gửi: Cục Thuế các tỉnh,\n2.2. Căn cứ chỉ đạo của UBND tỉnh,\nUBND quận Hải An\n",
    )
    lines = reflowed(page).split("\n")
    assert "III. Các bước điều chỉnh chứng từ" in lines
    assert not any(line.endswith("của UBND tỉnh,") for line in lines)
