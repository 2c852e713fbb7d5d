"""Round 34: short letters of the Government Office (batches 66, 67).

- A page that glued the signer's capacity onto the last "Nơi nhận" line, right after the
  copies count ("- Lưu: VT, TH (3). 20KT. BỘ TRƯỞNG, CHỦ NHIỆM"): the "Lưu" entry ends before
  the capacity, and the signer signs in it ("KT.").
- A deputy's title a narrow cell broke after "PHÓ" ("PHÓ" / "CHỦ NHIỆM") is the whole title.
- "Phó Thủ tướng X yêu cầu Bộ Y ..." opening a paragraph: the official speaks, the body asked
  leads (the parser gave the task to the official).
- An association named with its trade in lower case and its country ("Hiệp hội mắc ca Việt
  Nam") is named whole after "phối hợp với" (the parser cut it to "Hiệp hội").
- A foreign project's code with slashes ("GSC/RAS/ 286/ROK") is no document the letter cites.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter


def _office(
    body: str,
    recipient: str = "Bộ Y tế.",
    distribution: str = "- Như trên;\n- Lưu: VT.",
    signer: str = "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn B",
) -> str:
    """The Government Office's letter to ``recipient``."""
    return letter(
        body,
        issuer="VĂN PHÒNG CHÍNH PHỦ",
        number="412/VPCP-NN",
        recipient=recipient,
        distribution=distribution,
        signer=signer,
    )


_TASK = "Phó Thủ tướng Lê Văn A giao Bộ Y tế chủ trì kiểm tra, báo cáo Thủ tướng Chính phủ."


# (a long list, spaced by blank lines, and a web page's lines under the name: the list's last
# entry far from both "Nơi nhận" and the page's end)
_CHROME = "tải về 9.16 Kb.\n\nChia sẻ với bạn bè của bạn:\n\nĐăng nhập\n\nTrang chủ\n"
_LONG = "".join(f"- Bộ {name};\n\n" for name in ("Y tế", "Công an", "Xây dựng", "Tư pháp"))


@pytest.mark.parametrize("glue", ["20KT.", "20 KT.", "(SH) 20KT."])
@pytest.mark.parametrize("entries", ["", _LONG], ids=["short", "far"])
def test_capacity_glued_to_the_kept_entry(
    glue: str, entries: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _office(
        _TASK,
        distribution=f"- Như trên;\n{entries}- Lưu: VT, TH (3). {glue} BỘ TRƯỞNG, CHỦ NHIỆM",
        signer=f"PHÓ CHỦ NHIỆM\n(Đã ký)\n\nTrần Văn B\n{_CHROME if entries else ''}",
    )
    record = parse_text(text, org, calendar)
    kept = f"Lưu: VT, TH (3). {glue.removesuffix('KT.').strip()}"
    listed = [line.strip("- ;") for line in entries.splitlines() if line]
    assert record.distribution == ["Như trên", *listed, kept]
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title) == ("KT.", "PHÓ CHỦ NHIỆM")
    assert record.signer.name == "Trần Văn B"


def test_deputy_title_broken_after_pho(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = _office(_TASK, signer="KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ\nCHỦ NHIỆM\nTrần Văn B")
    signer = parse_text(text, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ CHỦ NHIỆM", "Trần Văn B")


@pytest.mark.parametrize("verb", ["yêu cầu", "giao"])
def test_official_who_asks_leads_nothing(
    verb: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Báo Tuổi trẻ ngày 05 tháng 3 năm 2026 có bài phản ánh về việc phá rừng.\n\n"
        f"Phó Thủ tướng Hoàng Văn C {verb} Bộ Công an điều tra, làm rõ những vấn đề báo nêu.\n\n"
        "Văn phòng Chính phủ xin thông báo để Bộ Công an biết, thực hiện./."
    )
    text = _office(body, "Bộ Công an.")
    actions = parse_text(text, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Công an"]


def test_official_named_in_a_task_still_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = "Giao Phó Thủ tướng Hoàng Văn C chỉ đạo các bộ, ngành liên quan xử lý dứt điểm."
    actions = parse_text(_office(body), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Phó Thủ tướng Hoàng Văn C"]


def test_association_named_with_its_trade(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = (
        "Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Hiệp hội mắc ca Việt Nam và "
        "các cơ quan liên quan xây dựng Đề án phát triển cây mắc ca, trình trong Quý III năm 2026."
    )
    actions = parse_text(_office(body), org, calendar).actions
    assert [a.coordinating_units for a in actions] == [["Hiệp hội mắc ca Việt Nam"]]


def test_foreign_project_code_is_no_reference(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = (
        "Xét đề nghị của Bộ Tài chính tại văn bản số 8908/BTC-HTQT ngày 05 tháng 3 năm 2026, "
        'Thủ tướng Chính phủ đồng ý Việt Nam tham gia dự án "GSC/RAS/ 286/ROK - Hỗ trợ tăng '
        'cường năng lực giám sát dịch hại" do Chính phủ Hàn Quốc tài trợ.\n\n'
        "Bộ Y tế hoàn thiện đề cương dự án theo quy định."
    )
    references = parse_text(_office(body), org, calendar).references
    assert [r.number for r in references] == ["8908/BTC-HTQT"]
