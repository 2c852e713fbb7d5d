"""A project management board's name ("Ban Quản lý dự án đầu tư xây dựng các công trình giao
thông tỉnh", "Ban QLDA Đầu tư xây dựng chuyên ngành - Học viện ..."): its lower-case words
name the works it manages ("xây dựng" among them, no verb there) and run on past the length
a name's lower-case run is otherwise allowed."""

from __future__ import annotations

import re

# The opening of a project board's name, as a list entry's words start it
_BOARD = re.compile(r"^ban (?:qlda|ql ?dự án|quản lý (?:các )?dự án)(?:\s|$)")
# The lower-case words such a name holds: the works, their field, the area served
_WORDS = frozenset(
    re.findall(
        r"\w+",
        "quản lý dự án đầu tư xây dựng công trình các chuyên ngành giao thông dân dụng công "
        "nghiệp nông phát triển thôn hạ tầng kỹ thuật đô thị trọng điểm khu vực tỉnh huyện "
        "thành phố quận thị xã số cụm cấp",
    )
)


def board_run(entry: list[str], rest: list[str]) -> list[str]:
    """The words of ``rest`` that go on the name of the project board ``entry`` opens (its
    capitalised words, those of its works and area, "-" and a "và" between such words), up to
    a comma that closes it; none when ``entry`` opens no project board's name."""
    if not _BOARD.match(" ".join([*entry, *rest[:4]]).lower()):
        return []
    run: list[str] = []
    for k, word in enumerate(rest):
        bare = word.strip(",;:")
        nxt = rest[k + 1].strip(",;:") if k + 1 < len(rest) else ""
        linked = bare == "và" and nxt in _WORDS and nxt != "các"
        named = bare.lower() in _WORDS or bare[:1].isupper() or bare.isdigit() or bare == "-"
        if not (named or linked):
            break
        run.append(word)
        if bare == "-":
            break  # ("... chuyên ngành - Học viện ...": the parent's name, read as any)
        if word.endswith((",", ";", ":")):
            break
    while run and run[-1] in ("các", "và"):
        run.pop()  # ("... tỉnh và các nhà thầu": the name ends before the group)
    # (only a name that holds the works built: without "xây dựng" a name's run is read as any)
    built = any(run[k : k + 2] == ["xây", "dựng"] for k in range(len(run)))
    return run if built else []
