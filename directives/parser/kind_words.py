"""The lower-case words a kind of body's name goes on with, which a name's words one by one
cannot hold ("lập" of "đơn vị sự nghiệp công lập" is a verb elsewhere)."""

from __future__ import annotations

# A field's name whose first syllable opens in capitals and whose second, in small letters,
# reads as a verb or a noun of its own elsewhere ("Công đoàn Giáo dục các cấp", "Trung tâm
# Y tế các huyện", "Ban Chấp hành Công đoàn"): the first syllable, the second
_FIELD_HALVES = {"giáo": "dục", "đào": "tạo", "y": "tế", "chấp": "hành", "thường": "vụ"}


def kind_words(named: list[str], rest: list[str]) -> list[str]:
    """After "đơn vị", the words of "sự nghiệp (công lập)" (public service units), which
    ``NAME_WORDS`` cannot hold one by one ("lập" is a verb elsewhere); after "cơ quan", those of
    "hành chính (nhà nước)"; after a kind of body or level, "tương đương" (of that rank: "các cơ
    quan, đơn vị tương đương thuộc Tổng cục Thuế"); after "đơn vị", "chủ quản" (the owning unit)."""
    low = [w.strip(",;:").lower() for w in rest[:4]]
    last = [w.lower() for w in named[-2:]]
    if named and named[-1][:1].isupper() and _FIELD_HALVES.get(last[-1]) == low[0]:
        return rest[:1]  # "Công đoàn Giáo dục các cấp": the field's second syllable, not a verb
    if named and named[-1].endswith(",") and low[:3] == ["công", "đoàn", "cơ"]:
        return rest[:2]  # "..., công đoàn cơ sở trực thuộc": the grassroots unions listed
    if last[-1:] in (["cấp"], ["vị"], ["quan"]) and low[:2] == ["trong", "ngành"]:
        return rest[:2]  # "Công đoàn Giáo dục các cấp trong ngành": which bodies of the sector
    if last == ["kho", "bạc"]:
        # "Kho bạc nhà nước thành phố": the state's treasury, its name in lower case
        return rest[:2] if low[:2] == ["nhà", "nước"] else []
    if last == ["chủ", "tịch"] and len(named) > 2:
        # "Văn phòng Chủ tịch nước": the state president's office, "nước" of the title
        return rest[:1] if low[:1] == ["nước"] else []
    if last[-1:] in (["vị"], ["quan"], ["cấp"]) and low[:2] == ["tương", "đương"]:
        return rest[:2]
    if last == ["đơn", "vị"] and low[:2] == ["chủ", "quản"]:
        return rest[:2]  # "đơn vị chủ quản": the unit a branch or business place belongs to
    kind = {"vị": ["sự", "nghiệp"], "quan": ["hành", "chính"]}.get("".join(last[-1:]))
    if kind is None or low[:2] != kind:
        return []
    return rest[:4] if low[2:4] in (["công", "lập"], ["nhà", "nước"]) else rest[:2]
