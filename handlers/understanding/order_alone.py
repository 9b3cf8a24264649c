"""A sitting named by its order word alone and put first: « la précédente,
elle était à quelle heure ? », « la suivante, elle est où ? », « alors la
dernière, elle s'est tenue où ? ». In a group's chat the feminine order
word standing for a subject set off by a comma is « la réunion » (« la
séance ») left unsaid, as « celle » is (pronoun_meeting.py); without the
noun, an order word that qualifies no meeting noun picks no sitting
(pipeline.Understanding.order), and « la précédente » was read as the
next meeting, then as the group's rule on the hour. The noun is said again
after the article; a message that names a sitting already keeps its words."""

from __future__ import annotations

import re

__all__ = ["sitting_of_order"]

# At the opening (after a filler at most): « la » and an order word, then the comma closing the subject put first.
_ALONE = re.compile(r"(?i)^(\s*(?:(?:et|alors|bon|euh|dites|donc|mais)\s*,?\s+)*)(la)\s+"
                    r"(précédente|precedente|dernière|derniere|prochaine|suivante|première|premiere)(\s*,)")


def sitting_of_order(text: str) -> str:
    """`text` with « la précédente, » read as « la réunion précédente, »; else as it is."""
    return _ALONE.sub(lambda m: f"{m.group(1)}{m.group(2)} réunion {m.group(3)}{m.group(4)}", text, count=1)
