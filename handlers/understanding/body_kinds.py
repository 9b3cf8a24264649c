"""A public body named by its kind and its town (« la Ville de Verviers »,
« le CPAS de Herstal », « la commune de Seraing ») that the group does not
have: the town alone found another body (Lire et Écrire Liège-Verviers,
the Ville de Herstal, the CPAS de Seraing), of another kind. Answering with
that body would be a confident wrong answer about a body nobody in the
group represents; the honest reply says so and offers the body found."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from handlers.messages import Reply
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.spelled_out import meanings
from handlers.understanding.world import ORG_STOP, World, plain

__all__ = ["asked_family", "body_family", "other_body", "other_body_outcome"]

HERE = Path(__file__).parent
_MEETINGS = frozenset({"meeting_next", "meeting_which", "meeting_last", "meetings_upcoming", "agenda_items"})


@cache
def _families() -> dict[str, tuple[str, ...]]:
    """Family -> its opening words, folded (entities.toml, [body_families])."""
    with (HERE / "entities.toml").open("rb") as handle:
        raw = tomllib.load(handle).get("body_families", {})
    return {family: tuple(plain(w) for w in words) for family, words in raw.items()}


def _typed(u: Understanding, start: int, end: int) -> str:
    """The words as typed, elisions glued back (« maison de l'emploi »)."""
    out = ""
    for w in u.words[start:end]:
        out += w.raw + ("'" if w.folded in ("l", "d", "j", "qu", "n", "s", "c") else " ")
    return out.strip()


def body_family(label: str) -> str | None:
    """The family a body's name opens with (« Ville de Herstal » -> commune), else None."""
    name = f"{plain(label)} "
    return next((family for family, openings in _families().items()
                 if any(name.startswith(f"{o} ") for o in openings)), None)


def asked_family(u: Understanding, body: Entity) -> tuple[str, str, str] | None:
    """The family of body the question names for `body`: a kind word, then « de » and
    the name the body was found by (« la Ville de Verviers », « le CPAS de Herstal »),
    with the words as typed and folded. « Plaine Commune », « la Fédération des CPAS »,
    « la permanence CPAS-Forem » open with no kind followed by « de »: none."""
    words = [w.folded for w in u.words]
    for i in range(max(0, body.start - 3), body.start + 1):
        for family, openings in _families().items():
            for opening in openings:
                size = len(opening.split())
                after = i + size  # the « de » between the kind and the name
                if (" ".join(words[i:after]) == opening and words[after:after + 1] in (["de"], ["d"], ["du"])
                        and body.start <= after + 1 < body.end):
                    return family, _typed(u, i, body.end), " ".join(words[i:body.end])
    return None


def _town(words: str, world: World) -> bool:
    """Whether folded `words` name a town of the group: an alias of a commune's or a CPAS's body,
    or a word of a meeting place."""
    found = world.org_aliases.get(words)
    # « Bobigny » in « Mission locale de Bobigny » is a town when a meeting place says so too.
    return words in world.places or found is not None and any(
        body_family(part) in ("commune", "cpas") for part in found[0].split(" / "))


def _of_other_town(u: Understanding, world: World) -> tuple[str, Entity] | None:
    """« la maison de l'emploi de Seraing » when the group's is the Maison de l'emploi de
    Liège: a body named in part, then « de » and a town that is not the rest of its name, nor a town its
    members' roles place it in."""
    bodies = sorted((e for e in u.entities if e.kind == "org"), key=lambda e: e.start)
    for first, then in zip(bodies, bodies[1:]):
        if then.start != first.end + 1 or u.words[first.end].folded not in ("de", "d", "du"):
            continue
        named = " ".join(w.folded for w in u.words[first.start:first.end])
        label = plain(first.label.split(" / ")[0])
        rest = label[label.find(named) + len(named):].split() if named in label else []
        rest = [w for w in rest if w not in ORG_STOP]
        town = " ".join(w.folded for w in u.words[then.start:then.end])
        # « l'UAPE de Bercher » for the UAPE La Ruche whose member is « Responsable de l'UAPE de Bercher »: a role
        # of the body places it in that town; it is the group's, not another town's.
        placed = any(f" {town} " in f" {plain(m.role)} " for m in first.items)
        if rest and _town(" ".join(rest), world) and town not in label.split() and not placed:
            return _typed(u, first.start, then.end), first
    return None


def other_body(u: Understanding, world: World) -> tuple[str, Entity] | None:
    """The body named by a kind the group's body found for it is not of, with
    the words as typed: (« Ville de Verviers », the Lire et Écrire entity)."""
    if u.intent in _MEETINGS:
        return None  # « la réunion à la mairie de Saint-Nazaire »: a meeting's place, read as such by the meeting answers
    for body in (e for e in u.entities if e.kind == "org"):
        asked = asked_family(u, body)
        if asked is None:
            continue
        # « Ville d'Andenne / CPAS d'Andenne »: any body of the family asked answers.
        found = {body_family(part) for part in body.label.split(" / ")}
        # A town found only in a member's role (« maire de Sceaux ») is the town itself, of every family.
        if body.extra.get("in_role") or asked[0] in found:
            continue
        # « le CCAS de Montrouge » for the Ville de Montrouge whose member directs the CCAS: a role
        # of the body speaks of that kind (« le CCAS de Vénissieux » when no role does is another body).
        kind = asked[2].split()[0]
        # The role may spell the kind out (« Directeur du centre communal d'action sociale », spelled_out.py).
        spelled = f" {plain(meanings().get(kind, '') or '#')} "
        if any(kind in plain(m.role).split() or spelled in f" {plain(m.role)} " for m in body.items):
            continue
        return asked[1], body
    # Only then a body of the same kind elsewhere: « le CPAS de Herstal » offers the Ville de Herstal first.
    return _of_other_town(u, world)


def other_body_outcome(u: Understanding, asked: str, body: Entity) -> Outcome:
    """The honest reply: that body is not in the group; the one found is offered."""
    reply = Reply.of(f"Je ne trouve pas « {asked} » parmi les organisations du groupe.",
                     f"Le plus proche : {body.label}. Tapez /membres pour l'annuaire.")
    return Outcome(reply, None, False, "", u)
