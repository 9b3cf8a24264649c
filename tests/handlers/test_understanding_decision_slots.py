"""The where, when, how much, what share, for whom or whether of a decided
thing, asked without a word of deciding (decision_slots.py): « la fête
des vendanges c'est où ? » answered by the decision that places it, not by
the one on its leftovers; a deadline, a task, a person or a meeting asked
the same way keeps its own answer. The group is invented here (a Jura
wine and food group), in other words than the sets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from storage.models import AgendaItem
from tests.handlers.questions_eval import ask
from tests.handlers.questions_groups import invented_group
from tests.helpers import Chat

PARIS = ZoneInfo("Europe/Paris")
DECISIONS = (
    "La fête des vendanges se tiendra sur la place de l'Hôtel de Ville à Arbois, le dimanche 19 septembre 2027.",
    "Les bouteilles restantes de la fête des vendanges sont offertes à l'épicerie solidaire.",
    "Une aide de 9 500 € est versée par la Région pour le diagnostic des caves coopératives.",
    "Objectif de 30 % de vins bio servis dans les restaurants d'entreprise d'ici 2028.",
    "Le livret des vignerons est tiré à 3 000 exemplaires et remis dans les gîtes en mai 2027.",
    "Les bons d'achat à 10 € sont réservés aux saisonniers agricoles.",
    "Pas de page Facebook du collectif : les annonces passent par la lettre de la communauté de communes.",
    "Budget 2027 du collectif : 25 000 €, dont 15 000 € de la Région.",
    "Le collectif se réunit en alternance entre Arbois et Poligny.",
)


@pytest.fixture(scope="module")
def vineyard() -> Chat:
    chat = invented_group(
        "vins39",
        ("Odile Marguet", "Conseil départemental du Jura", "Vice-présidente à l'agriculture"),
        ("Julien Pourcelot", "Chambre d'agriculture du Jura", "Conseiller viticulture"),
        ("Aline Vuillet", "Communauté de communes Arbois Poligny Salins", "Chargée de mission tourisme"),
        ("Marc Jeunet", "Épicerie solidaire d'Arbois", "Président"),
    )
    data = chat.store.group("vins39")
    data.add_meeting(datetime(2026, 11, 3, 14, 0, tzinfo=PARIS), datetime(2026, 11, 3, 16, 0, tzinfo=PARIS),
                     "Mairie d'Arbois")
    data.add_meeting(datetime(2026, 12, 8, 14, 0, tzinfo=PARIS), datetime(2026, 12, 8, 16, 0, tzinfo=PARIS),
                     "Maison du Comté, Poligny", (AgendaItem("Préparation de la fête des vendanges", "Odile Marguet"),))
    for text in DECISIONS:
        data.add_decision(text, date(2026, 11, 3), 1, "Odile Marguet", "telegram:coord-1",
                          datetime(2026, 11, 3, 18, 0, tzinfo=PARIS))
    data.add_deadline(datetime(2026, 12, 18, tzinfo=PARIS), "Envoi des fiches des vignerons pour le salon")
    data.add_task("Réserver la place de l'Hôtel de Ville", 3, date(2027, 3, 1), 1)
    return chat


@pytest.mark.parametrize(("question", "shown"), [
    # Where: the decision placing the feast, not the one on its leftover bottles.
    ("la fête des vendanges, c'est où finalement ?", "place de l'Hôtel de Ville"),
    ("pourriez-vous me rappeler le lieu retenu pour la fête des vendanges ?", "place de l'Hôtel de Ville"),
    ("le livret des vignerons sera remis où ?", "3 000 exemplaires"),
    # When, how much, what share, for whom, whether, which.
    ("la fete des vendanges ca tombe quand ?", "dimanche 19 septembre 2027"),
    ("le diagnostic des caves, la Région met combien ?", "9 500 €"),
    ("quelle cible pour les restaurants d'entreprise ?", "30 %"),
    ("les bons d'achat c'est pour qui ?", "saisonniers agricoles"),
    ("une page Facebook pour le collectif, on en fait une ou pas ?", "Pas de page Facebook"),
    ("les bouteilles restantes, elles vont à qui ?", "épicerie solidaire"),
    # A year named in other words is a word of the thing (named_years.py): next year's budget, not the aid.
    ("l'enveloppe de l'année prochaine a été fixée à combien ?", "25 000 €"),
    # A body named is matched as a body: « le CD » names the Conseil départemental, which no decision names.
    ("la Région donne quelle somme pour le diagnostic des caves ?", "9 500 €"),
    # The group's rule on its meetings answers where they rotate, meeting word and all.
    ("nos réunions tournent entre quelles villes ?", "entre Arbois et Poligny"),
    # A body named by its kind alone in the decision (« la communauté de communes »), the group's only one.
    ("les annonces de la comcom, elles passent où ?", "la lettre de la communauté de communes"),
    # The feast is on the next meeting's agenda, but no meeting is spoken of: its place is the decision's.
    ("elle se passe où exactement, la fête des vendanges ?", "place de l'Hôtel de Ville"),
])
def test_a_slot_of_one_decision_is_answered_by_it(vineyard: Chat, question: str, shown: str) -> None:
    reply = ask(vineyard, question)
    assert reply.startswith("Décision"), reply
    assert shown in reply.splitlines()[2], reply  # the first decision shown


def test_a_decision_on_next_years_budget_is_found_by_its_year(vineyard: Chat) -> None:
    reply = ask(vineyard, "on a validé le budget de l'an prochain ?")
    assert reply.startswith("Décision"), reply
    assert "Budget 2027 du collectif" in reply.splitlines()[2], reply


@pytest.mark.parametrize(("question", "shown"), [
    # A deadline asked when is the calendar's; a meeting asked where is the meeting's.
    ("les fiches des vignerons, c'est pour quand ?", "18 décembre"),
    ("la prochaine réunion c'est où ?", "Maison du Comté"),
    # « qui » asks for someone: the task's pilot, not the decision on the feast's place.
    ("qui réserve la place de l'Hôtel de Ville ?", "pilote : Aline Vuillet"),
])
def test_a_deadline_a_meeting_or_a_task_keeps_its_answer(vineyard: Chat, question: str, shown: str) -> None:
    reply = ask(vineyard, question)
    assert not reply.startswith("Décision"), reply
    assert shown in reply


@pytest.mark.parametrize("question", [
    # « où on en est » asks how far, not where; the decision on the vouchers names no place.
    "où on en est de la fête des vendanges ?",
    "les bons d'achat, ça se passe où ?",
    # A meeting spoken of: where it is held is the meetings' answer, never the feast's place.
    "la réunion sur la fête des vendanges, c'est où ?",
    "en décembre on siège où ?",
    "on se réunit où en janvier ?",
    # The aid is the Région's: asked of the Département, no decision says how much.
    "le Département met quelle somme pour le diagnostic des caves ?",
])
def test_no_slot_or_no_decision_holding_it_gives_no_decision(vineyard: Chat, question: str) -> None:
    reply = ask(vineyard, question)
    assert not reply.startswith("Décision"), reply
