"""Names a phone's autocorrect turned into other words, read back (set 44b).

A keyboard that does not know the group's names replaces them with words
it knows: an acronym gets a letter (« la CAFE » for the CAF) or a space
(« le SDJ ES » for the SDJES), a surname is split into words or made a
common noun (« Mme beau-fils » for Laetitia Beaufils, « Grégory le
marchand » for Grégory Lemarchand, « Emma Quenelle » for Emma Quesnel).

Each is read back only against the group's own names and only where the
written form names nothing of the group:

- a word in capitals the group does not use that is one of its acronyms
  with one more letter at the end, or capitals split by a space that
  join into one of its acronyms;
- two words (or one cut by a hyphen) that join into a member's surname,
  with no other member's name or word made of them;
- a capitalised word right after a member's first name, unique in the
  group, close in spelling to that member's surname (« Quenelle » ~
  « Quesnel »), when it is no other member's name.

Anything else is left as typed: « Café » in plain chat, « le marchand »
when no member is called so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from handlers.understanding.normalise import fold

__all__ = ["autocorrected"]

# A word in capitals, two letters at least (« CAF », « SDJES », « IEN »).
_CAPITALS = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")
# How close a typed surname must be to the member's (rapidfuzz ratio, 0-100), after the first name.
_NEAR = 75.0


def _acronyms(owned: Sequence[str]) -> set[str]:
    return {w for text in owned for w in _CAPITALS.findall(text)}


def _mend_acronyms(text: str, acronyms: set[str]) -> str:
    # « SDJ ES » → « SDJES »: capitals split by a space that join into an acronym of the group.
    def joined(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        return whole if whole in acronyms and m.group(1) not in acronyms and m.group(2) not in acronyms else m.group(0)
    text = re.sub(r"\b([A-ZÀ-Ý]{2,})\s+([A-ZÀ-Ý]{1,3})\b", joined, text)

    # « CAFE » → « CAF »: one letter more than an acronym of the group, which it does not use itself.
    def shorter(m: re.Match[str]) -> str:
        word = m.group(0)
        return word[:-1] if word not in acronyms and word[:-1] in acronyms and len(word) >= 4 else word
    return _CAPITALS.sub(shorter, text)


# Civilities before a surname (folded): « Mme beau-fils », « le docteur vallée ».
_CIVILITIES = frozenset({"mme", "madame", "m", "monsieur", "mr", "mlle", "docteur", "dr", "maitre", "me"})


def _mend_surnames(text: str, names: Sequence[str]) -> str:
    known = {fold(w) for name in names for w in name.split()}
    # first name (folded) -> the surnames of the members who bear it
    firsts: dict[str, list[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) > 1:
            firsts.setdefault(fold(parts[0]), []).append(parts[-1])
    surnames = {fold(name.split()[-1]): name.split()[-1] for name in names if len(name.split()) > 1}

    # « Mme beau-fils », « Grégory le marchand » → the surname the two words join into, after a civility or the
    # first name of that member (« le marchand de journaux » is left alone).
    tokens = list(re.finditer(r"\w+", text))
    for lead, first, second in reversed(list(zip(tokens, tokens[1:], tokens[2:]))):
        whole = fold(first.group() + second.group())
        between = text[first.end():second.start()]
        if whole not in surnames or fold(first.group()) in known or fold(second.group()) in known or not (
                between.strip() in ("", "-")):
            continue
        if fold(lead.group()) in _CIVILITIES or surnames[whole] in firsts.get(fold(lead.group()), []):
            text = text[:first.start()] + surnames[whole] + text[second.end():]

    # « Emma Quenelle » → « Emma Quesnel »: after a first name only one member has, a word near that surname.
    def near(m: re.Match[str]) -> str:
        first, typed = m.group(1), m.group(2)
        owners = firsts.get(fold(first), [])
        if len(owners) != 1 or fold(typed) in known:
            return m.group(0)
        surname = owners[0]
        return f"{first} {surname}" if fuzz.ratio(fold(typed), fold(surname)) >= _NEAR else m.group(0)
    return re.sub(r"\b(\w+)\s+([A-ZÀ-Ý][\w-]{2,})\b", near, text)


def autocorrected(text: str, names: Sequence[str], organisations: Sequence[str]) -> str:
    """`text` with the group's acronyms and members' surnames read back where autocorrect changed them
    (`names`: the members' names; `organisations`: their organisations and roles, where acronyms stand)."""
    text = _mend_acronyms(text, _acronyms(organisations))
    return _mend_surnames(text, names)
