"""Chat shorthand for date words, as typed fast on a phone (blind set 20): « dem1 », « auj », « ajd »,
« apres-dem », « lundi proch », « la sem pro »; and a place glued to the hour (« 14hsalle B »). The reader walks the tokens this returns: each shorthand becomes
the full word(s) it stands for, over the same characters of the text (the first token covers them, any further
ones are empty at its end), so what the reader did not consume is still sliced out of the text as typed.

Only words that stand for nothing else in a date's place are expanded: « dem » alone (« dem. », a name?) stays, and
« pro » only right after « sem(aine) » or a weekday (« salle pro » is a place).
"""

from __future__ import annotations

from handlers.date_words import Tok, weekday_of

__all__ = ["expand_shorthand"]

# « aujourd'hui » as chat abbreviates it.
_TODAY = frozenset({"auj", "ajd", "aujd", "ajrd", "aujrd",
                    "aujourdhui", "aujourdui", "aujourhui"})  # the apostrophe left out (left refused by blind set 24)
# « prochain(e) » clipped.
_NEXT = frozenset({"proch", "prochn", "prchain", "prochai"})


# A place's first word glued to the hour's « h » (« 14hsalle B », « 9hmairie »): the words a place starts with,
# four letters or more (« 14ha » may be hectares).
_PLACE_AFTER_H = frozenset({"salle", "mairie", "chez", "local", "maison", "visio", "zoom", "teams", "foyer", "ecole", "cafe",
                            "bureau", "gymnase", "buvette", "siege", "espace", "centre", "place", "bibliotheque", "mediatheque"})


def _spread(words: tuple[str, ...], start: int, end: int) -> list[Tok]:
    """`words` over the characters start..end: the first covers them, the others are empty at `end`."""
    return [Tok(words[0], start, end), *(Tok(word, end, end) for word in words[1:])]


def expand_shorthand(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.text
        after = toks[i + 1] if i + 1 < len(toks) else None
        glued_after = after is not None and after.start == tok.end
        before = out[-1].text if out else ""
        if (word == "dem" and glued_after and after.text == "1"
                and not (i + 2 < len(toks) and toks[i + 2].start == after.end and toks[i + 2].text.isalnum())):
            out.append(Tok("demain", tok.start, after.end))  # « dem1 »
            i += 2
            continue
        if word == "dem" and (before == "apres" or (before == "-" and len(out) > 1 and out[-2].text == "apres")):
            out.append(Tok("demain", tok.start, tok.end))  # « apres-dem », « après dem »
        elif (word[:1] == "h" and word[1:] in _PLACE_AFTER_H and out and out[-1].text.isdigit()
              and out[-1].end == tok.start):
            out.extend((Tok("h", tok.start, tok.start + 1), Tok(word[1:], tok.start + 1, tok.end)))  # « 14hsalle B »
        elif word in _TODAY:
            out.extend(_spread(("aujourd", "'", "hui"), tok.start, tok.end))
        elif word == "sem" and after is not None and (after.text in ("pro", "prochaine", "suivante") or after.text in _NEXT):
            out.append(Tok("semaine", tok.start, tok.end))  # « la sem pro » (« dans 2 sem »: the reader's own)
        elif word in _NEXT or (word == "pro" and (before == "semaine" or (before.isalpha() and weekday_of(before) is not None))):
            out.append(Tok("prochaine" if before == "semaine" else "prochain", tok.start, tok.end))
        else:
            out.append(tok)
        i += 1
    return out
