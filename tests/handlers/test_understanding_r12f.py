"""The general causes behind blind set 21f's misses (the Mantois employment
task force), tested on another group in other words, the employment cell of
the Creil basin (Oise): a task force is the group, named for its sittings
(« la dernière TF », « les task forces à venir »); a clause of the asker's own
after « svp, » says why, not what (« …svp, je dois réserver une salle »); an
acronym of the words a role opens with is a title (« le DP du quartier
Rouher »); bodies seated (« quels partenaires siègent … ») are the directory;
« tu sais faire quoi ? » asks for help; a body named by acronym where a
record names it by its kind (« le CD60 » and « du Département »), a deadline
asked by its noun and a body (« deadline pour la DDETS ? »), a task asked of
a body (« le CD a transmis … ? ») or of nobody (« … a envoyé … ? ») by what
was done; a French word spelt right is no slip of a body's made-up alias
(« d'insertion »); a yes-or-no question whose every word is one decision's;
« c'est qui pour l'ACI ? » of a role spelling it out; « les employeurs »
are the employers' organisations; the reason of the meetings' habit and the
rule on their place are the decision that sets them; « le prochain job
dating » is the next such event, not the meeting whose agenda prepares it;
« les bRSA » are the RSA's beneficiaries; a first name that is also a word
opening « … a <participle> ? » is the member (« Claire a envoyé … ? »), and
« mis en place » asks no place."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.models import AgendaItem, replace
from tests.handlers.questions_eval import ask, outcome_of, read_as, sure, verdict
from tests.handlers.questions_groups import NOW, invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")

MEMBERS = (
    ("Sophie Lemercier", "Sous-préfecture de Senlis", "Sous-préfète, présidente de la cellule"),
    ("Rachid Amrani", "Sous-préfecture de Senlis", "Délégué du préfet pour le quartier Rouher"),
    ("Claire Duval", "France Travail", "Directrice de l'agence de Creil"),
    ("Hugo Petit", "Mission locale de la Vallée de l'Oise", "Conseiller d'insertion des jeunes"),
    ("Nathalie Roux", "Conseil départemental de l'Oise", "Chargée de mission RSA"),
    ("Bruno Lefort", "Les Potagers de Creil", "Encadrant technique de l'atelier chantier d'insertion"),
    ("Anne Girard", "MEDEF Oise", "Déléguée générale"),
    ("Paul Morin", "DDETS de l'Oise", "Inspecteur du travail"),
    ("Léa Fabre", "Creil Bâtiment Insertion", "Directrice"),
)


@pytest.fixture(scope="module")
def creil() -> Chat:
    chat = invented_group("creil60", *MEMBERS)
    data = chat.store.group("creil60")
    for start, place in (("2026-11-12 09:00", "Sous-préfecture de Senlis, salle du conseil"),
                         ("2026-12-08 09:00", "Agence France Travail de Creil"),
                         ("2027-01-12 09:00", "Mairie de Creil, salle des fêtes")):
        agenda = (AgendaItem("Préparation du job dating logistique", "Sophie Lemercier"),) if "Agence" in place else ()
        meeting = data.add_meeting(datetime.fromisoformat(start).replace(tzinfo=PARIS), None, place, agenda)
        if meeting.start < NOW:
            data.update_meeting(meeting.number, lambda m: replace(m, status="held"))
    for text in ("Le MEDEF Oise participe à chaque forum de l'emploi du bassin.",
                 "Le forum de l'emploi du bassin se tient en mars à Creil, avec les entreprises de l'Oise.",
                 "Un job dating logistique a lieu le 20 janvier à l'agence France Travail de Creil.",
                 "La cellule se réunit une fois par mois, un mardi matin, à tour de rôle en sous-préfecture "
                 "et chez un partenaire."):
        data.add_decision(text, date(2026, 11, 12), 1, "Sophie Lemercier", "telegram:coord-1",
                          datetime(2026, 11, 12, 18, tzinfo=PARIS))
    for day, text in (("2026-12-11", "Bilan des immersions à envoyer à la DDETS"),
                      ("2027-01-22", "Réponse à l'appel à projets du Département pour les allocataires du RSA")):
        data.add_deadline(datetime.fromisoformat(day + " 00:00").replace(tzinfo=PARIS), text)
    numbers = {m.name: m.number for m in data.members()}
    for text, pilot, due in (("Transmettre la liste des bénéficiaires du RSA orientés", "Nathalie Roux", "2026-11-20"),
                             ("Envoyer la fiche de poste du cariste aux partenaires", "Claire Duval", "2026-12-04"),
                             ("Mettre en place le tableau des offres logistiques", "Claire Duval", "2026-12-15")):
        data.add_task(text, numbers[pilot], date.fromisoformat(due), 1, pilot, "Sophie Lemercier", "telegram:coord-1")
    return chat


def test_a_task_force_is_the_group_named_for_its_sittings(creil: Chat) -> None:
    assert "n°1" in ask(creil, "la dernière TF c'était où ?").splitlines()[0]
    assert "Senlis" in ask(creil, "les décisions de la dernière task force ?") or \
        "séance n°1" in ask(creil, "les décisions de la dernière task force ?")
    assert sure(creil, "le planning des task forces à venir ?", "meetings_upcoming")
    assert "n°2" in sure(creil, "y a une TF avant Noël ?", "meeting_which")
    # The body itself still: its chair, its members.
    assert "Sophie Lemercier" in sure(creil, "qui préside la TF ?", "role_holder")
    assert "Membres du groupe" in sure(creil, "qui fait partie de la task force ?", "directory")


def test_a_clause_of_the_askers_own_after_please_says_why(creil: Chat) -> None:
    assert sure(creil, "les dates des prochaines réunions svp, je dois réserver une salle", "meetings_upcoming")
    assert sure(creil, "la liste des membres stp. On prépare les badges", "directory")


def test_an_acronym_of_a_roles_opening_words_is_a_title(creil: Chat) -> None:
    assert "Rachid Amrani" in sure(creil, "c'est qui le DP du quartier Rouher ?", "role_holder")


def test_the_bodies_seated_are_the_directory(creil: Chat) -> None:
    assert "Membres du groupe" in sure(creil, "quels partenaires siègent à la cellule ?", "directory")
    assert "Membres du groupe" in sure(creil, "quelles structures siègent au comité ?", "directory")


def test_what_the_bot_can_do(creil: Chat) -> None:
    assert sure(creil, "tu sais faire quoi ?", "help")
    assert sure(creil, "vous savez faire quoi au juste ?", "help")


def test_a_body_by_acronym_in_a_deadline_question(creil: Chat) -> None:
    assert "appel à projets" in sure(creil, "l'appel à projets du CD60 c'est pour quand ?", "dates_period")
    assert "Bilan des immersions" in sure(creil, "deadline pour la DDETS ?", "dates_period")
    # A body no deadline names stays a question about it.
    assert not outcome_of(creil, "les échéances du MEDEF ?").confident


def test_a_task_asked_of_a_body_or_of_nobody_by_what_was_done(creil: Chat) -> None:
    reply = sure(creil, "le CD a transmis la liste des bénéficiaires du RSA ?", "in_charge")
    assert "Nathalie Roux" in reply and "en retard" in reply
    reply = sure(creil, "le réseau a envoyé la fiche de poste du cariste ?", "in_charge")
    assert reply.startswith("Tâche sur ce sujet") and "Claire Duval" in reply


def test_a_french_word_is_no_slip_of_a_bodys_alias(creil: Chat) -> None:
    assert not [e for e in read_as(creil, "les heures d'insertion sont suivies comment ?", "decisions_topic").entities
                if e.kind == "org"]
    assert "Léa Fabre" in sure(creil, "qui représente Creil Bâtiment Insertion ?", "org_representative")


def test_a_yes_or_no_question_whose_every_word_is_one_decision(creil: Chat) -> None:
    reply = sure(creil, "le MEDEF Oise sera au forum de l'emploi du bassin ?", "decisions_topic")
    assert reply.splitlines()[1].startswith("Décision n°1")


def test_a_body_by_a_role_that_spells_it_out_and_the_employers(creil: Chat) -> None:
    assert "Bruno Lefort" in sure(creil, "c'est qui pour l'ACI ?", "org_representative")
    assert "Anne Girard" in sure(creil, "qui représente les employeurs ?", "org_representative")
    assert verdict(creil, "none", "-", "les employeurs du bassin recrutent beaucoup en ce moment")[0] == "quiet"


def test_the_reason_of_the_meetings_habit_and_the_rule_on_their_place(creil: Chat) -> None:
    assert "tour de rôle" in sure(creil, "pourquoi on se voit le mardi matin ?", "decisions_topic")
    assert "tour de rôle" in sure(creil, "c'est quoi la règle pour le lieu des réunions ?", "decisions_topic")
    # One meeting asked, not the rule.
    assert "tour de rôle" not in ask(creil, "pourquoi la prochaine réunion est à Creil ?")


def test_the_next_event_of_a_kind_is_no_meeting_preparing_it(creil: Chat) -> None:
    reply = sure(creil, "quand est le prochain job dating ?", "decisions_topic")
    assert "20 janvier" in reply and "Séance n°2" not in reply
    assert "n°2" in sure(creil, "la prochaine réunion c'est quand ?", "meeting_next")
    # « fois », a word of the decision on the rhythm, after « prochaine » is the meeting still.
    assert "n°2" in sure(creil, "quand est-ce qu'on se réunit la prochaine fois", "meeting_next")


def test_the_rsas_beneficiaries_and_what_a_member_did(creil: Chat) -> None:
    assert "Nathalie Roux" in sure(creil, "qui suit les bRSA au CD ?", "in_charge")
    reply = sure(creil, "Claire a envoyé la fiche de poste du cariste ?", "in_charge")
    assert reply.startswith("Tâche sur ce sujet") and "cariste" in reply
    reply = sure(creil, "Claire a mis en place le tableau des offres ?", "in_charge")
    assert "tableau des offres logistiques" in reply
    # News of the same, no question: quiet.
    assert verdict(creil, "none", "-", "Claire a envoyé la fiche de poste, merci à elle")[0] == "quiet"
