"""A progress table's "results" cell opens with the body that issued the letter it cites ("|
Bộ Y tế đã có Công văn số N ..."): the cell's bar opens that clause as a full stop would; the
body that reports, submits or sends something "tại Công văn số N" did so by its own letter;
and "Ngày D, X có VB số N" dates and names the letter it abbreviates."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _refs(text: str) -> dict[str, tuple[str | None, str | None]]:
    found = find_references(text, fold_keep(text), None, 2025)
    return {r.number: (r.issuer, r.issued_on.isoformat() if r.issued_on else None) for r in found}


def test_a_cell_that_opens_with_the_issuing_body() -> None:
    text = (
        "| 7 | Hướng dẫn các địa phương số hoá hồ sơ | Bộ Y tế | 30/10/2025 | Bộ Y tế đã "
        "ban hành Công văn số 4120/BYT-KHTC ngày 12/9/2025 hướng dẫn các địa phương. | Đã "
        "hoàn thành |\n"
        "| 8 | Rà soát danh mục | Bộ Tài chính | 31/10/2025 | Cục Quản lý giá có Công văn số "
        "812/QLG-TH ngày 02/10/2025 đôn đốc các đơn vị. | Đang thực hiện |\n"
    )
    refs = _refs(text)
    assert refs["4120/BYT-KHTC"] == ("Bộ Y tế", "2025-09-12")
    assert refs["812/QLG-TH"] == ("Cục Quản lý giá", "2025-10-02")


def test_a_dated_cell_with_an_abbreviated_letter() -> None:
    text = (
        "| 12 | Hoàn thiện hồ sơ | Bộ Công Thương | 31/10/2025 | - Ngày 03/11/2025, VPCP có VB "
        "số 10422/VPCP-KTTH gửi Bộ Công Thương về việc hoàn thiện hồ sơ. | Đang thực hiện |\n"
    )
    assert _refs(text)["10422/VPCP-KTTH"] == ("VPCP", "2025-11-03")


def test_a_body_reports_or_submits_by_its_own_letter() -> None:
    text = (
        "| 3 | Xây dựng phương án | Bộ Nội vụ | 31/10/2025 | Bộ Nội vụ đã báo cáo Thủ tướng "
        "Chính phủ về phương án sắp xếp tại Công văn số 5120/BNV-TCBC ngày 20/10/2025. | Đã "
        "hoàn thành |\n"
        "| 4 | Hoàn thiện dự thảo Luật | Bộ Tư pháp | 31/12/2025 | Chính phủ đã trình Quốc hội "
        "dự án Luật tại Tờ trình số 845/TTr-CP ngày 03/11/2025 | Đã hoàn thành |\n"
    )
    refs = _refs(text)
    assert refs["5120/BNV-TCBC"] == ("Bộ Nội vụ", "2025-10-20")
    assert refs["845/TTr-CP"] == ("Chính phủ", "2025-11-03")


def test_a_body_that_carries_out_a_decision_is_not_its_issuer() -> None:
    text = (
        "Sở Xây dựng đã triển khai các nhiệm vụ được giao tại Quyết định số 1520/QĐ-UBND ngày "
        "05/8/2025. Sở Tài chính đã báo cáo kết quả thực hiện nhiệm vụ tại Kế hoạch số "
        "88/KH-UBND ngày 10/3/2025. Sở Nội vụ đã báo cáo kết quả thực hiện nhiệm vụ được giao "
        "tại Công văn số 412/UBND-TH ngày 02/4/2025.\n"
    )
    refs = _refs(text)
    assert refs["1520/QĐ-UBND"][0] is None
    assert refs["88/KH-UBND"][0] is None
    assert refs["412/UBND-TH"][0] is None


def test_the_agent_of_a_passive_acts_by_its_own_decision() -> None:
    text = (
        "Bộ Tài chính đã trình và được Thủ tướng Chính phủ bổ sung dự toán năm 2025 (tại Quyết "
        "định số 214/QĐ-TTg ngày 12/9/2025) cho Bộ Y tế 120 tỷ đồng.\n"
    )
    assert _refs(text)["214/QĐ-TTg"] == ("Thủ tướng Chính phủ", "2025-09-12")


def test_a_letter_in_brackets_after_a_bodys_act_is_its_own() -> None:
    text = (
        "| - Bộ đã giao: Cục Quản lý giá hướng dẫn thực hiện kê khai giá (văn bản số "
        "2001/QLG-TH ngày 28/8/2025); Cục Kinh tế số hướng dẫn giải pháp kỹ thuật (văn bản số "
        "1149/KTS-TH ngày 05/9/2025). |\n"
    )
    refs = _refs(text)
    assert refs["2001/QLG-TH"] == ("Cục Quản lý giá", "2025-08-28")
    assert refs["1149/KTS-TH"] == ("Cục Kinh tế số", "2025-09-05")


def test_a_closing_issuer_after_a_semicolon_stays_in_its_own_run() -> None:
    text = (
        "Hoàn thành các nhiệm vụ tại Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban "
        "Chấp hành Trung ương, Nghị quyết số 52/NQ-CP ngày 12 tháng 4 năm 2025; Kế hoạch số "
        "05-KH/BCĐ ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương.\n"
    )
    refs = _refs(text)
    assert refs["18-NQ/TW"][0] == "Ban Chấp hành Trung ương"
    assert refs["52/NQ-CP"][0] is None
    assert refs["05-KH/BCĐ"][0] == "Ban Chỉ đạo Trung ương"


def test_a_city_named_da_and_work_done_under_anothers_letter() -> None:
    text = (
        "Đến nay, UBND thành phố Đà Nẵng chưa thực hiện việc rà soát, báo cáo trên Hệ thống theo "
        "hướng dẫn tại văn bản số 16021/BXD-QLN ngày 22/10/2025. Sở Y tế đã báo cáo kết quả "
        "theo hướng dẫn tại văn bản số 812/BYT-KH ngày 02/10/2025. Cập nhật 59 thủ tục đã được "
        "Chính phủ giao tại Nghị quyết số 66/NQ-CP ngày 15/11/2025.\n"
    )
    refs = _refs(text)
    assert refs["16021/BXD-QLN"][0] is None
    assert refs["812/BYT-KH"][0] is None
    assert refs["66/NQ-CP"][0] is None
