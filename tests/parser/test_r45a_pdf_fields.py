"""Round 45a: an e-signed PDF whose number and day/month are drawn by form-field widgets.

The signing software (VGCA style) leaves blanks in the page text ("Số:          /UBND-KT",
"Hà Nội, ngày        tháng      năm 2026") and stamps the number, the day and the month as
widget annotations whose appearance streams draw the digits over the blanks. The page text
alone loses number, place and date; the reader puts each appearance's text into the blank
it is drawn over. A page without such annotations reads exactly as before.
"""

from __future__ import annotations

import io
import time

import pypdf
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes
from directives.parser.decode import decode_bytes
from tests.parser.corpus import make_pdf

_LETTER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số:          /UBND-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày        tháng      năm 2026
V/v triển khai kiểm tra an toàn kho vật liệu nổ công nghiệp
Kính gửi: Sở Công Thương
Ủy ban nhân dân Thành phố đề nghị Sở Công Thương kiểm tra an toàn các kho vật liệu
nổ công nghiệp trên địa bàn, báo cáo kết quả trước ngày 30/6/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An"""

_EM = 10.0  # make_pdf's font size; every glyph is given half an em below
_LINE_STEP, _TOP, _LEFT = 14.0, 800.0, 40.0


def _spot(line: int, column: int) -> tuple[float, float]:
    """Where the character at ``column`` of the letter's ``line`` is drawn (its baseline)."""
    return _LEFT + column * _EM / 2, _TOP - line * _LINE_STEP


def _with_fields(
    pdf: bytes,
    fields: list[tuple[int, int, str, int]],
    garbage: str = "",
    subtype: str = "/Widget",
    rise: float = 0.0,
) -> bytes:
    """The PDF with one widget (or annotation of ``subtype``) per (line, column, text, flags),
    drawn over that character."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    page = writer.pages[0]
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, DictionaryObject)
    font_ref = fonts.raw_get("/F1")
    font = font_ref.get_object()
    assert isinstance(font, DictionaryObject)
    font[NameObject("/FirstChar")] = NumberObject(0)
    font[NameObject("/LastChar")] = NumberObject(255)
    font[NameObject("/Widths")] = ArrayObject([NumberObject(500)] * 256)
    annots = ArrayObject()
    for line, column, text, flags in fields:
        x, y = _spot(line, column)
        width = len(text) * _EM / 2 + 2
        stream = DecodedStreamObject()
        stream.set_data(
            f"BT /F1 {_EM:g} Tf 1 {3 + rise:g} Td ({text}) Tj ET{garbage}".encode("latin-1")
        )
        stream.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(
                    [NumberObject(0), NumberObject(0), FloatObject(width), NumberObject(14)]
                ),
                NameObject("/Resources"): DictionaryObject(
                    {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
                ),
            }
        )
        annot = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject(subtype),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f"field{len(annots)}"),
                NameObject("/F"): NumberObject(flags),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(v) for v in (x - 1, y - 3, x - 1 + width, y + 11)]
                ),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(stream)}),
            }
        )
        annots.append(writer._add_object(annot))
    page[NameObject("/Annots")] = annots
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _columns(line: str, *words: str) -> list[int]:
    """The column just after the blank that follows each word of ``line``."""
    return [line.index(word) + len(word) + 1 for word in words]


def _signed(flags: int = 4, garbage: str = "", rise: float = 0.0) -> bytes:
    lines = _LETTER.splitlines()
    number = lines[2].index("/") - len("123")  # the number ends where the symbol starts
    day, month = _columns(lines[5], "ngày", "tháng")
    fields = [(2, number, "123", flags), (5, day, "5", flags), (5, month, "3", flags)]
    return _with_fields(make_pdf(_LETTER), fields, garbage, rise=rise)


def test_the_widgets_text_fills_the_blanks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = decode_bytes(_signed(), "signed.pdf").text
    assert "Số: 123/UBND-KT" in text
    assert "Hà Nội, ngày 5 tháng 3 năm 2026" in text
    got = parse_bytes(_signed(), "signed.pdf", org, calendar)
    assert got.number == "123/UBND-KT"
    assert str(got.issued_on) == "2026-03-05"
    assert got.place == "Hà Nội"


def test_digits_drawn_half_an_em_off_their_line_fill_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (a signing tool centring the digits in a tall widget: 25/GP-BTNMT drew "25" 0.47 em above
    # the "Số:  /GP-BTNMT" it fills, and the number was lost)
    got = parse_bytes(_signed(rise=0.47 * _EM), "raised.pdf", org, calendar)
    assert got.number == "123/UBND-KT"
    assert str(got.issued_on) == "2026-03-05"


def test_digits_a_line_away_fill_no_blank() -> None:
    # (drawn midway between two lines, 0.7 em from each: the field is on neither)
    text = decode_bytes(_signed(rise=0.7 * _EM), "far.pdf").text
    assert "123" not in text


def test_hidden_widgets_draw_nothing(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = decode_bytes(_signed(flags=4 | 2), "hidden.pdf").text
    assert "123" not in text
    assert "Hà Nội, ngày        tháng      năm 2026" in text


def test_a_widget_over_no_text_line_is_not_read() -> None:
    pdf = _with_fields(make_pdf(_LETTER), [(40, 3, "TRUNG TAM KY SO 24.01.2025", 4)])
    assert "TRUNG TAM" not in decode_bytes(pdf, "stamp.pdf").text


def test_a_pdf_without_annotations_reads_as_before() -> None:
    pdf = make_pdf(_LETTER + "\n" + "\n".join(f"Dòng {i}:    /    ngày" for i in range(80)))
    before = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert decode_bytes(pdf, "plain.pdf").text == before


def test_a_broken_appearance_leaves_the_page_text() -> None:
    broken = _signed(garbage=" 1 2 3 cm Q Q Q ET ET BT /F9 Tf (x) '" + " q" * 5000)
    text = decode_bytes(broken, "broken.pdf").text
    assert "/UBND-KT" in text
    assert "ngày" in text


def test_many_self_drawing_appearances_stay_bounded() -> None:
    lines = _LETTER.splitlines()
    number = lines[2].index("/") - len("123")
    pdf = _with_fields(make_pdf(_LETTER), [(2, number, "123", 4)] * 200)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    annots = writer.pages[0]["/Annots"].get_object()
    assert isinstance(annots, ArrayObject)
    for ref in annots:
        stream = ref.get_object()["/AP"].raw_get("/N")  # the reference, drawn by itself
        form = stream.get_object()
        form["/Resources"][NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Me"): stream, NameObject("/You"): stream}
        )
        form.set_data(b"/Me Do /You Do " + form.get_data())
    out = io.BytesIO()
    writer.write(out)
    start = time.monotonic()
    text = decode_bytes(out.getvalue(), "loop.pdf").text
    assert time.monotonic() - start < 10
    assert "/UBND-KT" in text


def test_stamps_fill_the_blanks_up_to_the_lines_end(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # Round 52c (batch 200/03): another e-office (VNPT iOffice) stamps the number, the day, the
    # month and the year as /Stamp annotations, the year after the line's last word "năm"
    letter = _LETTER.replace("năm 2026", "năm")
    lines = letter.splitlines()
    number = lines[2].index("/") - len("123")
    day, month = _columns(lines[5], "ngày", "tháng")
    fields = [(2, number, "123", 4), (5, day, "5", 4), (5, month, "3", 4)]
    fields.append((5, len(lines[5]) + 1, "2026", 4))
    pdf = _with_fields(make_pdf(letter), fields, subtype="/Stamp")
    assert "Hà Nội, ngày 5 tháng 3 năm 2026" in decode_bytes(pdf, "stamped.pdf").text
    got = parse_bytes(pdf, "stamped.pdf", org, calendar)
    assert (got.number, str(got.issued_on)) == ("123/UBND-KT", "2026-03-05")
