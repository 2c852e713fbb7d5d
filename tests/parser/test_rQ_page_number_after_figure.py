"""A PDF's page number alone on its line under a sentence's end whose last line opens on a
figure ("... có hiệu lực trong" / "03 tháng, nay đã hết hạn)." / "2"): that line is the
sentence's wrapped end, no footnote at the page's foot, so the "2" is the page's number and
no word of the item above it."""

from __future__ import annotations

from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_keep


def test_the_page_number_is_no_block_of_its_own() -> None:
    lines = [
        "b) Cập nhật thông tin chứng chỉ hành nghề của chủ nhiệm thiết kế (chứng chỉ có thời hạn",
        "03 tháng, nay đã hết hạn).",
        "2",
        "2. Về bản vẽ thiết kế",
        "Bổ sung bản vẽ mặt bằng móng và mặt cắt công trình có chữ ký của chủ nhiệm thiết kế.",
    ]
    blocks = split_blocks(lines, [fold_keep(line) for line in lines])
    assert all(b.text.strip() != "2" and not b.text.endswith(" 2") for b in blocks)
