"""Members named in a message: by name, first name, surname, a short first
name, after a title (« Mme Wagner », which also tells two namesakes apart),
with particles (« de La Tour », « N'Diaye ») or in one word (« Legoff »).
And what a role's title says: its gender, whether it holds a title asked
for (« la DGS »)."""

from __future__ import annotations

from typing import Any

import simplemma

from handlers.understanding.accents import with_accents
from handlers.understanding.normalise import Word, lexicon, words
from handlers.understanding.particle_names import particle_surname
from handlers.understanding.pet_names import pet_name
from handlers.understanding.shortforms import names_elsewhere, nickname
from handlers.understanding.spans import Entity, fuzzy
from handlers.understanding.spelling import slip_of
from handlers.understanding.world import World, entity_data, name_words, plain

__all__ = ["NAME_MATCH", "find_persons", "holds_role", "office_title", "role_acronyms", "role_gender"]

_NAME_PARTICLES = frozenset({"da", "de", "du", "des", "la", "le", "van", "von", "di", "dos", "das", "del", "d", "ben", "el", "al", "ibn"})
# A typed word is read as a name word this close to it.
NAME_MATCH = 86.0


_FEMININE_TITLES = frozenset({"mme", "mmes", "mlle", "madame", "mademoiselle", "docteure", "dre"})
_MASCULINE_TITLES = frozenset({"m", "mr", "monsieur"})
# Endings of the first word of a role, by grammatical gender (folded: « chargée » is « chargee »).
_FEMININE_ENDINGS = ("trice", "euse", "ere", "ee", "ente", "ointe", "effe", "ete", "ine", "ale", "ue", "ure", "ante")
_MASCULINE_ENDINGS = ("teur", "eur", "ier", "ler", "ent", "oint", "ef", "et", "in", "al", "u", "ge", "gue", "ant")
_EPICENE = frozenset({"responsable", "secretaire", "maire", "membre", "bourgmestre", "medecin", "juriste", "architecte"})


def role_gender(role: str) -> str | None:
    """"f" or "m" as the role's title is written (« Directrice… », « Conseiller… »), None if it does not say."""
    title = next((w for w in plain(role).split() if w not in ("vice", "sous", "co")), "")
    if not title or title in _EPICENE:
        return None
    if title.endswith(_FEMININE_ENDINGS):
        return "f"
    return "m" if title.endswith(_MASCULINE_ENDINGS) else None


# Bodies whose name goes on with « de » and what they do (« comité de direction », « conseil de surveillance »).
_SITTING_BODIES = frozenset({"comite", "conseil", "equipe", "college", "commission"})


def holds_role(role: str, wants: list[str]) -> bool:
    """Whether `role` holds one of the titles `wants` (stems, « direct general des
    services » for « la DGS »): every word of a title of several words, in order;
    « coprésidente » holds the presidency as « présidente » does."""
    # « secrétariat du groupe » in a role holds the title « secrétaire », « présidence » that of
    # « président »: a title's noun of office reads as the title (one stem, long words only).
    # « Représentant des familles, fils d'un résident »: a title after « d'un », « d'une » is someone else's (the
    # resident the member is the son of), not the member's: « les résidents élus ? » is no families' member (set 79).
    said = plain(role).split()
    kin = {k for k in range(2, len(said)) if said[k - 1] in ("un", "une") and said[k - 2] == "d"}
    # « Présidente du comité de direction »: the word after « comité de » names the body she sits on, no title
    # of hers: « les directrices ? » asks no member of the comité de direction (lead's set 89).
    kin |= {k for k in range(2, len(said)) if said[k - 1] == "de" and said[k - 2] in _SITTING_BODIES}
    held = [office_title(w) for k, w in enumerate(said) if w not in _ROLE_STOP and k not in kin]
    for stem in wants:
        parts = [p for p in stem.split() if p not in _ROLE_STOP]
        for i, word in enumerate(held):
            opens = word.startswith(parts[0]) or (word.startswith("co") and word[2:].startswith(parts[0]))
            following = held[i + 1:i + len(parts)]
            if opens and len(following) == len(parts) - 1 and all(w.startswith(p) for w, p in zip(following, parts[1:])):
                return True
    return False


def office_title(word: str) -> str:
    """The title a role's (folded) word of office stands for (« secretariat » -> « secretaire »), else the word."""
    stem = entity_data()["roles"].get(word, "")
    # Of several titles (« secretaire|assistant administrati »: the secretariat is held by a secretary or an
    # administrative assistant), the one of the same word (« secrétariat », « secrétaire »), if any, is its title.
    if "|" in stem:
        stem = next((s for s in stem.split("|") if s[:6] == word[:6]), "")
    # A stem the word already opens with (« conseill » of « conseillère ») is no other title: the word is kept.
    return stem if len(word) >= 8 and stem and " " not in stem and not word.startswith(stem) else word


_ROLE_STOP = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "a", "au", "aux", "et", "en"})


def _of_gender(people: tuple[Any, ...], title: str) -> tuple[Any, ...]:
    gender = "f" if title in _FEMININE_TITLES else "m" if title in _MASCULINE_TITLES else None
    return tuple(m for m in people if gender is not None and (role_gender(m.role) or name_gender(m.name)) == gender)


def name_gender(name: str) -> str | None:
    """The usual gender of a French first name: « Claire », « Nadia » f, « Marc » m;
    the exceptions to the ending rule are listed in entities.toml."""
    first = plain(name.split()[0]).split()[0] if name.split() else ""
    data = entity_data()
    if not first or first in data["epicene_names"]:
        return None
    if first in data["masculine_names"]:
        return "m"
    if first in data["feminine_names"] or first.endswith(("e", "a")):
        return "f"
    return "m"


def _first_names(world: World) -> set[str]:
    return {plain(m.name.split()[0]).split()[0] for m in world.members if m.name.split()}


def _surnames(world: World) -> set[str]:
    """The members' last name words: « Crépin fait quoi ? » opens with one as « Pierre fait quoi ? » with a first
    name (set 46a; « crépin » is a word too)."""
    return {plain(m.name.split()[-1]) for m in world.members if len(m.name.split()) > 1}


# After a member's first name opening a message, the words that make it a question about them:
# « Pierre fait quoi ? », « Romain, il est de quelle organisation ? », « Olivier il travaille où ? ».
_ASKING_AFTER_NAME = frozenset({"qui", "quoi", "ou", "quel", "quelle", "quels", "quelles", "comment"})
# Or, right after it, a verb of coming or being there: « Olivier vient jeudi ? », « Olivier était là ? »; or whether
# one can (« Olivier peut venir le 10 ? », and the Belgian « Olivier sait venir le 10 ? » read so, lexicon.toml).
_COMING_AFTER_NAME = frozenset({"vient", "viendra", "sera", "etait", "viennent", "venait", "peut", "pourra", "pourrait"})


def _of_body_coming(words: list[Word], end: int) -> bool:
    """« Marc du CCAS il vient à la prochaine caleol ? » (lead's set 83): the name, the body it is of in two or three
    words, then a verb of coming; « marc » is a word too."""
    return end < len(words) and words[end].folded in ("du", "de", "des", "d") and any(
        w.folded in _COMING_AFTER_NAME for w in words[end + 2:end + 5])


# Or what they did: « Véronique a transmis les chiffres ? » (« véronique » is a plant too).
_DID_AFTER_NAME = frozenset({"a", "avait"})


# Or what they have to do: « Gilles a des actions ? », « Gilles a encore des tâches ? » (« gilles » is a carnival
# figure too, set 42a).
_HAVING_AFTER = frozenset({"des", "du", "encore", "quelque", "toujours", "plein", "beaucoup"})


def _has(words: list[Word], end: int) -> bool:
    """« a des … », « a encore … » right after the name."""
    return end + 1 < len(words) and words[end].folded in _DID_AFTER_NAME and words[end + 1].folded in _HAVING_AFTER


def _resumed(words: list[Word], end: int) -> bool:
    """The name said again as « il » / « elle », then a question of them: « Crépin il fait quoi lui ? », « Sabine elle
    a des tâches ? » (set 46a: « crépin », « sabine » are words too). The spoken subject marks a person, surname or
    first name alike."""
    if end + 1 >= len(words) or words[end].folded not in ("il", "elle"):
        return False
    return (any(w.folded in _ASKING_AFTER_NAME for w in words[end + 1:]) or words[end + 1].folded in _COMING_AFTER_NAME
            or _did(words, end + 1) or _has(words, end + 1))


def _did(words: list[Word], end: int) -> bool:
    """« a » then a participle right after the name (« a transmis », « a envoyé », « a fini »)."""
    after = words[end + 1].folded if end + 1 < len(words) else ""
    return end < len(words) and words[end].folded in _DID_AFTER_NAME and (
        len(after) > 3 and after.endswith(("e", "i", "is", "it", "u")) or after in ("mis", "pris", "dit"))


# Months and days: words of the calendar, never the short form of a name (« mars » of Marsan, « mardi » of Mardiros);
# nor are its units (« 20 euros par mois » is no Moisan, the lead's set 46).
_CALENDAR = frozenset({"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                       "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                       "mois", "semaine", "semaines", "jour", "jours", "annee", "annees", "heure", "heures"})


# Articles no surname takes (« le Mois », « la Poste »).
_ARTICLES = frozenset({"le", "la", "les", "l", "du", "des", "au", "aux", "un", "une"})


def _article_word(words: list[Word], at: int) -> bool:
    """A word right after an article (« le Mois de l'ESS »): a surname takes none, so only its exact form is one."""
    return at > 0 and words[at - 1].folded in _ARTICLES


def _familiar_short_name(words: list[Word], at: int, match: str, world: World) -> bool:
    """« la Cath », « le Seb »: the chat's article before a short first name (set 47b), when the word is typed as a
    name, is no French word, and the article's gender is that of every member the short form names."""
    word, article = words[at], words[at - 1].folded
    if article not in ("la", "le") or not (word.raw[:1].isupper() and word.raw[1:].islower()):
        return False
    if simplemma.is_known(word.folded, lang="fr"):
        return False
    owners = world.name_index.get(match, [])
    return bool(owners) and all(name_gender(m.name) == ("f" if article == "la" else "m") for m in owners)


def _accentless_word(word: Word) -> bool:
    """A word French knows once its accents are put back (« annee » is « année », « cafe » is « café »): typed in
    lower case, it is that word, not a slip of a name one letter away (« Anne », « Cafa »)."""
    raw = word.raw.lower()
    return word.raw[:1].islower() and with_accents(raw) != raw


def _cut_short(typed: str, names: set[str], least: int = 3) -> str | None:
    """The one name word `typed` opens (three letters at least, a part left out): « phi » of « philippe »."""
    found = {n for n in names if len(typed) >= least and len(n) > len(typed) and n.startswith(typed)}
    return next(iter(found)) if len(found) == 1 else None


def _in_names(pair: str, world: World) -> bool:
    """Two words typed one after the other in a body's name or a meeting's place (« ker arvor »)."""
    return any(f" {pair} " in f" {name} " for name in (*world.alias_list, *world.place_phrases))


def find_persons(words: list[Word], world: World, taken: set[int]) -> list[Entity]:
    honorifics = entity_data()["honorifics"]
    found: list[Entity] = []
    i = 0
    while i < len(words):
        start = i
        titled = words[i].folded in honorifics and i + 1 < len(words)
        if titled:
            i += 1
        hits: dict[int, tuple[Any, int]] = {}  # member number -> (member, matched words)
        end = i
        while end < len(words) and end not in taken:
            match = fuzzy(words[end].folded, world.name_index, NAME_MATCH) or (
                # « la réunion de mars » is no Dupuy-Marsan: a month or a day is never a name cut short.
                nickname(words[end], world) if words[end].folded not in _CALENDAR else None) or (
                # « JPL », « Manu », « Val »: initials, a pet form, a capitalised short name (pet_names.py).
                pet_name(words[end], world) if words[end].folded not in _CALENDAR else None)
            if match is not None and match != words[end].folded and names_elsewhere(words[end].folded, world):
                # « Castellane » is close to Castellani but names a body or a place of the group.
                match = None
            if (match is not None and match != words[end].folded and _article_word(words, end)
                    and not _familiar_short_name(words, end, match, world)):
                match = None  # « le Mois de l'ESS » is no Moisan: after an article, a slip or a short form is no name
            if match is not None and match != words[end].folded and _accentless_word(words[end]):
                match = None  # « la fin d'annee » is no Anne: a French word typed without its accents is no slip of a name
            # « N'Diaye », « O'Neill »: a lone letter inside a name is part of it.
            particle = words[end].folded in _NAME_PARTICLES or (len(words[end].folded) == 1 and bool(hits))
            if (match is None and particle and (whole := particle_surname(words, end, world.name_index)) is not None
                    and (end > i or titled or words[end].raw[:1].isupper())):
                # « M. Le Du », « Christophe Le Du »: a surname made only of particles, indexed joined (particle_names.py).
                joined, end_of_name = whole
                for member in world.name_index[joined]:
                    if not hits or member.number in hits:
                        seen = hits.get(member.number, (member, 0))
                        hits[member.number] = (member, seen[1] + 1)
                end = end_of_name
                continue
            if (match is None and particle and end + 1 < len(words)
                    and (end > i or titled or words[end].raw[:1].isupper())):
                # « Kevin Da Silva », « Da Silva », « Mme de La Tour »: particles inside or opening a name.
                after_particles = end + 1
                while after_particles + 1 < len(words) and words[after_particles].folded in _NAME_PARTICLES:
                    after_particles += 1
                # « Corinne Le Bihab »: a letter changed after the particle, when the first name said who.
                following = fuzzy(words[after_particles].folded, world.name_index, NAME_MATCH) or (slip_of(
                    words[after_particles].folded, {n for m, _ in hits.values() for n in name_words(m.name)}, changed=True)
                    if hits else None)
                owners = {id(m) for m in world.name_index[following]} if following is not None else set()
                if owners and (not hits or owners & {id(m) for m, _ in hits.values()}):
                    end = after_particles
                    continue
            if match is None and hits:
                # « Nathalie Lefebre »: a letter changed in a name whose first words say who it is.
                match = slip_of(words[end].folded, {n for m, _ in hits.values() for n in name_words(m.name)}, changed=True)
            if match is None and hits and end > i:
                # « jean-phi », « marie-cath »: a compound first name cut short, after its first word.
                # Two letters do when the first word named several members: « Marie-Jo » beside Marie-Claire,
                # « Jean-Mi » beside Jean-Paul (set 47b); the cut only tells them apart.
                match = _cut_short(words[end].folded, {n for m, _ in hits.values() for n in name_words(m.name)},
                                   2 if len(hits) > 1 else 3)
            if match is None:
                break
            for member in world.name_index[match]:
                seen = hits.get(member.number, (member, 0))
                hits[member.number] = (member, seen[1] + 1)
            end += 1
        span = words[i:end]
        after = words[end] if end < len(words) else None
        if len(span) == 1 and after is not None and after.raw[:1].isupper() and not after.known:
            # "Jean Dupont" is someone else than Jean-Baptiste Okafor.
            i = start + 1
            continue
        if len(span) == 1 and after is not None and after.raw[:1].isupper() and _in_names(f"{span[0].folded} {after.folded}", world):
            # « le CVS de Ker Arvor » is the EHPAD Ker Arvor, not Mme Kerhervé (« Arvor » reads as a verb's form).
            i = start + 1
            continue
        # A common French word ("petit", "blanc") is a name only when written
        # like one: after a title, capitalised, or with a second name word.
        # A capital opening the message proves nothing ("Petit rappel : …").
        # A member's first name opening a question (« Benoît, c'est qui ? », « Pierre fait quoi ? ») is one, though.
        plausible = titled or len(span) >= 2 or any(
            (w.raw[:1].isupper() and i > 0) or not simplemma.is_known(w.raw.lower(), lang="fr") for w in span) or (
            len(span) == 1 and span[0].raw[:1].isupper()
            and (span[0].folded in _first_names(world) | _surnames(world) or pet_name(span[0], world) is not None)
            and (any(w.folded in _ASKING_AFTER_NAME for w in words[end:])
                 or end < len(words) and words[end].folded in _COMING_AFTER_NAME or _did(words, end)
                 or _of_body_coming(words, end)
                 or _has(words, end))) or (len(span) == 1 and span[0].raw[:1].isupper() and _resumed(words, end))
        if span and hits and plausible:
            best = max(count for _, count in hits.values())
            people = tuple(m for m, count in hits.values() if count == best)
            if titled and len(people) > 1:
                # « Mme Wagner » when Karim and Marie Wagner are members: the title tells them apart.
                people = _of_gender(people, words[start].folded) or people
            label = people[0].name if len(people) == 1 else " ".join(w.raw for w in span)
            if (not titled and start > 0 and start - 1 not in taken and (not found or found[-1].end < start)
                    and len(people) == 1 and slip_of(words[start - 1].folded, name_words(people[0].name), changed=True)):
                start -= 1  # « Thomqs Petit »: the same, before the words that say who it is.
            found.append(Entity("person", start, end, label, people))
            i = end
        else:
            i = start + 1
    return found


def role_acronyms(topic: list[Word], roles: list[str], lower: bool = False) -> list[Word]:
    """« la VP ESS »: a topic word in capitals standing for words that follow
    each other in a role (« économie sociale et solidaire ») is read as them;
    with `lower` (a title's holders asked: « qui coordonne le pre ? »), in lower case too when it is no
    word the lexicon knows; a charge asked keeps the word as typed (« qui s'occupe de l'ess ? »)."""
    runs: dict[str, str] = {}
    for role in roles:
        found = [w for w in role.replace("-", " ").replace("'", " ").replace("’", " ").split()
                 if plain(w) not in _ROLE_STOP]
        for size in (2, 3, 4):
            for k in range(len(found) - size + 1):
                runs.setdefault("".join(plain(w)[:1] for w in found[k:k + size]), " ".join(found[k:k + size]))
        # « PEDT » for « projet éducatif de territoire »: the little words' initials too.
        every = [w for w in role.replace("-", " ").replace("'", " ").replace("’", " ").split() if len(plain(w)) > 1]
        for size in (3, 4, 5):
            for k in range(len(every) - size + 1):
                if plain(every[k]) not in _ROLE_STOP and plain(every[k + size - 1]) not in _ROLE_STOP:
                    runs.setdefault("".join(plain(w)[:1] for w in every[k:k + size]), " ".join(every[k:k + size]))
    expanded: list[Word] = []
    for word in topic:
        # Typed in lower case on a phone (« qui coordonne le pre ? »), an acronym is read so when no word is spelled so.
        capital = word.raw.isupper() or lower and word.raw.islower() and not lexicon().is_known(word.folded)
        spelled = runs.get(word.folded) if capital and 2 <= len(word.raw) <= 5 else None
        expanded.extend(words(spelled, shorthand=False) if spelled else [word])
    return expanded
