"""Every lifecycle template renders formal Vietnamese that fits a Zalo message."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

import pytest

from directives.notify.messages import render
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
CASES: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {
    "evidence_submitted": (
        {"submitter": OTHER, "evidence_count": 3},
        ("đã nộp tài liệu kiểm chứng", "số tài liệu: 3", "Lê Văn Đức"),
    ),
    "review_approved": ({"reviewer": OTHER, "comment": None}, ("chấp thuận",)),
    "review_rejected": (
        {"reviewer": OTHER, "comment": "Thiếu quyết định ban hành quy chế."},
        ("chưa chấp thuận", "Thiếu quyết định ban hành quy chế."),
    ),
    "reopened": (
        {"reviewer": OTHER, "reason": "Quy chế chưa được công khai trên cổng thông tin."},
        ("được mở lại", "Quy chế chưa được công khai"),
    ),
    "extension_requested": (
        {"requester": OTHER, "until": date(2017, 9, 30), "reason": "Chờ ý kiến của Sở Nội vụ."},
        ("đề nghị gia hạn", "30/09/2017", "Chờ ý kiến của Sở Nội vụ."),
    ),
    "extension_decided": (
        {"decider": OTHER, "approved": True, "until": date(2017, 9, 30), "comment": None},
        ("Đồng ý gia hạn", "đồng ý gia hạn đến ngày 30/09/2017"),
    ),
    "signoff_requested": (
        {"action": None, "unit": None, "action_count": 5},
        ("ký xác nhận hoàn thành công văn số 115/UBND-NCPC", "Toàn bộ 5 nhiệm vụ"),
    ),
    "signoff_refused": (
        {"action": None, "unit": None, "refuser": OTHER, "comment": "Nhiệm vụ NV-03 chưa đạt."},
        ("chưa ký xác nhận", "Nhiệm vụ NV-03 chưa đạt."),
    ),
    "login_link": (
        {"directive": None, "link": "http://127.0.0.1:8765/dang-nhap/abc", "minutes": 30},
        ("http://127.0.0.1:8765/dang-nhap/abc", "30 phút"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_template_renders_formal_vietnamese(name: str) -> None:
    extra, expected = CASES[name]
    message = render(TEMPLATES, name, **{**BASE, **extra})

    text = f"{message.subject}\n\n{message.body}"
    assert message.subject and "\n" not in message.subject
    assert message.body.startswith("Kính gửi Trưởng phòng Trần Thị Bích Ngọc,")
    assert message.body.rstrip().endswith("Trân trọng.")
    for phrase in expected:
        assert phrase in text
    assert "None" not in text and "{{" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert len(text) <= 2000  # fits one Zalo OA message without shortening


def test_extension_refused_keeps_the_deadline() -> None:
    extra = {
        "decider": OTHER,
        "approved": False,
        "until": date(2017, 9, 30),
        "comment": "Không có căn cứ.",
    }
    message = render(TEMPLATES, "extension_decided", **{**BASE, **extra})
    assert message.subject.startswith("[115/UBND-NCPC] Không đồng ý gia hạn")
    assert "thời hạn hoàn thành vẫn là ngày 30/06/2017" in message.body
    assert "Ý kiến: Không có căn cứ." in message.body
