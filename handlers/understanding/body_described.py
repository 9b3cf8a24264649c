"""A body named in a record by its own name, asked by what it is.

The coordinator stores « L'Épi'Dôme, épicerie solidaire étudiante »: a
proper name, a comma, then what the body is. Records write the name alone
(« L'accès à L'Épi'Dôme se fait … pour trois mois renouvelables »); members
ask by what it is as often (« l'accès à l'épicerie solidaire c'est pour
combien de temps ? »: lead's set 65), and the question's words found only
« accès » of the decision. For matching a question's words against a
record, the description of each body the record names is read beside its
name.

Only a name of its own before the comma (a capital, not a kind of body
followed by a unit: « Ville de …, service jeunesse » names the town's
service, and the town is no « service jeunesse ») and a description in lower
case after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from handlers.understanding.world import plain

__all__ = ["described", "described_all", "descriptions"]


def descriptions(organisations: Iterable[str]) -> dict[str, str]:
    """The folded own names of bodies written « Name, description » -> their description as written."""
    found: dict[str, str] = {}
    orgs = set(organisations)
    heads = [o.partition(",")[0].strip() for o in orgs]
    for org in orgs:
        name, comma, rest = org.partition(",")
        name, rest = name.strip(), rest.strip()
        if not comma or not rest[:1].islower() or not name[:1].isupper() or "," in rest:
            continue
        # « Ville de Beaulieu-les-Dômes, service jeunesse »: a kind of body with its place, then a unit of it.
        if any(w[:1].islower() and w not in ("de", "du", "des", "d", "la", "le", "les") for w in name.replace("'", " ").split()):
            continue
        if heads.count(name) > 1 or name in orgs:
            continue  # « Université …, service handicap » beside « Université …, bibliothèque … »: units (unit_initials.py)
        key = plain(name)
        if len(key) >= 4:
            found[key] = rest
    return found


def described(text: str, named: dict[str, str]) -> str:
    """`text` with the description of each body of `named` whose own name it holds, added after it."""
    folded = f" {plain(text)} "
    extra = [rest for key, rest in named.items() if f" {key} " in folded]
    return f"{text} ({'; '.join(extra)})" if extra else text


def described_all(texts: Sequence[str], organisations: Iterable[str]) -> list[str]:
    """Each of `texts` with the descriptions of the bodies it names."""
    named = descriptions(organisations)
    return [described(t, named) for t in texts] if named else list(texts)
