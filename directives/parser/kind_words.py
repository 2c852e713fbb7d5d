"""The lower-case words a kind of body's name goes on with, which a name's words one by one
cannot hold ("lập" of "đơn vị sự nghiệp công lập" is a verb elsewhere)."""

from __future__ import annotations


def kind_words(named: list[str], rest: list[str]) -> list[str]:
    """After "đơn vị", the words of "sự nghiệp (công lập)" (public service units), which
    ``NAME_WORDS`` cannot hold one by one ("lập" is a verb elsewhere); after "cơ quan", those of
    "hành chính (nhà nước)"; after a kind of body or level, "tương đương" (of that rank: "các cơ
    quan, đơn vị tương đương thuộc Tổng cục Thuế"); after "đơn vị", "chủ quản" (the owning unit)."""
    low = [w.strip(",;:").lower() for w in rest[:4]]
    last = [w.lower() for w in named[-2:]]
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
