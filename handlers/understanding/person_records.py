"""What the group's records say of one member named loosely: « qu'est-ce que
Nathalie avait proposé ? », « la proposition de Mme Durand sur les tarifs ça
a donné quoi ? », « Paulo il a été chargé de quoi en octobre ? », « les
décisions qui concernent Mme de Lamothe ? » ask for the decisions that name
that member (« Sur proposition de Nathalie Durand, … », « Paul Ferreira est
chargé du recensement … »); « les collègues de Paulo ? », « Sandrine Lafitte
elle bosse avec qui ? » ask for the other members of that member's body.

Asked of a person, these questions name no topic and no body: they were read
as the member's card (who_is) or their tasks, or as nothing. Each answer
here needs the person found as one member (a first name two members share
stays a question back, who_is.py's list), a word of the family, and a
question (a « ? » or a word asking): « je suis d'accord avec la proposition
de Fatima. » is chat among members. The decisions answer only when a
decision writes the member's name; none, and the question is left as read.

A member's card is asked too by checking it or by asking how to reach them:
« M. Dupuy il est à la mairie de Marmande ou à l'agglo ? », « Thomas c'est
le gendarme ? », « tu peux me redonner le contact de Mr Durant ? »: read
unsure between the card and the body or the title named, they are the
card, which shows the body and the title checked (card_asked).
"""

from __future__ import annotations

import re

from handlers.context import Context
from handlers.messages import bold
from handlers.understanding.outcome import Outcome
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.world import plain
from handlers.views import decision_lines, member_row
from storage.models import Member

__all__ = ["card_asked", "colleagues_of", "decisions_naming", "without_resumed_pronoun", "without_title_before_name", "successor_of",
           "taking_over_names"]

# Words asking what a decision made of someone: a proposal, a charge given, a decision about them (folded, as typed).
_DECIDED_OF = frozenset({"propose", "proposee", "proposes", "proposees", "proposait", "proposition", "propositions",
                         "idee", "idees", "charge", "chargee", "charges", "chargees", "confie", "confiee", "confies",
                         "confiees", "coordonne", "coordonnera", "pilote", "pilotera", "concerne", "concernent",
                         "concernant", "decisions", "decision", "decide", "decidee", "mandate", "mandatee",
                         "designe", "designee", "nomme", "nommee"})
# « charge » also says a member's task (« Paulo est en charge de quoi ? » asks their tasks): only with a past
# participle's auxiliary (« a été chargé de », « est chargée de ») or a decision word does it ask a decision.
_TASK_LIKE = frozenset({"charge", "chargee", "charges", "chargees", "pilote", "pilotera"})
_BEEN = frozenset({"ete", "avait", "etait"})
# Words that make a message a question when it has no question mark.
_ASKING = frozenset({"quoi", "quel", "quelle", "quels", "quelles", "lesquelles", "lesquels"})
# Words asking for a member's colleagues: the noun, or « bosser / travailler avec qui ».
_COLLEAGUES = frozenset({"collegue", "collegues", "collegue(s)"})
_POSSESSIVES = frozenset({"ma", "mon", "ta", "ton", "sa", "son", "mes", "tes", "ses", "nos", "vos", "notre", "votre"})
_WORK_VERBS = frozenset({"bosse", "travaille", "bossent", "travaillent", "bosser", "travailler"})


def _asking(u: Understanding) -> bool:
    """A « ? », or a word asking (« … a donné quoi », « les décisions qui concernent X, lesquelles »)."""
    return "?" in u.text or bool(set(plain(u.text).split()) & _ASKING)


def _one_member(u: Understanding) -> Member | None:
    """The one member the message names as a person, else None (none, several, or a first name shared)."""
    people = [e for e in u.entities if e.kind == "person"]
    if len(people) != 1 or len(people[0].items) != 1:
        return None
    return people[0].items[0]


def decisions_naming(ctx: Context, u: Understanding) -> Outcome | None:
    """The decisions that write the name of the one member asked, for a question on what was decided of them."""
    member = _one_member(u)
    if member is None or not _asking(u):
        return None
    folded = plain(u.text).split()
    cues = set(folded) & _DECIDED_OF
    if not cues:
        return None
    if cues <= _TASK_LIKE and not set(folded) & _BEEN:
        return None  # « Paulo est en charge de quoi ? », « qui pilote … »: a task or a title, not a decision
    name = f" {plain(member.name)} "
    found = [d for d in ctx.data.decisions() if d.status != "cancelled" and name in f" {plain(d.text)} "]
    if not found:
        return None
    # The topic asked besides (« … sur les tarifs »): its decisions first.
    topic = {w.folded for w in u.topic} - set(plain(member.name).split())
    found.sort(key=lambda d: (-len(topic & set(plain(d.text).split())), -d.number))
    u.intent, u.readings = "decisions_topic", []
    lines: list = [[bold(f"Décisions qui nomment {member.name} ({len(found)})")]]
    for decision in found[:5]:
        lines.extend(decision_lines(decision, ctx.locale))
    return Outcome.sure(u, lines, ", ".join(f"n°{d.number}" for d in found[:5]))


def colleagues_of(ctx: Context, u: Understanding) -> Outcome | None:
    """The other members of the body of the one member asked, for « les collègues de X ? », « X bosse avec qui ? »."""
    member = _one_member(u)
    if member is None or not member.organisation or not _asking(u):
        return None
    folded = plain(u.text).split()
    works_with = any(w in _WORK_VERBS and folded[i + 1:i + 3] == ["avec", "qui"] for i, w in enumerate(folded))
    # « ma collègue Léa a envoyé le devis ? », « tu as eu le retour de tes collègues ? »: a colleague of the one
    # speaking or spoken to, no colleagues asked.
    asked = [i for i, w in enumerate(folded) if w in _COLLEAGUES and not (i and folded[i - 1] in _POSSESSIVES)]
    if not asked and not works_with:
        return None
    if _spoken_to(u, next(e for e in u.entities if e.kind == "person")):
        return None  # « Fatima, les collègues de la plonge sont d'accord ? »: she is asked, not her colleagues (set 92)
    if any(e.kind == "org" for e in u.entities if plain(e.label) != plain(member.organisation)):
        return None  # « les collègues de Paulo à la CAF ? »: another body named, not for this module
    others = [m for m in ctx.data.members() if m.organisation == member.organisation and m.number != member.number]
    u.intent, u.readings = "org_members", []
    if not others:
        return Outcome.sure(u, [f"{member.name} est le seul membre de {member.organisation} dans le groupe."],
                            member.name)
    lines: list = [[bold(f"Collègues de {member.name} ({member.organisation})")]]
    lines += [member_row(m) for m in others[:10]]
    return Outcome.sure(u, lines, ", ".join(m.name for m in others))


# Words asking how to reach someone: their card holds what the group knows of them.
_CONTACT = frozenset({"contact", "contacts", "coordonnees", "mail", "email", "mel", "numero", "telephone", "tel",
                      "portable", "joindre", "joint", "joignable", "contacter", "appeler",
                      # « le natel de Corinne ? »: the Swiss mobile phone.
                      "natel"})
# Words of the other families asked of a person: their tasks, their presence, what was decided.
_OTHER_FAMILY = frozenset({"tache", "taches", "faire", "fait", "doit", "devait", "rendre", "vient", "viendra", "venu",
                           "venue", "present", "presente", "excuse", "excusee", "sera", "etait", "absent", "absente",
                           "reunion", "seance", "decide", "decision", "decisions", "propose", "proposition"})


def _spoken_to(u: Understanding, person: Entity) -> bool:
    """Whether the person's name opens the message before a comma or closes it after one (a vocative)."""
    name = r"\W+".join(re.escape(w.raw) for w in u.words[person.start:person.end])
    return bool(re.match(rf"\s*{name}\s*,", u.text) or re.search(rf",\s*{name}\s*[?!.]*\s*$", u.text))


_DETERMINERS = frozenset({"le", "la", "l", "un", "une"})
_ASKED_ELSE = frozenset({"quand", "quoi", "combien", "ou", "pourquoi", "comment", "quel", "quelle"})


def card_asked(u: Understanding) -> bool:
    """Whether an unsure question on one member checks their card (their body or title put to the bot, « X il est
    à A ou à B ? », « X c'est le <titre> ? ») or asks how to reach them."""
    member = _one_member(u)
    if member is None or u.intent is not None or "who_is" not in u.readings or not _asking(u):
        return False
    folded = plain(u.text).split()
    if set(folded) & _OTHER_FAMILY:
        return False
    if set(folded) & _CONTACT:
        # « Tu as pu joindre la préf, Karim ? »: the member is spoken to, set apart by a comma, not asked about.
        if _spoken_to(u, next(e for e in u.entities if e.kind == "person")):
            return False
        # « le natel de Corinne ? », « son portable ? »: the card answers the means asked, which it need not show.
        u.framing |= {i for i, w in enumerate(u.words) if w.folded in _CONTACT}
        return True
    person = next(e for e in u.entities if e.kind == "person")
    named = [e for e in u.entities if e.kind in ("org", "role", "place")]
    checked: set[int] = set()
    if "ou" in folded and any(e.kind in ("org", "role") for e in named):
        # « il est à la préfecture ou à la DDETS ? »: two places of work put side by side; the card answers the one
        # that is theirs, the other is no word it leaves unanswered.
        checked = {i for e in named for i in range(e.start, e.end)}
        # The body not theirs is the other side of « ou », which the card answers by showing theirs.
        u.entities = [e for e in u.entities if e not in named or plain(e.label) == plain(member.organisation)]
    else:
        # « Thomas c'est le gendarme ? », « M. Ferreira c'est le gestionnaire des aires ? »: the name, then what is
        # checked; not « Thomas c'est quand qu'il vient ? ».
        after = [w.folded for w in u.words[person.end:]]
        if after[:2] == ["c", "est"] and after[2:3] and after[2] in _DETERMINERS and not set(after) & _ASKED_ELSE:
            checked = set(range(person.end + 3, len(u.words)))
    if not checked:
        return False
    u.framing |= checked
    return True


_RESUMING = frozenset({"il", "elle", "ils", "elles"})


def without_resumed_pronoun(u: Understanding) -> str | None:
    """« Karim Haddou il vient à la prochaine ? », « la nouvelle de la CAF elle a des trucs à faire ? »: spoken French
    names the member (or their body), then says « il » or « elle » again before the verb. Read unsure, the message
    is read again without that pronoun (« Karim Haddou vient à la prochaine ? »), which the examples know; None when
    there is none to drop."""
    if u.intent is not None:
        return None
    named = [e for e in u.entities if e.kind == "person" and len(e.items) == 1 or e.kind == "org"]
    resumed = [e for e in named if e.end < len(u.words) - 1 and u.words[e.end].folded in _RESUMING]
    if len(resumed) != 1:
        return None
    entity = resumed[0]
    last = re.escape(u.words[entity.end - 1].raw)
    pronoun = re.escape(u.words[entity.end].raw)
    # The pronoun right after the name's last word, as typed; a comma between them only after a member's name
    # (« Paulo, il doit faire quoi ? »): after a body it may start another clause whose « elle » is someone else
    # (« une voisine voudrait rejoindre le conseil de développement, elle doit faire comment ? »).
    comma = r"\s*,?" if entity.kind == "person" else ""
    again, count = re.subn(rf"({last}){comma}\s+{pronoun}\b\s*", r"\1 ", u.text, count=1)
    return again if count else None


_ARTICLES = frozenset({"le", "la", "l", "notre"})


def without_title_before_name(u: Understanding) -> str | None:
    """« le commandant Roux s'était excusé en novembre ? », « la présidente Castagné vient ? »: the member's own title
    said before their surname, as colleagues say it, is no title asked (whose holders would be listed) but the
    member; the message is read again with the member's full name in place of the title and the name (« Thomas Roux
    s'était excusé … »), whatever its first reading; None when no title of theirs comes right before a member's name."""
    for person in (e for e in u.entities if e.kind == "person" and len(e.items) == 1):
        title = next((e for e in u.entities if e.kind == "role" and e.end == person.start), None)
        member = person.items[0]
        if title is None or not member.role:
            continue
        typed = [w.folded for w in u.words[title.start:title.end]]
        if not all(w in plain(member.role).split() for w in typed):
            continue  # « le président Roux » when Roux commands a company: someone else, or a slip; not for here
        start = title.start - 1 if title.start > 0 and u.words[title.start - 1].folded in _ARTICLES else title.start
        raws = [re.escape(w.raw) for w in u.words[start:person.end]]
        again, count = re.subn(r"[\s']*".join(raws), member.name, u.text, count=1)
        return again if count else None
    return None


# Words saying someone took over from someone else, in a role (« remplace Karim Mansouri depuis octobre », « en
# remplacement de Nadia Boukhalfa », « successeur de Patricia Carlier », « depuis le départ de Thierry Lemaire ») or
# in the question (« celle qui remplace Karim », « qui a pris la place / la suite de Karim Mansouri ? », « le
# successeur de … », « qui succède à Mme Carlier ? »). « place » and « suite » say it only after a verb of taking
# (« pris la place », « reprend la suite »), « départ » only after « depuis » or « après ».
_TAKING_OVER = frozenset({"remplace", "remplacee", "remplacent", "remplacant", "remplacante", "remplacement",
                          "remplacera", "remplacer", "remplacait", "succede", "succeder", "succedera", "successeur",
                          "successeure", "succedant", "place", "suite", "depart", "dossier", "poste"})
_TAKING = frozenset({"pris", "prise", "prend", "prendra", "reprend", "repris", "reprise", "reprendra"})
_SINCE = frozenset({"depuis", "apres"})
# Words between a cue and the name it gives (« en remplacement de Mme Caron », « le départ de M. Lemaire »).
_BEFORE_NAME = frozenset({"de", "d", "du", "la", "le", "l", "a", "au", "mme", "m", "mr", "madame", "monsieur", "c",
                          "est", "qui"})

# Words after the cue that name no one (« elle remplace qui exactement ? »).
_NO_NAME = frozenset({"exactement", "deja", "alors", "donc", "maintenant", "actuellement", "aujourd", "hui", "ici",
                      "svp", "stp", "merci", "encore", "bien", "vraiment", "finalement"})


def _taking_over_cue(words: list[str], i: int) -> bool:
    """Whether `words[i]` says a taking over: « place » / « suite » after a verb of taking, « départ » after
    « depuis » / « après », the other cues as they are."""
    if words[i] not in _TAKING_OVER:
        return False
    # « a repris le dossier de Manon Ricard », « a pris le poste de … » (set 48c): after a verb of taking, as « place ».
    if words[i] in ("place", "suite", "dossier", "poste"):
        return bool(_TAKING & set(words[max(0, i - 3):i]))
    if words[i] == "depart":
        return bool(_SINCE & set(words[max(0, i - 3):i]))
    return True


def _name_after(words: list[str], i: int) -> set[str]:
    """The name a role gives after its cue at `i`: two words at most, past « de », « Mme » and the like."""
    j = i + 1
    while j < len(words) and words[j] in _BEFORE_NAME:
        j += 1
    return {w for w in words[j:j + 2] if len(w) > 2}


def taking_over_names(role: str) -> str:
    """The person a role says its holder took over from, as written (« Thierry Lemaire » of « … depuis le départ de
    Thierry Lemaire, … »), or "" when it says none."""
    folded = plain(role).split()
    raw = re.findall(r"\w+", role)
    if len(raw) != len(folded):
        return ""
    for i in range(len(folded)):
        if _taking_over_cue(folded, i):
            j = i + 1
            while j < len(folded) and folded[j] in _BEFORE_NAME:
                j += 1
            name = [w for w in raw[j:j + 2] if w[:1].isupper()]
            return " ".join(name)
    return ""


def successor_of(ctx: Context, u: Understanding) -> Outcome | None:
    """« celle qui remplace Karim, c'est qui ? », « qui a pris la place de Karim Mansouri à la CAF ? », « qui a
    remplacé Mme Caron ? », « la remplaçante de Nadia c'est qui ? »: the member whose role says they took over from
    the person named (« …, remplace Karim Mansouri depuis octobre », « … en remplacement de Martine Caron »), who may
    have left the group, or share a first name with a member still in it. None unless one member's role says so.
    « Léa elle remplace qui ? » names no one after the cue: asked of the one member named whose role says whom they
    replace, it is that member's card (the intent set to who_is, the answer left to it)."""
    folded = plain(u.text).split()
    cues = [i for i in range(len(folded)) if _taking_over_cue(folded, i)]
    if not cues or "qui" not in folded or u.intent == "chitchat":
        return None  # « Bienvenue à Maëlle qui remplace Hervé ! » was read as chat: a relative « qui » (welcome.py)
    named = {w for w in folded[cues[0] + 1:] if w not in _BEFORE_NAME and w not in _NO_NAME and len(w) > 2}
    found = []
    for member in ctx.data.members():
        role = plain(member.role or "").split()
        for i in range(len(role)):
            if _taking_over_cue(role, i):
                if named & _name_after(role, i):
                    found.append(member)
                break
    if not named and (person := u.first("person")) is not None and len(person.items) == 1:
        role = plain(person.items[0].role or "").split()
        if any(_taking_over_cue(role, i) for i in range(len(role))):
            u.intent, u.readings = "who_is", []  # « Léa Dufossez elle remplace qui ? »: her card says whom
        return None
    if len(found) != 1:
        return None
    member = found[0]
    u.intent, u.readings = "role_holder", []
    return Outcome.sure(u, [[bold("D'après son rôle :")], member_row(member)],
                        member.name)
