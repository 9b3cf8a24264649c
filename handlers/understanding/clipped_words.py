"""Words a group clips or spells by its own initials, read back whole.

Members name their bodies and papers the short way: « le diag » for the
diagnostic, « la conv' » for the convention, « l'éval », « le budget
prévi », « l'interméd' » for the bilan intermédiaire, « la plén de
janvier », « la commiss » — and by initials the group coined and no
member's organisation carries: « le CT » for the comité technique (which
chat shorthand otherwise reads as « c'était »), « les GT » for its groupes
de travail, « la FA 2 » for the fiche action 2, « la T1 » for the
transition 1.

The group's records hold the whole words: meeting places, decisions,
deadlines, agenda items, open tasks (and for clipped words, the members'
roles: « la responsable péda »). So:

- a word no dictionary knows that opens exactly one longer word of the
  records is that word (« conv » → « convention »); never a word of a
  member's name or organisation (« SEMO », « Relais »), never shorter than
  three letters;
- a word typed in capitals that spells the first letters of consecutive
  words of one phrase of the records (little words skipped: « groupes de
  travail » → GT), a number after it kept when the phrase has the same
  number (« FA 2 » → « fiche action 2 »), is that phrase — unless members'
  organisations or roles use it as it is (« CSR », « OAI ») or several
  phrases spell it.

Lower-case letters are left alone: « ct » is chat for « c'était » and
« gt » may be anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from handlers.understanding.normalise import fold, lexicon

__all__ = ["unclipped"]

# Little words skipped when initials are spelled (« groupes de travail » is GT).
_GLUE = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
# A clipped word as typed, with the apostrophe or point that marks the cut (« interméd' », « prévi. »).
# (After an elision too: « l'éval », « l'interméd' ».)
_CLIPPED = re.compile(r"(?<![\w-])([^\W\d_]{3,})(['’.]?)(?![\w'’-])")
# Capitals, with a number glued or after a space (« FA 2 », « FA2 », « GT3 », « T1 », « CT »).
_INITIALS = re.compile(r"(?<![\w'’-])([A-Z]{1,4})(?:\s?(\d{1,2}))?(?![\w'’-])")


def _record_words(records: Iterable[str]) -> set[str]:
    return {w for text in records for w in _WORD.findall(text) if not w.isdigit()}


def _phrases(records: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """Initials -> the phrases of the records they spell, by their folded form, each as often as written (2 to 4
    words; a number after the phrase kept after it)."""
    spelled: dict[str, dict[str, list[str]]] = {}
    for text in records:
        tokens = _WORD.findall(text)
        for i, first in enumerate(tokens):
            if first.isdigit() or fold(first) in _GLUE:
                continue
            letters, end = first[0], i
            for j in range(i + 1, min(len(tokens), i + 8)):
                token = tokens[j]
                if token.isdigit():
                    break
                if fold(token) in _GLUE:
                    continue
                letters, end = letters + token[0], j
                phrase = " ".join(tokens[i:end + 1])
                spelled.setdefault(fold(letters).upper(), {}).setdefault(fold(phrase), []).append(phrase)
                if end + 1 < len(tokens) and tokens[end + 1].isdigit():
                    spelled.setdefault(fold(letters).upper() + " " + tokens[end + 1], {}).setdefault(
                        fold(phrase), []).append(phrase + " " + tokens[end + 1])
                if len(letters) == 4:
                    break
            if i + 1 < len(tokens) and tokens[i + 1].isdigit():  # « transition 1 » is T1
                spelled.setdefault(fold(first[0]).upper() + " " + tokens[i + 1], {}).setdefault(
                    fold(first), []).append(first + " " + tokens[i + 1])
    return spelled


def unclipped(text: str, records: Sequence[str], names: Sequence[str], roles: Sequence[str] = ()) -> str:
    """`text` with the group's clipped words and its own initials written whole (`records`: the texts of its
    places, decisions, deadlines, agenda and open tasks; `names`: its members' names and organisations, never
    clipped; `roles`: their roles, whose words a clipped word may open too — « la responsable péda »)."""
    lex = lexicon()
    owned = {fold(w) for name in names for w in _WORD.findall(name)}
    whole = _record_words([*records, *roles])
    folded_whole: dict[str, set[str]] = {}
    for w in whole:
        folded_whole.setdefault(fold(w), set()).add(w)

    def unclip(m: re.Match[str]) -> str:
        word = fold(m.group(1))
        if word in owned or word in folded_whole or lex.is_known(m.group(1)):
            return m.group(0)
        longer = {f for f in folded_whole if f.startswith(word) and len(f) >= len(word) + 2}
        # One word, or its plural or feminine (« commission », « commissions »): the same word.
        heads = {f.rstrip("s") for f in longer}
        if len(heads) != 1:
            return m.group(0)
        return min(folded_whole[min(longer, key=len)])

    text = _CLIPPED.sub(unclip, text)
    spelled = _phrases(records)

    def spell(m: re.Match[str]) -> str:
        letters, number = m.group(1), m.group(2)
        if fold(letters) in owned or len(letters) == 1 and not number:
            return m.group(0)
        key = f"{letters} {number}" if number else letters
        found = sorted((spelled.get(key) or {}).values(), key=len, reverse=True)
        # One phrase, or one the records repeat (« comité technique » in the places and the decisions) far more
        # than a chance meeting of first letters (« conclue pour trois »).
        if not found or len(found) > 1 and len(found[0]) < 2 * len(found[1]):
            return m.group(0)
        alone = re.compile(rf"(?<![\w'’-]){re.escape(letters)}(?![\w'’-])", re.IGNORECASE)
        if any(alone.search(record) for record in records):
            return m.group(0)  # the records use the capitals themselves (« au CSR »; « GT1 » is a number's)
        phrase = found[0][0]
        short = lex.synonyms.get(fold(letters))
        # Chat shorthand gives way to the group's phrase when it is a contraction (« CT » is no « c'était » here)
        # or the same noun (« GT », « groupe »); not when it is another (« PV » stays the minutes).
        if short is not None and "'" not in short and short[:4] != fold(phrase)[:4]:
            return m.group(0)
        return phrase

    return _INITIALS.sub(spell, text)
