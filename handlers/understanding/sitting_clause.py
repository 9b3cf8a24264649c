"""A sitting named by its kind and a relative clause saying what it does:
« la date du comité de pilotage qui valide le programme d'animation 2027 ? »,
« le copil qui valide le programme 2027 c'est quand ? » (the lead's set 70).

Two misreadings, each a family:

- the kind (« comité de pilotage », « copil ») is no sitting noun that
  described_meeting.py reads a clause after, so the clause's words were a
  topic alone and found the task « Rédiger le projet de programme
  d'animation 2027 »: a confident wrong answer. The kind typed before
  « qui »/« où » is read « la réunion », as own_relative.py reads the
  group's own name, and the clause must still be said by one sitting alone;
- a verb of deciding in that clause (« qui valide … », « qui adopte … »)
  says what the sitting does, not whether something was decided (« les
  rencontres à Limoges, c'est validé ? »), which left the question unsure.
"""

from __future__ import annotations

import re

from handlers.understanding.pipeline import Understanding

__all__ = ["describes_sitting", "kind_relative_as_meeting"]

# Between two typed words of the kind: spaces, an apostrophe or a hyphen.
_GAP = r"[\s'’-]+"
# « qui », « où », or « ou » typed without its accent before a subject pronoun (as own_relative.py reads them).
_RELATIVE = r"(?:qui|où|ou(?=\s+(?:on|l'on|l’on|nous|vous|il|elle|ils|elles|se|s'|s’)\b))"


def _sitting_kinds(u: Understanding) -> list[tuple[int, int]]:
    """The spans of places read as a kind of sitting (« comité de pilotage », « GT »), nothing of one sitting's own."""
    return [(e.start, e.end) for e in u.entities
            if e.kind == "place" and e.extra.get("formation") and not e.extra.get("subject")]


def describes_sitting(u: Understanding, at: int) -> bool:
    """The word at `at` opens a relative clause on a sitting (« la séance qui valide … »): « qui » right before it,
    and a place read right before « qui » or holding both (the heading's own words, « … qui valide le programme »)."""
    if at < 2 or u.words[at - 1].folded != "qui":
        return False
    return any(e.kind == "place" and (e.end == at - 1 or e.start < at - 1 < e.end) for e in u.entities)


def kind_relative_as_meeting(u: Understanding) -> str | None:
    """`u`'s text with « le comité de pilotage qui … » read « la réunion qui … », when a kind of sitting is typed
    right before a relative; else None."""
    for start, end in _sitting_kinds(u):
        if end >= len(u.words) or u.words[end].folded not in ("qui", "ou"):
            continue
        typed = [re.escape(w.typed or w.raw) for w in u.words[start:end]]
        # The article or « du » before it goes too: « la date du comité … qui » becomes « la date de la réunion qui ».
        pattern = rf"(?i)\b(?P<link>du|de\s+la|de\s+l['’]|le|la|l['’])\s*{_GAP.join(typed)}\s+(?={_RELATIVE}\s)"
        found = re.search(pattern, u.text)
        if found is None:
            continue
        link = "de la réunion " if found.group("link").lower().startswith("d") else "la réunion "
        return u.text[:found.start()] + link + u.text[found.end():]
    return None

