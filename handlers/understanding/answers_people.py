"""Answers about people: who someone is, who holds a role, who represents
an organisation, the directory."""

from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.context import Context
from handlers.messages import Span, bold
from handlers.understanding.compound_tail import outside_compounds
from handlers.understanding.role_gender import masculine_of, same_gender
from handlers.understanding.role_pairs import by_role_pairs
from handlers.understanding.answers_records import decisions_topic
from handlers.understanding.body_charge import body_of_topic, charged_activity
from handlers.understanding.outcome import Outcome, run_command
from handlers.understanding.pipeline import Understanding
from handlers.understanding.spans import Entity
from handlers.understanding.group_bodies import group_bodies
from handlers.understanding.group_titles import over_group_only, sittings_name
from handlers.understanding.elected import elected_only
from handlers.understanding.kind_nouns import general_plurals
from handlers.understanding.group_holders import (asks_over_group, of_asked_group, of_body_kind, of_subgroup, over_group,
                                                  over_own_name)
from handlers.understanding.charge_titles import post_with_article, title_of_charge, verb_of_charge
from handlers.understanding.co_titles import co_holders, whole_title_holders
from handlers.understanding.who_named import acting_members, gives_work
from handlers.understanding.decision_people import arranged_by
from handlers.understanding.charge_phrase import decided_over_roles, decision_says_who
from handlers.understanding.world_cache import group_world
from handlers.understanding.spelled_out import spelled_out
from handlers.understanding.family_body import trade_holder
from handlers.understanding.role_scope import (body_of_holder, deputy, elsewhere, is_unit, narrower, opening_title,
                                               placed_in_roles, without_deputies)
from handlers.understanding.role_town import named_out, shared_out
from handlers.understanding.bodies import asked_as_body
from handlers.understanding.title_object import title_as_object
from handlers.understanding.topics import SHARE, content_stems, content_words, is_generic, topic_scores, topic_stems, with_activities
from handlers.understanding.normalise import words
from handlers.understanding.persons import holds_role, office_title, role_acronyms
from handlers.understanding.world import plain
from handlers.understanding.title_duty import held_duty
from handlers.understanding.title_of_body import chair_of_body, titled_of_body
from handlers.understanding.plural_titles import plural_title
from handlers.understanding.place_in_role import holders_at_place
from handlers.understanding.task_first import asked_verb, piloted_tasks, task_verb_over_kin
from handlers.understanding.role_topic import acronym_title, role_topic
from handlers.understanding.body_titles import body_titled
from handlers.understanding.contact_titles import contact_at_body
from handlers.understanding.referents import asked_as_title, titled_referents
from handlers.understanding.foreign_title import foreign_title
from handlers.understanding.eligibility import asks_someone
from handlers.understanding.task_beside import tasks_beside
from handlers.views import member_lines, member_row
from storage.models import Member

__all__ = ["directory", "in_charge", "org_people", "role_holder", "who_is", "who_the_decision_names"]

# Role words that only say "in charge of": the topic names the charge.
GENERIC_CHARGE = frozenset({"charge", "responsable", "referent", "delegue", "pilote"})
_MASCULINE_PARTS = frozenset({"service", "pole", "bureau", "secteur", "departement"})  # parts said with « un »
# A role of the group itself (« président du réseau », « secrétaire du comité »).
_GROUP_BODY = rf"(?:du|de la|de l'|des) ?(?:{'|'.join(map(re.escape, group_bodies()))})\b"


def _described(member: Member) -> str:
    """What a holder's words say: role, body, and the acronyms of the role spelled out
    (« le coordinateur du conseil local de santé mentale » for a « Coordinatrice du CLSM »)."""
    return f"{member.role} {member.organisation}{spelled_out(member.role)}"


def who_is(ctx: Context, u: Understanding) -> Outcome:
    person = u.first("person")
    assert person is not None
    people: tuple[Member, ...] = person.items
    if len(people) == 1:
        return Outcome.sure(u, member_lines(people[0]), people[0].name)
    lines: list[list[Span] | str] = [f"Plusieurs membres correspondent à « {person.label} » :"]
    lines += [member_row(m) for m in people[:8]]
    lines.append("Précisez le nom (prénom et nom).")
    return Outcome.unsure(u, lines, ", ".join(m.name for m in people))


def role_holder(ctx: Context, u: Understanding) -> Outcome:
    # « qui est chargée du secrétariat ? »: the title follows the word that only says « in charge ».
    role = next((e for e in u.entities if e.kind == "role" and e.extra["stem"].split("|")[0] not in GENERIC_CHARGE), u.first("role"))
    assert role is not None
    if (task := title_as_object(ctx, u, role)) is not None:
        return task  # « qui doit recruter le coordinateur ? »: a task's object, no title asked (title_object.py)
    wants = role.extra["stem"].split("|")
    want = wants[0]
    typed = u.words[role.start:role.end]
    # The title as the member wrote it (« président », not the folded « president »), when it is the one read.
    shown = " ".join(w.raw for w in typed) if " ".join(w.folded for w in typed) == role.label else role.label
    stems = tuple(x.split()[0] for x in wants)

    def names_role(word: str) -> bool:
        # « coprésidente du comité » holds the presidency as « présidente » does.
        return word.startswith(stems) or (word.startswith("co") and word[2:].startswith(stems))

    def holding(pool: tuple[Member, ...]) -> list[Member]:
        # « les élus »: a chair or a delegate only at a public authority (elected.py).
        return elected_only([m for m in pool if holds_role(m.role, wants)], wants)

    orgs = [e for e in u.entities if e.kind == "org"]
    if not orgs and (body := _body_of_plural(u, role, ctx.data.members())) is not None:
        # « les avocats du conseil c'est qui ? »: the lawyers are the Ordre des avocats' people, its bâtonnière too.
        u.intent = "org_members"
        people = [m for m in ctx.data.members() if m.organisation == body]
        return Outcome.sure(u, [bold(f"{body} : qui représente l'organisation"), *[member_row(m) for m in people]], body)
    # « le chef du pôle emploi à la DDETS »: the body where someone holds the role of the thing asked (role_scope.py).
    org = body_of_holder(orgs, holding, lambda held: bool(u.topic) and max(topic_scores(u.topic, [_described(m) for m in held])) >= SHARE,
                         u.words, bool(u.topic))
    # « qui préside le comité de jumelage et des partenariats internationaux ? »: the words name more than the body
    # found in them (« Association du comité de jumelage »): the sittings' heading, whose chair a role names in full
    # (« président du comité de jumelage et des partenariats internationaux », the lead's set 61).
    longer = next((e for e in u.entities if org and e.kind == "place" and e.start <= org.start and org.end <= e.end
                   and e.end - e.start > org.end - org.start), None)
    if org and longer is not None and (chair := chair_of_body(holding(tuple(ctx.data.members())), wants,
                                                              longer.label, u.text)):
        org, holders = None, chair
    elif org and (served := _serving(u, org, holding(tuple(ctx.data.members())))):
        org = None  # « qui conseille les communes ? »: the « conseillère des communes » of the canton, not a town's own
        holders = served
    else:
        holders = holding(org.items if org else tuple(ctx.data.members()))
    where = f" de {org.label}" if org else ""
    if org and not holders and org.extra.get("in_role") and plain(org.label) in group_world(ctx).own_names:
        # « qui sont les psychiatres du CLSM ? » in the CLSM: the group's own name, which its offices' roles say
        # (« présidente du CLSM »), asks the title among the group's members, not among those offices' holders.
        holders, where = holding(tuple(ctx.data.members())), ""
        # The group's name frames the question: no body asked, no reply need show it.
        u.entities, u.framing, org = [e for e in u.entities if e is not org], u.framing | set(range(org.start, org.end)), None
    if org and not holders and (placed := holding(tuple(placed_in_roles(u, org, ctx.data.members())))):
        # « la déléguée du préfet au Mirail »: the body's word is a place of the holder's role.
        holders, where = placed, ""
    if org and not holders and want not in GENERIC_CHARGE and (
            shared := holding(tuple(shared_out(u, org, ctx.data.members())))):
        holders, where = shared, ""  # « l'adjoint santé de Toulouse »: a title (not « en charge »), role_town.py
    if org and not holders and want not in GENERIC_CHARGE and (
            elsewhere_named := named_out(u, org, holding(tuple(ctx.data.members())))):
        holders, where = elsewhere_named, ""  # « le boursier de Morvens » at the town's Bourse communale (role_town.py)
    if org and not holders and (chair := chair_of_body(holding(tuple(ctx.data.members())), wants, org.label, u.text)):
        holders, where = chair, ""  # « qui préside le CMJ ? »: the deputy mayor « présidente du conseil municipal des jeunes »
    if want == "president":
        # "présidente" is not "vice-présidente" unless asked: a vice-president
        # alone is offered, not given as the president.
        # « Vice-présidente …, coprésidente du comité » holds a presidency not preceded by « vice ».
        exact = [m for m in holders if any(names_role(w) and (i == 0 or r[i - 1] != "vice")
                                           for r in [[office_title(x) for x in plain(m.role).split()]] for i, w in enumerate(r))]
        if holders and not exact:
            return Outcome.unsure(u, [f"Je ne trouve personne à la présidence{where} dans le répertoire ; à la vice-présidence :",
                                      *[member_row(m) for m in holders[:10]]], "")
        holders = exact
    holders = co_holders(typed, stems, holders, lambda m: m.role)  # « la coprésidente »: the co-chairs (co_titles.py)
    holders = whole_title_holders(typed, holders, lambda m: m.role)  # « le syndic », not « syndical » (co_titles.py)
    holders = by_role_pairs(u, role, holders)  # « qui conseille les communes ? »: role_pairs.py
    if org:
        # « qui est vice-président de la CIL ? »: the role saying the title right before the body (title_of_body.py).
        holders = titled_of_body(holders, wants, org.label) or holders
    # « la répondante FAJE du réseau ? »: the title over the group is what is asked when the question names the group
    # too, after the body (lead's set 89).
    if org and holders and all(over_group_only(m.role, stems, m.organisation) for m in holders) and not (
            org.extra.get("in_role") and sittings_name(org.label, [m.place for m in ctx.data.meetings()])) and not (
            asks_over_group(u.words[org.end:])):
        # « qui est le président de la CALL ? » and only the group's president comes from it.
        return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} »{where} dans le répertoire ; "
                                  "au sein du groupe :", *[member_row(m) for m in holders[:10]]], "")
    if not holders and u.topic and want in GENERIC_CHARGE:
        u.intent = "in_charge"
        return in_charge(ctx, u)  # "qui est chargé de la jeunesse ?": the topic decides
    if org and not holders and (contact := contact_at_body(u, role, org)) is not None:
        return contact  # « qui est notre répondante à l'arrondissement ? »: its people (contact_titles.py)
    if not holders:
        return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} »{where} dans le répertoire.",
                                  "Voyez /membres pour l'annuaire."], "")
    if _coming_from(u) and len(bodies := {m.organisation for m in holders}) == 1 and None not in bodies:
        # « qui vient de l'association des anciens mineurs ? »: the body its words describe, through the role of its
        # one holder (« ancien mineur »), not the title: all its people (set 46a).
        body = next(iter(bodies))
        u.intent = "org_members"
        people = [m for m in ctx.data.members() if m.organisation == body]
        return Outcome.sure(u, [bold(f"{body} : qui représente l'organisation"), *[member_row(m) for m in people[:10]]],
                            body)
    # « qui préside le réseau ? » when an intercommunality's president sits in the network too: with no body
    # named, the role held in the group itself wins (« coprésidente du comité » chairs it as « présidente » does).
    # A title of two words is matched whole (« vice-président de la conférence », not « vice-présidente chargée
    # de l'autonomie, présidente de la conférence »).
    # « Madame la Vice-présidente » of a « Vice-présidente chargée de l'enfance » and a « vice-président de
    # l'observatoire »: the feminine typed (its first word that has one: « vice présidente ») keeps the group's own
    # office written in the masculine from overriding it (role_gender.py).
    gender = next((w.folded for w in typed if masculine_of(w.folded)), None)
    feminine = same_gender(gender, holders, lambda m: m.role) if gender else list(holders)
    of_group = re.compile(rf"\b(?:co)?(?:{'|'.join(re.escape(x) if ' ' in x else re.escape(x.split()[0]) for x in wants)})\w* {_GROUP_BODY}")
    # « qui coordonne l'épicerie sociale mobile ? »: the words after the role name the holder before the group's role.
    named = [m for s, m in zip(topic_scores(u.topic, [_described(m) for m in holders]), holders,
                               strict=True) if s >= SHARE] if u.topic else []
    # « secrétariat du groupe » holds « secrétaire … du groupe » (persons.office_title).
    own = of_asked_group(u.words, [m for m in holders if not org and not named and of_group.search(' '.join(map(office_title, plain(m.role).split())))])
    first_word = opening_title(wants, holders)
    # « qui coordonne le groupe ? »: the role that names the group, before a title opening with the word (group_holders.py).
    grouped = over_group(u.words, holders) if not org and not named else []
    # « qui tient le secrétariat ? »: a role with the very noun of office asked before one opening with its title
    # (« secrétaire patronal »); a title itself (« président ») is matched as before, in either gender.
    literal = [m for m in holders if office_title(role.label) != role.label
               and re.search(rf"\b{re.escape(role.label)}\b", plain(m.role))]
    # « les élus, c'est qui ? »: a title asked in the plural, with no body nor words after it, wants every holder,
    # not the one whose role also names the group (« présidente de la commission »).
    every = plural_title(u.words, role) and not org and not u.topic
    # « qui dirige le foyer des Tilleuls ? »: the place asked is in a holder's role (place_in_role.py).
    placed = holders_at_place(u.words, u.entities, holders) if not org and not u.topic else []
    # « qui est le président du collectif ? »: a member body named by its kind's noun, no role naming the group so.
    kind_body = of_body_kind(u.words, holders) if not org and not named else []
    # « la vice-présidence c'est qui ? » in the CIL: the « vice-président de la CIL » before the « Vice-présidente
    # chargée de l'habitat » of her council, the group's own name after the title (title_of_body.py).
    of_own = [m for name in sorted(group_world(ctx).own_names) for m in titled_of_body(holders, wants, name)
              ] if not org and not named else []
    of_own, own = ([] if len(feminine) < len(holders) and not set(map(id, chosen)) & set(map(id, feminine)) else chosen
                   for chosen in (of_own, own))
    # « la présidente de la CDU » of a « présidente de la commission des usagers » beside a « présidente de la
    # commission spécialisée … » and the « président de la commission médicale … »: the group's own name in full
    # says which of those holding a title « of the commission » (the lead's set 73).
    own = of_own if of_own and set(map(id, of_own)) < set(map(id, own)) else own
    # « qui coordonne le CTAI ? »: the role carrying the group's own name, before a title opening with the word.
    by_name = over_own_name(u.words, u.own_name, holders) if not org and not named else []
    # « qui pilote le GT jeunes ? »: the pilot of that working group, not every pilot (group_holders.py).
    subgroup = of_subgroup(u, holders, ctx.data.members()) if not org and not named else []
    holders = holders if every else (placed or kind_body or subgroup or own or of_own or named or by_name or grouped
                                     or literal or first_word or holders)
    # « la cheffe de projet » of a « Chef de projet » and a « Cheffe de projet »: the one who wrote it so (role_gender.py).
    holders = same_gender(gender or typed[0].folded, holders, lambda m: m.role) if typed else holders
    if u.topic:
        # "la directrice de la communication": the role's own words decide.
        u.topic = role_acronyms(u.topic, [m.role for m in holders], lower=True)
        scores = topic_scores(u.topic, [_described(m) for m in holders])
        matched = [m for s, m in sorted(zip(scores, holders, strict=True), key=lambda p: -p[0]) if s >= SHARE]
        if len(u.topic) > 1 and scores and max(scores) >= 1.0:
            # « la chargée de mission territoires »: a role holding every word leaves out those holding « mission » only.
            matched = [m for s, m in zip(scores, holders, strict=True) if s >= 1.0]
        if not matched and org and (elsewhere_named := named_out(u, org, holding(tuple(ctx.data.members())))):
            # « le chef de projet de la nouvelle UAPE »: not the UAPE's directrice, but the head of another structure
            # whose role says « chef de projet de la future UAPE » (role_town.py).
            scores = topic_scores(u.topic, [_described(m) for m in elsewhere_named])
            matched = [m for s, m in zip(scores, elsewhere_named, strict=True) if s >= SHARE]
            where = "" if matched else where
        if not matched:
            if want in GENERIC_CHARGE or verb_of_charge(u.words, role.start, u.topic, [m.role for m in ctx.data.members()]):
                u.intent = "in_charge"
                return in_charge(ctx, u)
            words = u.topic_text
            return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} » ({words}){where} dans le répertoire.",
                                      "Voyez /membres pour l'annuaire."], "")
        holders = matched
    # « le maire de Lyon »: a town named (a meeting place's word, not a body) that no holder's role or body says.
    towns = [plain(e.label) for e in u.entities if e.kind == "place" and not any(
        o.start <= e.start < o.end for o in orgs) and e.start > 0 and u.words[e.start - 1].folded in ("de", "d", "a")]
    if all(elsewhere(f"{m.role} {m.organisation}", towns) for m in holders):
        return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} » à {', '.join(e.label for e in u.entities if e.kind == 'place')} "
                                  "dans le répertoire ; ailleurs :", *[member_row(m) for m in holders[:10]]], "")
    # « l'élue à la jeunesse »: a vice-president or a deputy mayor is an elected official in full, no one's deputy.
    # « qui est le principal ? » of a « Principal du collège » and a « Principale adjointe »: the title's holder, not
    # the deputy, when both sit in the group and the question does not ask for the deputy (lead's set 74).
    if want != "elu":
        holders = without_deputies(stems, holders, u.words)
    if want != "elu" and all(deputy(m.role, stems, u.words) for m in holders):
        return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} »{where} dans le répertoire, "
                                  "seulement un adjoint :", *[member_row(m) for m in holders[:10]]], "")
    if all(parts := [narrower(m.role, stems, [*u.words, *u.topic], m.organisation) for m in holders]):
        # « qui est le directeur du CPAS ? » and only a « directrice du service d'insertion »: the closest, not the answer.
        part = f"d'un {parts[0]}" if parts[0] in _MASCULINE_PARTS else f"d'une {parts[0]}"
        return Outcome.unsure(u, [f"Je ne trouve personne avec le rôle « {shown} »{where} dans le répertoire, "
                                  f"seulement {part} :", *[member_row(m) for m in holders[:10]]], "")
    title = f"Rôle « {shown} »{where} :"
    return Outcome.sure(u, [title, *[member_row(m) for m in holders[:10]]], ", ".join(m.name for m in holders))



# Titles of one who speaks for a public (« la représentante des parents », « le porte-parole des habitants »).
_SPEAKING_TITLES = frozenset({"representant", "representante", "delegue", "deleguee", "parole"})


def _body_of_plural(u: Understanding, role, members) -> str | None:
    """The one body whose name carries the title typed in the plural (« l'Ordre des avocats » for « les avocats »), or
    opens with it (« Guides du Bassin minier » for « les guides », set 46a)."""
    typed = u.words[role.start].folded
    if u.topic or not typed.endswith(("s", "x")) or not role.start or u.words[role.start - 1].folded not in ("les", "des", "nos"):
        return None
    if role.start >= 2 and u.words[role.start - 2].folded in _SPEAKING_TITLES:
        return None  # « la représentante des parents »: the public a title speaks for, not the parents' body (set lead96)
    bodies = {m.organisation for m in members
              if m.organisation and re.search(rf"\bdes {typed}\b|^{typed}\b", plain(m.organisation))}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _serving(u: Understanding, org, holders: list[Member]) -> list[Member]:
    """Holders elsewhere whose role says the role word for the bodies named in the plural (« Juriste, conseillère des
    communes » for « qui conseille les communes ? »): the bodies are whom the role serves, not where it is held."""
    typed = [w.folded for w in u.words[org.start:org.end]]
    if " / " not in org.label or not typed or typed[-1] not in general_plurals():
        return []
    return [m for m in holders if m not in org.items and re.search(rf"\b(?:des|aux) {typed[-1]}\b", plain(m.role))]


# Verbs of doing that ask who does a thing, never the thing itself (« qui transmet le compte rendu ? »).
_DOING = frozenset({"envoyer", "transmettre", "rediger", "preparer", "ecrire", "tenir", "faire", "suivre", "gerer", "prendre"})


def _deciding(ctx: Context, u: Understanding) -> tuple[float, list[str]]:
    """The share of the topic held by the closest decisions (and their texts) when one holds it all and names who
    acts, else (0, []):
    « qui organise les tournois de futsal ? » of « Les tournois … sont organisés par l'ASC … » is weighed against
    the task « Réserver le gymnase pour les tournois de futsal » as the decision it is, not only against a role
    that holds one of its words (« responsable de l'école de futsal »); task_first.py then lets the question's
    verb decide the tie."""
    decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
    shares = topic_scores(u.topic, [d.text for d in decisions])
    best = max(shares, default=0.0)
    closest = [d.text for s, d in zip(shares, decisions, strict=True) if s == best]
    # The question's own verb must be the decision's (« organise » / « organisés »): a decision matched by kin words
    # (« personnes à la rue » of « personnes sans domicile ») is no answer to who acts.
    # The verb itself, not a kin of it (« prête » of « mise à disposition » stays a decision asked about).
    verb = asked_verb(u)
    wanted = topic_stems(verb) if verb else []
    held = [frozenset(s for _, s in content_stems(words(said, shorthand=False))) for said in closest]
    if best < 1.0 or not wanted or not any(all(own & stems for own, _ in wanted) for stems in held) or not decision_says_who(
            ctx, u, closest):
        return 0.0, []
    return best, closest


# The words of « c'est qui ? », « qui est … ? », « qui sont … ? » around a thing named, with its articles.
_ONLY_WHO = frozenset({"qui", "c", "ce", "est", "sont", "cest", "ca", "le", "la", "les", "l", "des", "du", "de", "d",
                       "alors", "deja", "donc", "au", "aux", "a"})


def _only_named(u: Understanding, opening: frozenset[str] = frozenset()) -> bool:
    """« les pêcheurs c qui ? », « c'est qui les pêcheurs ? »: nothing but the thing named and « qui (est) », after
    one word of `opening` if the question starts with it (« pour les bus c'est qui ? »)."""
    named = {w.folded for w in u.topic}
    charged = any(w.lemma in _CHARGE_VERBS or w.folded in _CHARGE_VERBS or w.lemma in _DOING for w in u.words)
    said = u.words[1:] if u.words and u.words[0].folded in opening else u.words
    return bool(named) and not charged and all(w.folded in named or w.folded in _ONLY_WHO for w in said)


# « qui est du … ? », « qui est de la … ? », « qui sont des … ? »: belonging asked, no charge.
_BELONGING = (("qui", "est", "du"), ("qui", "est", "de"), ("qui", "est", "des"), ("qui", "sont", "du"),
              ("qui", "sont", "de"), ("qui", "sont", "des"))


# « qui vient de l'association … ? », « qui vient du club … ? »: where members come from, a body.
_COMING_FROM = frozenset({("qui", "vient", w) for w in ("de", "du", "des", "d")})


def _coming_from(u: Understanding) -> bool:
    return tuple(w.folded for w in u.words[:3]) in _COMING_FROM


def _belonging_asked(u: Understanding) -> bool:
    return tuple(w.folded for w in u.words[:3]) in _BELONGING and not any(
        w.lemma in _CHARGE_VERBS or w.folded in _CHARGE_VERBS or w.lemma in _DOING for w in u.words)


def _public_of_one_body(ctx: Context, u: Understanding, found: list[Member]) -> Outcome | None:
    """« les secouristes c'est qui ? », « pour les bus c'est qui ? », « les usagers c'est qui ? », « le PLIE c'est qui
    ? » (initials a role spells out): people named in the
    plural and nothing else asked are a body's, as the sets label them (lead's sets 56 and 57), when the roles closest
    to the word are all of one body and are all its people in the group; its people answer, as « la fédé de pêche
    c'est qui ? » reads. Over several bodies it is a guess; one charge among a body's other people (« les finances,
    c'est qui ? ») and a singular thing (« le judo c'est qui ? ») stay a charge."""
    if len(u.topic) != 1 or not found or not _only_named(u, opening=frozenset({"pour"})):
        return None
    word = u.topic[0]
    at = next((i for i, w in enumerate(u.words) if w is word), 0)
    # « le PLIE c'est qui ? » (set 47a): initials a role spells out (« … du plan local pour l'insertion et l'emploi »)
    # name a body as the plural names its public.
    initials = len(word.raw) >= 3 and word.raw.isupper() and word.raw.isalpha()
    if not initials and (not word.raw.casefold().endswith(("s", "x")) or at == 0 or u.words[at - 1].folded != "les"):
        return None
    scores = topic_scores(u.topic, [m.role for m in found])
    top = [m for s, m in zip(scores, found, strict=True) if s == max(scores) and s >= SHARE]
    bodies = {m.organisation for m in top}
    if len(bodies) > 1:
        # « les secouristes c'est qui ? » matching roles of four bodies by a near word (« sécurité »): people of
        # several bodies are no answer to a body asked, only a guess to offer.
        return Outcome.unsure(u, [f"Je ne suis pas sûr : plusieurs organisations parlent de « {word.raw} ». Peut-être :",
                                  *[member_row(m) for m in top[:8]], "Voyez /membres pour l'annuaire."], "")
    if not (body := next(iter(bodies), "")):
        return None
    people = [m for m in ctx.data.members() if m.organisation == body]
    if any(m not in top for m in people):
        return None  # « les finances, c'est qui ? »: one charge among a body's other people (set 19c), no body asked
    u.intent = "org_representative"
    return Outcome.sure(u, [bold(f"{body} : qui représente l'organisation"), *[member_row(m) for m in people[:10]]], body)


def in_charge(ctx: Context, u: Understanding) -> Outcome:
    """"qui s'occupe de la communication ?": members whose role names the topic."""
    if not u.topic:
        # « qui s'occupe des procès-verbaux ? »: words the examples of another intent use are the charge here.
        u.topic = [w for w in content_words(u.words) if w.folded not in ("qui", "occupe", "occuper", "gere", "fait") and w.lemma not in _DOING]
    org = u.first("org")
    # "qui s'occupe de la transition écologique à Givors ?": within that body.
    members = list(org.items) if org else ctx.data.members()
    u.topic = role_topic(u, [m.role for m in members])  # acronyms, and « le plan jeunes » (role_topic.py)
    scores = topic_scores(u.topic, [with_activities(m.role) for m in members])
    if org and max(scores, default=0.0) < SHARE and (placed := placed_in_roles(u, org, ctx.data.members())):
        # « qui fait la médiation au Mirail ? »: the body's word is a place of other members' roles.
        members, scores = placed, topic_scores(u.topic, [with_activities(m.role) for m in placed])
    elif org and org.extra.get("in_role") and max(scores, default=0.0) < SHARE and max(
            everyone := topic_scores(u.topic, [with_activities(m.role) for m in ctx.data.members()]), default=0.0) >= 1.0 and max(
            topic_scores(u.topic, [d.text for d in ctx.data.decisions() if d.status != "cancelled"]), default=0.0) < 1.0:
        # « qui s'occupe des marchés publics du CQD ? »: the programme is a word of some roles, no body; none of them
        # says the charge, another role says it whole and no decision does (« … les réseaux sociaux du CISPD »
        # entrusted to someone): the programme only says where (the lead's set 91).
        members, scores = ctx.data.members(), everyone
    found = [m for s, m in sorted(zip(scores, members, strict=True), key=lambda p: -p[0]) if s >= SHARE]
    if scores and max(scores) >= 1.0 and len(u.topic) > 1:
        # « les achats responsables »: a role holding every word of the charge leaves out those holding one.
        found = [m for s, m in zip(scores, members, strict=True) if s >= 1.0]
    found = outside_compounds(u.topic, found)  # « des officiers », not « des sous-officiers » (compound_tail.py)
    topic = u.topic_text
    if max(scores, default=0.0) < 1.0 and not org and (body := body_of_topic(u.topic, members)) is not None:
        # « qui s'occupe du transport solidaire ? »: a body's own name says it all, no role does (body_charge.py).
        if _only_named(u, opening=frozenset({"pour"})):
            # « les pêcheurs c'est qui ? »: no charge asked, only the body its name says (« Fédération de pêche »):
            # who represents it, as « la fédé de pêche c'est qui ? » reads; « pour les bus c'est qui ? » of
            # « Cévennes Bus » as well (set 47b).
            u.intent = "org_representative"
            return Outcome.sure(u, [bold(f"{body[0]} : qui représente l'organisation"),
                                    *[member_row(m) for m in body[1][:10]]], body[0])
        return Outcome.sure(u, [f"En charge de « {topic} » : {body[0]}", *[member_row(m) for m in body[1][:10]]],
                            ", ".join(m.name for m in body[1]))
    if not found and org and charged_activity(u, org):
        # « qui s'occupe de l'accès au droit en détention ? »: the body's name says the activity, no role says the
        # rest (« détention »), which a task sharing it is not asked of (the lead's set 69).
        return _body_in_charge(u, org, ctx.data.members())
    if not found:
        # "qui rédige la note de cadrage ?": a decision may say who does it, or a task closer to the words.
        decisions = [d for d in ctx.data.decisions() if d.status != "cancelled"]
        shares = topic_scores(u.topic, [d.text for d in decisions])
        decided = max(shares, default=0.0)
        # « qui s'occupe de l'énergie ? »: a decision answers « qui » only if it names who acts.
        # Only the decisions closest to the topic: « les CCAS harmonisent leurs aides aux familles » shares
        # a word with « le guide des aides aux familles » but does not say who makes the guide.
        closest = [d.text for s, d in zip(shares, decisions, strict=True) if s == decided]
        says_who = decided >= SHARE and decision_says_who(ctx, u, closest)
        if (piloted := piloted_tasks(ctx, u, decided, says_who)) is not None:
            return piloted
        if says_who and not _stands_for(u):
            return who_the_decision_names(ctx, u, closest)
        if decided >= 1.0 and len(closest) == 1 and gives_work(closest) and not _stands_for(u):
            # « qui s'occupe des encombrants ? » and « La gestion des encombrants … est confiée à l'équipe nettoyage »:
            # no role says it, the one decision holding every word gives the work to a team the directory does not
            # hold; that decision is the answer (lead's set 93).
            u.intent = "decisions_topic"
            return decisions_topic(ctx, u)
        return Outcome.unsure(u, [f"Je ne trouve aucun rôle du répertoire qui parle de « {topic} ».",
                                  "Voyez /membres pour l'annuaire."], "")
    # « qui envoie le compte rendu ? »: a role reached by its activities or duties only (« secrétaire », a treasurer
    # of « subvention ») leaves the task a say; a decision naming who acts answers a charge matched by related words.
    if (errand := task_verb_over_kin(ctx, u, [m.role for m in found])) is not None:
        return errand  # « qui relance les écoles ? »: the task « Relancer les écoles … », no « … scolaires » (task_first.py)
    inferred = max(topic_scores(u.topic, [with_activities(m.role, duties=False) for m in found])) < max(scores)
    # « le référent des mercredis aux Castors ? » (set 44b): the title typed with its article asks its holder, whose
    # body says the rest (« Accueil de loisirs Les Castors »), not the task sharing the words.
    holders = titled_referents(u, found)
    title_asked = asked_as_title(u, holders) and max(topic_scores(
        u.topic, [f"{m.role} {m.organisation or ''}" for m in holders])) >= 1.0
    if not title_asked and (max(scores) < 1.0 or max(topic_scores(u.topic, [m.role for m in found])) < 1.0) and (
            piloted := piloted_tasks(ctx, u, max(max(scores), _deciding(ctx, u)[0]), inferred=inferred)
            or max(scores) < 1.0 and decided_over_roles(
                ctx, u, [with_activities(m.role) for m in found], who_the_decision_names)):
        # « à qui je m'adresse pour un logement d'urgence ? »: a role says « logement », a task
        # « la fiche d'orientation logement d'urgence »: the task holds more of the charge.
        return piloted
    found = titled_referents(u, found)  # « le référent mobilité »: the one so titled (referents.py)
    if (speaking := _public_of_one_body(ctx, u, found)) is not None:
        return speaking  # « les secouristes c'est qui ? »: the body whose people the roles say so
    if _belonging_asked(u) and len(bodies := {m.organisation for m in found}) == 1 and None not in bodies:
        # « qui est du club de prévention ? »: belonging to a body only the roles name (« Cheffe de service du club de
        # prévention spécialisée »): its people, as « qui est du centre social L'Escale ? » reads (set 43b).
        u.intent = "org_representative"
        body = found[0].organisation
        return Outcome.sure(u, [bold(f"{body} : qui représente l'organisation"), *[member_row(m) for m in found[:10]]],
                            body)
    lines = [f"En charge de « {topic} » d'après leur rôle :", *[member_row(m) for m in found[:10]]]
    # The head: the first word neither too general (« les problèmes de délinquance ») nor a stop word (« les plans … »).
    head = next((w for w in u.topic if not is_generic(w) and topic_stems([w])), u.topic[0])
    heads = topic_scores([head], [with_activities(m.role) for m in found])
    if len(u.topic) > 1 and not any(s >= SHARE for s in heads):
        # « qui suit le dossier du pass numérique ? »: a task on it says who, better than a guess.
        decided, closest = _deciding(ctx, u)
        if (piloted := piloted_tasks(ctx, u, max(max(scores), decided))) is not None:
            return piloted
        if closest:
            # « qui organise les tournois de futsal ? »: a decision holding every word names who does it.
            return who_the_decision_names(ctx, u, closest)
        # « qui s'occupe du schéma régional ? » and a « déléguée régionale »:
        # the topic's head word is in no role, so this is a guess.
        return Outcome.unsure(u, [f"Je ne suis pas sûr : aucun rôle ne parle de « {head.raw} ». Peut-être :",
                                  *lines[1:], "Voyez /membres pour l'annuaire."], "")
    title = u.first("role")
    # « l'adjointe aux solidarités, c'est qui ? »: a title (no word of charge) that every one found holds, asked with
    # « être » and no verb of doing (« qui fait la prévention spécialisée ? » stays a charge), is a role asked.
    titled = title is not None and bool(title.extra.get("titled")) and title.extra["stem"].split("|")[0] not in GENERIC_CHARGE \
        and all(holds_role(m.role, title.extra["stem"].split("|")) for m in found) and any(w.folded == "est" for w in u.words) \
        and not any(w.lemma in _CHARGE_VERBS or w.lemma in _DOING for w in u.words)
    # « qui est la Ausbildungsberaterin de l'IHK ? »: a German title, the role asked (foreign_title.py).
    foreign = foreign_title(u, found)
    if (acronym := acronym_title(u, found)) or asked_as_title(u, found) or held_duty(u, found) or titled or foreign:
        u.intent = "role_holder"  # « qui tient la caisse ? »: title_duty.py; « le DP »: role_topic.py
        lines[0] = f"Rôle « {topic} » :" if acronym or foreign else lines[0]
    else:
        role = u.first("role")
        # « en charge de », « la charge du »: the noun, no title; « chargé de » without its article is a charge
        # (« qui est chargé de l'insertion ? » of a « Vice-président chargé de l'insertion »).
        if role is not None and role.extra["stem"].split("|")[0] in GENERIC_CHARGE and (
                role.extra["stem"].split("|")[0] != "charge" or role.extra.get("titled")) and all(
                title_of_charge(m.role, role.extra["stem"].split("|")[0], u.topic) for m in found):
            # « qui est responsable du chantier d'insertion ? » of a « Responsable du chantier d'insertion »: her title.
            u.intent = "role_holder"
            lines[0] = f"Rôle « {role.label} {topic} » :"
        elif role is not None and role.extra["stem"].split("|")[0] in GENERIC_CHARGE and post_with_article(
                u.words, role.start, len(found)) and not any(w.lemma in _CHARGE_VERBS or w.lemma in _DOING
                                                             for w in u.words[:role.start]):
            u.intent = "role_holder"  # « c'est qui la responsable de l'ALSH ? »: the post's one holder (charge_titles.py)
    return Outcome.sure(u, lines, ", ".join(m.name for m in found))


def _stands_for(u: Understanding) -> bool:
    """« qui est là pour la ville ? », « c'est qui pour la ville ? »: who stands for a body no body of the group was found
    for (bodies.asked_as_body), which a decision sharing the word (« La ville propose au SPIP … ») does not answer by
    the members it names (lead's set 86)."""
    folded, lemmas = [w.folded for w in u.words], [w.lemma for w in u.words]
    return any(asked_as_body(folded, lemmas, i) for i, w in enumerate(u.words) if any(w is t for t in u.topic))


def who_the_decision_names(ctx: Context, u: Understanding, texts: list[str]) -> Outcome:
    """« qui tient le fichier de repérage ? » and « Un fichier commun de repérage … est tenu par SOLIHA »:
    the decision (what the group recorded of it), then the members it names (SOLIHA's people), since
    « qui » asks for people."""
    u.intent = "decisions_topic"
    outcome = decisions_topic(ctx, u)
    people = acting_members(texts, group_world(ctx))
    if not outcome.confident or not people or not asks_someone(u):
        # « les familles suivies peuvent-elles se faire couper le courant ? » read as a charge (« suivi »)
        # asks no one: the decision is the answer, as a decision; so does « les demandeurs d'emploi qui entrent en
        # formation ont-ils la priorité ? », whose « qui » is a relative (eligibility.asks_someone).
        return outcome
    # « qui nous représente au Syndicat mixte de tri ? » and « Mireille Teyssèdre est élue déléguée du SIVOM au … »: an
    # election is the decision itself, its elected what it decided, no charge (set 48b).
    # Only when representing is asked: « qui a été désigné référent … ? » keeps the person named (sets 17eb, 19b).
    # « les copropriétaires endettés sont accompagnés par qui ? »: what the group arranged for a public, the decision
    # (set 49c; decision_people.arranged_by).
    u.intent = "decisions_topic" if texts and all(_ELECTED_BY.search(plain(t)) for t in texts) and any(
        w.folded.startswith("represent") for w in u.words) or arranged_by(u) else "in_charge"
    names = [m.name for m in people]
    # « l'arrêt de bus, qui s'en charge ? »: the decision asks the TPF, the task names who chases them (task_beside.py).
    beside, pilots = tasks_beside(ctx, u, texts, names)
    return Outcome.sure(u, [*outcome.reply.lines, "Nommés par la décision :", *[member_row(m) for m in people[:10]], *beside],
                        ", ".join([*pilots, *names]))


# A decision electing or designating someone (« est élue déléguée », « sont désignés représentants »).
_ELECTED_BY = re.compile(r"\b(?:est|sont)\s+(?:re)?(?:elue?s?|designee?s?)\b")

# Lemmas that ask who has a charge (« qui s'occupe de Hautepierre ? »), not who represents a body.
_CHARGE_VERBS = frozenset({"occuper", "gerer", "suivre", "charge", "responsable"})


# Titles held over a place (« référent du quartier de X », « responsable de l'antenne de X »).
_PLACE_TITLES = ("referent", "responsable", "delegue", "correspondant", "animat", "coordinat")


_REFERENT_WORDS = frozenset({"referent", "referente"})
# Titles of contact a body gives one of its people for the outside (« le correspondant solidarité EDF », « la
# répondante FAJE »): typed before the body's name, with or without the charge between, they ask that title's holder.
_CONTACT_TITLES = frozenset({"referent", "referente", "correspondant", "correspondante", "repondant", "repondante"})


def _referents_of_body(u: Understanding, org: Entity, people: Sequence[Member]) -> tuple[str, list[Member]]:
    """The title typed and the body's members whose role holds it, when the question names the body right after a
    title of contact, as one names a title (« le référent ANTS »), or after that title and its charge as the role
    writes them (« correspondant solidarité EDF » of a « Correspondant solidarité pour la Vienne »), and says nothing
    else; ("", []) otherwise. « le référent de la mission locale » names the body's own representative (set 29a)."""
    if len([e for e in u.entities if e.kind == "org"]) != 1:
        return "", []
    j = org.start - 1
    if j >= 0 and u.words[j].folded in _REFERENT_WORDS and not u.topic:
        return "Référent", [m for m in people if m.role and any(w.startswith("referent") for w in plain(m.role).split())]
    # The title, then one or two words of its charge, then the body (the charge may be read into the body's span,
    # « solidarité EDF »): the role says the title then that charge, in that order (« correspondant solidarité »),
    # and nothing else is asked (no topic but the charge).
    name = set(plain(org.label).split())
    for i in range(max(org.start - 3, 0), org.start):
        title, rest = u.words[i], u.words[i + 1:org.end]
        cut = next((k for k, w in enumerate(rest) if w.folded in name), len(rest))
        charge, named = rest[:cut], rest[cut:]
        if (title.folded not in _CONTACT_TITLES or not 1 <= len(charge) <= 2 or not named
                or any(w.folded not in name for w in named)
                or not {w.folded for w in u.topic} <= {w.folded for w in charge}):
            continue
        said = " ".join(w.folded for w in charge)
        stem = title.folded.rstrip("e")
        holders = [m for m in people if m.role and re.search(rf"\b{stem}e?s?\s+{re.escape(said)}\b", plain(m.role))]
        return " ".join(w.raw for w in [title, *charge]).capitalize(), holders
    return "", []


def _body_in_charge(u: Understanding, org: Entity, members: Sequence[Member] = ()) -> Outcome:
    """The people of the body whose name says the activity asked after, as those in charge of it; first the members
    elsewhere whose role names that activity whole (« qui s'occupe de l'accueil familial de jour ? »: the
    « Coordinatrice de l'accueil familial de jour » of the réseau before the people of « Accueil familial de jour du
    réseau … », lead's set 89)."""
    u.intent = "in_charge"
    typed = " ".join(w.raw for w in u.words[org.start:org.end])
    said = content_words(u.words[org.start:org.end])
    others = [m for m in members if m not in org.items and m.role]
    coordinating = [m for s, m in zip(topic_scores(said, [m.role for m in others], loose=False), others, strict=True)
                    if s >= 1.0] if len(said) >= 2 else []
    lines: list[str] = []
    if coordinating:
        lines = [f"En charge de « {typed} » d'après leur rôle :", *[member_row(m) for m in coordinating[:10]]]
    return Outcome.sure(u, [*lines, f"En charge de « {typed} » : {org.label}", *[member_row(m) for m in org.items[:10]]],
                        ", ".join(m.name for m in [*coordinating, *org.items]))


def org_people(ctx: Context, u: Understanding) -> Outcome:
    org = u.first("org")
    assert org is not None
    people: tuple[Member, ...] = org.items
    charging = any(w.lemma in _CHARGE_VERBS or w.folded in _CHARGE_VERBS for w in u.words)
    if org.extra.get("in_role") and charging:
        # A place named only in roles, asked who takes care of it: the members whose role names it.
        u.intent = "in_charge"
        return Outcome.sure(u, [f"En charge de « {org.label} » d'après leur rôle :", *[member_row(m) for m in people]],
                            ", ".join(m.name for m in people))
    if (holder := trade_holder(u, org)) is not None:
        # « le représentant des campings c'est qui ? »: the trade's representative by their role (family_body.py).
        u.intent = "role_holder"
        return Outcome.sure(u, [f"Représentant des « {u.words[org.start].raw} » d'après son rôle :", member_row(holder)],
                            holder.name)
    if charging and all(is_unit(label) for label in org.label.split(" / ")):
        # « qui s'occupe du bureau de Roussillon ? »: a body's unit (« <body>, bureaux d'information de Roussillon … »),
        # asked who takes care of it: its people, as in charge (the lead's set 82).
        return _body_in_charge(u, org)
    if charged_activity(u, org):
        # « qui s'occupe du transport solidaire ? » of « Lévézou Solidarité Transport »: the body's name says the
        # activity asked after; who takes care of it is asked (in_charge), its people answer (body_charge.py).
        return _body_in_charge(u, org, ctx.data.members())
    title, referents = _referents_of_body(u, org, people)
    if referents:
        # « le référent ANTS c'est qui ? »: the body's member whose role says « référent(e) » holds the title asked, as
        # the sets label it (lead's set 55), not every one of its people.
        u.intent = "role_holder"
        of = "d'" if plain(org.label)[:1] in "aeiouyh" else "de "
        return Outcome.sure(u, [f"{title} {of}{org.label} d'après leur rôle :", *[member_row(m) for m in referents]],
                            ", ".join(m.name for m in referents))
    other = next((e for e in u.entities if e.kind == "org" and e is not org and not e.extra.get("in_role")), None)
    if org.extra.get("in_role") and other is not None and (
            within := [m for m in other.items if m.role and plain(org.label) in plain(m.role)]):
        # « la référente RSA chez France Travail c'est qui ? »: « RSA » is found in a role elsewhere (the
        # Département's director « … et du RSA »), but the body named beside it says where the charge is held:
        # its members whose role names it, not the other role's holder.
        u.intent = "role_holder"
        return Outcome.sure(u, [f"« {org.label} » à {other.label} d'après leur rôle :", *[member_row(m) for m in within]],
                            ", ".join(m.name for m in within))
    titled = [w for w in u.words if w.folded.startswith(_PLACE_TITLES)]
    if org.extra.get("in_role") and titled and all(titled[0].folded[:7] in plain(m.role) for m in people):
        # « qui est le référent de Hautepierre ? », a place named only in « référent du quartier de
        # Hautepierre »: the holder of that title, not a body's representative.
        u.intent = "role_holder"
        return Outcome.sure(u, [f"Rôle « {titled[0].raw} » de {org.label} :", *[member_row(m) for m in people]],
                            ", ".join(m.name for m in people))
    if (holders := body_titled(u, org)):
        # « qui est la référente de l'État ? » of a « Référente … pour l'État »: the title the role holds for the
        # body as named, its holder asked (body_titles.py), not every person of the State's bodies.
        u.intent = "role_holder"
        return Outcome.sure(u, [f"Rôle « {holders[0]} » de {org.label} :", *[member_row(m) for m in holders[1]]],
                            ", ".join(m.name for m in holders[1]))
    if _public_represented(u, org, people):
        # « qui représente les habitants ? » of the body « Habitants du quartier … » whose people are each
        # « Représentant(e) des habitants »: the holders of that title, as the sets read it where no body is so named
        # (represented.py); the same people (the lead's set 91).
        u.intent = "role_holder"
    title = [bold(f"{org.label} : qui représente l'organisation")]
    return Outcome.sure(u, [title, *[member_row(m) for m in people]], org.label)


def _public_represented(u: Understanding, org: Entity, people: Sequence[Member]) -> bool:
    """« qui représente les <public> ? », the public one word opening a body's own name (« Habitants du quartier … »),
    each of whose people is a « représentant(e) des <public> » in their role: a title asked, not a body's
    representatives (« qui représente les SIAE ? » of a body of the kind stays one: set 17c)."""
    typed = u.words[org.start:org.end]
    if len(typed) != 1 or not people or not any(w.folded.startswith("represent") for w in u.words[:org.start]) or (
            plain(org.label).split()[:1] != [typed[0].folded] or org.extra.get("in_role")):
        return False
    said = re.compile(rf"\brepresentante?s? (?:des|du|de la|de l|d)\s?{re.escape(typed[0].folded)}\b")
    return all(m.role and said.search(plain(m.role)) for m in people)


def directory(ctx: Context, u: Understanding) -> Outcome:
    # The same directory as /membres.
    return Outcome(run_command(ctx, "membres"), u.intent, True, "annuaire", u)
