"""A group invented for the twelfth round (r12f), before reading the
understanding's lists: the local employment task force of the Mantois, in
the Yvelines (Mantes-la-Jolie, Mantes-la-Ville, the Val Fourré priority
neighbourhood), chaired by the sous-préfète. Around the table: France
Travail, the Mission locale, Cap emploi, the PLIE, the Département (RSA),
the urban community Grand Paris Seine & Oise (clauses sociales), the DDETS
(IAE), the Maison de l'emploi, an insertion worksite and an insertion firm,
the employers' club, the CCI. Bodies are written in full in the store while
members speak in acronyms and programmes (« GPS&O », « la CU », « la MDE »,
« la sous-préf », « le 78 », CEJ, RSA, PMSMP, job dating, forum emploi).
Attendance recorded with the commands; tasks in the store; the person asking
is linked to the PLIE's coordinator. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MANTOIS78_AFTER_SETUP", "MANTOIS78_ASKERS", "MANTOIS78_GROUPS", "MANTOIS78_TASKS"]

SLUG = "mantois78"

MANTOIS78_MEMBERS = (
    ("Hélène Marchetti", "Sous-préfecture de Mantes-la-Jolie", "Sous-préfète, présidente de la task force"),
    ("Yacine Belkacem", "Sous-préfecture de Mantes-la-Jolie", "Délégué du préfet pour le Val Fourré"),
    ("Sandrine Leroux", "France Travail", "Directrice de l'agence de Mantes-la-Jolie"),
    ("Thomas Vasseur", "France Travail", "Conseiller entreprises, référent BTP"),
    ("Aïcha Diallo", "Mission locale du Mantois", "Directrice"),
    ("Julien Morel", "Mission locale du Mantois", "Conseiller contrat d'engagement jeune"),
    ("Nadia Ferreira", "Cap emploi Yvelines", "Chargée d'accompagnement vers l'emploi"),
    ("Philippe Garnier", "Communauté urbaine Grand Paris Seine & Oise",
     "Vice-président délégué à l'emploi et à l'insertion"),
    ("Élodie Caron", "Communauté urbaine Grand Paris Seine & Oise", "Facilitatrice des clauses sociales"),
    ("Mathieu Royer", "PLIE du Mantois", "Coordinateur du PLIE"),
    ("Véronique Lambert", "Conseil départemental des Yvelines",
     "Responsable insertion et RSA du territoire Seine Aval"),
    ("Franck Aubert", "DDETS des Yvelines", "Chargé de mission insertion par l'activité économique"),
    ("Laura Bensaïd", "Maison de l'emploi du Mantois", "Chargée de mission, secrétariat de la task force"),
    ("Samir Haddad", "Les Jardins de la Vaucouleurs", "Directeur de l'atelier chantier d'insertion"),
    ("Brigitte Fontaine", "Mantes Rénov' Insertion", "Gérante de l'entreprise d'insertion"),
    ("Olivier Perrot", "Club des entreprises du Mantois", "Président"),
    ("Camille Dupuis", "CCI Versailles-Yvelines", "Chargée de développement emploi et compétences"),
)

MANTOIS78_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Sous-préfecture de Mantes-la-Jolie, salle Sully", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Maison de l'emploi du Mantois", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Agence France Travail de Mantes-la-Jolie", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Sous-préfecture de Mantes-la-Jolie, salle Sully",
     ("Bilan du forum emploi du 26 novembre", "Préparation du job dating BTP", "Jeunes en CEJ du Val Fourré",
      "Questions diverses")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Mission locale du Mantois, Mantes-la-Ville",
     ("Programmation du PLIE 2027", "Clauses sociales des chantiers Eole")),
    ("2027-03-18 14:00", "2027-03-18 16:30", "CCI Versailles-Yvelines, antenne de Mantes", ()),
)

MANTOIS78_DEADLINES = (
    ("2026-12-04", "Liste des candidats pour le job dating BTP"),
    ("2026-12-18", "Bilan du forum emploi à envoyer à la sous-préfecture"),
    ("2027-01-15", "Réponse à l'appel à projets du Département sur l'accompagnement des allocataires du RSA"),
    ("2027-02-26", "Dossiers de conventionnement IAE 2027 à déposer à la DDETS"),
)

MANTOIS78_DECISIONS = (
    ("2026-09-17", 1, "La task force se réunit un jeudi matin par mois, en alternance à la sous-préfecture et "
                      "chez un partenaire."),
    ("2026-09-17", 1, "Un forum emploi est organisé le 26 novembre au gymnase Jean-Moulin du Val Fourré."),
    ("2026-10-15", 2, "Un job dating BTP avec les entreprises des chantiers Eole a lieu le 14 janvier à la Maison "
                      "de l'emploi."),
    ("2026-10-15", 2, "Les jeunes en CEJ peuvent faire une période d'immersion (PMSMP) dans les entreprises du club."),
    ("2026-11-19", 3, "Le PLIE réserve 20 places d'accompagnement en 2027 aux allocataires du RSA du Val Fourré."),
    ("2026-11-19", 3, "Les heures d'insertion des clauses sociales sont suivies dans un tableau partagé tenu par "
                      "GPS&O."),
    ("2026-11-19", 3, "Cap emploi participe à chaque job dating pour accompagner les candidats en situation de "
                      "handicap."),
)

MANTOIS78_TASKS = {
    SLUG: (
        ("Envoyer la liste des entreprises du club prêtes à accueillir des immersions", "Olivier Perrot",
         "2026-11-06", 2),
        ("Recenser les offres BTP pour le job dating", "Thomas Vasseur", "2026-12-20", 2),
        ("Repérer les jeunes en CEJ intéressés par le BTP", "Julien Morel", "2026-12-12", 2),
        ("Mettre en place le tableau de suivi des heures d'insertion", "Élodie Caron", "2026-11-27", 3),
        ("Transmettre les chiffres des allocataires du RSA du Val Fourré", "Véronique Lambert", "2026-11-25", 3),
        ("Rédiger la programmation du PLIE 2027", "Mathieu Royer", "2027-01-08", 3),
        ("Préparer le bilan du forum emploi", "Laura Bensaïd", "2026-12-15", 3),
        ("Réserver la salle de la Maison de l'emploi pour le job dating", "Laura Bensaïd", "2026-11-30", 2,
         "done"),
        ("Envoyer le compte rendu de la réunion du 19 novembre", "Laura Bensaïd", "2026-11-26", 3, "done"),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
MANTOIS78_ASKERS = {SLUG: "Mathieu Royer"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Hélène Marchetti, Sandrine Leroux, Aïcha Diallo, Julien Morel, Philippe Garnier, "
    "Mathieu Royer, Laura Bensaïd, Samir Haddad, Olivier Perrot",
    "/excuses n°2 Nadia Ferreira, Camille Dupuis",
    "/presents n°3 Yacine Belkacem, Sandrine Leroux, Thomas Vasseur, Aïcha Diallo, Élodie Caron, Mathieu Royer, "
    "Véronique Lambert, Franck Aubert, Laura Bensaïd, Brigitte Fontaine, Nadia Ferreira, Camille Dupuis",
    "/excuses n°3 Hélène Marchetti, Philippe Garnier",
    "/absents n°3 Olivier Perrot",
)

# What members said before the meeting of 10 December (n°4).
RSVPS = (
    ("Sandrine Leroux", "/present"),
    ("Élodie Caron", "/present"),
    ("Samir Haddad", "/present"),
    ("Olivier Perrot", "/excuse"),
    ("Franck Aubert", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, MANTOIS78_ASKERS[SLUG], "mt", ATTENDANCE_COMMANDS, RSVPS)

MANTOIS78_GROUPS = {
    SLUG: (MANTOIS78_MEMBERS, MANTOIS78_MEETINGS, MANTOIS78_DEADLINES, MANTOIS78_DECISIONS, "Laura Bensaïd"),
}

MANTOIS78_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
