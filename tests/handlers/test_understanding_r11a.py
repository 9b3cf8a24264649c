"""The general causes behind blind set 20a's misses (the working group of a
Breton agglomeration's city contract), tested on other groups in other words:
a title a decision repeats still asks its holder (« c'est qui le délégué du
préfet ? »); « le GT » is the group as « le groupe de travail » is; the
contrat de ville is a kind of partnership that names the group itself; « la
dernière séance programmée » is the latest on the calendar; « les
associations » are associations in general, not the group's one association;
young people as records name them (« les 18-25 ans », the Mission locale); a
request passed on (« X m'a demandé de vous dire … ») is told, not asked; a
social landlord named by its legal kind (« l'OPH »); the body someone
« dépend » of is asked of who they are."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.handlers.questions_eval import ask, verdict
from tests.handlers.questions_groups import build_group, invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")


def _recorded(slug: str, members: tuple[tuple[str, str, str], ...], decisions: tuple[str, ...] = (),
              deadlines: tuple[tuple[str, str], ...] = (), meetings: tuple[tuple[str, str], ...] = ()) -> Chat:
    """A small invented group with its meetings (start, place), decisions and deadlines (day, text)."""
    chat = invented_group(slug, *members)
    data = chat.store.group(slug)
    for start, place in meetings:
        data.add_meeting(datetime.fromisoformat(start).replace(tzinfo=PARIS), None, place)
    for text in decisions:
        data.add_decision(text, date(2026, 11, 10), None, members[0][0], "telegram:coord-1",
                          datetime(2026, 11, 10, 18, tzinfo=PARIS))
    for day, text in deadlines:
        data.add_deadline(datetime.fromisoformat(day + " 00:00").replace(tzinfo=PARIS), text)
    return chat


@pytest.fixture(scope="module")
def reims() -> Chat:
    return build_group("reims51")


@pytest.fixture(scope="module")
def roubaix() -> Chat:
    return _recorded(
        "roubaix59",
        (("Paul Verhaeghe", "Préfecture du Nord", "Délégué du préfet"),
         ("Inès Bouzid", "Ville de Roubaix", "Cheffe de projet du contrat de ville"),
         ("Julien Delcroix", "Association Quartiers solidaires de l'Épeule", "Président"),
         ("Sarah Lemaire", "Ville de Roubaix", "Assistante, secrétariat du contrat de ville"),
         ("Karim Benyahia", "Vilogia", "Chargé de développement social, Logis du quartier"),
         ("Marc Dewaele", "Lille Métropole Habitat", "Responsable d'agence")),
        decisions=("Le délégué du préfet réunit les bailleurs sociaux en janvier.",
                   "La Mission locale tient une permanence emploi à l'Épeule chaque lundi.",
                   "Une aide au permis de conduire est ouverte aux 18-25 ans des quartiers."),
        deadlines=(("2026-12-16", "Remise des bilans des actions 2026"),),
        meetings=(("2026-12-09 14:00", "Mairie de Roubaix, salle Watine"),
                  ("2027-02-10 14:00", "Maison de quartier de l'Épeule")))


def test_a_title_a_decision_repeats_still_asks_its_holder(roubaix: Chat) -> None:
    assert "Paul Verhaeghe" in ask(roubaix, "qui est le délégué du préfet ?")
    # Spoken of with a decision's word, the decision is what is asked.
    assert "réunit les bailleurs" in ask(roubaix, "qu'a-t-on décidé pour le délégué du préfet ?")


def test_the_gt_is_the_working_group_itself(reims: Chat) -> None:
    reply = ask(reims, "le prochain GT rénovation c'est où ?")
    assert "n°4" in reply and "Siège du Grand Reims" in reply
    assert "n°4" in ask(reims, "les dates des prochains GT ?")


def test_the_city_contract_names_the_group(roubaix: Chat) -> None:
    reply = ask(roubaix, "quand est-ce qu'on se réunit pour le contrat de ville ?")
    assert reply.startswith("Prochaine séance") and "Watine" in reply


def test_the_last_meeting_planned_is_the_latest_on_the_calendar(reims: Chat) -> None:
    assert "n°6" in ask(reims, "la dernière séance programmée, elle a lieu quand ?").splitlines()[0]
    assert "n°6" in ask(reims, "c'est où la dernière réunion à venir ?").splitlines()[0]
    # Told in the past, the latest held.
    assert "n°3" in ask(reims, "la dernière séance était prévue où ?").splitlines()[0]


def test_young_people_are_named_by_their_ages_and_their_body(roubaix: Chat) -> None:
    assert "permis de conduire" in ask(roubaix, "a-t-on décidé quelque chose pour les jeunes ?")
    reply = ask(roubaix, "on avait dit quoi sur l'emploi des jeunes ?")
    assert reply.startswith("Décision") and "Mission locale" in reply


def test_a_request_passed_on_is_told_not_asked(roubaix: Chat) -> None:
    assert verdict(roubaix, "none", "-", "Sarah m'a demandé de vous transmettre ses excuses pour le 9.")[0] == "quiet"
    assert verdict(roubaix, "none", "-", "Sarah nous avait demandé de confirmer la salle pour la réunion.")[0] == "quiet"


def test_a_landlord_is_named_by_its_legal_kind(roubaix: Chat) -> None:
    reply = ask(roubaix, "y a quelqu'un de l'office HLM ?")
    assert "Marc Dewaele" in reply and "Julien Delcroix" not in reply


def test_the_body_someone_depends_on_asks_who_they_are(roubaix: Chat) -> None:
    reply = ask(roubaix, "Mme Lemaire dépend de quelle structure ?")
    assert reply.startswith("Sarah Lemaire") and "Ville de Roubaix" in reply
