"""Round 14a: on a page cut at a fixed width, a lettered item's topic ("b) Về chi phí bồi
thường, hỗ trợ") on a line the next line's first word would have fitted on ends there: the
sentence under it ("Đề nghị Chủ đầu tư ...") is a paragraph of its own, not the topic's text;
a topic whose name runs on to its colon ("c) Về việc ... tuyến ống Cái" / "Mép-Phú Mỹ: ...")
still runs on."""

from __future__ import annotations

from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_keep

_LINES = [
    "a) Về sự phù hợp với quy hoạch sử dụng đất của huyện đã được phê duyệt",
    "Qua lồng ghép tọa độ vị trí khu đất đề xuất với bản đồ quy hoạch sử dụng",
    "đất thời kỳ 2021 - 2030 của huyện thì khu đất có khoảng 20,0 ha được thể hiện",
    "quy hoạch là đất cụm công nghiệp, diện tích còn lại thể hiện theo hiện trạng",
    "chủ yếu là đất trồng lúa, đất trồng cây lâu năm, đất ở tại nông thôn và đất",
    "rừng sản xuất chưa có quy hoạch chuyển sang loại đất khác theo quy định.",
    "b) Về chi phí bồi thường, hỗ trợ, tái định cư",
    "Đề nghị Chủ đầu tư tổ chức khảo sát khối lượng cần thực hiện bồi thường, hỗ",
    "trợ, tái định cư của dự án đồng thời tham khảo các dự án đã thực hiện trên",
    "địa bàn làm cơ sở lập dự toán chi phí bồi thường, hỗ trợ, tái định cư phù",
    "hợp với thực tế khi triển khai, tránh gây lãng phí ngân sách nhà nước.",
    "c) Về việc thỏa thuận giao cắt tuyến ống Cái",
    "Mép-Phú Mỹ: Ủy ban nhân dân huyện xử lý dứt điểm trong tháng 11 năm 2026,",
    "bảo đảm đưa vào vận hành đúng tiến độ đã được phê duyệt trong năm tới.",
]


def test_a_short_topic_line_ends_before_the_sentence_under_it() -> None:
    blocks = split_blocks(_LINES, [fold_keep(line) for line in _LINES])
    starts = [(b.marker, b.text[:12]) for b in blocks]
    assert ("letter", "Về chi phí b") in starts
    assert (None, "Đề nghị Chủ ") in starts
    topic = next(b for b in blocks if b.text.startswith("Về chi phí"))
    assert topic.text == "Về chi phí bồi thường, hỗ trợ, tái định cư"
    pipe = next(b for b in blocks if b.text.startswith("Về việc"))
    assert "Mép-Phú Mỹ:" in pipe.text
