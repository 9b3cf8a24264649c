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
- a word no dictionary knows typed in capitals that spells the first
  letters of one of the group's kinds of sittings (the head of a meeting
  place: « Comité technique » → CT), or, with its number, of the words
  before a number in the records (« FA 2 » → « fiche action 2 », « T1 » →
  « transition 1 »; little words skipped), is that phrase — unless members'
  organisations use it as it is (« CSR », « OAI »), the records write it
  alone, or several phrases spell it. Chat shorthand that is a contraction
  gives way (« CT » is no « c'était » there); a noun it stands for does not
  (« CR », « PV », « GT » are read as always). Other phrases meet first
  letters by chance too often (« plan canicule » is no « PC »).

A clipped word has four letters at least (two or three right after a word of the records, when they open
the word that follows it there: « la commission resto co » for the commission restauration collective), is cut inside a word (« Boulogne »
is no clipping of « Boulogne-Billancourt »), never a month's (« déc » may
be a decision), and not the first part of a word the next one completes
(« samu social »). Lower-case capitals are left alone: « ct » is chat for
« c'était ».
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from handlers.understanding.meeting_nouns import heading_of
from handlers.understanding.normalise import fold, lexicon
from handlers.understanding.periods import month_of
from handlers.understanding.venues import formation_words
from handlers.understanding.world import entity_data, plain
from storage.models import Meeting

__all__ = ["kind_heads", "unclipped"]

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


def _phrases(records: Iterable[str], kinds: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """Initials -> the phrases they spell, by their folded form, each as often as written: the group's kinds of
    sittings as its places open (« Comité technique » is CT), and the phrases of its records numbered (« fiche
    action 2 » is FA 2, « transition 1 » is T1). Other phrases meet first letters by chance too often (« plan
    canicule » is no « PC », « cotisation annuelle » no « CA »)."""
    spelled: dict[str, dict[str, list[str]]] = {}
    for kind in kinds:
        tokens = [t for t in _WORD.findall(kind) if not t.isdigit()]
        letters = "".join(t[0] for t in tokens if fold(t) not in _GLUE)
        if 2 <= len(letters) <= 4:
            spelled.setdefault(fold(letters).upper(), {}).setdefault(fold(kind), []).append(" ".join(tokens))
    for text in records:
        tokens = _WORD.findall(text)
        for end, number in enumerate(tokens):
            if not number.isdigit() or end == 0:
                continue
            # Up to three words before the number, little words skipped (« fiche action 2 », « transition 1 »).
            letters, start = "", end
            for i in range(end - 1, max(-1, end - 6), -1):
                if tokens[i].isdigit():
                    break
                if fold(tokens[i]) in _GLUE:
                    continue
                letters, start = tokens[i][0] + letters, i
                phrase = " ".join(tokens[start:end])
                spelled.setdefault(f"{fold(letters).upper()} {number}", {}).setdefault(fold(phrase), []).append(
                    f"{phrase} {number}")
                if len(letters) == 3:
                    break
    return spelled


def kind_heads(meetings: Iterable[Meeting]) -> list[str]:
    """The heads of the meeting places that open with a kind of sitting (« Comité technique », « COPIL CTG »)."""
    kinds = formation_words()
    heads = {heading_of(m.place).strip() for m in meetings if m.place}
    return sorted(h for h in heads if any(plain(h) == k or plain(h).startswith(f"{k} ") for k in kinds))


# A second word clipped short after a whole one (« la commission resto co » once « resto » is read
# « restauration »): two letters or three, after a word of the records.
_SECOND = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})\s+([^\W\d_]{2,3})(['’.]?)(?![\w'’-])")


def _second_clipped(text: str, records: Sequence[str], owned: set[str]) -> str:
    """`text` with a two- or three-letter word written whole where it opens the word that follows the word before
    it in the records, and only one pair of words matches (« resto co » → « restauration collective »); never a
    word a dictionary or the chat shorthand knows (« sem pro » stays), nor a member's name."""
    lex = lexicon()
    following: dict[str, set[str]] = {}
    for record in records:
        tokens = [t for t in _WORD.findall(record) if not t.isdigit()]
        for first, second in zip(tokens, tokens[1:]):
            following.setdefault(fold(first), set()).add(second)

    def whole(m: re.Match[str]) -> str:
        first, short = fold(m.group(1)), fold(m.group(2))
        if short in owned or lex.is_known(m.group(2)) or short in lex.synonyms or short in lex.stopwords:
            return m.group(0)
        # The word before: a word of the records, or one cut as members cut it: its first three letters or more
        # (« dév » for « développement »), or sharing its first four (« resto » for « restauration »).
        heads = [w for w in following if w == first or first not in following and (
            len(first) >= 3 and w.startswith(first) or len(first) >= 4 and w[:4] == first[:4])]
        pairs = {(head, fold(w)): w for head in heads for w in following[head]
                 if fold(w).startswith(short) and len(w) > len(short)}
        if len(pairs) != 1:
            return m.group(0)
        (head, _), second = next(iter(pairs.items()))
        return f"{m.group(1) if head == first else head} {second}"

    return _SECOND.sub(whole, text)


def unclipped(text: str, records: Sequence[str], names: Sequence[str], roles: Sequence[str] = (),
              kinds: Sequence[str] = ()) -> str:
    """`text` with the group's clipped words and its own initials written whole (`records`: the texts of its
    places, decisions, deadlines, agenda and open tasks; `names`: its members' names and organisations, never
    clipped; `roles`: their roles, whose words a clipped word may open too — « la responsable péda »; `kinds`:
    the kinds of sittings its places open with, « Comité technique »)."""
    lex = lexicon()
    owned = {fold(w) for name in names for w in _WORD.findall(name)}
    whole = _record_words([*records, *roles])
    in_records = {fold(w) for w in _record_words(records)}
    folded_whole: dict[str, set[str]] = {}
    for w in whole:
        folded_whole.setdefault(fold(w), set()).add(w)

    def unclip(m: re.Match[str]) -> str:
        word = fold(m.group(1))
        # (« la préf », « l'agglo »: bodies' short forms, read as bodies elsewhere — entities.toml.)
        if (len(word) < 4 or word in owned or word in folded_whole or lex.is_known(m.group(1))
                or word in entity_data()["short_forms"]):
            return m.group(0)
        # Cut inside a word (not « Boulogne » of « Boulogne-Billancourt »), not a month (« déc » is a decision),
        # and not a word typed apart that the record writes as one (« samu social », « Samusocial »).
        after = fold(text[m.end():]).lstrip(" -")
        longer = {f for f in folded_whole if f.startswith(word) and len(f) >= len(word) + 2 and f[len(word)].isalpha()
                  and month_of(f) is None and not (after and after.startswith(f[len(word):][:3]))}
        # One word, or its plural or feminine (« commission », « commissions »): the same word.
        heads = {f.rstrip("s") for f in longer}
        if len(heads) != 1:
            return m.group(0)
        # A role's word right after an article is a title said short (« le socio » for a lecturer in sociology),
        # which titles are read by (role_forms.py); after a noun it completes one (« la responsable péda »).
        before = re.findall(r"[\w']+", fold(text[:m.start()]))
        if not longer & in_records and before and before[-1].rstrip("'") in ("le", "la", "l", "un", "une", "du", "les"):
            return m.group(0)
        return min(folded_whole[min(longer, key=len)], key=lambda w: (w[:1].isupper(), w))  # « convention »

    text = _CLIPPED.sub(unclip, text)
    text = _second_clipped(text, records, owned)
    spelled = _phrases(records, kinds)

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
        # (Nor a code the records write whole, letters and figures: « la M57 » of « le passage à la M57 ».)
        whole_code = re.compile(rf"(?<![\w'’-]){re.escape(m.group(0))}(?![\w'’-])", re.IGNORECASE)
        if any(alone.search(record) or number and whole_code.search(record) for record in records):
            return m.group(0)  # the records use the capitals themselves (« au CSR »; « GT1 » is a number's)
        phrase = found[0][0]
        short = lex.synonyms.get(fold(letters))
        # Chat shorthand gives way to the group's phrase when it is a contraction (« CT » is no « c'était » here),
        # not when it is a noun already (« CR », « PV », « GT »: read as they always are).
        # With its number, the letters are the record's (« T1 »: « t » alone is chat for « tu »).
        if not number and (short is not None and "'" not in short or short is None and lex.is_known(letters)):
            return m.group(0)
        return phrase

    return _INITIALS.sub(spell, text)
