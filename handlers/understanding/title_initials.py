"""A title asked by its initials alone: « c'est qui le DP ? » of a « Déléguée du
préfet pour Vaulx-en-Velin », « qui est la CESF ? » of a « Conseillère en
économie sociale et familiale ». The acronym names no member nor body, so
the readings were left unsure and the bot said it did not know « DP »; when
the initials spell the words a role's clause opens with (role_topic.py), and
only then, the holders of that title answer; so do the members whose role gives
the initials in brackets (« Chargée d'accompagnement socioprofessionnel (CIP) »
for « c'est qui la CIP ? »).

Checked on a member (« la DL de Dijon – Langres c'est toujours Mme Voisenet ? » of a « Directrice de ligne … »),
the initials named no title, so the member's card answered and the title went unread: there they are said as the
role's words (`spelled_title`), and the check is read as the title's holder (guessed_holder.py), as « la directrice
de ligne c'est toujours Mme Voisenet ? » is."""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.messages import bold, text
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.role_topic import role_acronyms
from handlers.understanding.world import plain

__all__ = ["spelled_title", "title_by_initials"]

_ARTICLES = frozenset({"le", "la", "l", "les", "notre", "nos", "votre", "vos"})
_WHO = frozenset({"qui", "ki"})
# Little words initials skip (« délégué du préfet » is the DP).
_LITTLE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})


def _opening(clause: str, n: int) -> list[str]:
    """The first `n` words of a role's clause that are not little words, folded."""
    return [w for w in plain(clause).split() if w not in _LITTLE][:n]


# « la DL », « le DP »: an article, then two to five capitals.
_INITIALS = re.compile(r"\b(?P<article>[Ll]e|[Ll]a|[Ll]['’]\s*)\s*(?P<initials>[A-Z]{2,5})\b")
# « c'est (bien / toujours) » then a capitalised word: a member guessed for the title (title_checked.py's shape).
_CHECKED = re.compile(r"c['’]\s*est\s+(?:(?:pas|bien|toujours|encore)\s+)?(?:(?:Mme|M\.|Mr|Madame|Monsieur)\s+)?[A-ZÀ-Ý]")


def _holders_spelled(initials: str, roles: list[str]) -> list[str]:
    """The opening words of the role clauses (« directrice de ligne ») whose initials are `initials`."""
    wanted = len(initials)
    found = []
    for role in roles:
        for part in re.split(r"[,;/]", role):
            opening = [w for w in part.split() if plain(w) not in _LITTLE and plain(w)][:wanted]
            if len(opening) == wanted and "".join(plain(w)[:1] for w in opening) == plain(initials):
                # The clause's words up to the last initial's, little words kept (« directrice de ligne »).
                words = part.split()
                last = words.index(opening[-1])
                found.append(" ".join(words[:last + 1]).strip().lower())
    return found


def spelled_title(text: str, roles: list[str], bodies: list[str]) -> str:
    """`text` with a title's initials said as its words when a member is checked for it (« la DL … c'est toujours
    Mme Voisenet ? »), and only when they spell one title and no body's name holds them; else `text`."""
    if _CHECKED.search(text) is None:
        return text
    for match in _INITIALS.finditer(text):
        initials = match.group("initials")
        if any(initials.casefold() in plain(body).split() for body in bodies):
            continue  # « la SNCF »: a body's own initials
        spelled = set(_holders_spelled(initials, roles))
        if len(spelled) == 1:
            return text[:match.start("initials")] + spelled.pop() + text[match.end("initials"):]
    return text


def title_by_initials(ctx: Context, u: Understanding) -> Outcome | None:
    """The members whose role opens a clause with the words the acronym asked spells; else None."""
    if not any(w.folded in _WHO for w in u.words) or any(e.kind in ("person", "org") for e in u.entities):
        return None
    members = ctx.data.members()
    for i, word in enumerate(u.words[1:], start=1):
        if not (word.raw.isupper() and 2 <= len(word.raw) <= 5) or u.words[i - 1].folded not in _ARTICLES:
            continue
        # « c'est qui la CIP ? » of a « Chargée d'accompagnement socioprofessionnel (CIP) »: the role gives its own
        # initials in brackets, whatever words they stand for (lead's set 93).
        holders = [m for m in members if f"({word.raw})" in (m.role or "")]
        spelled = role_acronyms([word], [m.role for m in members])
        if spelled == [word] and not holders:
            continue
        wanted = [w.folded for w in spelled]
        holders = holders or [m for m in members
                              if any(_opening(part, len(wanted)) == wanted for part in re.split(r"[,;/]", m.role))]
        if holders:
            u.intent, u.readings = "role_holder", []
            lines = [[text(f"Rôle « {word.raw} » :")],
                     *[[text("• "), bold(m.name), text(f" — {m.organisation} — {m.role}")] for m in holders[:10]]]
            return Outcome.sure(u, lines, ", ".join(m.name for m in holders))
    return None
