"""A scan's OCR that could not seat its accents leaves them as specks on lines of their own
(stray letters and marks) between the halves of a sentence: no words; the sentence goes on."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.specks import drop_specks

LETTER = (
    "UY BAN NHAN DAN                    CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "TINH BINH PHU                            Doc lap - Tu do - Hanh phuc\n\n"
    "So: 215/QD-UBND                          Binh Phu, ngay 7 thang 5 nam 2026\n\n"
    "                                QUYET DINH\n"
    "         Ban hanh Quy che phoi hop quan ly cum cong nghiep tren\n"
    "                  r   **\n"
    "              dia ban tinh Binh Phu\n\n"
    "                      UY BAN NHAN DAN TINH BINH PHU\n\n"
    "Can cu Luat To chuc chinh quyen dia phuong ngay 16/6/2025;\n"
    "Theo de nghi cua Giam doc So Cong Thuong.\n\n"
    "                                 QUYET DINH:\n\n"
    "Dieu 1. Ban hanh kem theo Quyet dinh nay Quy che phoi hop quan ly cum cong nghiep.\n"
    "Dieu 2. Giao So Cong Thuong chu tri, phoi hop voi So Tai chinh huong dan cac xa lap\n"
    "       9   r       y   r       -a\n\n"
    "phuong an phat trien cum cong nghiep tren dia ban.\n"
    "Dieu 3. Quyet dinh nay co hieu luc ke tu ngay ky.\n\n"
    "Noi nhan:\n- Nhu Dieu 3;\n- Luu: VT.\n\n"
    "TM. UY BAN NHAN DAN\nCHU TICH\n\nLe Van Hai\n"
)


def test_specks_between_a_sentences_halves_are_no_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert record.subject == (
        "Ban hanh Quy che phoi hop quan ly cum cong nghiep tren dia ban tinh Binh Phu"
    )
    assert [a.text for a in record.actions] == [
        "Giao So Cong Thuong chu tri, phoi hop voi So Tai chinh huong dan cac xa lap phuong an"
        " phat trien cum cong nghiep tren dia ban"
    ]


def test_a_word_a_wrap_left_alone_and_a_page_number_stay() -> None:
    above = "1. Thủ trưởng các cơ quan, đơn vị phối hợp chặt chẽ với các cơ quan, đơn"
    lines = [above, "vị", "", "liên quan trong quá trình thực hiện."]
    assert drop_specks(lines) == lines
    numbered = [above, "4", "vị liên quan trong quá trình thực hiện."]
    assert drop_specks(numbered) == numbered
    marked = [above, "- a", "vị liên quan trong quá trình thực hiện."]
    assert drop_specks(marked) == marked
