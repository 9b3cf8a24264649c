"""More ways of asking who came or who comes, said in words the examples
and presence_cues.py do not weigh (for presence.py):

- a count or a crowd of « on » / « nous »: « combien on était au premier
  copil ? », « on sera combien au cotech ? », « y aura du monde jeudi ? »
  — the people of the group at a sitting, not the sittings;
- coming said by an idiom: « qui a fait le déplacement à Montréjeau ? »,
  « qui s'est déplacé le 5 ? » (came), « qui avait prévenu de son absence
  pour la plénière ? », « qui a prévenu qu'il ne viendrait pas jeudi ? »
  (excused), « la sous-préfecture a envoyé quelqu'un au copil ? » (the
  body was there);
- someone else's answer for a sitting ahead: « est-ce que Karim a confirmé
  pour jeudi ? », « la CAF a répondu pour le 3 ? » (the asker's own is
  presence_cues.signed_up);
- the asker asking whether the bot took note of their coming or not:
  « t'as bien noté que je serai pas là jeudi ? » — the bot notes nothing
  without /present or /excuse, so the answer is what the asker announced
  (« Vous n'avez rien annoncé … (/present, /excuse) »), never a yes;
- whether the quorum was reached at a sitting held: « le quorum était
  atteint au dernier copil ? » — the count of those present answers it
  (the rule of the quorum itself, « le quorum c'est combien ? », is a
  decision, left alone).

And the tense that says which list: a future with no past (« sera »,
« aura », « viendra ») asks the announcements of a sitting ahead."""

from __future__ import annotations

from handlers.understanding.pipeline import Understanding

__all__ = ["answered_sitting", "came_idiom", "coming_cue", "crowd_verbs", "future_asked", "own_noted", "quorum_asked", "someone_answered"]

# « on était », « nous serons », « étions-nous »: the group's own people, being then or to come.
_WE = frozenset({"on", "nous"})
# Not the present (« on est combien du département dans la commission ? » counts a body's members).
_WE_BEING = frozenset({"etait", "etions", "sera", "serons", "etaient"})
_WE_FORMS = frozenset({"etions", "serons"})  # « combien étions-nous ? »: the verb says « nous »
# « y aura du monde jeudi ? », « il y aura foule ? »: a crowd to come (« y avait du monde » is presence_cues').
_CROWD = frozenset({"monde", "foule"})


def _counted_we(folded: list[str]) -> bool:
    """« combien on était ? », « on sera combien ? », « on sera nombreux ? », « y aura du monde ? »."""
    we = any(w in _WE_FORMS for w in folded) or any(a in _WE and b in _WE_BEING for a, b in zip(folded, folded[1:]))
    if we and any(w in ("combien", "nombreux", "nombreuses") for w in folded):
        return True
    return any(a == "y" and b in ("aura", "aurait") for a, b in zip(folded, folded[1:])) and any(
        w in _CROWD for w in folded)


# « s'est déplacé », « se sont déplacés »: having come, reflexive.
_MOVED = frozenset({"deplace", "deplacee", "deplaces", "deplacees"})


def came_idiom(folded: list[str]) -> bool:
    """« qui a fait le déplacement ? », « qui s'est déplacé ? », « qui avait prévenu de son absence ? », « qui a
    prévenu qu'il ne viendrait pas ? », « … a envoyé quelqu'un ? »: coming, or not, said by an idiom (not « je
    suis en déplacement », « les frais de déplacement »)."""
    for i, w in enumerate(folded):
        before = folded[max(0, i - 2):i]
        if w == "deplacement" and before[-2:] in (["fait", "le"], ["faire", "le"]):
            return True
        if w in _MOVED and before[-2:] in (["s", "est"], ["se", "sont"], ["s", "etait"], ["s", "etaient"]):
            return True
        if w in ("prevenu", "prevenue", "prevenus") and folded[i + 1:i + 3] in (["de", "son"], ["de", "leur"]) and \
                any(x.startswith("absen") for x in folded[i + 3:i + 4]):
            return True
        if w in ("prevenu", "prevenue", "prevenus") and folded[i + 1:i + 2] in (["qu"], ["que"]) and any(
                x in ("viendrait", "viendraient", "serait", "seraient", "pourrait", "pourraient") for x in folded[i + 2:]):
            return True
        if w in ("envoye", "envoyer") and folded[i + 1:i + 2] in (["quelqu"], ["qqn"], ["quelqu'un"]):
            return True
        if w in ("envoye", "envoyer") and folded[i + 1:i + 3] in (["un", "representant"], ["une", "representante"],
                                                                   ["un", "delegue"], ["une", "deleguee"]):
            return True
    return False


# « a confirmé », « a répondu »: someone's answer to a sitting ahead.
_ANSWERED = frozenset({"confirme", "confirmee", "repondu", "repondue"})
# What follows the answer: the sitting (« pour jeudi »), or the coming (« sa présence », « sa venue »).
_ANSWERED_NEXT = frozenset({"pour", "sa", "leur", "presence", "venue", "participation"})


def someone_answered(u: Understanding) -> bool:
    """« est-ce que Karim a confirmé pour jeudi ? », « la CAF a répondu pour le 3 ? »: a member or a body named,
    then its answer to a sitting (not « la CAF a répondu à notre courrier », nor « la sécu a répondu pour la
    permanence »: the words after « pour » must designate a sitting, which presence.py checks)."""
    folded = [w.folded for w in u.words]
    named = [e for e in u.entities if e.kind in ("person", "org")]
    if not named:
        return False
    for i, w in enumerate(folded):
        if w in _ANSWERED and i >= 1 and folded[i - 1] in ("a", "bien", "ont", "avait") and any(
                e.end <= i for e in named) and folded[i + 1:i + 2] and folded[i + 1] in _ANSWERED_NEXT:
            return True
    return False


# « t'as noté », « tu as bien noté », « vous avez noté », « c'est noté que … ? »
_NOTED = frozenset({"note", "notee", "enregistre", "retenu", "compris"})
_YOU = frozenset({"t", "tu", "vous"})


def own_noted(u: Understanding) -> str | None:
    """« t'as bien noté que je serai pas là jeudi ? », « vous avez noté que je viens ? »: whether the bot took
    note of the asker's coming or not — the asker's own announcement (`rsvp_upcoming`), or the asker's mark of
    a sitting held when the clause after « que » is in the past (`attendance_meeting`). None otherwise."""
    if "?" not in u.text:
        return None
    folded = [w.folded for w in u.words]
    for i, w in enumerate(folded):
        if w not in _NOTED or not any(x in _YOU for x in folded[max(0, i - 3):i]):
            continue
        rest = folded[i + 1:]
        if not rest or rest[0] not in ("que", "qu"):
            continue
        clause = rest[1:]
        if not clause or clause[0] not in ("je", "j"):
            return None
        if any(x in ("etais", "avais", "etait") for x in clause[:3]):
            return "attendance_meeting"
        coming = {"serai", "viens", "viendrai", "vais", "pourrai", "peux", "suis"}
        return "rsvp_upcoming" if any(x in coming for x in clause[:4]) else None
    return None


def quorum_asked(u: Understanding) -> bool:
    """« le quorum était atteint au dernier copil ? », « on avait le quorum en mars ? »: whether enough came to a
    sitting held, a question (not « si le quorum est pas atteint on fait quoi ? », the rule: past tense only)."""
    folded = [w.folded for w in u.words]
    if "quorum" not in folded or "?" not in u.text or "si" in folded:
        return False
    return any(w in ("etait", "avait", "atteint") for w in folded) and not any(w in ("combien", "quoi") for w in folded)


def coming_cue(u: Understanding) -> bool:
    """Any of the cues above, or « les confirmations pour … » (the answers to a sitting ahead, not « la
    confirmation de la salle »: plural, a sitting designated, which presence.py checks): presence asked as
    strongly as by « présent » or « excusé »."""
    folded = [w.folded for w in u.words]
    return (_counted_we(folded) or came_idiom(folded) or someone_answered(u) or quorum_asked(u)
            or any(a == "confirmations" and b == "pour" for a, b in zip(folded, folded[1:])))


# Being or coming to come, and having been: the tense that says which list.
_FUTURE = frozenset({"sera", "seront", "serons", "serez", "serai", "aura", "auront", "viendra", "viendront",
                     "viendrai", "viendrez", "viendrons", "enverra", "enverront", "participera", "participeront"})
_PAST = frozenset({"etait", "etaient", "etions", "etiez", "etais", "avait", "avaient", "venu", "venue", "venus",
                   "venues", "ete", "fait", "envoye", "deplace", "deplacee", "deplaces", "deplacees", "manquait",
                   "manquaient"})


def future_asked(u: Understanding) -> bool:
    """A verb in the future and none in the past: the announcements of a sitting ahead are asked."""
    folded = {w.folded for w in u.words}
    return bool(folded & _FUTURE) and not folded & _PAST


# « qui a prévenu qu'il ne viendrait pas ? »: the future seen from the past, a sitting ahead.
_WOULD_COME = frozenset({"viendrait", "viendraient"})


def tense_list(u: Understanding) -> str | None:
    """Which list a presence asked by these cues wants, by its tense: the announcements (`rsvp_upcoming`) for a
    future (« on sera combien ? », « y aura du monde ? ») or « … qu'il ne viendrait pas », the marks
    (`attendance_meeting`) for a past with no future (« combien on était ? », « qui a fait le déplacement ? »);
    None for the present, which the sitting designated decides."""
    folded = {w.folded for w in u.words}
    if future_asked(u) or folded & _WOULD_COME:
        return "rsvp_upcoming"
    if folded & _PAST and not folded & _FUTURE:
        return "attendance_meeting"
    return None


# The words of these idioms the pipeline leaves as a topic (« quorum atteint », « déplacement »): no subject asked.
_IDIOM_WORDS = frozenset({"quorum", "atteint", "deplacement", "deplace", "deplacee", "deplaces", "deplacees", "prevenu",
                          "prevenue", "prevenus", "envoye", "quelqu", "qqn", "representant", "representante",
                          "confirme", "confirmee", "repondu", "repondue", "monde", "foule"})


def idiom_topic(u: Understanding) -> bool:
    """The topic is only the words of a cue above (« le quorum était atteint … ? »: « quorum atteint »)."""
    return bool(u.topic) and all(w.folded in _IDIOM_WORDS for w in u.topic) and coming_cue(u)


def answered_sitting(u: Understanding) -> bool:
    """someone_answered, for a sitting named right after « pour » (« Corinne a confirmé pour Cluny ? »: the town
    of the sitting, which is also her body's) or by a day (« pour le 17 », « pour jeudi »)."""
    if not someone_answered(u):
        return False
    folded = [w.folded for w in u.words]
    after = [i + 1 for i, f in enumerate(folded) if f == "pour"]
    after += [i + 1 for i in after if i < len(folded) and folded[i] in ("la", "le", "les", "l")]
    return any(e.kind in ("place", "period", "month") and e.start in after for e in u.entities)


def crowd_verbs(u: Understanding) -> set[int]:
    """The « aura » of « y aura du monde ? »: it asks, as « y a-t-il » does, and shows nowhere in the list of
    announcements (framing, so that the answer need not account for it; not « le bureau aura combien de
    membres ? », whose « aura » is no crowd's)."""
    folded = [w.folded for w in u.words]
    if not any(w in _CROWD for w in folded):
        return set()
    return {i for i, w in enumerate(folded) if w in ("aura", "aurait") and i and folded[i - 1] == "y"}
