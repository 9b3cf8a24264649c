"""A title held over less than was asked: over a part of a body
(« Directrice du service d'insertion » at the CPAS is not « le directeur du
CPAS », a « Responsable d'agence » not France Travail's head), as a deputy
(« Maire adjoint » is not « le maire »), or in another town (« le maire de
Lyon » is not the one of Givors). When the question does not say so,
answering with that member would give a role nobody holds; the honest
reply offers them as the closest."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.normalise import Word, lexicon
from handlers.understanding.spans import Entity
from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import plain
from storage.models import Member

if TYPE_CHECKING:
    from handlers.understanding.pipeline import Understanding

__all__ = ["title_opening", "body_of_holder", "deputy", "elsewhere", "is_unit", "narrower", "placed_in_roles", "without_deputies"]

HERE = Path(__file__).parent
_LINKS = frozenset({"du", "de", "d", "des", "la", "l"})


@cache
def _group_words() -> frozenset[str]:
    """The one-word names of the group itself (lexicon.toml `group_bodies`: « cellule », « taskforce »)."""
    return frozenset(w for w in group_bodies() if " " not in w)


@cache
def _parts() -> frozenset[str]:
    """Words naming a part of a body (entities.toml, `body_parts`)."""
    with (HERE / "entities.toml").open("rb") as handle:
        return frozenset(plain(w) for w in tomllib.load(handle).get("body_parts", []))


def is_unit(organisation: str) -> bool:
    """`organisation` is written as a part of a body, « <body>, bureau d'information d'Apt » (« bureaux … » too)."""
    head, comma, part = organisation.partition(",")
    first = plain(part).split()[:1]
    return bool(comma and head.strip() and first and first[0].rstrip("sx") in {p.rstrip("sx") for p in _parts()})


# A body's local units, which a role names bare when the member's body is one (« Directrice d'agence »).
_LOCAL_UNITS = frozenset({"agence", "antenne"})


def narrower(role: str, stems: tuple[str, ...], asked: list[Word], body: str = "") -> str | None:
    """The part of a body the title in `role` (a word opening with one of `stems`) is held
    over (« service »), when the question's words (`asked`) do not name it; else None.
    A body that is itself such a part (`body`: « Service de l'action sociale ») has its
    « cheffe de service » at its head."""
    said = {w.folded for w in asked} | {w.lemma for w in asked} | set(plain(body).split()[:1])
    # « le chef de l'ASE » names the « service de l'aide sociale à l'enfance » by its initials (spelled_out.py).
    said |= {x for w in list(said) if w in meanings() for x in plain(meanings()[w]).split()}
    # « Assistante de la direction emploi, secrétariat du copil »: a clause holding the title over no part answers,
    # whatever another clause of the role narrows.
    narrowed: str | None = None
    for words in _clauses(role):
        # A clause opening with the very word asked (« secrétariat du copil » asked « le secrétariat ») holds it too.
        i = next((k for k, w in enumerate(words) if w.startswith(stems) or k == 0 and len(w) > 3 and w in said), None)
        if i is None:
            continue
        j = i + 1
        while j < len(words) and words[j] in _LINKS:
            j += 1
        if not (j > i + 1 and j < len(words) and words[j] in _parts()):
            return None
        part = words[j]
        if part in _LOCAL_UNITS and j + 1 == len(words):
            # « Directrice d'agence » at France Travail Alès, with no agency named: the member's own body is that
            # local unit, so she heads it (« la directrice de France Travail ? »).
            return None
        # « la responsable domiciliation du CCAS » names the « pôle domiciliation » by its own word.
        # « la cheffe de la PMI » names the « service de PMI » by its acronym, short but known (spelled_out.py).
        named = any(w in said for w in words[j + 1:] if w not in _LINKS and (len(w) > 3 or w in meanings()))
        # « présidente de la cellule » asked « qui préside la TF ? »: both words name the group itself.
        own = part in _group_words() and bool(said & _group_words())
        if part in said or part.rstrip("s") in said or named or own:
            return None
        narrowed = narrowed or part
    return narrowed


# Words that make a title a deputy's, after it (« maire adjoint ») or before it (« vice-président »).
_DEPUTY_AFTER = frozenset({"adjoint", "adjointe", "adjoints", "adjointes", "suppleant", "suppleante"})
_DEPUTY_BEFORE = frozenset({"vice", "sous", "adjoint", "adjointe"})
_SUBSTITUTES = frozenset({"suppleant", "suppleante"})


# Verbs of standing in for a title's holder, whose answer is a deputy.
_STANDING_IN = frozenset({"remplace", "remplacer", "remplacent", "supplee", "suppleer", "interim"})


def deputy(role: str, stems: tuple[str, ...], asked: list[Word]) -> bool:
    """Whether every title in `role` opening with one of `stems` is a deputy's, the question not saying so."""
    said = {w.folded for w in asked}
    if said & (_DEPUTY_AFTER | _DEPUTY_BEFORE | _STANDING_IN):
        return False  # « qui remplace le chef d'office ? » asks for the deputy (stand_in.py)
    held = [(words, i) for words in _clauses(role) for i, w in enumerate(words) if w.startswith(stems)]
    # « les délégués de Boissel ? »: the title asked in the plural counts its substitutes (« Déléguée suppléante »),
    # who hold it too; a « Maire adjoint » stays a deputy (set 48b).
    after = _DEPUTY_AFTER - _SUBSTITUTES if any(w.folded.startswith(stems) and w.folded.endswith(("s", "x"))
                                                 and len(w.folded) > 3 for w in asked) else _DEPUTY_AFTER
    # « adjoint au maire »: the deputy's word two before, a little word between.
    return bool(held) and all((i + 1 < len(words) and words[i + 1] in after)
                              or (i > 0 and words[i - 1] in _DEPUTY_BEFORE)
                              or (i > 1 and words[i - 1] in ("au", "a", "du", "de") and words[i - 2] in _DEPUTY_BEFORE)
                              for words, i in held)


def _opens_with(role: str, stems: tuple[str, ...], asked: list[Word]) -> bool:
    """Whether `role` opens with the title (a word opening with one of `stems`), held in full, not as a deputy."""
    first = plain(role).split()[:1]
    return bool(first) and first[0].startswith(stems) and not deputy(role, stems, asked)


def without_deputies(stems: tuple[str, ...], holders: list[Member], asked: list[Word]) -> list[Member]:
    """`holders` without the deputies of the title, when another's role opens with it in full: « qui est le principal ? »
    of a « Principal du collège » and a « Principale adjointe » (lead's set 74); a « Vice-présidente …, coprésidente du
    comité » beside a « Directeur adjoint, coprésident du comité » stays, no role opening with the title."""
    if not any(_opens_with(m.role or "", stems, asked) for m in holders):
        return holders
    return [m for m in holders if not deputy(m.role or "", stems, asked)]


def title_opening(wants: Sequence[str], holders: list[Member], asked: list[Word]) -> list[Member]:
    """Of several `holders` of a title (its stems `wants`), those not its deputies and holding it as a title: a
    clause of their role opens with it (« Principal du collège », « Maire d'Essoyes, présidente de la commission »),
    not a word qualifying another title (« Conseillère principale d'éducation »); `holders` when none does."""
    stems = tuple(x.split()[0] for x in wants)
    holders = without_deputies(stems, holders, asked)
    # « Coprésidente du conseil » holds the presidency as « Présidente … » does (co_titles.py).
    titled = [m for m in holders if any(_opens(clause[0], stems) for clause in _clauses(m.role or ""))]
    return titled or holders


def _opens(word: str, stems: tuple[str, ...]) -> bool:
    """Whether `word` is the title of `stems`, or its co-title (« coprésidente »)."""
    return word.startswith(stems) or word.startswith("co") and word[2:].startswith(stems)


def opening_title(wants: Sequence[str], holders: Sequence[Member]) -> list[Member]:
    """The `holders` whose role's first word is the title (its stems `wants`): « Principal du collège »."""
    stems = tuple(x.split()[0] for x in wants)
    return [m for m in holders if plain(m.role or "").split()[:1] and plain(m.role or "").split()[0].startswith(stems)]


def _clauses(role: str) -> list[list[str]]:
    """The role's clauses, folded: « Trésorier, adjoint au maire de Clamart » holds two titles."""
    return [plain(part).split() for part in re.split(r"[,;/]", role) if plain(part)]


def elsewhere(member_text: str, towns: list[str]) -> bool:
    """Whether none of the folded `towns` the question names is in the member's role or body."""
    held = f" {plain(member_text)} "
    return bool(towns) and not any(f" {t} " in held for t in towns)


def placed_in_roles(u: Understanding, org: Entity, members: list[Member]) -> list[Member]:
    """The members outside `org` whose role names the place its words were typed as: « au Mirail »
    found the « Conseil citoyen du Mirail », and « Médiatrice sociale, quartier du Mirail » works there."""
    said = [u.words[k].folded for k in range(org.start, org.end) if u.words[k].folded not in lexicon().stopwords]
    return [m for m in members if said and m not in org.items
            and all(f" {w} " in f" {plain(m.role)} " for w in said)]


def body_of_holder(orgs: Sequence[Entity], holding: Callable[[tuple[Member, ...]], list[Member]],
                   fits: Callable[[list[Member]], bool], asked: Sequence[Word] = (), thing: bool = False) -> Entity | None:
    """Of the bodies a role question names, the one where someone holds the role: first one whose holder's
    role says the thing asked (`thing`: « le coordinateur de Né pour lire à Renens »: not the Ville de Renens, whose
    coordinator coordinates the group), else the last named with a holder, else the last named. A town
    named alone (« à Vevey ») whose town hall's holders do not do the thing asked names the place, not
    that body: none, and the directory's holders of the thing answer (« Ludothèque de Vevey »)."""
    fitting = next((o for o in reversed(orgs) if (held := holding(o.items)) and fits(held)), None)
    if fitting is not None:
        return fitting
    if thing and orgs and _town_alone(orgs[-1], asked):
        return None
    return next((o for o in reversed(orgs) if holding(o.items)), orgs[-1] if orgs else None)


# The bodies that are a town's own (« Ville de Vevey », « Commune de Crissier »).
_TOWN_HALLS = ("ville de ", "ville d ", "commune de ", "commune d ", "mairie de ", "mairie d ")


def _town_alone(org: Entity, asked: Sequence[Word]) -> bool:
    """`org` is a town's own body, named by the town's name alone (« à Vevey »)."""
    label = plain(org.label)
    typed = " ".join(w.folded for w in asked[org.start:org.end])
    return label.startswith(_TOWN_HALLS) and bool(typed) and not typed.startswith(("ville", "commune", "mairie")) \
        and label.endswith(typed)
