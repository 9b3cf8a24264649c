"""A yes-or-no question asked with « ou pas » and no question mark:
« accueil de jour ouvert samedi ou pas », « le repas c gratuit ou non ».
Chat and people who write French as a second language often leave out
« ? » and close the question with « ou pas » instead; read without it, the
message asked nothing and the bot kept quiet, while « accueil de jour
ouvert samedi ? » was answered. The tag is read as the question mark it
stands for; a message that has one keeps its words as they are."""

from __future__ import annotations

import re

__all__ = ["or_not_asked"]

_TAG = re.compile(r"(?i)\s*,?\s+(?:ou\s+pas|ou\s+non|oui\s+ou\s+non)\s*[.!]*\s*$")


def or_not_asked(text: str) -> str:
    """`text` with a closing « ou pas » / « ou non » read as « ? », when it has no question mark."""
    if "?" in text:
        return text
    return _TAG.sub(" ?", text) if _TAG.search(text) and len(_TAG.sub("", text).split()) >= 2 else text
