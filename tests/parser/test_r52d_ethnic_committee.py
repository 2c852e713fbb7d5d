"""Round 52d (batch 204): central bodies a telegram names. "Ủy ban Dân tộc", the ministry-level
committee older letters name, is a known central body, taken whole before "và các địa phương"
("tộc" no verb ending it); "Các thành viên Chính phủ", the members of a named body, lead as
written (not "Các thành", "viên" no word of a name)."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_the_ethnic_committee_named_before_a_plural() -> None:
    sentence = "Ủy ban Dân tộc và các địa phương khẩn trương có phương án giải quyết khó khăn."
    assert subject_bodies(sentence)[:1] == ["Ủy ban Dân tộc"]


def test_the_governments_members_lead_as_written() -> None:
    sentence = "Các thành viên Chính phủ thường xuyên kiểm tra, đôn đốc việc xóa nhà tạm."
    assert subject_bodies(sentence) == ["Các thành viên Chính phủ"]
