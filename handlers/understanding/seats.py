"""Who sits where, by the kind of seat the members' roles give: a body whose
seats are held by titulaires and suppléants, in colleges, with associate
members and members by right (a conférence intercommunale du logement, a
conseil de surveillance, a commission d'attribution).

- the seats of one kind, listed or counted: « c'est qui les suppléants ? »,
  « combien de titulaires ? », « les membres de droit ? », « qui sont les
  membres associés ? » (role_holder: the holders of that seat);
- one college: « le collège des usagers c'est qui ? », « qui siège au
  collège des bailleurs ? » (in_charge: the members whose roles name it);
  its elected seats: « qui est élu au collège des parents ? » (role_holder:
  the members whose roles say « élu(e) » of it, not its substitutes);
- the stand-in of one member, named or by title: « le suppléant de Mme
  Thibout ? », « qui supplée le sous-préfet ? », « si Christine Aubry est
  absente qui la remplace ? » (role_holder: the role saying « suppléant(e)
  de … » that member);
- one member's seat: « Mme Vasseur est titulaire ou suppléante ? », « Thierry
  Poulain il siège dans quel collège ? » (who_is: the member's card).

The words of seats were read as a topic (the decision « chaque titulaire a un
suppléant » for « y a combien de suppléants ? »), as the task « désigner le
suppléant de la CLCV » for « qui est suppléante de M. Poulain ? », or as the
directory; the person a « suppléant de Nadège Vasseur » names was even taken for
a body found in a role. Nothing here fires unless the roles hold the very seat
asked, so a group without such seats is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.context import Context
from handlers.understanding.normalise import Word, fold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.world import plain
from handlers.understanding.world_cache import group_world
from handlers.views import member_lines, member_row
from storage.models import Member

__all__ = ["seats"]

# Seats held in the plural or singular, as the question writes them -> what a role segment says, and the heading.
_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (re.compile(r"\bmembres? de droit\b"), re.compile(r"\bmembres? de droit\b"), "Membres de droit"),
    (re.compile(r"\b(?:membres? )?associe(?:e|s|es)?\b"), re.compile(r"\bmembres? associe"), "Membres associés"),
    (re.compile(r"\btitulaires?\b"), re.compile(r"^titulaire\b|\bmembres? titulaires?\b"), "Titulaires"),
    # « Membre suppléante du collège des acteurs économiques » as well as « Suppléant de … »; a delegate's
    # stand-in (« Résidente, déléguée suppléante ») holds the seat too.
    (re.compile(r"\bsuppleant(?:e|s|es)?\b"), re.compile(r"^suppleant|\b(?:membres?|deleguee?s?) suppleante?s?\b"),
     "Suppléants"),
)
# The little words between a college's noun and its name.
_LINK = r"(?:des|de la|de l|du|de|d)"
# Words of a college's name that say nothing of which one (« le collège des … » of « la CIL »).
_IDLE = frozenset({"et", "les", "la", "le", "l", "des", "de", "du", "d", "a", "au", "aux", "c", "qui", "est", "on", "y",
                   "il", "elle", "college", "colleges", "siege", "siegent", "compose", "composition"})


# Questions of time or place are about records (deadlines, meetings), not seats.
_WHEN = re.compile(r"\b(?:quand|où|date|jusqu|avant|délai|heure)\b")
# The only other words a question listing seats has (« c'est qui les suppléants ? », « on a combien de membres
# associés en tout ? », « qui sont les titulaires au sein de la conférence ? »); any other (« peuvent voter »,
# « présents pour que la plénière délibère ») asks something else, a decision most often.
_PLAIN = frozenset({"qui", "sont", "est", "c", "ce", "ces", "combien", "y", "il", "ils", "elles", "on", "en", "tout",
                    "total", "liste", "svp", "stp", "quels", "quelles", "quel", "quelle", "lesquels", "lesquelles",
                    "dans", "au", "sein", "parmi", "nos", "notre", "nous", "ont", "avons", "ya", "deja", "actuellement",
                    "moment", "groupe", "conference", "comite", "commission", "instance", "plenieres", "donc",
                    "alors", "bonjour", "merci", "exactement", "juste", "rappel", "rappeler", "noms", "nom",
                    "personnes", "gens", "ceux", "celles", "font", "fait", "partie", "composent", "compose",
                    "compte", "quoi", "pour", "chez", "sieger", "siegent", "siege", "le", "la", "les", "l",
                    # « Mme Vasseur est titulaire ou suppléante ? », « il est toujours suppléant ? »
                    "ou", "bien", "toujours", "encore", "elle", "lui", "mme", "m", "monsieur", "madame", "se"})
# The words of seats themselves, which a topic may hold.
_SEAT_WORD = re.compile(r"^(?:suppl|titulaire|associe|membre|droit|college|elu|siege|sieg|remplac)")
# Who a message is addressed to when it is a question to a colleague (« Stéphane, tu as pu voir … ? »).
_TO_SOMEONE = frozenset({"tu", "t", "toi", "vous", "ton", "ta", "tes", "votre", "vos"})


# « côté habitants »: the word that introduces a side, not a word of it.
_SIDE = frozenset({"cote"})


def _said_of(member: Member) -> set[str]:
    """The folded words of a member's role and body (« representante », « des », « habitants », …)."""
    return set(plain(f"{member.role or ''} {member.organisation or ''}").split())


def _asks(words: Sequence[Word], message: str) -> bool:
    """A question for the bot: a question word, or a bare « les suppléants ? » / « le suppléant de X ? », never
    a question to a colleague (« tu as pu voir pour le suppléant ? ») nor news (« je transmets la liste … »)."""
    folded = [w.folded for w in words]
    if any(w in _TO_SOMEONE for w in folded) or (folded and folded[0] in ("je", "j", "on", "nous")
                                                  and "combien" not in folded and "qui" not in folded):
        return False
    if re.search(r"\b(?:qui|combien|quel|quelle|quels|quelles|lesquels|lesquelles|quoi)\b", " ".join(folded)):
        return True
    if "?" in message and any(_SEAT_WORD.search(w) for w in folded):
        return True  # « Mme Vasseur est titulaire ou suppléante ? »
    # « la liste des suppléants svp », « les membres associés de la CIL ? »: a seat's noun opening the message.
    opening = [w for w in folded if w not in ("la", "le", "les", "l", "liste", "des", "de", "du", "c", "est")][:1]
    return bool(opening) and bool(_SEAT_WORD.search(opening[0])) and (
        "?" in message or any(w in ("svp", "stp", "liste") for w in folded) or bool(re.search(r"\b(?:svp|stp)\b", fold(message))))


def _typed(word: Word) -> str:
    """The word folded as typed, before shorthand (« conférence », not « réunion »)."""
    return plain(word.typed) or word.folded if word.typed else word.folded


def _segments(member: Member) -> list[str]:
    """The parts of a member's role, folded and plain (« collège des usagers », « titulaire »)."""
    return [p for p in (plain(part) for part in re.split(r"[,;]", fold(member.role or ""))) if p]


def _listed(u: Understanding, intent: str, heading: str, people: Sequence[Member]) -> Outcome:
    u.intent, u.readings = intent, []
    return Outcome.sure(u, [f"{heading} ({len(people)}) :", *[member_row(m) for m in people[:25]]],
                        ", ".join(m.name for m in people))


def _stand_in(u: Understanding, asked: str, members: Sequence[Member]) -> Outcome | None:
    """The members whose role says they stand in for the one the question names (by name or title)."""
    people = {m.name for e in u.entities if e.kind == "person" for m in e.items}
    found = []
    for member in members:
        for segment in _segments(member):
            said = re.match(rf"suppleante? {_LINK} (.+)$", segment)
            if said is None:
                continue
            target = said.group(1)
            # « suppléant de Nadège Vasseur » for a question naming her; « suppléante du sous-préfet » for one
            # whose words hold the title (« qui supplée le sous-préfet ? »).
            if any(plain(name) == target for name in people) or (
                    not people and f" {target} " in f" {asked} " and target not in _IDLE):
                found.append((member, target))
    if not found:
        return _paired_stand_in(u, members)
    named = sorted({t for _, t in found})
    heading = "Suppléance de " + ", ".join(next((n for n in people if plain(n) == t), t) for t in named)
    return _listed(u, "role_holder", heading, [m for m, _ in found])


_SUBSTITUTE = re.compile(r"^suppleant|\bmembres? suppleante?s?\b")
_HOLDER = re.compile(r"^titulaire\b|\bmembres? titulaires?\b")
_COLLEGE = re.compile(rf"\bcollege {_LINK} ?.+$")


def _paired_stand_in(u: Understanding, members: Sequence[Member]) -> Outcome | None:
    """« qui est la suppléante de Laurent Peyret ? » where no role says « suppléante de … »: the titulaire's
    stand-in is the one suppléant of the same body, else the one suppléant of the same college (roles such as
    « Membre titulaire du collège des acteurs économiques » beside « Membre suppléante du … » of that body)."""
    people = [m for e in u.entities if e.kind == "person" for m in e.items]
    if len(people) != 1 or not any(_HOLDER.search(s) for s in _segments(people[0])):
        return None
    holder = people[0]
    substitutes = [m for m in members if m != holder and any(_SUBSTITUTE.search(s) for s in _segments(m))]

    def college(member: Member) -> set[str]:
        return {c.group(0) for s in _segments(member) if (c := _COLLEGE.search(s))}

    for basis, same in (("même organisation", [m for m in substitutes if m.organisation and m.organisation == holder.organisation]),
                        ("même collège", [m for m in substitutes if college(m) & college(holder)])):
        if len(same) == 1:
            return _listed(u, "role_holder", f"Suppléance de {holder.name} ({basis})", same)
        if same:
            return None  # several: which one stands in is not said
    return None


def _college(u: Understanding, asked: str, members: Sequence[Member]) -> Outcome | None:
    """The members of the college the question names (« le collège des usagers »), by its name's words."""
    said = re.search(rf"\bcolleges? {_LINK} ?(.+)$", asked) or re.search(r"\bcolleges? (.+)$", asked)
    if said is None:
        return None
    wanted = {w.rstrip("sx") for w in said.group(1).split() if w not in _IDLE}
    if not wanted:
        return None
    colleges: dict[str, list[Member]] = {}
    for member in members:
        for segment in _segments(member):
            # « Collège des usagers » or « Membre titulaire du collège des citoyens »: the college's own words.
            if (name := re.search(rf"\bcollege {_LINK} ?(.+)$", segment)) and wanted & {w.rstrip("sx") for w in name.group(1).split()}:
                colleges.setdefault(name.group(0), []).append(member)
    if len(colleges) > 1:
        # « le collège des acteurs économiques » beside « … des acteurs associatifs »: the one more of the words fit.
        fit = {c: len(wanted & {w.rstrip("sx") for w in c.split()}) for c in colleges}
        best = max(fit.values())
        colleges = {c: people for c, people in colleges.items() if fit[c] == best}
    if len(colleges) != 1:
        return None  # none, or the words fit several colleges: not said which
    (segment, people), = colleges.items()
    # The college as the roles write it (« Collège des bailleurs et réservataires »), accents kept.
    written = next((part.strip()[plain(part.strip()).index(segment):] for m in people for part in re.split(r"[,;]", m.role)
                    if segment in plain(part.strip()) and len(plain(part.strip())) == len(part.strip())), segment)
    heading = written[:1].upper() + written[1:]
    elected = [m for m in people if _ELECTED.search(plain(m.role or ""))]
    if _ELECTED.search(asked) and elected and len(elected) < len(people):
        # « qui est élu au collège des parents ? »: the holders of its elected seats, not its substitutes (set 49b).
        return _listed(u, "role_holder", f"{heading}, élus", elected)
    return _listed(u, "in_charge", heading, people)


# The elected seats of a college (« Administratrice élue (collège des parents) »), as the question or a role says them.
_ELECTED = re.compile(r"\belu(?:e|s|es)?\b")


# « les membres du bureau de la CLE », « la composition du bureau »: a part of the body, named after its members.
_PART = re.compile(rf"\b(?:membres?|composition) {_LINK} ?((?:bureau|conseil|comite|commission)\b.*)$")


_PART_LINKS = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "svp", "stp"})


def _own_words(ctx: Context) -> frozenset[str]:
    """The words of the group's own names (« cle », « commission », « locale », « eau » in a CLE)."""
    return frozenset(w for name in group_world(ctx).own_names for w in name.split())


def _part(u: Understanding, part: re.Match[str], members: Sequence[Member], own: frozenset[str]) -> Outcome | None:
    """The members whose roles say they are members of the part named (« membre du bureau de la CLE » for « les
    membres du bureau de la CLE »): the bureau is a few of the group, whom the directory of all does not tell
    apart (the lead's set 87). The part as the question writes it, every word of it in the role's own words."""
    # Every word of the part but the little ones, its noun first: « le comité syndical » is no « bureau syndical ».
    wanted = [w for w in part.group(1).split() if w not in _PART_LINKS]
    # The part the role names, every word of it asked but the group's own name (« du bureau » of « membre du bureau
    # de la CLE » in the CLE): « les membres de la commission » is no « commission santé, sécurité … ».
    def fits(named: list[str]) -> bool:
        return all(w in named for w in wanted) and all(w in wanted or w in own or w in _PART_LINKS for w in named)

    people = [m for m in members if any(
        (said := re.search(rf"\bmembres? {_LINK} ?(.+)$", segment)) and fits(said.group(1).split())
        for segment in _segments(m))]
    if not wanted or not people:
        return None
    # The part as the first holder's role writes it (« membre du bureau de la CLE »), accents and capitals kept.
    written = next((m.group(1) for m in re.finditer(r"\b[Mm]embres? ((?:du|de la|de l['’]|des)\s*[^,;]+)", people[0].role)),
                   part.group(1))
    return _listed(u, "org_members", f"Membres {written}", people)


def _card(u: Understanding) -> Outcome | None:
    """One member named, asked about their seat: their card."""
    people = [e for e in u.entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return None
    member = people[0].items[0]
    u.intent, u.readings = "who_is", []
    return Outcome.sure(u, member_lines(member), member.name)


def seats(ctx: Context, u: Understanding | None) -> Outcome | None:
    """The answer to a question on seats (see the module's docstring), or None when it asks none."""
    if u is None:
        return None
    words: Sequence[Word] = u.words
    # As typed: chat shorthand reads « conférence » as « réunion ».
    asked = " ".join(_typed(w) for w in words)
    members = ctx.data.members()
    segments = {s for m in members for s in _segments(m)}
    if not segments or not _asks(words, u.text):
        return None
    # Read as chat (news, a remark), only a plain « qui … ? » still asks (« qui remplace le sous-préfet quand il
    # peut pas venir ? »).
    if u.intent == "chitchat" and "qui" not in asked.split():
        return None
    seated = " | ".join(sorted(segments))
    persons = [e for e in u.entities if e.kind == "person"]
    # « le suppléant de Mme Thibout », « qui supplée le sous-préfet », « qui la remplace »: someone's stand-in; not
    # « Mme Vasseur est titulaire ou suppléante ? » (her own seat).
    standing = re.search(r"\bsuppleante?s? (?:de|du|d)\b", asked) or re.search(
        r"\b(?:supplee|suppleer|suppleera|remplace|remplacer|remplacera)\b", asked)
    if standing and re.search(r"\bsuppleante? ", seated):
        if (deputies := _stand_in(u, asked, members)) is not None:
            return deputies
        if persons or not re.search(r"\bsuppleant(?:s|es)\b", asked):
            return None  # the stand-in of someone nobody's role names; « remplace » of something else
    college = re.search(r"\bcolleges? (.+)$", asked) or _PART.search(asked)
    # « les suppléants des usagers doivent être désignés avant quand ? », « les membres associés peuvent voter ? »:
    # a time, a place, or words besides the seat's and the college's (a decision, a deadline): not who sits.
    named = set(college.group(1).split()) if college else set()
    framed = {i for e in u.entities if e.kind in ("org", "person") for i in range(e.start, e.end)} | u.own_name | u.framing
    other = [_typed(w) for i, w in enumerate(words) if i not in framed and _typed(w) not in named
             and not _SEAT_WORD.search(_typed(w)) and _typed(w) not in _IDLE and _typed(w) not in _PLAIN]
    # « les membres titulaires côté habitants ? »: the side named by words that the seats' holders' roles or bodies
    # hold (« Représentante des habitants »), the holders on that side (the lead's set 91); any other word asks else.
    side = [w for w in other if w not in _SIDE]
    if _WHEN.search(" ".join(w.raw.casefold() for w in words)) or other and not (side and all(
            any(w in _said_of(m) for m in members) for w in side)):
        return None
    # (Not of a body named: « les personnes de la mairie … membres de la commission » asks that body's people.)
    bodies = [e for e in u.entities if e.kind == "org" and not e.extra.get("in_role")]
    if (part := _PART.search(asked)) is not None and not persons and not bodies and (
            listed := _part(u, part, members, _own_words(ctx))) is not None:
        return listed  # « qui sont les membres du bureau de la CLE ? »
    if "college" in asked and "college" in seated:
        if persons and not re.search(rf"\bcolleges? {_LINK} ", asked):
            return _card(u)  # « il siège dans quel collège ? »
        return None if persons else _college(u, asked, members)
    for question, role, heading in _KINDS:
        if not question.search(asked) or not any(role.search(s) for s in segments):
            continue
        if persons:
            # « Mme Vasseur est titulaire ou suppléante ? », « Patrice Lemonnier il est suppléant ? »: their seat.
            return _card(u)
        holders = [m for m in members if any(role.search(s) for s in _segments(m)) and all(
            w in _said_of(m) for w in side)]
        orgs = [e for e in u.entities if e.kind == "org" and not e.extra.get("in_role")]
        if orgs:
            # « les suppléants du Département »: the body's own.
            holders = [m for m in holders if any(m in e.items for e in orgs)]
        return _listed(u, "role_holder", heading, holders) if holders else None
    if persons and re.search(r"\bmembre\b", asked) and re.search(r"\b(?:quoi|quel|quelle)\b", asked):
        return _card(u)  # « Claire Mabire elle est membre de quoi exactement ? »
    return None
