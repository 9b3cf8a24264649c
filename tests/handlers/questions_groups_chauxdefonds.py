"""A group written by the lead during the tenth round, never shown to its
engineers, measured only once at the very end: the network against
precariousness of La Chaux-de-Fonds (canton de Neuchâtel): the city's social
services, the canton's social action office, Caritas, the Centre social
protestant, the Red Cross, the Salvation Army, a food bank, a regional
social counter, a parish, the CNP's psychiatric outreach. Swiss chat
register. Attendance recorded with the commands; tasks in the store; the
person asking is linked to a member. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CHAUXDEFONDS_AFTER_SETUP", "CHAUXDEFONDS_ASKERS", "CHAUXDEFONDS_GROUPS", "CHAUXDEFONDS_TASKS"]

SLUG = "chauxdefonds"

CHAUXDEFONDS_MEMBERS = (
    ("Valérie Jeanneret", "Ville de La Chaux-de-Fonds", "Conseillère communale, dicastère de l'action sociale, présidente du réseau"),
    ("Patrick Huguenin", "Ville de La Chaux-de-Fonds", "Chef de l'office communal de l'aide sociale"),
    ("Sylvie Robert-Nicoud", "Office cantonal de l'aide sociale", "Adjointe au chef d'office"),
    ("Daniel Matthey", "Caritas Neuchâtel", "Responsable de l'épicerie solidaire"),
    ("Anne-Laure Sandoz", "Centre social protestant", "Assistante sociale"),
    ("Michel Vuilleumier", "Croix-Rouge neuchâteloise", "Coordinateur des bénévoles"),
    ("Rachel Gerber", "Armée du Salut", "Officière, responsable du foyer"),
    ("Kevin Dubois", "Table du Rhône de la Chaux-de-Fonds", "Président"),
    ("Isabelle Perrenoud", "Guichet social régional des Montagnes", "Responsable"),
    ("Christophe Aubry", "Paroisse réformée des Montagnes", "Pasteur"),
    ("Mélissa Ferreira", "Centre neuchâtelois de psychiatrie", "Infirmière de liaison"),
    ("Joël Brandt", "Ville de La Chaux-de-Fonds", "Secrétaire du réseau"),
)

CHAUXDEFONDS_MEETINGS = (
    ("2026-09-03 14:00", "2026-09-03 16:00", "Hôtel de Ville, salle du Conseil général", ()),
    ("2026-10-08 14:00", "2026-10-08 16:00", "Caritas, rue du Progrès", ()),
    ("2026-11-12 14:00", "2026-11-12 16:00", "Hôtel de Ville, salle du Conseil général", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Armée du Salut, salle polyvalente",
     ("Plan grand froid", "Distribution de Noël", "Divers")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Hôtel de Ville, salle du Conseil général", ("Bilan de l'hiver",)),
    ("2027-02-11 14:00", "2027-02-11 16:00", "Guichet social régional, Le Locle", ()),
)

CHAUXDEFONDS_DEADLINES = (
    ("2026-12-07", "Inventaire des places d'hébergement d'urgence"),
    ("2026-12-16", "Demande de soutien à la Loterie Romande"),
    ("2027-01-29", "Statistiques de fréquentation de l'épicerie"),
    ("2027-03-12", "Rapport d'activité du réseau"),
)

CHAUXDEFONDS_DECISIONS = (
    ("2026-09-03", 1, "Le réseau se réunit le deuxième jeudi de chaque mois."),
    ("2026-09-03", 1, "Une fiche commune d'orientation est utilisée par tous les partenaires."),
    ("2026-10-08", 2, "L'abri de nuit ouvre de novembre à mars avec vingt lits."),
    ("2026-10-08", 2, "La Ville prend en charge les repas du soir à l'abri de nuit."),
    ("2026-11-12", 3, "La distribution de Noël a lieu le 19 décembre à la salle Dixi au Locle."),
    ("2026-11-12", 3, "Un bon de cinquante francs est remis aux familles suivies par le guichet social."),
)

CHAUXDEFONDS_TASKS = {
    SLUG: (
        ("Envoyer la fiche d'orientation aux partenaires", "Joël Brandt", "2026-11-26", 3),
        ("Organiser le transport des colis de Noël", "Michel Vuilleumier", "2026-12-15", 3),
        ("Commander les bons d'achat", "Patrick Huguenin", "2026-12-09", 3),
        ("Recenser les bénévoles pour l'abri", "Rachel Gerber", "2026-11-20", 2),
        ("Rédiger le PV de novembre", "Joël Brandt", "2026-12-04", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CHAUXDEFONDS_ASKERS = {SLUG: "Patrick Huguenin"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Valérie Jeanneret, Patrick Huguenin, Sylvie Robert-Nicoud, Daniel Matthey, Anne-Laure Sandoz, "
    "Rachel Gerber, Isabelle Perrenoud, Joël Brandt",
    "/excuses n°2 Christophe Aubry",
    "/presents n°3 Valérie Jeanneret, Patrick Huguenin, Daniel Matthey, Michel Vuilleumier, Rachel Gerber, "
    "Kevin Dubois, Isabelle Perrenoud, Mélissa Ferreira, Joël Brandt",
    "/excuses n°3 Sylvie Robert-Nicoud, Christophe Aubry",
    "/absents n°3",
)

# What members said before the meeting of 10 December (n°4).
RSVPS = (
    ("Mélissa Ferreira", "/present"),
    ("Kevin Dubois", "/present"),
    ("Anne-Laure Sandoz", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, CHAUXDEFONDS_ASKERS[SLUG], "cf", ATTENDANCE_COMMANDS, RSVPS)

CHAUXDEFONDS_GROUPS = {
    SLUG: (CHAUXDEFONDS_MEMBERS, CHAUXDEFONDS_MEETINGS, CHAUXDEFONDS_DEADLINES, CHAUXDEFONDS_DECISIONS,
           "Patrick Huguenin"),
}

CHAUXDEFONDS_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
