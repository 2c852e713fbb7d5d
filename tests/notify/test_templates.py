"""Each message template renders formal Vietnamese: text and HTML e-mail, a short Zalo text."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

import pytest

from directives.notify.messages import ZALO_TEXT_MAX, render
from directives.notify.outbox import LINK_MARKER
from directives.org import Person
from directives.settings import DEFAULT_CONFIG_DIR

TEMPLATES = DEFAULT_CONFIG_DIR / "templates"
RECIPIENT = Person(id="p1", name="Trần Thị Bích Ngọc", title="Trưởng phòng", unit="htqt")
OTHER = Person(id="p2", name="Lê Văn Đức", title="Thanh tra viên", unit="ttra")
DIRECTIVE = {
    "number": "115/UBND-NCPC",
    "code": "D0001",
    "document_label": "Công văn",
    "issued_on": date(2017, 1, 25),
    "issuer": "Ủy ban nhân dân tỉnh Kiên Giang",
    "subject": "chấn chỉnh công tác cải cách hành chính",
}
ACTION = {
    "code": "NV-02",
    "seq": 2,
    "text": "Rà soát, cập nhật quy chế làm việc của Sở theo quy định hiện hành. " * 3,
    "short_text": "Rà soát, cập nhật quy chế làm việc của Sở…",
    "deadline": date(2017, 6, 30),
    "deadline_text": "trước ngày 30/6/2017",
}
UNIT = {"id": "htqt", "name": "Phòng Hợp tác quốc tế"}
BASE: dict[str, Any] = {
    "directive": DIRECTIVE,
    "action": ACTION,
    "unit": UNIT,
    "recipient": RECIPIENT,
    "portal_url": "http://127.0.0.1:8765",
}
CASES: dict[str, tuple[dict[str, Any], tuple[str, ...], str]] = {
    "evidence_submitted": (
        {"submitter": OTHER, "evidence_count": 3},
        ("đã nộp tài liệu kiểm chứng", "số tài liệu: 3", "Lê Văn Đức"),
        "/nhiem-vu/NV-02",
    ),
    "review_approved": ({"reviewer": OTHER, "comment": None}, ("chấp thuận",), "/nhiem-vu/NV-02"),
    "review_rejected": (
        {"reviewer": OTHER, "comment": "Thiếu quyết định ban hành quy chế."},
        ("chưa chấp thuận", "> Thiếu quyết định ban hành quy chế."),
        "/nhiem-vu/NV-02",
    ),
    "reopened": (
        {"reviewer": OTHER, "reason": "Quy chế chưa được công khai trên cổng thông tin."},
        ("được mở lại", "> Quy chế chưa được công khai"),
        "/nhiem-vu/NV-02",
    ),
    "officer_assigned": (
        {"assigner": OTHER, "role": "lead"},
        ("phân công đồng chí xử lý chính nhiệm vụ NV-02", "30/06/2017", "tổ chức thực hiện"),
        "/nhiem-vu/NV-02",
    ),
    "extension_requested": (
        {"requester": OTHER, "until": date(2017, 9, 30), "reason": "Chờ ý kiến của Sở Nội vụ."},
        ("đề nghị gia hạn", "30/09/2017", "Chờ ý kiến của Sở Nội vụ."),
        "/nhiem-vu/NV-02",
    ),
    "extension_decided": (
        {"decider": OTHER, "approved": True, "until": date(2017, 9, 30), "comment": None},
        ("Đồng ý gia hạn", "Thời hạn cũ: 30/06/2017.", "Thời hạn mới: 30/09/2017."),
        "/nhiem-vu/NV-02",
    ),
    "signoff_requested": (
        {"action": None, "unit": None, "action_count": 5},
        ("ký xác nhận hoàn thành công văn số 115/UBND-NCPC", "Toàn bộ 5 nhiệm vụ"),
        "/van-ban/D0001",
    ),
    "signoff_refused": (
        {"action": None, "unit": None, "refuser": OTHER, "comment": "Nhiệm vụ NV-03 chưa đạt."},
        ("chưa ký xác nhận", "> Nhiệm vụ NV-03 chưa đạt."),
        "/van-ban/D0001",
    ),
    "closed": (
        {"action": None, "unit": None, "summary": "5/5 nhiệm vụ hoàn thành"},
        ("ký xác nhận hoàn thành", "5/5 nhiệm vụ hoàn thành"),
        "/van-ban/D0001",
    ),
    "login_link": (
        {"directive": None, "action": None, "unit": None, "minutes": 30},
        ("30 phút",),
        "/",
    ),
    "review_digest": (
        {
            "directive": None,
            "action": None,
            "unit": None,
            "items": [
                {
                    "code": "NV-01",
                    "directive_number": "115/UBND-NCPC",
                    "unit_name": "Văn phòng Sở",
                    "round": 1,
                    "added_files": ["bao-cao.pdf"],
                    "new": False,
                },
                {
                    "code": "NV-02",
                    "directive_number": "115/UBND-NCPC",
                    "unit_name": "Phòng HTQT",
                    "round": 2,
                    "added_files": ["quy-che.pdf", "quyet-dinh.pdf"],
                    "new": True,
                },
            ],
        },
        (
            "Mới nộp: NV-02 (lần 2); tổng 2",
            "NV-01",
            "[Mới] Nhiệm vụ NV-02",
            "quy-che.pdf, quyet-dinh.pdf",
        ),
        "/",
    ),
}


def rendered(name: str, **extra: Any) -> Any:
    return render(TEMPLATES, name, **{**BASE, **CASES[name][0], **extra})


@pytest.mark.parametrize("name", sorted(CASES))
def test_template_renders_text_html_and_zalo(name: str) -> None:
    _, expected, path = CASES[name]
    message = rendered(name)

    text = f"{message.subject}\n\n{message.body}"
    assert message.subject and "\n" not in message.subject
    assert message.body.startswith("Kính gửi Trưởng phòng Trần Thị Bích Ngọc,")
    assert "Trân trọng." in message.body
    for phrase in expected:
        assert phrase in text
    assert "None" not in text and "{{" not in text and "{%" not in text
    assert unicodedata.is_normalized("NFC", text + (message.html or "") + (message.short or ""))
    # The link is never rendered: every output holds the marker, the path is kept apart.
    assert message.link_path == path
    assert LINK_MARKER in message.body and LINK_MARKER in (message.short or "")
    html = message.html or ""
    assert f'href="{LINK_MARKER}"' in html
    # HTML for mail clients: table layout, inline styles only, the subject as its heading.
    assert "<table" in html and "<style" not in html and "class=" not in html
    assert re.search(r"<h1[^>]*>\[?[^<]*</h1>", html)
    # Zalo: one or two lines and the link, not the e-mail.
    short = (message.short or "").replace(LINK_MARKER, "")
    assert len(short) <= ZALO_TEXT_MAX and short.count("\n") <= 2
    assert message.zns and message.zns["link"] == LINK_MARKER


def test_html_escapes_what_people_typed() -> None:
    message = rendered("review_rejected", comment="Thiếu <b>quyết định</b> & tờ trình")
    assert "Thiếu &lt;b&gt;quyết định&lt;/b&gt; &amp; tờ trình" in (message.html or "")
    assert "<b>quyết định</b>" not in (message.html or "")
    # The comment is quoted: a bordered block in HTML, "> " in text.
    assert "border-left:4px solid" in (message.html or "")
    assert "> Thiếu <b>quyết định</b> & tờ trình" in message.body


def test_resubmission_says_round_two_and_which_files_were_added() -> None:
    first = rendered("evidence_submitted", added_files=["bao-cao.pdf"])
    second = rendered("evidence_submitted", round=2, added_files=["quyet-dinh-bo-sung.pdf"])
    assert second.subject != first.subject
    assert "nộp lại (lần 2)" in second.subject
    assert "lần 2" in (second.short or "")
    assert "- quyet-dinh-bo-sung.pdf" in second.body and "bao-cao.pdf" not in second.body
    assert "Tài liệu bổ sung lần này" in second.body


def test_extension_refused_keeps_the_old_deadline() -> None:
    extra = {"approved": False, "comment": "Không có căn cứ."}
    message = rendered("extension_decided", **extra)
    assert message.subject == (
        "[115/UBND-NCPC] Không đồng ý gia hạn nhiệm vụ NV-02: thời hạn vẫn là 30/06/2017"
    )
    assert "Thời hạn hoàn thành vẫn là ngày 30/06/2017" in message.body
    assert "> Không có căn cứ." in message.body


def test_extension_granted_states_old_and_new_deadline() -> None:
    message = rendered("extension_decided", old_deadline=date(2017, 6, 30), until=date(2017, 8, 31))
    assert message.subject.endswith("thời hạn mới 31/08/2017")
    assert "thời hạn cũ 30/06/2017, thời hạn mới 31/08/2017" in (message.short or "")


def test_escalation_digest_names_the_overdue_actions_and_days() -> None:
    items = [
        {
            "kind": "escalate_director",
            "escalation": True,
            "working_days": 7,
            "action_code": "NV-01",
            "action_text": "Rà soát quy chế",
            "deadline": date(2017, 6, 30),
            "unit_name": "Văn phòng Sở",
            "directive_number": "115/UBND-NCPC",
        },
        {
            "kind": "escalate_director",
            "escalation": True,
            "working_days": 3,
            "action_code": "NV-04",
            "action_text": "Công khai thủ tục",
            "deadline": date(2017, 7, 5),
            "unit_name": "Phòng HTQT",
            "directive_number": "115/UBND-NCPC",
        },
    ]
    message = render(
        TEMPLATES, "reminder_digest", recipient=RECIPIENT, day=date(2017, 7, 11), items=items
    )
    assert message.subject == (
        "[Quá hạn] Ngày 11/07/2017: 2 nhiệm vụ, trong đó 2 nhiệm vụ quá hạn cần chỉ đạo"
    )
    assert "Nhiệm vụ NV-01" in message.body and "Đã quá hạn 7 ngày làm việc" in message.body
    assert "Nhiệm vụ NV-04" in message.body and "Đã quá hạn 3 ngày làm việc" in message.body
    assert message.link_path == "/"
    single = render(
        TEMPLATES, "reminder_digest", recipient=RECIPIENT, day=date(2017, 7, 11), items=items[:1]
    )
    assert single.link_path == "/nhiem-vu/NV-01"
    assert single.subject == (
        "[Quá hạn] Ngày 11/07/2017: nhiệm vụ NV-01 quá hạn 7 ngày làm việc, cần chỉ đạo"
    )


def test_weekly_summary_has_the_four_buckets_per_unit() -> None:
    message = render(
        TEMPLATES,
        "weekly_summary",
        recipient=RECIPIENT,
        week_start=date(2017, 7, 3),
        week_end=date(2017, 7, 9),
        units=[
            {
                "name": "Văn phòng Sở",
                "done_on_time": 2,
                "done_late": 1,
                "open_on_time": 3,
                "open_overdue": 1,
                "ongoing": 0,
            }
        ],
        newly_overdue=[
            {
                "code": "NV-04",
                "unit_name": "Văn phòng Sở",
                "directive_number": "115/UBND-NCPC",
                "deadline": date(2017, 7, 5),
                "days_overdue": 3,
            }
        ],
        awaiting_review=[],
    )
    assert "tuần 03/07/2017 - 09/07/2017" in message.subject
    assert "- Văn phòng Sở: 2 / 1 / 3 / 1." in message.body
    assert (
        "NV-04 (Văn phòng Sở, văn bản số 115/UBND-NCPC): hạn 05/07/2017, quá hạn 3 ngày"
        in message.body
    )
