"""Who was not there, or will not be: « qui n'est pas venu le 19 ? »,
« qui était pas là en octobre ? », « qui manquait au dernier copil ? »,
« il manquait qui ? », « qui était absent ? », « qui vient pas le 10 ? »,
« qui ne sera pas là jeudi ? ».

The answer lists the excused and the absent of a meeting held, or those who
said they would not come to one ahead — never those present alone, and not
the whole list either: the negated question read as « qui est venu ? » gave
the opposite, and the whole list made the member find the missing among
the present (sets 28a and 30c). A « qui » question, with a word of missing
(« manquait », « absent ») or a verb of coming or being there negated
(« pas venu », « vient pas », « n'était pas là », « pas pu venir »); not a
question on excuses negated (« qui ne s'est pas excusé ? » asks the absent
among others), nor a count (« combien »)."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["missing_asked"]

_MISSING = frozenset({"manquait", "manquaient", "manque", "manquent", "manquera", "manqueront", "absent", "absents",
                      "absente", "absentes"})
_NEGATION = frozenset({"pas", "ni"})
_COMING = frozenset({"venu", "venue", "venus", "venues", "venir", "vient", "viennent", "viendra", "viendront", "la",
                     "present", "presente", "presents", "presentes", "sera", "seront", "etait", "etaient", "est"})


def missing_asked(u: Understanding) -> bool:
    """The question asks who was (or will be) missing from a meeting."""
    folded = [w.folded for w in u.words]
    if "qui" not in folded or "combien" in folded:
        return False
    if any(w in _MISSING for w in folded):
        return True
    if any(w.startswith("excus") for w in folded):
        return False  # « qui ne s'est pas excusé ? »
    at = [i for i, w in enumerate(folded) if w in _NEGATION]
    return any(w in _COMING for i in at for w in folded[max(0, i - 2):i + 3])
