"""Who stands in for a title holder: « qui remplace la présidente quand elle
est absente ? », « qui supplée le coordinateur ? ». Nobody's title is
« remplace »: the question asks for the holder of the deputy title, the
vice-president (« Municipal des affaires sociales, vice-président du
groupe »), else the deputy or substitute of that title (« adjoint(e) au
…», « suppléant(e) de … »). Read as nothing, or as the title itself (the
president, who is the one absent), such a question named no one or the
wrong one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from handlers.context import Context
from handlers.understanding.outcome import Outcome
from handlers.understanding.spans import Entity
from handlers.understanding.pipeline import Understanding

__all__ = ["stand_in"]

# Verbs (as typed, folded) of standing in for someone.
_REPLACING = frozenset({"remplace", "remplacent", "remplacer", "remplacera", "supplee", "suppleer", "suppleera",
                        "interim", "interimaire"})
# Words of the absence the question explains (« quand elle est absente », « en son absence »).
_ABSENCE = frozenset({"absent", "absente", "absence", "empeche", "empechee", "excuse", "excusee", "indisponible"})


def stand_in(ctx: Context, u: Understanding, answer: Callable[[Context, Understanding], Outcome]) -> Outcome | None:
    """The holders of the deputy title of the role asked, for a « qui remplace … ? » question, or None."""
    role = u.first("role")
    folded = [w.folded for w in u.words]
    if role is None or "qui" not in folded or not any(w in _REPLACING for w in folded):
        return None
    stems = str(role.extra.get("stem", "")).split("|")
    if not stems[0] or stems[0].startswith(("vice", "adjoint", "suppleant")):
        return None
    kept = (u.intent, u.topic, u.readings, list(u.entities))
    at = u.entities.index(role)
    topic = [w for w in u.topic if w.folded not in _REPLACING and w.folded not in _ABSENCE]

    def ask(entity: Entity) -> Outcome:
        u.entities[at], u.intent, u.readings, u.topic = entity, "role_holder", [], list(topic)
        return answer(ctx, u)

    # Who holds the title itself is the one replaced, whatever else they are (« Vice-présidente de la
    # métropole, présidente du comité »): never their own stand-in.
    held = ask(role)
    replaced = set(held.key.split(", ")) if held.confident and held.key else set()
    # The vice-title first (« vice-présidente »), else the deputy's or substitute's words of the same title.
    for deputy, label in (([f"vice {s}" for s in stems], f"vice-{role.label}"),
                          ([f"{s} adjoint" for s in stems] + [f"{d} {s}" for s in stems for d in ("adjoint", "suppleant")],
                           f"suppléance ({role.label})")):
        outcome = ask(replace(role, label=label, extra={**role.extra, "stem": "|".join(deputy)}))
        if outcome.confident and not set(outcome.key.split(", ")) & replaced:
            return outcome
    u.intent, u.topic, u.readings, u.entities[:] = kept[0], kept[1], kept[2], kept[3]
    return None
