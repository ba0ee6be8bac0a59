"""Character classes and small patterns that several cleaning passes share."""
from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Characters that only appear in CJK text when bytes were decoded with the wrong codec.
STRONG_DAMAGE = "\ufffd\ue000-\uf8ff\u3100-\u312f\u31a0-\u31bf\u2500-\u257f"
STRONG_RE = re.compile(rf"[{STRONG_DAMAGE}]")
CJK_CHAR = re.compile(rf"[{CJK}]")
# str.isspace() characters except the newline, plus zero-width spaces and the BOM.
WHITESPACE_CHARS = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\ufeff"
)
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
SENTENCE_END = re.compile(r"[。!?！？]")
