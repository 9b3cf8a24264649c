"""A group written by helper w40c in the thirty-ninth round, for the lead's
blind set 81 (a stranger's general set in the words of the members of the
comité de ligne of the TER lines Dijon – Is-sur-Tille – Langres and Dijon –
Beaune, in an invented part of the Côte-d'Or): the Région's vice-présidente
for transport who chairs it, the Région's direction des mobilités (the chargé
de mission TER, the group's coordinator, and the chargée of passenger
information and fares), SNCF Voyageurs' TER director and the lines' manager,
SNCF Réseau's head of works, SNCF Gares & Connexions' manager of the stations,
the users (the FNAUT's regional president and the spokesman of a line's users'
collective — the asker —), elected members of the communes on the lines
(Is-sur-Tille, Nuits-Saint-Georges, Langres), the communautés (the Vallées de
la Tille et de l'Ignon, Beaune Côte et Sud), the Département's conseillère, the
regional coach network Mobigo, a lycée's proviseure adjointe (pupils' trains)
and a company's mobility manager.
Meetings: the comité of March at Is-sur-Tille, the comité of June on the 2027
timetable and the summer works at Nuits-Saint-Georges, the visit of the
stations of Is-sur-Tille and Gemeaux in September (a Saturday morning), the
comité of November on the autumn's punctuality and the pupils' trains at the
Hôtel de Région in Dijon, the year-end comité of 10 December at Beaune, the
users' working group of January at Dijon-Ville and the comité of March 2027
at Langres on the 2026 review. Tasks (three late, one of them the asker's; one
done; one cancelled), the attendance of the June and November comités in the
store, announced presences for 10 December; the person asking is a member, not
the coordinator. Organisation names are public bodies (the Région, SNCF's
companies, the FNAUT, the communes and communautés, the Département, Mobigo) or
invented (the users' collective, the lycée, the company); every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["LIGNE21_AFTER_SETUP", "LIGNE21_ASKERS", "LIGNE21_GROUPS", "LIGNE21_TASKS"]

SLUG = "ligne21"
ASKER = "Alexis Thevenot"
MOBILITES = "Région Bourgogne-Franche-Comté, direction des mobilités"
TER = "SNCF Voyageurs, TER Bourgogne-Franche-Comté"

LIGNE21_MEMBERS = (
    ("Véronique Marcillet", "Région Bourgogne-Franche-Comté", "Vice-présidente chargée des transports et des "
                                                              "mobilités, présidente du comité de ligne"),
    ("Damien Roussotte", MOBILITES, "Chargé de mission TER, coordinateur du comité de ligne"),
    ("Pauline Gravelet", MOBILITES, "Chargée de l'information voyageurs et de la tarification"),
    ("Olivier Chambaret", TER, "Directeur régional TER"),
    ("Isabelle Voisenet", TER, "Directrice de ligne Dijon – Is-sur-Tille – Langres et Dijon – Beaune"),
    ("Jérôme Pautet", "SNCF Réseau, direction territoriale Bourgogne-Franche-Comté", "Responsable des travaux et de "
                                                                                     "la capacité"),
    ("Émilie Sauvageot", "SNCF Gares & Connexions", "Responsable des gares et haltes de Côte-d'Or"),
    ("Martine Cordelier", "FNAUT Bourgogne-Franche-Comté", "Présidente régionale de l'association des usagers"),
    ("Alexis Thevenot", "Collectif des usagers de la ligne Dijon – Is-sur-Tille", "Porte-parole du collectif"),
    ("Hélène Bazerolle", "Commune d'Is-sur-Tille", "Maire adjointe chargée des mobilités"),
    ("Gilles Ravenet", "Commune de Nuits-Saint-Georges", "Conseiller municipal délégué aux transports"),
    ("Bruno Lhomme", "Commune de Langres", "Adjoint au maire chargé des transports"),
    ("Christophe Maldant", "Communauté de communes des Vallées de la Tille et de l'Ignon", "Vice-président chargé "
                                                                                          "des mobilités"),
    ("Sandrine Perrenot", "Communauté d'agglomération Beaune Côte et Sud", "Responsable du service mobilités"),
    ("Marie-Christine Forestier", "Conseil départemental de la Côte-d'Or", "Conseillère départementale du canton "
                                                                           "d'Is-sur-Tille"),
    ("Thibault Girardot", "Mobigo, réseau de cars régional, secteur Côte-d'Or", "Responsable d'exploitation des "
                                                                                "lignes de cars"),
    ("Nathalie Jacquenet", "Lycée du Val de Tille, Is-sur-Tille", "Proviseure adjointe, référente des transports "
                                                                  "scolaires des élèves"),
    ("Karim Benhaddou", "Laboratoires Vergy Santé, Beaune", "Responsable mobilité, chargé du plan de mobilité "
                                                           "employeur"),
)

LIGNE21_MEETINGS = (
    ("2026-03-12 18:00", "2026-03-12 20:30", "Comité de ligne, salle des fêtes d'Is-sur-Tille", ()),
    ("2026-06-10 18:00", "2026-06-10 20:00", "Comité de ligne : service annuel 2027 et travaux de l'été, salle du "
                                             "conseil, mairie de Nuits-Saint-Georges", ()),
    ("2026-09-26 09:30", "2026-09-26 12:00", "Visite de la gare d'Is-sur-Tille et de la halte de Gemeaux avec les "
                                             "usagers", ()),
    ("2026-11-19 18:00", "2026-11-19 20:30", "Comité de ligne : régularité de l'automne et trains des lycéens, "
                                             "Hôtel de Région, Dijon", ()),
    ("2026-12-10 18:00", "2026-12-10 20:00", "Comité de ligne de fin d'année, salle des Lices, mairie de Beaune",
     ("Présentation de la grille horaire du service annuel 2027",
      "Travaux de nuit de SNCF Réseau entre Is-sur-Tille et Langres",
      "Correspondances des cars Mobigo à Is-sur-Tille",
      "Questions diverses")),
    ("2027-01-16 09:30", "2027-01-16 12:00", "Groupe de travail usagers sur l'information voyageurs, gare de "
                                             "Dijon-Ville",
     ("Affichage en gare lors des suppressions de trains",
      "Alertes SMS et application SNCF Connect")),
    ("2027-03-18 18:00", "2027-03-18 20:30", "Comité de ligne : bilan de l'année 2026, salle du conseil, mairie de "
                                             "Langres",
     ("Bilan de la régularité 2026",
      "Projet de cadencement à l'heure entre Dijon et Is-sur-Tille",
      "Desserte de la halte de Gevrey-Chambertin le week-end")),
)

LIGNE21_DEADLINES = (
    ("2026-12-04", "Retour des remarques des communes sur la grille horaire 2027"),
    ("2026-12-11", "Envoi des remarques sur le compte rendu du comité du 19 novembre"),
    ("2026-12-18", "Demande de l'abonnement scolaire TER du deuxième trimestre pour les lycéens"),
    ("2027-01-08", "Clôture de l'enquête de satisfaction des voyageurs de la ligne"),
    ("2027-01-29", "Dépôt des dossiers des communes pour l'appel à projets des abris vélos en gare"),
    ("2027-02-26", "Envoi du projet de bilan 2026 de la ligne aux membres du comité"),
)

LIGNE21_DECISIONS = (
    ("2026-03-12", 1, "Le comité de ligne se réunit au moins trois fois par an, en alternance sur les deux lignes."),
    ("2026-03-12", 1, "Le compte rendu de chaque comité est diffusé par la Région dans les trois semaines."),
    ("2026-03-12", 1, "Les questions des usagers sont envoyées à la Région au plus tard huit jours avant chaque "
                      "comité."),
    ("2026-06-10", 2, "Les travaux de renouvellement de voie entre Is-sur-Tille et Langres se font de nuit, sans "
                      "suppression de trains en journée."),
    ("2026-06-10", 2, "Chaque train supprimé pendant les travaux est remplacé par un car Mobigo, avec la "
                      "correspondance garantie à Is-sur-Tille."),
    ("2026-06-10", 2, "Le premier train du matin de Langres vers Dijon est avancé à 5 h 52 au service annuel 2027."),
    ("2026-06-10", 2, "Le TER de 17 h 34 de Dijon vers Beaune circule à deux rames le vendredi."),
    ("2026-09-26", 3, "Un abri vélos sécurisé de vingt places est installé à la gare d'Is-sur-Tille."),
    ("2026-09-26", 3, "La halte de Gemeaux reçoit un écran d'information voyageurs en 2027."),
    ("2026-11-19", 4, "L'abonnement scolaire TER des lycéens de la ligne est fixé à quinze euros par mois."),
    ("2026-11-19", 4, "Le train de 7 h 08 d'Is-sur-Tille vers Dijon circule à deux rames en période scolaire."),
    ("2026-11-19", 4, "Les abonnés sont remboursés d'un quart de leur abonnement quand la régularité du mois tombe "
                      "sous 90 %."),
    ("2026-11-19", 4, "Les vélos sont acceptés gratuitement dans les TER de la ligne, dans la limite des places."),
    ("2026-11-19", 4, "La Région publie chaque mois le taux de régularité de la ligne sur son site."),
)

LIGNE21_TASKS = {
    SLUG: (
        ("Organiser une réunion publique sur les travaux de nuit à Selongey", "Christophe Maldant", "2026-10-09", 2,
         "cancelled"),
        ("Mettre à jour les affiches horaires des haltes de la ligne", "Émilie Sauvageot", "2026-10-23", 3, "done"),
        ("Chiffrer l'abri vélos sécurisé de la gare d'Is-sur-Tille", "Hélène Bazerolle", "2026-11-06", 3),
        ("Transmettre le planning détaillé des travaux de nuit entre Is-sur-Tille et Langres", "Jérôme Pautet",
         "2026-11-13", 2),
        ("Recenser les retards signalés par les usagers en octobre et novembre", "Alexis Thevenot", "2026-11-27", 4),
        ("Présenter la grille horaire 2027 en comité", "Isabelle Voisenet", "2026-12-10", 4),
        ("Caler les horaires des cars Mobigo sur la grille 2027 à Is-sur-Tille", "Thibault Girardot", "2026-12-11",
         4),
        ("Relire le questionnaire de l'enquête de satisfaction avant sa mise en ligne", "Alexis Thevenot",
         "2026-12-15", 4),
        ("Diffuser l'information sur l'abonnement scolaire aux familles du lycée", "Nathalie Jacquenet",
         "2026-12-18", 4),
        ("Proposer aux salariés un plan de mobilité vers la gare de Beaune", "Karim Benhaddou", "2027-01-29", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the spokesman of the users' collective.
LIGNE21_ASKERS = {SLUG: ASKER}

LIGNE21_GROUPS = {
    SLUG: (LIGNE21_MEMBERS, LIGNE21_MEETINGS, LIGNE21_DEADLINES, LIGNE21_DECISIONS, "Damien Roussotte"),
}

# What the chargé de mission typed after the comité of June (n°2) and the comité of November (n°4); nothing was
# recorded for the comité of March (n°1) nor for the visit of the stations (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Véronique Marcillet, Damien Roussotte, Pauline Gravelet, Isabelle Voisenet, Jérôme Pautet, "
    "Émilie Sauvageot, Martine Cordelier, Alexis Thevenot, Hélène Bazerolle, Gilles Ravenet, Bruno Lhomme, "
    "Christophe Maldant, Marie-Christine Forestier, Thibault Girardot",
    "/excuses n°2 Olivier Chambaret, Sandrine Perrenot, Nathalie Jacquenet",
    "/absents n°2 Karim Benhaddou",
    "/presents n°4 Véronique Marcillet, Damien Roussotte, Pauline Gravelet, Olivier Chambaret, Isabelle Voisenet, "
    "Martine Cordelier, Hélène Bazerolle, Christophe Maldant, Sandrine Perrenot, Marie-Christine Forestier, "
    "Thibault Girardot, Nathalie Jacquenet, Karim Benhaddou",
    "/excuses n°4 Alexis Thevenot, Jérôme Pautet, Bruno Lhomme",
    "/absents n°4 Gilles Ravenet",
)

# What members said in the chat before the comité of 10 December (n°5).
RSVPS = (
    ("Véronique Marcillet", "/present"),
    ("Damien Roussotte", "/present"),
    ("Isabelle Voisenet", "/present"),
    ("Martine Cordelier", "/present"),
    ("Gilles Ravenet", "/present"),
    ("Sandrine Perrenot", "/present"),
    ("Thibault Girardot", "/present"),
    ("Karim Benhaddou", "/present"),
    ("Olivier Chambaret", "/excuse"),
    ("Bruno Lhomme", "/excuse"),
)

LIGNE21_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ligne21", ATTENDANCE_COMMANDS, RSVPS),
}
