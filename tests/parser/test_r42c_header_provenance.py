"""Round 42c: each header field's provenance covers the lines its value was read from. On a page
that puts each run of the letter on a line of its own ("Hà Nội," / "ngày 20 tháng 9 năm 2021")
the issue date stands on the line after the place's, and the draft page's "Xem dòng N" for the
date points at that line, not at the place's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

# (an ebook's export: its front matter and file-name heading, then one line per text run, a
# run the export wrapped going on after a CR LF and an indent)
_RUNS = "\n".join(
    [
        "---",
        'so_hieu: "CV 4127.2022 RA SOAT BIEN BAO"',
        'source: "EBOOK"',
        "---",
        "",
        "# CV 4127.2022 RA SOAT BIEN BAO",
        "",
        "BỘ GIAO\r\n  THÔNG VẬN TẢI",
        "-------",
        "CỘNG HÒA\r\n  XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
        "Số:\r\n  4127/BGTVT-KCHT",
        "Đà Nẵng,\r\n  ngày 14 tháng 7\r\n  năm 2022",
        "V/v rà soát biển báo\r\n  trên các tuyến quốc lộ",
        "Kính gửi:",
        "Sở Giao thông vận tải",
        "các tỉnh, thành phố.",
        "Thời gian qua,",
        "một số biển báo",
        "trên các tuyến",
        "quốc lộ đã hư hỏng,",
        "mờ hoặc bị che khuất",
        "làm giảm an toàn giao thông.",
        "Để bảo đảm",
        "an toàn giao thông",
        "trên các tuyến quốc lộ,",
        "Bộ Giao thông vận tải",
        "đề nghị:",
        "1. Sở Giao thông vận tải",
        "các tỉnh, thành phố",
        "rà soát biển báo",
        "trên các tuyến quốc lộ",
        "được giao quản lý,",
        "báo cáo kết quả",
        "trước ngày 30/8/2022.",
        "2. Cục Đường bộ",
        "Việt Nam chủ trì,",
        "tổng hợp kết quả",
        "rà soát của các địa phương,",
        "đề xuất phương án",
        "thay thế biển báo",
        "trước ngày 30/9/2022.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Lê Văn Hòa",
    ]
)


def _lines_of(text: str, span: tuple[int, int] | None) -> list[str]:
    assert span is not None
    return [line.strip() for line in text.splitlines()[span[0] - 1 : span[1]]]


def test_the_issue_date_points_at_its_own_lines_not_the_place(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_bytes(_RUNS.encode("utf-8"), "cv-4127.md", org, calendar)
    assert record.place == "Đà Nẵng"
    assert str(record.issued_on) == "2022-07-14"
    where = record.provenance
    assert _lines_of(_RUNS, where["place"].lines) == ["Đà Nẵng,"]
    assert _lines_of(_RUNS, where["issued_on"].lines) == ["ngày 14 tháng 7", "năm 2022"]
    assert _lines_of(_RUNS, where["number"].lines) == ["4127/BGTVT-KCHT"]
    assert _lines_of(_RUNS, where["issuer"].lines) == ["BỘ GIAO", "THÔNG VẬN TẢI"]
    assert _lines_of(_RUNS, where["subject"].lines) == [
        "V/v rà soát biển báo",
        "trên các tuyến quốc lộ",
    ]


def test_a_date_on_the_place_line_keeps_that_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _RUNS.replace("Đà Nẵng,\r\n  ngày 14 tháng 7\r\n  năm 2022", "Đà Nẵng, ngày 14/7/2022")
    record = parse_bytes(text.encode("utf-8"), "cv-4127.md", org, calendar)
    assert str(record.issued_on) == "2022-07-14"
    where = record.provenance
    assert where["issued_on"].lines == where["place"].lines
    assert _lines_of(text, where["issued_on"].lines) == ["Đà Nẵng, ngày 14/7/2022"]
