"""The closing of a synthetic letter in the rounds' tests: the distribution, then the
signature block and the signer's name."""

from __future__ import annotations


def signed(block: str, name: str = "Trần Văn Minh") -> str:
    """ "Nơi nhận: - Như trên; - Lưu: VT." and the signer: ``block`` the capacity and title
    lines ("KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC"), ``name`` the signer's."""
    return f"\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{block}\n{name}\n"
