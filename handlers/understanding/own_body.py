"""The asker's own body and the people of it, named as its members name them.

A member linked to their account writes « mon asso », « notre structure »,
« de chez nous », « ma cheffe », « ma directrice », « ma collègue »: words
that name a body or a person only through the one asking. When the sender
is a known member, these words are read as what they stand for before the
message is understood: « qui vient de chez nous jeudi ? » is « qui vient de
<the sender's body> jeudi ? », « ma cheffe vient jeudi ? » is « <the head of
the sender's body> vient jeudi ? »; « nos tâches », « nous on doit fournir
quoi ? », « on a décidé quoi pour nous ? » (when a decision names the body)
speak for the body too, « c'est quoi mon rôle ? » asks the sender's own line.
Nothing is read when the sender is not a member, when the noun does not fit
the body (« mon service » of a member whose body's name says no service),
when the body's name holds a meeting place's word (it would be read as the
place), or when the person meant is not one member (two heads, two
colleagues): the message is then left as typed.

The question of the title itself (« c'est qui ma directrice ? », « qui est
mon chef ? ») keeps the title and names the body: « c'est qui la directrice
de <body> ? ».
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from storage.models import Member

__all__ = ["own_words"]

# The words for one's own body, after a possessive (« mon asso », « notre structure », « ma boîte »).
_BODY_NOUNS = ("association", "asso", "structure", "organisme", "organisation", "service", "boite", "boîte",
               "etablissement", "collectivite", "mairie", "commune", "ville", "cabinet", "agence", "federation",
               "institution", "maison", "centre", "direction", "equipe")
# Nouns that must be in the body's name for the possessive to name it (« mon service » of a member of a
# « Service … »; « ma mairie » of a « Ville de … » or « Mairie de … »): others always name it.
_NEEDS_WORD = {"service": ("service",), "mairie": ("ville", "mairie", "commune"), "commune": ("ville", "mairie", "commune"),
               "ville": ("ville", "mairie", "commune"), "cabinet": ("cabinet",), "agence": ("agence",),
               "federation": ("federation",), "maison": ("maison",), "centre": ("centre",),
               "direction": ("direction",), "etablissement": ("etablissement", "college", "lycee", "ecole"),
               "collectivite": ("ville", "commune", "departement", "region", "conseil", "communaute", "metropole")}
# The head of one's body, after a possessive (« ma cheffe », « mon directeur »), with the role words it is.
_ELECTED = ("adjoint", "adjointe", "elu", "elue", "vice", "maire", "municipal", "municipale", "echevin", "echevine")
# A coordinator heads a small body that has no director (« Coordinatrice du pôle »).
_HEADS = {"chef": ("chef", "cheffe", "directeur", "directrice", "president", "presidente", "responsable",
                   "coordinateur", "coordinatrice"),
          "cheffe": ("chef", "cheffe", "directeur", "directrice", "president", "presidente", "responsable",
                     "coordinateur", "coordinatrice"),
          "directeur": ("directeur", "directrice"), "directrice": ("directeur", "directrice"),
          "president": ("president", "presidente"), "presidente": ("president", "presidente"),
          "responsable": ("responsable", "chef", "cheffe"), "patron": ("directeur", "directrice", "chef", "cheffe"),
          "patronne": ("directeur", "directrice", "chef", "cheffe"),
          "coordinateur": ("coordinateur", "coordinatrice"), "coordinatrice": ("coordinateur", "coordinatrice"),
          # « mon élue », « notre VP »: the body's elected member (an adjointe, a vice-présidente, an échevine).
          "elu": _ELECTED, "elue": _ELECTED, "vp": ("vice",),
          "superieur": ("chef", "cheffe", "directeur", "directrice", "responsable"),
          "superieure": ("chef", "cheffe", "directeur", "directrice", "responsable")}
# What a body has to do or speaks for, after « nos » / « notre »: its tasks, its representative.
_OURS = re.compile(r"\bnos\s+(taches|actions|missions)\b|\bnotre\s+(representante?|deleguee?|referente?)\b")
# The asker's own line: « mon rôle », « ma fonction » (not « mon rôle dans la fête »: a charge, read as typed),
# « je suis inscrite / enregistrée avec (comme, sous) quel rôle ? ».
_GROUP_NOUNS = r"(?:groupe|conseil|comite|collectif|reseau|copil|commission|plateforme|annuaire|repertoire)"
_MY_LINE = re.compile(r"\b(?:mon|ma)\s+(role|fonction|titre)\b(?!\s+(?:dans|pour|sur|a|au|aux)\b(?!\s+(?:le|la|l')?\s*"
                      + _GROUP_NOUNS + r"\b))"
                      r"|\bje\s+suis\s+(?:enregistre|inscrit|note|repertorie|reference)e?s?\s+(?:avec|comme|sous)\s+"
                      r"quel(?:le)?s?\s+(role|fonction|titre)\b")
_MY_BODY = re.compile(r"\bje\s+suis\s+(?:de|dans|a|pour|chez)\s+quel(?:le)?s?\s+(?:structure|organisation|orga|organisme|"
                      r"asso|association|service|boite|institution)\b|\bje\s+represente\s+(?:qui|quoi)\b")
# « est-ce que je fais toujours partie du groupe ? », « je suis toujours membre du CA ? », « je siège dans quelle
# commission ? », « je suis au bureau moi ? »: the asker's own seat, which their line in the directory says (set 49b).
_SEAT_BODIES = _GROUP_NOUNS[:-1] + r"|ca|bureau)"
_MY_SEAT = re.compile(r"(?:\best[\s-]+ce\s+que?\s+)?\bje\s+(?:fais|fait|suis)\s+(?:toujours\s+|encore\s+|bien\s+)?"
                      r"(?:partie|membre)\s+(?:du|de\s+la|de\s+l'?)\s*" + _SEAT_BODIES + r"\b"
                      r"|\bje\s+(?:suis|siege)\s+(?:dans|a|au|membre\s+de)\s+quel(?:le)?s?\s+"
                      r"(?:commissions?|colleges?|groupes?\s+de\s+travail)\b"
                      # not « je suis au bureau, j'arrive » (at the office): asked, and nothing else said
                      r"|\bje\s+suis\s+(?:bien\s+|toujours\s+)?au\s+bureau\s*(?:moi\s*)?\?"
                      r"|\bje\s+suis\s+(?:inscrite?|la|membre|assise?)\s+(?:au\s+titre\s+de|pour)\s+quel(?:le)?s?\s+"
                      r"(?:structure|organisation|organisme|asso|association|college)\b")
# « qui me remplace quand je peux pas venir ? »: the asker's stand-in, asked as anyone's (« qui remplace X ? »: seats.py).
_MY_STAND_IN = re.compile(r"\bqui\s+(?:me|m')\s*(remplace|remplacera|supplee|suppleera)\b")
_COLLEAGUES = ("collegue", "collegues", "binome", "coequipier", "coequipiere")
_POSSESSIVE = r"(?:mon|ma|notre)"
# « qui est ma cheffe ? », « c'est qui mon directeur ? », « ma directrice c'est qui ? »: the title asked.
_TITLE_ASKED = re.compile(r"(?:\bqui\s+(?:est|c\W*est|sont)\s+$)|(?:\bc\W*est\s+qui\s+$)")
_TITLE_ASKED_AFTER = re.compile(r"^\s*(?:,\s*)?(?:c\W*est|est)\s+qui\b")


def _names_body(record: str, names: set[str]) -> bool:
    """A record naming the body: its name's distinctive words all in it (« l'association Du Côté des Femmes »)."""
    distinctive = {w for w in names if len(w) > 3} - {"association", "service", "ville", "commune"}
    return bool(distinctive) and distinctive <= set(re.findall(r"[a-z]+", _fold(record)))


def _fold(text: str) -> str:
    """Lowercase without accents, one character for each character of `text` (spans carry over)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0] if char.isalpha() else char
        out.append(base.lower() if len(base.lower()) == 1 else char)
    return "".join(out).replace("’", "'")


def _role_words(member: Member) -> set[str]:
    return set(re.findall(r"[a-z]+", _fold(member.role or "")))


def _body_names(body: str) -> set[str]:
    return set(re.findall(r"[a-z]+", _fold(body)))


def _head(me: Member, colleagues: Sequence[Member], noun: str) -> Member | None:
    """The one member of the sender's body whose role is that head's, if one."""
    wanted = _HEADS[noun]
    # The role's first title counts first (« Directrice » over « …, responsable du site »).
    first = [m for m in colleagues if m.name != me.name and re.findall(r"[a-z]+", _fold(m.role or ""))[:1]
             and re.findall(r"[a-z]+", _fold(m.role or ""))[0] in wanted]
    if len(first) == 1:
        return first[0]
    anywhere = [m for m in colleagues if m.name != me.name and _role_words(m) & set(wanted)]
    return anywhere[0] if len(anywhere) == 1 else None


# « la CAF c'est qui chez nous ? »: « chez nous » after « c'est qui » is the group, not the asker's body; chat's
# « le PNR c qui chez nous » too (the lead's set 82).
_WHO_IS_OURS = re.compile(r"\S.*\bc(?:\W?\s*est)?\s+qui\s+$")


# Words of a body's name too common to say which body is meant (« club », « ville », « de la Vendée »).
_COMMON_NAME_WORDS = frozenset({"club", "ville", "association", "service", "maison", "commune", "communes", "communaute",
                                "college", "centre", "office", "municipal", "sports", "sport", "pays", "vendee"})


def _other_body_asked(before: str, body: str, members: Sequence[Member]) -> bool:
    """« qui s'occupe de l'USEP chez nous ? »: a « qui » question naming another member's body before « chez nous »,
    which then is the group (set 45c), not the asker's body."""
    if not re.match(r"\s*qui\b", before):
        return False
    mine = _body_names(body)
    said = set(re.findall(r"[a-z]+", before))
    return any(({w for w in _body_names(m.organisation) if len(w) > 2} - mine - _COMMON_NAME_WORDS) & said
               for m in members if m.organisation and m.organisation != body)


def own_words(text: str, me: Member | None, members: Sequence[Member], places: Sequence[str] = (),
              decisions: Sequence[str] = ()) -> str:
    """`text` with the sender's own body and its people named, when the sender is a known member.

    `places` are the meetings' places: a body whose name holds one of their words (« Association Vivre à
    Prélaz » meeting « Maison de quartier de Prélaz ») is left as typed, its name would be read as the place."""
    if me is None or not me.organisation:
        return text
    body = me.organisation
    colleagues = [m for m in members if m.organisation == body]
    names = _body_names(body)
    place_words = {w for place in places for w in re.findall(r"[a-z]+", _fold(place)) if len(w) > 3}
    spans: list[tuple[int, int, str]] = []
    folded = _fold(text)
    # « qui d'autre est de mon asso ? »: the others are who is asked, as « qui » alone asks them.
    if (other := re.search(r"\bqui\s+d\W?\s*autres?\b", folded)) is not None:
        spans.append((other.start(), other.end(), "qui"))
    body_nouns = [n for n in dict.fromkeys(_fold(n) for n in _BODY_NOUNS)
                  if not _NEEDS_WORD.get(n) or names & set(_NEEDS_WORD[n])]
    if not {w for w in names if len(w) > 3} & place_words:
        pattern = rf"\b{_POSSESSIVE}\s+(?:{'|'.join(body_nouns)})\b|\b(?:de\s+)?chez\s+nous\b"
        for match in re.finditer(pattern, folded):
            said = match.group(0)
            start = match.start()
            # « de chez nous » is « de <body> »; « chez nous » alone, « à <body> ».
            if said.startswith("de "):
                spans.append((start, match.end(), f"de {body}"))
            elif said.startswith("chez") and (re.search(_WHO_IS_OURS, folded[:start])
                                              or _other_body_asked(folded[:start], body, members)):
                # « la CAF c'est qui chez nous ? »: who is the CAF's in the group, not in the asker's body.
                spans.append((start, match.end(), ""))
            elif said.startswith("chez"):
                spans.append((start, match.end(), f"à {body}"))
            else:
                spans.append((start, match.end(), body))
        for match in re.finditer(_OURS, folded):
            said = match.group(0)
            if said.startswith(("nos ", "nos\t")):  # « nos tâches »: the body's, the group's would be « les »
                spans.append((match.start(), match.end(), f"les {text[match.start(1):match.end(1)]} de {body}"))
            elif said.startswith("notre"):  # « notre représentante »: the body's
                noun = text[match.start(2):match.end(2)]
                article = "la" if _fold(noun).endswith(("ee", "nte")) else "le"
                spans.append((match.start(), match.end(), f"{article} {noun} de {body}"))
        # « nous on doit fournir quoi ? », « on doit rendre quoi nous ? »: « nous » stressed is the body speaking.
        stressed = re.match(r"^\s*nous\s*,?\s+on\b", folded) or re.search(r"\bon\b[^?]*\bquoi\s+nous\s*\??\s*$", folded)
        if stressed and (subject := re.search(r"\bon\b", folded)):
            spans.append((subject.start(), subject.end(), body))
            if stressed.group(0).lstrip().startswith("nous"):
                spans.append((stressed.start(), folded.index("nous") + 4, ""))
            else:
                tail = folded.rindex("nous")
                spans.append((tail, tail + 4, ""))
        # « on a décidé quoi pour nous ? »: the body, when a decision names it.
        if any(_names_body(record, names) for record in decisions):
            for match in re.finditer(r"\b(pour|sur|concernant)\s+nous\b", folded):
                spans.append((match.start(), match.end(), f"{text[match.start(1):match.end(1)]} {body}"))
    else:
        # « le Hub, c'est qui chez nous ? »: who in the group, even when the asker's body is named as a place is.
        spans.extend((m.start(), m.end(), "") for m in re.finditer(r"\bchez\s+nous\b", folded)
                     if re.search(_WHO_IS_OURS, folded[:m.start()]))
        # « qui d'autre vient de chez nous ? »: who is of the asker's body, named even when the meetings are held at
        # its premises (« salle …, MJC La Fabrique »): after « qui vient de », the name is read as the body (set 49b).
        spans.extend((m.start(1), m.end(1), f"de {body}") for m in re.finditer(
            r"^\s*qui\s+(?:d\W?\s*autres?\s+)?(?:vient|viennent|est|sont)\s+(de\s+chez\s+nous)\s*\??\s*$", folded))
        # « notre asso a voté quoi sur le local ? »: the body whose premises hold the sittings is the one whose board
        # the group is; what it voted is what the group decided, « on a voté … » (set 49b), no other body's vote.
        spans.extend((m.start(), m.end(), "on") for m in re.finditer(
            rf"\b{_POSSESSIVE}\s+(?:{'|'.join(body_nouns)})(?=\s+(?:a|avait)\s+(?:vote|decide|adopte|acte|tranche|choisi|retenu)\b)",
            folded))
    # « c'est quoi mon rôle ? », « je suis enregistrée avec quel rôle ? »: the asker's own line in the directory.
    for match in re.finditer(_MY_LINE, folded):
        noun = text[match.start(1):match.end(1)] if match.group(1) else text[match.start(2):match.end(2)]
        spans.append((match.start(), match.end(), f"le {noun} de {me.name}" if match.group(1)
                      else f"quel est le {noun} de {me.name}"))
    # « je suis de quelle structure ? », « moi je représente qui ? »: the asker's own line too.
    for match in re.finditer(_MY_BODY, folded):
        spans.append((match.start(), match.end(), f"quel est le rôle de {me.name}"))
    for match in re.finditer(_MY_SEAT, folded):
        spans.append((match.start(), match.end(), f"quel est le rôle de {me.name}"))
    for match in re.finditer(_MY_STAND_IN, folded):
        spans.append((match.start(), match.end(), f"qui {text[match.start(1):match.end(1)]} {me.name}"))
    # « qui sont mes collègues ? »: the others of the asker's body.
    if len(colleagues) > 1:
        for match in re.finditer(r"\bmes\s+(?:collegues|coequipiers|coequipieres)\b", folded):
            spans.append((match.start(), match.end(), f"les membres de {body}"))
    heads = "|".join(_HEADS)
    for match in re.finditer(rf"\b{_POSSESSIVE}\s+({heads})\b", folded):
        head = _head(me, colleagues, match.group(1))
        if head is None:
            continue
        before, after = folded[:match.start()], folded[match.end():]
        if _TITLE_ASKED.search(before) or _TITLE_ASKED_AFTER.search(after):
            title = text[match.start(1):match.end(1)]
            spans.append((match.start(), match.end(), f"la {title} de {body}" if title.endswith(("e", "E"))
                          else f"le {title} de {body}"))
        else:
            spans.append((match.start(), match.end(), head.name))
    others = [m for m in colleagues if m.name != me.name]
    if len(others) == 1:
        for match in re.finditer(rf"\b(?:mon|ma|notre)\s+(?:{'|'.join(_COLLEAGUES)})\b", folded):
            rest = text[match.end():].lstrip()
            if rest[:1].isupper() or re.match(r"(?:de|du|des)\b|d'", _fold(rest)):
                continue  # « ma collègue Léa »: the name follows; « mon collègue de la CAF »: one of another body
            spans.append((match.start(), match.end(), others[0].name))
    if not spans:
        return text
    out, last = [], 0
    for start, end, said in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(said)
        last = end
    out.append(text[last:])
    return "".join(out)

