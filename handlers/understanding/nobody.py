"""« personne s'occupe de la salle ? », « personne ne gère les inscriptions ? »,
« y a personne qui suit le dossier ARS ? »: « personne » as the subject of a verb of charge asks who
has the charge, expecting none. « il n'y a personne du Département ? », « la CCI n'envoie
personne ? », « y a personne en retard ? »: « personne » as the negated « quelqu'un » asks whether
there is someone, and who (read « y a quelqu'un du Département ? », « la CCI envoie quelqu'un ? »,
« qui est en retard ? »; set 30c left them unsure). « il y a quelqu'un de l'hôpital ou pas ? »: the
« ou pas » after someone of a body asks nothing more than « y a quelqu'un de l'hôpital ? » (set 28a).

The answer is the same as to « qui s'occupe de la salle ? »: the member in
charge, or none found. « personne » read as a noun (« une personne ») left
the question in doubt (set 28a). The message is read as « qui … » when
« personne » opens it (or follows « (il n')y a ») and a verb of charge
follows; not « personne n'a vu mon chargeur ? », asked of the members."""

from __future__ import annotations

import re

__all__ = ["nobody_as_who"]

_QUOTES = ("'", "’")

# Verbs (and their frames) of having a charge, as typed, accents or not.
_CHARGE = (r"(?:s'|s )?occupe(?:nt)?|g[eè]re(?:nt)?|pilote(?:nt)?|suit|suivent|coordonne(?:nt)?|repr[eé]sente(?:nt)?"
           r"|prend(?:s|nent)? en charge|(?:est|sont) (?:charg[eé]e?s?|responsables?|r[eé]f[eé]rente?s?)")
_NOBODY = re.compile(rf"^\s*(?:(?:il\s+)?(?:n'|n\s+)?y\s*a\s+)?personne\s+(?:qui\s+|ne\s+|n'|n\s+)?(?=(?:{_CHARGE})\b)",
                     re.IGNORECASE)


# « (il n')y a personne » before a body (« du », « de la », « de l' »), and « n'envoie personne ».
# « (il n')y aura personne de … », « (il n')y avait personne de … »: the same asked of a sitting to come or held,
# its tense kept: « y avait quelqu'un de la DRAC en octobre ? », and for a sitting to come « qui vient de
# l'Éducation nationale jeudi ? », as the announcements are asked (set 39c).
_NOBODY_OF = re.compile(r"^\s*(?:il\s+)?(?:n'|n\s+|n’)?y\s*(a|aura|avait)\s+personne\s+(?=(?:du|des|de|d'|d’)\b|d['’])",
                        re.IGNORECASE)
_SENDS_NOBODY = re.compile(r"\b(?:n'|n’|ne\s+)(envoie(?:nt)?|d[ée]l[èe]gue(?:nt)?)\s+personne\b", re.IGNORECASE)
_NOBODY_LATE = re.compile(r"^\s*(?:il\s+)?(?:n'|n\s+|n’)?y\s*a\s+personne\s+(?:qui\s+(?:est|soit)\s+)?(?=en\s+retard\b)",
                          re.IGNORECASE)


# « (il) y a quelqu'un de <X> ou pas ? »: the tag, after someone of a body.
_SOMEONE_OR_NOT = re.compile(r"^(\s*(?:il\s+)?y\s*a\s+quelqu['’]\s*un\s+d.*?)\s*,?\s+ou\s+(?:pas|non)\s*(\?*)\s*$",
                             re.IGNORECASE)


# « la salle pour janvier, personne ne l'a encore réservée ? »: the thing put first, then « personne » doing it (a
# pronoun standing for it): who does it, and whether it is done, as « …, qui l'a réservée ? » asks (set 39c). Only
# after a thing put first: « personne n'a vu mes clés ? » is asked of the members.
_NOBODY_DID = re.compile(r"(,\s*)personne\s+(?:ne\s+|n['’]\s*)?(l['’]\s*|les\s+)a\s+(?:(?:pas\s+)?encore\s+|toujours\s+|jamais\s+)?"
                         r"(?=\w+[ée]e?s?\b)", re.IGNORECASE)

# The asker's own things put first (« mes clés », « mon badge »): lost or lent, asked of the members.
_MINE = re.compile(r"\b(?:mon|ma|mes)\b", re.IGNORECASE)


def _who_did(match: re.Match[str]) -> str:
    """« , personne ne l'a encore » read « , qui l'a »."""
    pronoun = match.group(2).strip()
    return f"{match.group(1)}qui {pronoun}{'' if pronoun[-1] in _QUOTES else ' '}a "


def nobody_as_who(text: str) -> str:
    """`text` with « personne (ne) <verbe de charge> » opening it read « qui <verbe> », « (il n')y a (avait)
    personne de <X> » read « y a (avait) quelqu'un de <X> » and « (il n')y aura personne de <X> » « qui vient de
    <X> », « n'envoie personne » « envoie quelqu'un », « y a personne en retard » « qui est en retard », « <X>,
    personne ne l'a encore <participe> ? » « <X>, qui l'a <participe> ? », and « y a quelqu'un de <X> ou pas ? »
    without its « ou pas »."""
    text = _NOBODY_LATE.sub("qui est ", text, count=1)
    text = _NOBODY_OF.sub(lambda m: "qui vient " if m.group(1).casefold() == "aura" else f"y {m.group(1)} quelqu'un ",
                          text, count=1)
    text = _SENDS_NOBODY.sub(r"\1 quelqu'un", text, count=1)
    text = _SOMEONE_OR_NOT.sub(r"\1 \2", text, count=1)
    if not _MINE.search(text.split(",")[0]):  # « mes clés, personne ne les a vues ? » asks the members
        text = _NOBODY_DID.sub(_who_did, text, count=1)
    return _NOBODY.sub("qui ", text, count=1)
