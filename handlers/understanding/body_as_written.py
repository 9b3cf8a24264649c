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

import re
import unicodedata
from collections.abc import Sequence

from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import World, entity_data, plain

__all__ = ["as_written"]


def _count(alias: str, texts: Sequence[str]) -> int:
    return sum(f" {alias} " in f" {t} " for t in texts)


def _capitalised(alias: str, records: Sequence[str]) -> bool:
    """Some record writes `alias` (folded) with a capital, as a proper name (« le Département », « la DGFiP »)."""
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, alias.split())) + r"(?!\w)", re.IGNORECASE)
    for record in records:
        bare = "".join(c for c in unicodedata.normalize("NFD", record) if not unicodedata.combining(c))
        # A capital opening the record may be the sentence's (« Pompiers volontaires : … »), unless it is initials.
        if any(m.group()[0].isupper() and (m.start() > 0 or sum(c.isupper() for c in m.group()) > 1)
               for m in pattern.finditer(bare)):
            return True
    return False


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
    # A kind's word its own name does not hold is no name either when the records write it only as a common word
    # (« pompiers » of every « SDIS … » body, written in « sapeurs-pompiers »: « la délibération du CA » is no
    # decision on them, lead's set 78); « finances publiques » of the « Direction départementale des finances
    # publiques » is. Written capitalised, it is the body's proper name (« la DGFiP », « le Département »: lead's
    # set 34, set 19a).
    kinds, own = entity_data()["kinds"], f" {plain(label)} "
    names = [a for a, (owner, _) in world.org_aliases.items() if label in owner.split(" / ") and len(a) >= 3
             and (a not in kinds or f" {a} " in own or _capitalised(a, records))]
    counted = sorted(((_count(a, texts), len(a), a) for a in names), reverse=True)
    if not counted or counted[0][0] == 0:
        return None
    name = counted[0][2]
    if name == said:
        return None
    raws = [w.typed or w.raw for w in u.words]  # « ateliers » as typed, not the shorthand's « réunions »
    return " ".join([*raws[:org.start], name, *raws[org.end:]]) + (" ?" if u.text.rstrip().endswith("?") else "")
