"""Whether a record says who acts: « Le Relais social coordonne les abris
de nuit » names a body of the group, « Un fonds d'aide à l'énergie est
créé » names nobody. « qui s'occupe de l'énergie ? » may be answered by a
decision only when the decision says who (else the answer is a list of
decisions that does not answer « qui »: a confident wrong answer). A body
named after a common noun is that thing's name, not who acts: « … avec un
bus France Services » (but « … avec la Fédération des CPAS » names it)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from handlers.understanding.world import World, entity_data, name_words, plain
from storage.models import Member

__all__ = ["acting_members", "gives_work", "named_members", "names_someone", "names_someone_acting"]

# What comes before a body named as who acts: an article or a preposition (« la CARSAT finance »,
# « avec la Fédération des CPAS », « par le CCAS »), not a noun (« un bus France Services »).
_BEFORE_ACTOR = frozenset({"la", "le", "les", "l", "avec", "par", "et", "du", "de", "des", "d", "au", "aux", "a",
                           "entre", "sous", "pour", "chez"})


# « du », « de », « des » after a noun make a complement (« les salles du Département »); after these words
# (a verb's participle, « charge ») they name who acts (« financé par » is already strong; « à la charge du
# Département », « proposé des communes »…).
_COMPLEMENT = frozenset({"du", "de", "des", "d"})
# « à la médiathèque », « au centre social » after these words give the work to that body (« confié au
# conservatoire », « revient à la Ville »); after any other word they say where it happens.
_GIVING = frozenset({"confie", "confiee", "confies", "confiees", "attribue", "attribuee", "attribues", "attribuees",
                     "delegue", "deleguee", "delegues", "deleguees", "revient", "reviennent", "incombe", "incombent",
                     "transfere", "transferee", "transferes", "transferees", "laisse", "laissee", "demande", "demandee",
                     "propose", "proposee", "rattache", "rattachee", "appartient", "reserve", "reservee"})
# Of those, the ones that hand the work itself over (« réservé aux salariés », « proposé aux familles » give a thing to
# those it serves, « demandé à la ville » asks without giving).
_HANDING_OVER = _GIVING - {"demande", "demandee", "propose", "proposee", "laisse", "laissee", "reserve", "reservee",
                           "appartient"}
_ACTING = frozenset({"charge", "part", "initiative", "soutien", "aide", "appui", "financement", "compte", "cote",
                     "responsabilite", "pilotage", "demande", "sein"})


def gives_work(texts: Iterable[str]) -> bool:
    """« La gestion des encombrants … est confiée à l'équipe nettoyage »: a text giving the work to someone, whether
    or not the group's directory holds them (a team, a service of a member's body): it says who, as a role would
    (the lead's set 93)."""
    for text in texts:
        said = plain(text).split()
        if any(w in _HANDING_OVER and said[k + 1:k + 2] and said[k + 1] in ("a", "au", "aux") for k, w in enumerate(said)):
            return True
    return False


def names_someone(texts: Iterable[str], world: World) -> bool:
    """True when one of `texts` names a member (by a word of their name) or
    one of the members' bodies (by a name, an acronym or an alias)."""
    return any(True for _ in _named(texts, world))


def names_someone_acting(texts: Iterable[str], world: World) -> bool:
    """True when one of `texts` names a member, or a body otherwise than as the place where something happens:
    « Une formation des enseignants est organisée le 13 janvier à la médiathèque L'Alpha » says where, not who
    organises it (a task's pilot answers « qui organise la formation ? »); « … est confiée à la médiathèque » says who."""
    return any(not placed for _, _, placed in _namings(texts, world))


def named_members(texts: Iterable[str], world: World) -> list[Member]:
    """The members `texts` name, by a word of their name or by their body
    (« … est tenu par SOLIHA » names SOLIHA's members), each once. A body
    named only as a noun's complement (« les instruments anciens du
    département ») is where the thing is, not who acts: left out when the
    text names someone otherwise (« … est confié au conservatoire »)."""
    namings = list(_named(texts, world))
    if any(not weak for _, weak in namings):
        namings = [(people, weak) for people, weak in namings if not weak]
    found: dict[int, Member] = {}
    for people, _ in namings:
        found.update((m.number, m) for m in people)
    return list(found.values())


def acting_members(texts: Iterable[str], world: World) -> list[Member]:
    """The members `texts` name as acting: in a passive (« Les bénévoles de la Banque alimentaire sont formés par
    l'ALEC »), the body or person after « par » only, not the ones the work is done for; else all those named."""
    texts = list(texts)
    agents: dict[int, Member] = {}
    for text in texts:
        words = plain(text).split()
        # The first « par », and each « et par » that adds an agent (« par le principal et par la cheffe de projet »),
        # from « par » on: a title names its holder after it (_titled_agents).
        starts = [k for k, w in enumerate(words) if w == "par" and (k == words.index("par") or words[k - 1] == "et")]
        for k in starts:
            first = next(_named([" ".join(words[k:])], world), None)
            agents.update((m.number, m) for m in (first[0] if first else ()))
    return list(agents.values()) or named_members(texts, world)


def _named(texts: Iterable[str], world: World) -> Iterator[tuple[list[Member], bool]]:
    """For each naming of someone in `texts`: the members named (a body's members, or one member), and
    whether it is only a complement (« du », « de », « des » after a word that is no verb of acting)."""
    for people, weak, _ in _namings(texts, world):
        yield people, weak


def _namings(texts: Iterable[str], world: World) -> Iterator[tuple[list[Member], bool, bool]]:
    """_named's namings, each with whether it names a body only as a place (« à la médiathèque … », « au centre
    social … » after no verb giving the work)."""
    # « les communes » (every commune of the group, entities.toml) is the common noun in a decision, no body
    # named as who acts: « le transport est étendu aux communes de la première couronne ».
    data = entity_data()
    aliases = {a for a in world.org_aliases if len(a) >= 3 and not (
        a in data["kinds"] and a.removeprefix("les ").endswith(("s", "x")) and a.removeprefix("les ")[:-1] in data["generic"])}
    longest = max((len(a.split()) for a in aliases), default=0)
    by_word: dict[str, list[Member]] = {}
    for m in world.members:
        for w in name_words(m.name):
            if len(w) >= 3:
                by_word.setdefault(w, []).append(m)
    roles = [(plain(m.role).split(), m) for m in world.members if m.role]
    bodies = {m.organisation for m in world.members if m.organisation}
    for text in texts:
        words = plain(text).split()
        for word in words:
            if word in by_word:
                yield by_word[word], False, False
        for holder in _titled_agents(words, roles):
            yield [holder], False, False
        k = 0
        while k < len(words):
            if k and words[k - 1] not in _BEFORE_ACTOR:
                k += 1
                continue
            # The longest alias at this word: « par Limoges Métropole » names the métropole, not the city.
            n = next((n for n in range(min(longest, len(words) - k), 0, -1) if " ".join(words[k:k + n]) in aliases), 0)
            if n:
                weak = k >= 2 and words[k - 1] in _COMPLEMENT and words[k - 2] not in _ACTING
                at = k - 1 if words[k - 1] in ("au", "aux") else k - 2 if k >= 2 and words[k - 2] == "a" and words[
                    k - 1] in ("la", "l", "le", "les") else -1
                # « confiés en gestion au Foyer »: the verb giving the work, its manner (« en gestion ») between.
                placed = at >= 1 and words[at - 1] not in _GIVING and not (
                    at >= 3 and words[at - 2] == "en" and words[at - 3] in _GIVING)
                label, people = world.org_aliases[" ".join(words[k:k + n])]
                # « Les chantiers du CQD travaillent … »: a programme that only roles name (no member's own body), as a
                # noun's complement, says whose the thing is, as a place says where: no one acting (the lead's set 91;
                # « Le Fonds … du Département avance … » still names the Département).
                placed = placed or weak and not any(part in bodies for part in label.split(" / "))
                yield list(people), weak, placed
            k += max(n, 1)


# Verbs handing a case on to someone (« toute plainte … est transmise au médiateur médecin »), beside _GIVING's.
_HANDED = frozenset({"transmis", "transmise", "transmises", "adresse", "adressee", "adresses", "adressees", "oriente",
                     "orientee", "orientes", "orientees", "envoye", "envoyee", "envoyes", "envoyees", "renvoye",
                     "renvoyee", "renvoyes", "renvoyees"})


def _handed_to_title(words: list[str], roles: list[tuple[list[str], Member]]) -> Iterator[Member]:
    """« Toute plainte … est transmise au médiateur médecin » (the lead's set 64): a case handed on, after « au » or
    « à la », to a title of two words or more that one member's role holds anywhere (« Médecin gériatre, médiateur
    médecin de la commission des usagers »): that member takes the case; a title several roles hold names nobody."""
    for k, word in enumerate(words[:-2]):
        if word not in _HANDED and word not in _GIVING:
            continue
        start = k + 2 if words[k + 1] in ("au", "aux") else k + 3 if words[k + 1] == "a" and words[k + 2] in (
            "la", "l") else 0
        for n in range(min(4, len(words) - start), 1, -1) if start else ():
            title = words[start:start + n]
            holders = [m for role, m in roles if any(role[i:i + n] == title for i in range(len(role) - n + 1))]
            if len(holders) == 1:
                yield holders[0]
                break


def _titled_agents(words: list[str], roles: list[tuple[list[str], Member]]) -> Iterator[Member]:
    """« … sont signées par le principal et par la cheffe de projet »: minutes name who acts by their title; after
    « par » and an article, the words that open exactly one member's role (« principal » of « Principal, chef de
    file … ») name that member. The longest such opening wins; a title several members share names nobody."""
    # The record's subject too, a title opening it (« Le médecin de station réserve … », lead's set 68): the holder acts.
    starts = [1] if len(words) > 2 and words[0] in ("le", "la", "l") else []
    starts += [k + 2 for k, word in enumerate(words[:-2]) if word == "par" and words[k + 1] in ("le", "la", "l", "les")]
    yield from _handed_to_title(words, roles)
    for start in starts:
        for n in range(min(4, len(words) - start), 0, -1):
            title = words[start:start + n]
            holders = [m for role, m in roles if role[:n] == title]
            if len(holders) == 1 and max(len(w) for w in title) >= 4:
                # « Le président du comité de suivi est élu … » (set 17a): the subject's title goes on with a
                # complement the holder's role does not say (« Président » of another body): another holder.
                if start == 1 and start + n < len(words) and words[start + n] in _COMPLEMENT:
                    break
                yield holders[0]
                break
