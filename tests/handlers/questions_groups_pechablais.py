"""A group written by the lead in the fifteenth round, for the lead's blind
set 24 (measured once, on main before the round's merge, and again on the
round's final code): the early-childhood network of the Chablais valaisan
(« réseau petite enfance »): the communes of Monthey, Collombey-Muraz,
Saint-Maurice and Vouvry, a day-care centre with its after-school unit
(crèche-UAPE), the cantonal child-protection office (OPE), the regional
medico-social centre (CMS), the day childminders' association, the canton's
youth service, the school of social work (HES-SO Valais-Wallis) that
evaluates the network, a parents' association and the Red Cross's
sick-child care service. Plenary sessions alternate with a working group on
places. After the October and November sessions the secretary typed who came
and the tasks; some were closed since; members said whether they come to
the next one. The person asking is the CMS's nurse. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["PECHABLAIS_AFTER_SETUP", "PECHABLAIS_ASKERS", "PECHABLAIS_GROUPS"]

SLUG = "pe-chablais"
ASKER = "Sandra Berrut"

MEMBERS = (
    ("Anne-Laure Vouilloz", "Commune de Monthey", "Conseillère municipale, dicastère jeunesse, présidente du réseau"),
    ("Stéphane Rouiller", "Commune de Collombey-Muraz", "Conseiller communal, affaires sociales"),
    ("Maëlle Fracheboud", "Crèche-UAPE Les Pirates", "Directrice"),
    ("Joël Cottet", "Office pour la protection de l'enfant (OPE)", "Intervenant en protection de l'enfant, région Chablais"),
    ("Sandra Berrut", "CMS du Chablais", "Infirmière puéricultrice"),
    ("Fabienne Udressy", "Association des accueillantes familiales de jour du Chablais", "Coordinatrice"),
    ("Nicolas Parvex", "Commune de Saint-Maurice", "Chef du service social"),
    ("Leïla Mabillard", "HES-SO Valais-Wallis, Haute École de Travail Social", "Chargée d'enseignement, évaluation du réseau"),
    ("Patrick Carron", "Service cantonal de la jeunesse", "Collaborateur scientifique, accueil à la journée"),
    ("Céline Borgeaud", "Commune de Monthey", "Coordinatrice petite enfance, secrétaire du réseau"),
    ("Yasmina Benali", "Association Parents Chablais", "Représentante des parents"),
    ("Damien Gex", "Commune de Vouvry", "Conseiller communal, jeunesse et écoles"),
    ("Rita Pereira", "Croix-Rouge Valais", "Responsable du service de garde d'enfants malades"),
    ("Olivier Delacroix", "Commune de Collombey-Muraz", "Responsable administratif des structures d'accueil"),
)

MEETINGS = (
    ("2026-09-10 17:30", "2026-09-10 19:00", "Séance plénière, salle du Conseil général, Monthey", ()),
    ("2026-10-07 17:30", "2026-10-07 19:00", "Groupe de travail places d'accueil, Maison de commune, Collombey", ()),
    ("2026-11-12 17:30", "2026-11-12 19:00", "Séance plénière, salle bourgeoisiale, Saint-Maurice", ()),
    ("2026-12-09 17:30", "2026-12-09 19:00", "Groupe de travail places d'accueil, crèche Les Pirates, Monthey",
     ("Liste d'attente commune", "Tarifs 2027", "Places d'accueil d'urgence")),
    ("2027-01-28 17:30", "2027-01-28 19:30", "Séance plénière, salle polyvalente, Vouvry",
     ("Bilan 2026 du réseau", "Méthode d'évaluation de la HES", "Accueil de Saint-Gingolph")),
    ("2027-03-25 17:30", "2027-03-25 19:00", "Séance plénière, salle du Conseil général, Monthey", ()),
)

DEADLINES = (
    ("2026-12-04", "Chiffres des listes d'attente par commune"),
    ("2026-12-15", "Demande de subvention cantonale 2027"),
    ("2027-01-20", "Rapport intermédiaire d'évaluation de la HES"),
    ("2027-02-26", "Règlement commun des tarifs"),
)

DECISIONS = (
    ("2026-09-10", 1, "Le réseau tient une liste d'attente commune aux crèches des quatre communes dès janvier 2027."),
    ("2026-09-10", 1, "Céline Borgeaud tient le secrétariat du réseau et envoie le procès-verbal dans les dix jours."),
    ("2026-10-07", 2, "Les tarifs des crèches sont calculés sur le revenu déterminant des parents, avec un plafond "
                      "de 110 francs par jour."),
    ("2026-10-07", 2, "Dix places d'accueil d'urgence sont réservées aux familles suivies par l'OPE."),
    ("2026-10-07", 2, "Les accueillantes familiales de jour suivent une formation de base de 24 heures financée "
                      "par le réseau."),
    ("2026-11-12", 3, "La commune de Collombey-Muraz ouvrira une UAPE de 36 places à la rentrée d'août 2027."),
    ("2026-11-12", 3, "Le réseau verse 15 000 francs au service de garde d'enfants malades de la Croix-Rouge "
                      "pour 2027."),
    ("2026-11-12", 3, "Leïla Mabillard est référente pour l'évaluation du réseau par la HES."),
    ("2026-11-12", 3, "Les parents qui reprennent un emploi sont prioritaires sur la liste d'attente pendant "
                      "trois mois."),
    ("2026-11-12", 3, "La commune de Saint-Gingolph rejoint le réseau au 1er janvier 2027."),
)

# What the secretary typed the day after the October and November sessions.
AFTER_MEETINGS = (
    ("2026-10-08 09:00", (
        "/presents n°2 Anne-Laure Vouilloz, Stéphane Rouiller, Maëlle Fracheboud, Joël Cottet, Sandra Berrut, "
        "Céline Borgeaud, Olivier Delacroix, Yasmina Benali",
        "/excuses n°2 Fabienne Udressy, Rita Pereira",
        "/absents n°2",
        "/tache Envoyer le procès-verbal de la séance d'octobre pour le 16/10 @Céline Borgeaud",
        "/tache Chiffrer les places d'accueil d'urgence pour le 5/11 @Joël Cottet",
        "/tache Trouver une formatrice pour les accueillantes pour le 30/11 @Fabienne Udressy",
    )),
    ("2026-11-13 09:00", (
        "/presents n°3 Anne-Laure Vouilloz, Stéphane Rouiller, Maëlle Fracheboud, Joël Cottet, Sandra Berrut, "
        "Fabienne Udressy, Nicolas Parvex, Leïla Mabillard, Patrick Carron, Céline Borgeaud, Rita Pereira, "
        "Damien Gex",
        "/excuses n°3 Yasmina Benali, Olivier Delacroix",
        "/absents n°3",
        "/tache Envoyer le procès-verbal de la plénière de novembre pour le 23/11 @Céline Borgeaud",
        "/tache Transmettre les chiffres de la liste d'attente de Monthey pour le 4/12 @Maëlle Fracheboud",
        "/tache Préparer la demande de subvention cantonale pour le 15/12 @Olivier Delacroix",
        "/tache Rédiger la convention avec la Croix-Rouge pour le 30/11 @Rita Pereira",
        "/tache Recenser les familles suivies en attente de place pour le 7/12 @Sandra Berrut",
        "/tache Présenter la méthode d'évaluation pour le 28/01 @Leïla Mabillard",
        "/tache Inviter la commune de Saint-Gingolph à la plénière de janvier pour le 15/01 @Anne-Laure Vouilloz",
    )),
)

# Closed since: October's minutes sent, the emergency places costed.
CLOSED = ("/tache_faite 1", "/tache_faite 2")

# What members said before the working group of 9 December (séance n°4).
RSVPS = (
    ("Maëlle Fracheboud", "/present"),
    ("Joël Cottet", "/present"),
    ("Yasmina Benali", "/present"),
    ("Olivier Delacroix", "/excuse"),
)

after_meetings = dated_setup(SLUG, ASKER, "pch", AFTER_MEETINGS, CLOSED, RSVPS)

PECHABLAIS_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
PECHABLAIS_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
PECHABLAIS_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
