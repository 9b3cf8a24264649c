"""The general causes behind blind set 19c's misses (the contrat local de
santé of Saint-Pierre, La Réunion), tested on other groups in other words:
the group called by its own kind (« le CLS », « le CLSM », « le PAT »)
means the directory or the group's meetings, never the members whose roles
name it, while a title or a charge asked of it still reads the roles;
bodies known by what they are overseas (« l'État » for a DEETS, « la
sécu » for a CGSS, « le 974 », « les allocs »); a body's name finished
after its short form (« le CHU sud »); a service's head asked by its
acronym (« la cheffe de la PMI »); « le DD de l'ARS »."""

from __future__ import annotations

import pytest

from handlers.understanding.own_group import own_group_names
from storage.models import Member
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat


def _says(chat: Chat, question: str) -> str:
    return chat.say(question, private=True)


@pytest.mark.parametrize(("slug", "question"), [
    ("sante974", "qui fait partie du CLS ?"),
    ("sante974", "qui sont les partenaires du contrat local de santé ?"),
    ("clsm42", "qui fait partie du CLSM ?"),
    ("clsm42", "la liste des membres du conseil local de santé mentale"),
    ("alimentation69", "c'est qui les membres du PAT ?"),
    ("comminges", "on est combien dans le CLS ?"),
])
def test_the_group_s_own_kind_asks_for_the_whole_directory(slug: str, question: str) -> None:
    reply = _says(build_group(slug), question)
    assert reply.startswith("Membres du groupe"), question


def test_the_group_s_own_kind_frames_a_meeting_question() -> None:
    reunion = build_group("sante974")
    assert _says(reunion, "la dernière réunion du CLS c'était où ?").startswith("Dernière séance n°3")
    assert "n°6" in _says(reunion, "le CLS de mars c'est où ?")
    assert _says(reunion, "les prochaines réunions du CLS ?").startswith("Prochaines séances")
    reply = _says(build_group("alimentation69"), "c'est quand la prochaine réunion du projet alimentaire territorial ?")
    assert reply.startswith("Prochaine séance n°3")
    assert "Hôtel de ville de Saint-Étienne" in _says(build_group("clsm42"), "la prochaine réunion du CLSM c'est où ?")


def test_a_title_or_a_charge_over_the_group_still_reads_the_roles() -> None:
    reunion = build_group("sante974")
    assert "Marie-Claude Payet" in _says(reunion, "qui coordonne le CLS ?")
    assert "Julien Mas" in _says(build_group("clsm42"), "qui coordonne le CLSM ?")
    comminges = build_group("comminges")
    reply = _says(comminges, "qui pilote le contrat local de santé ?")
    assert "Julien Cabanac" in reply and "Aurélie Fabre" not in reply
    # The other kind the roles name (the CLSM's coordinator in a CLS) is a body of its own.
    reply = _says(comminges, "pour le CLSM je m'adresse à qui ?")
    assert "Aurélie Fabre" in reply and "Membres du groupe" not in reply
    # A charge asked within it (« le dossier du CLS ») keeps its name as the charge's.
    assert "Amandine Sabatier" in _says(build_group("sante31"), "qui suit le dossier du CLS à la mairie ?")


def _member(organisation: str, role: str) -> Member:
    return Member(number=1, name="Camille Test", organisation=organisation, role=role)


def test_the_kind_a_member_s_body_is_called_is_not_the_group() -> None:
    # A CLSM that is a member's body is that body: the group is not it.
    members = [_member("CLSM de Villeurbanne", "Coordinatrice"), _member("Ville de Lyon", "Référente du CLSM")]
    assert own_group_names(members) == frozenset()
    # Two kinds named as often (a CLS's and a CLSM's coordinators): which one the group is stays open,
    # unless the group's configured name says it.
    members = [_member("PETR", "Coordonnateur du CLS"), _member("PETR", "Coordinatrice du CLSM")]
    assert own_group_names(members) == frozenset()
    assert own_group_names(members, "CLSM du Comminges") == {"clsm", "conseil local de sante mentale"}


def _overseas() -> Chat:
    return invented_group(
        "outremer971",
        ("Jocelyn Bade", "DEETS de la Guadeloupe", "Inspecteur du travail"),
        ("Murielle Lacour", "Département de la Guadeloupe", "Cheffe du service de l'ASE"),
        ("Rose Ferdinand", "CAF du Nord", "Conseillère action sociale"),
        ("Hugo Zami", "CGSS de la Guadeloupe", "Chargé de prévention"),
        ("Line Abati", "Ville de Pointe-à-Pitre", "Coordinatrice du CLSPD"),
    )


@pytest.mark.parametrize(("question", "name"), [
    ("qui représente l'État ?", "Jocelyn Bade"),
    ("c'est qui pour le 971 ?", "Murielle Lacour"),
    ("quelqu'un de la sécu ?", "Hugo Zami"),
    ("qui est de l'assurance maladie ?", "Hugo Zami"),
    ("qui est là pour les allocs ?", "Rose Ferdinand"),
    ("qui vient de la CAF nord ?", "Rose Ferdinand"),
    ("qui est le chef de l'ASE ?", "Murielle Lacour"),
])
def test_bodies_known_by_what_they_are_overseas(question: str, name: str) -> None:
    reply = _says(_overseas(), question)
    assert not reply.startswith("Je ne suis pas sûr") and name in reply, question


def test_the_group_s_own_kind_among_bodies_of_every_kind() -> None:
    # « Coordinatrice du CLSPD » is the only role naming a kind: the CLSPD is the group.
    reply = _says(_overseas(), "qui fait partie du CLSPD ?")
    assert reply.startswith("Membres du groupe (5)")


def test_the_state_the_social_security_and_the_hospital_in_la_reunion() -> None:
    reunion = build_group("sante974")
    reply = _says(reunion, "les services de l'État sont représentés par qui ?")
    assert "Ludovic Sautron" in reply and "Christine Maillot" in reply
    assert "Nadia Valy" in _says(reunion, "qui représente la sécu ?")
    assert "Aurélie Técher" in _says(reunion, "qui est là pour le 974 ?")
    assert "Olivier Lebon" in _says(reunion, "quelqu'un du CHU sud ?")
    # The meeting held at the CHU's southern site is still found by its place.
    assert _says(reunion, "la réunion au CHU sud c'était quand ?").startswith("Séance n°2")
    assert "Aurélie Técher" in _says(reunion, "qui est la cheffe de la PMI ?")


def test_the_dd_of_the_agency_is_its_departmental_delegate() -> None:
    assert "Jean-Pierre Sicard" in _says(build_group("sante31"), "qui est le DD de l'ARS en Haute-Garonne ?")
    assert "Didier Grondin" in _says(build_group("sante974"), "le DD de l'ARS c'est qui ?")


def _vaud() -> Chat:
    return invented_group(
        "ecoles-vd",
        ("Léa Pittet", "Direction générale de l'enseignement obligatoire (DGEO)", "Inspectrice scolaire"),
        ("Marc Rossier", "Commune de Nyon", "Municipal des écoles"),
        ("Sarah Duc", "Association des parents d'élèves de Nyon", "Présidente"),
        ("Noé Favre", "Fondation Les Oliviers", "Éducateur"),
        ("Lina Roche", "Hôpital de Nyon", "Médecin pédiatre"),
    )


def test_a_cantonal_direction_generale_is_the_canton_and_named_without_its_kind() -> None:
    vaud = _vaud()
    for question in ("qui représente le canton ?", "qui vient de l'État ?"):
        assert "Léa Pittet" in _says(vaud, question), question
    assert "Léa Pittet" in _says(vaud, "quelqu'un de l'enseignement obligatoire ?")
    assert "Isabelle Gavillet" in _says(build_group("seniors-riviera"), "quelqu'un de la cohésion sociale ?")


def test_a_kind_asked_in_the_plural_that_one_body_answers_to_is_no_confident_answer() -> None:
    reply = _says(_vaud(), "qui représente les associations ?")
    assert reply.startswith("Une seule organisation du groupe porte « association » dans son nom")
    assert "Sarah Duc" in _says(_vaud(), "qui représente l'association des parents ?")
    reply = _says(build_group("seniors-riviera"), "qui représente les communes ?")
    assert "Sandra Rochat" in reply and "Jean-Marc Dufaux" in reply and "Nicole Chevalley" in reply


def test_a_practitioner_in_iatre_is_asked_by_that_noun() -> None:
    assert _says(_vaud(), "c'est qui le pédiatre ?").startswith("Rôle")
    assert "Lina Roche" in _says(_vaud(), "c'est qui le pédiatre ?")
    assert "Thierry Mottier" in _says(build_group("seniors-riviera"), "qui est le gériatre ?")


def test_the_group_as_the_question_s_frame_weighs_nothing() -> None:
    riviera = build_group("seniors-riviera")
    for question in ("qui représente le canton au sein de la plateforme ?",
                     "Bonjour, pourriez-vous m'indiquer qui représente le Canton au sein de la plateforme ? Merci"):
        assert "Isabelle Gavillet" in _says(riviera, question), question
    reply = _says(build_group("reseau92"), "qui représente les communes au sein du réseau ?")
    assert "Karim Benali" in reply and "Paul Dumont" in reply
    assert "Olivier Lebon" in _says(build_group("sante974"), "y a un médecin du CHU dans le groupe ?")
    # Alone, the group is the question: its members.
    assert _says(riviera, "qui est dans la plateforme ?").startswith("Membres du groupe")


def test_safety_and_care_bodies_known_by_what_they_are() -> None:
    safety = invented_group(
        "prevention26",
        ("Rémi Vautrin", "SDIS de la Drôme", "Capitaine, prévention"),
        ("Anna Colas", "Tribunal judiciaire de Valence", "Substitute du procureur"),
        ("Léon Marty", "Groupement de gendarmerie de la Drôme", "Adjudant, maison de protection des familles"),
        ("Sara Biet", "EPSM de la Drôme", "Infirmière"),
    )
    for question, name in (("qui représente les pompiers ?", "Rémi Vautrin"), ("qui vient de la justice ?", "Anna Colas"),
                           ("c'est qui pour les gendarmes ?", "Léon Marty"),
                           ("les forces de l'ordre c'est qui ?", "Léon Marty"), ("quelqu'un de l'hôpital ?", "Sara Biet")):
        reply = _says(safety, question)
        assert not reply.startswith(("Je ne", "Je n'")) and name in reply, question
    clsm = build_group("clsm42")
    assert "Didier Vernay" in _says(clsm, "qui vient de la police ?")
    assert "Aïcha Benslimane" in _says(build_group("aines35"), "quelqu'un de la caisse de retraite ?")
