"""The Vietnamese alphabet's capitals and small letters, as the body of a regex class.

"[\\u00c0-\\u1ef8]" is no class of capitals: it holds the small accented letters too ("ủ", "ơ"),
so a pattern that asks for a name's capital must list them.
"""

from __future__ import annotations

CAPITAL = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
SMALL = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
