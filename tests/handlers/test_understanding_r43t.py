"""The confident wrong answers left across the older sets (forty-third round,
helper r43t), asked in other words than the sets' rows, with the neighbours
that must stay as they were:

- the end of a window asked (« jusqu'à quand … ? », « avant quand … ? »,
  « d'ici quand … ? », « jusqu'à quelle date … ? ») is answered by the record
  of that act: the deadline headed by it or by its closing (« Clôture des
  candidatures … », « Transmission des constats … »), or a decision stating
  its limit (« … au plus tard la veille à 17 h », « … d'ici juin 2027 »), not
  a decision merely sharing the thing, a task working towards the deadline,
  nor a deadline headed by another act (window_asked.py; sets 41a, 42b, 43b,
  45a, 46b, 48a);
- the minutes « publiées » go out as when sent, and « il en est où ? » with
  « où » put last asks after the work on them: the task on the minutes, its
  pilot and status, not the draft (minutes_task.py; sets 42c, lead52);
- the passive in the past of a task's verb (« … ont été installées ? »), or
  in the present when a task done in that verb holds the whole thing, asks
  whether the act was done: the task's status, not the decision planning it
  in the same verb (work_done.passive_settled, task_match.py; sets 40a, 41c);
- a title checked with the name first and the title after « qui est »
  (« c'est bien la colonelle Roblot qui est DDA ? ») is asked as its holder,
  as the other orders are (title_checked.py; the lead's set 78);
- a public asked (« qui représente les éleveurs ? ») is spoken for by the
  bodies named for it and by a member whose role says they are one of it
  (« éleveur ovin »), beside them (publics.py; the lead's set 53)."""

from __future__ import annotations

import pytest

from tests.handlers.questions_eval import outcome_of, sure
from tests.handlers.questions_groups import build_group
from tests.helpers import Chat


@pytest.fixture(scope="module")
def plie() -> Chat:
    return build_group("plie59")


@pytest.fixture(scope="module")
def transport() -> Chat:
    return build_group("transco12")


def test_window_of_an_act_is_its_deadline(plie: Chat) -> None:
    reply = sure(plie, "jusqu'à quand peut-on candidater au poste de directeur du PLIE ?", "dates_period")
    assert "Clôture des candidatures" in reply and "8 janvier" in reply
    assert "intérim" not in reply  # the decision that merely shares « direction … jusqu'à » is not asked


def test_window_closed_by_a_deadline_not_the_period_said(transport: Chat) -> None:
    reply = sure(transport, "on a jusqu'à quand pour inscrire un élève au transport scolaire pour la rentrée 2027 ?",
                 "dates_period")
    assert "15 juillet" in reply and "Clôture des inscriptions" in reply


def test_window_stated_by_a_decision(transport: Chat) -> None:
    reply = sure(transport, "la réservation du transport à la demande, c'est possible jusqu'à quand ?",
                 "decisions_topic")
    assert "la veille à 17 h" in reply


def test_handing_in_is_the_deadline_not_the_task() -> None:
    pasto = build_group("pasto65")
    reply = sure(pasto, "on doit transmettre les constats de dommages à la DDT avant quand ?", "dates_period")
    assert "18 décembre" in reply and "Tâche" not in reply


def test_deadline_of_another_act_is_not_when_it_is_done() -> None:
    egalite = build_group("egalite38")
    reply = sure(egalite, "d'ici quand tous les agents d'accueil seront formés ?", "decisions_topic")
    assert "juin 2027" in reply  # not « Inscription des agents d'accueil à la formation » (8 January)


def test_window_neighbours_keep_their_answers(plie: Chat, transport: Chat) -> None:
    # The act said itself (« déposer » a « Dépôt des dossiers ») is not another handing in sharing a word: both
    # deadlines stay listed when the act's own deadline shares nothing else.
    reply = sure(build_group("ctai-grenoble"), "les porteurs ont jusqu'à quand pour déposer leur dossier ?", "dates_period")
    assert "Dépôt des dossiers" in reply
    # A decision stating the limit of what is asked stays its answer, though a deadline closes the post's applications.
    assert "jusqu'à l'arrivée" in sure(plie, "Caroline Vandamme assure l'intérim jusqu'à quand ?", "decisions_topic")
    # Chat that says « jusqu'à quand » of oneself gets no confident answer.
    assert not outcome_of(transport, "je reste jusqu'à quand moi ce soir, quelqu'un me ramène ?").confident


def test_minutes_published_or_how_far_is_the_task() -> None:
    cli = build_group("cli82")
    reply = sure(cli, "le compte rendu de septembre est publié sur le site ?", "in_charge")
    assert "Publier le compte rendu" in reply and "(faite)" in reply
    # Neighbours: the rule on publishing stays the decision's, the minutes asked alone stay the minutes.
    assert "sous un mois" in sure(cli, "les comptes rendus sont publiés où ?", "decisions_topic")
    assert "Projet de compte rendu" in sure(cli, "le compte rendu de septembre ?", "minutes_request")
    eau = build_group("eau39")
    reply = sure(eau, "le procès-verbal du 19 novembre, il en est où ?", "in_charge")
    assert "Rédiger le procès-verbal" in reply and "en retard" in reply
    # Neighbour: a request to the bot keeps the minutes.
    assert "Projet de compte rendu" in sure(eau, "tu peux m'envoyer le PV du 19 novembre ?", "minutes_request")


def test_a_past_passive_asks_the_act_done() -> None:
    crue = build_group("crue62")
    reply = sure(crue, "les deux bennes supplémentaires, elles ont bien été installées ?", "in_charge")
    assert "Installer les deux bennes" in reply and "(faite)" in reply
    # Neighbour: what the decision says of the thing stays its answer when no act is asked done.
    assert "Décision n°6" in sure(crue, "qu'est-ce qu'on a décidé pour les bennes aux Prés-Marais ?", "decisions_topic")
    cmj = build_group("cmj33")
    reply = sure(cmj, "les bacs de tri du collège Jean-Moulin, ils sont installés ?", "in_charge")
    assert "Installer les bacs de tri au collège" in reply and "(faite)" in reply


def test_a_title_checked_after_qui_est() -> None:
    spv = build_group("spv71")
    reply = sure(spv, "c'est bien Mme Roblot qui est directrice départementale adjointe ?", "role_holder")
    assert "Anne-Sophie Roblot" in reply
    # Neighbours: the card asked stays the card; a presence checked is no title.
    assert "Organisation" in sure(spv, "c'est qui Anne-Sophie Roblot ?", "who_is")
    assert outcome_of(spv, "c'est bien Roblot qui est venue jeudi ?").intent != "role_holder"


def test_a_public_is_spoken_for_by_its_own_member_too() -> None:
    reply = sure(build_group("natura65"), "qui parle au nom des éleveurs ?", "org_representative")
    assert "Michel Barrère" in reply and "Chambre d'agriculture" in reply
    # Neighbour: with no body named for the public, the member whose role says it answers alone, by the role.
    reply = sure(build_group("ccid80"), "qui représente les agriculteurs ?", "role_holder")
    assert "Marc Devaux" in reply and "Alain Mercier" not in reply
