"""The scorer behind the parser's accuracy figures: by position and aligned."""

from __future__ import annotations

from typing import Any

from tests.parser.scoring import align, same_action, score


def action(text: str, lead: str | None = None) -> dict[str, Any]:
    return {
        "seq": 1,
        "text": text,
        "lead_unit": lead,
        "coordinating_units": [],
        "deadline": None,
        "deadline_kind": "none",
        "deadline_text": None,
    }


ONE = action("Giao Sở Tài chính rà soát kinh phí thực hiện chương trình", "Sở Tài chính")
TWO = action("Giao Sở Y tế kiểm tra các cơ sở khám chữa bệnh trên địa bàn", "Sở Y tế")
NOISE = action("Thống nhất với đề xuất của Ủy ban nhân dân tỉnh")


def test_a_missing_action_counts_all_its_fields_wrong_both_ways() -> None:
    for aligned in (False, True):
        full = score({"actions": [ONE]}, {"actions": [ONE]}, aligned=aligned)
        missing = score({"actions": [ONE]}, {"actions": []}, aligned=aligned)
        assert full.ratio == 1.0
        assert missing.total == full.total and missing.correct == full.correct - 6


def test_a_spurious_first_action_shifts_every_later_one_by_position_but_not_aligned() -> None:
    expected, got = {"actions": [ONE, TWO]}, {"actions": [NOISE, ONE, TWO]}
    strict = score(expected, got)
    aligned = score(expected, got, aligned=True)
    assert strict.total == aligned.total  # the spurious action's six fields count both ways
    assert "actions[0].text" in (strict.misses or [])
    assert aligned.misses == [f"actions[+0].{f}" for f in ONE if f != "seq"]
    assert aligned.correct == strict.correct + 4  # both texts and leads right once paired


def test_unrelated_actions_are_not_paired_so_their_chance_agreements_earn_nothing() -> None:
    expected, got = {"actions": [ONE]}, {"actions": [NOISE]}
    strict = score(expected, got)
    aligned = score(expected, got, aligned=True)
    # by position the empty partners and "none" deadlines agree by chance; aligned they do not
    assert strict.correct - aligned.correct == 4
    assert aligned.total == strict.total + 6


def test_alignment_keeps_order_and_pairs_the_most_similar() -> None:
    reworded = action("Giao Sở Y tế kiểm tra các cơ sở khám bệnh, chữa bệnh", "Sở Y tế")
    assert same_action(TWO, reworded) > 0
    assert same_action(ONE, NOISE) == 0
    pairs = align([ONE, TWO], [reworded, ONE], same_action)
    # an order-keeping alignment can pair only one of them: the better pair wins
    assert (0, 1) in pairs and (1, None) in pairs and (None, 0) in pairs


def test_references_pair_on_their_number() -> None:
    ref = {
        "number": "12/CT-TTg",
        "type": "chỉ thị",
        "issuer": "Thủ tướng Chính phủ",
        "issued_on": "2025-05-01",
    }
    other = {**ref, "number": "99/KH-UBND"}
    got = {"references": [other, {**ref, "issuer": None}]}
    aligned = score({"references": [ref]}, got, aligned=True)
    assert aligned.misses is not None
    assert "references[0].issuer" in aligned.misses
    assert "references[+0].number" in aligned.misses
    assert "references[0].number" not in aligned.misses
