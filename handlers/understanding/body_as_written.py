"""A body named by what it is or does, said again under the name the
group's decisions write it with.

« la sécu tient une permanence où ? », « la fac propose quoi aux
demandeurs d'emploi ? », « les ateliers avec le fisc c'est en quel mois ? »:
the question names the CPAM, the Campus Périgord, the DDFiP by a word of
what they are (entities.toml [kinds]) that no decision writes, so the
decision's own words are missing from the topic and the question is read
unsure. Said with the body's name as the decisions write it (« la CPAM
tient une permanence où ? »), it finds the decision; so for a date (« le
forum à l'hosto c'est quel jour ? » of the « Forum … au Centre
hospitalier »). answer.respond keeps only a decision or a date answer from
that second reading: who represents a body or whether it comes is asked of
the body itself, whatever it is called."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import World, entity_data, plain

__all__ = ["as_written"]


def _count(alias: str, texts: Sequence[str]) -> int:
    return sum(f" {alias} " in f" {t} " for t in texts)


def as_written(u: Understanding, world: World, records: Sequence[str]) -> str | None:
    """The question with the one body it names said as the `records` (decisions, dates) name it, when it was named
    otherwise (« la sécu » for the CPAM the decisions call « la CPAM »); None when it names no body, several, or the
    records' own name already."""
    org = u.first("org")
    if org is None or not org.items or len({m.organisation for m in org.items}) != 1 or len(u.entities) > 2:
        return None
    texts = [plain(t) for t in records]
    said = " ".join(w.folded for w in u.words[org.start:org.end])
    # « la CPAM … »: the decisions' own word, the first reading had it. A kind's word a decision says is no name of
    # the body there (« la commune » beside « une permanence commune »).
    if not said or said not in entity_data()["kinds"] and _count(said, texts):
        return None
    label = org.items[0].organisation
    # Of the body's names (its acronym, its opening words, its name whole), the one most records write.
    # A town's name is shared with its CCAS (« CCAS de Périgueux / Ville de Périgueux »): still one of the body's names.
    # A kind's word its own name does not hold is no name either (« pompiers » of every « SDIS … » body: « la
    # délibération du CA » is no decision on « sapeurs-pompiers », lead's set 78); « finances publiques » of the
    # « Direction départementale des finances publiques » is.
    kinds, own = entity_data()["kinds"], f" {plain(label)} "
    names = [a for a, (owner, _) in world.org_aliases.items() if label in owner.split(" / ") and len(a) >= 3
             and (a not in kinds or f" {a} " in own)]
    counted = sorted(((_count(a, texts), len(a), a) for a in names), reverse=True)
    if not counted or counted[0][0] == 0:
        return None
    name = counted[0][2]
    if name == said:
        return None
    raws = [w.typed or w.raw for w in u.words]  # « ateliers » as typed, not the shorthand's « réunions »
    return " ".join([*raws[:org.start], name, *raws[org.end:]]) + (" ?" if u.text.rstrip().endswith("?") else "")
