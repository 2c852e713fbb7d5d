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


def test_a_pages_footnotes_go_with_its_number() -> None:
    """The footnotes at a page's foot, numbered in turn over the page's number, are no words
    of the item the page ends (a PDF's text sets them there, in a smaller and wider print)."""
    lines = [
        "- Nộp kết quả quan trắc lún của móng bồn chứa theo mẫu đã thống nhất với Sở và",
        "gửi kèm bản vẽ hoàn công của móng, trong thời hạn quy định của hợp đồng.",
        "3 “b) Bản sao quyết định phê duyệt thiết kế bản vẽ thi công của công trình chính;”.",
        "4 Khoản 2 Điều 12: quan trắc công trình trong thời gian khai thác theo chỉ dẫn của",
        "thiết kế và yêu cầu của chủ sở hữu.",
        "2",
        "Sau khi nhận kết quả quan trắc, Sở sẽ tổ chức kiểm tra thực tế bồn chứa.",
    ]
    blocks = split_blocks(lines, [fold_keep(line) for line in lines])
    assert not any("Bản sao quyết định" in b.text or "Khoản 2 Điều 12" in b.text for b in blocks)
    assert any(b.text.startswith("Sau khi nhận kết quả") for b in blocks)
