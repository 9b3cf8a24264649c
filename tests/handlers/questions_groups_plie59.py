"""A group written by helper r35b in the thirty-fourth round, for the blind
set 42b (people who come and go: departures, arrivals, leaves and interim,
as a working group lives them): the comité de pilotage of an invented PLIE
(plan local pour l'insertion et l'emploi) in the Nord, the PLIE of the
Communauté d'agglomération de Brévillers (about 120,000 people) — the
agglomeration's vice-president for employment and insertion who chairs it
and its clauses sociales facilitator (leaving at the end of December); the
PLIE's interim director (the group's coordinator, its administrative and
financial manager who stands in since the director Thierry Lemaire left),
its two parcours referents (the asker, sector Nord, and a referent on
maternity leave until 15 March 2027, sector Sud) and the new referent who
replaces her during her leave; the Mission locale's counsellor who is the
PLIE's youth referent; France Travail's deputy agency director; the
Département du Nord's RSA insertion officer (who replaced Martine Caron);
the DDETS's IAE and PLIE officer (until 31 December) and her successor
(from January); Cap emploi's counsellor; the director of an atelier et
chantier d'insertion; the HR and support manager of an entreprise
d'insertion; the GEIQ BTP's new business-relations officer (arrived in
November); the Région Hauts-de-France's employment-training officer; the
FSE+ intermediary body's grant officer. A referent who left in October,
Sophie Hennebert, is no longer listed; her participants were shared out
(a decision and two tasks). Meetings: the comité of September and the
extraordinary comité of November on the director's departure at the hôtel
d'agglomération (attendance recorded), the working group on the tramway's
clauses sociales at the maison du projet, the referents' technical comité
at the PLIE's offices, the next comité on 10 December (RSVPs), the working
group on the employers' forum at the Mission locale in January, the
comité on the annual report in March. The asker is a member, not the
coordinator. Organisation names are public bodies (France Travail, the
Département du Nord, the DDETS du Nord, Cap emploi, the Région
Hauts-de-France) or invented ones (the agglomeration, the PLIE, its
Mission locale, the ACI, the entreprise d'insertion, the GEIQ, the FSE+
body); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PLIE59_AFTER_SETUP", "PLIE59_ASKERS", "PLIE59_GROUPS", "PLIE59_TASKS"]

SLUG = "plie59"
ASKER = "Julien Verhaeghe"
AGGLO = "Communauté d'agglomération de Brévillers"
PLIE = "PLIE de l'agglomération de Brévillers"
DDETS = "DDETS du Nord"

PLIE59_MEMBERS = (
    ("Bernard Delcourt", AGGLO, "Vice-président chargé de l'emploi et de l'insertion, président du comité de "
                                "pilotage du PLIE"),
    ("Marc Devos", AGGLO, "Facilitateur des clauses sociales (jusqu'au 31 décembre 2026)"),
    ("Caroline Vandamme", PLIE, "Directrice du PLIE par intérim depuis le départ de Thierry Lemaire, responsable "
                                "administrative et financière"),
    ("Julien Verhaeghe", PLIE, "Référent de parcours, secteur Nord"),
    ("Nadia Boukhalfa", PLIE, "Référente de parcours, secteur Sud (en congé maternité jusqu'au 15 mars 2027)"),
    ("Léa Dufossez", PLIE, "Référente de parcours secteur Sud en remplacement de Nadia Boukhalfa pendant son congé "
                           "maternité (nouvelle arrivée)"),
    ("Karim Benali", "Mission locale de Brévillers", "Conseiller en insertion, référent jeunes du PLIE"),
    ("Sandrine Lefebvre", "France Travail, agence de Brévillers", "Directrice adjointe de l'agence"),
    ("Aurélie Deconinck", "Département du Nord", "Chargée de mission insertion RSA, en remplacement de Martine Caron"),
    ("Patricia Carlier", DDETS, "Chargée de mission insertion par l'activité économique et PLIE (jusqu'au 31 "
                                "décembre 2026)"),
    ("Olivier Dhainaut", DDETS, "Chargé de mission insertion par l'activité économique et PLIE à partir de janvier "
                                "2027, successeur de Patricia Carlier"),
    ("Fabienne Leroy", "Cap emploi Nord", "Conseillère en insertion professionnelle"),
    ("Mehdi Hamadi", "Les Jardins de la Deûle (atelier et chantier d'insertion)", "Directeur de l'atelier chantier "
                                                                                  "d'insertion"),
    ("Stéphanie Duhamel", "Deûle Propreté (entreprise d'insertion)", "Responsable des ressources humaines et de "
                                                                     "l'accompagnement socioprofessionnel"),
    ("Romain Delattre", "GEIQ BTP Flandre-Deûle", "Chargé de relations entreprises (arrivé en novembre)"),
    ("Isabelle Carpentier", "Région Hauts-de-France", "Chargée de mission emploi-formation"),
    ("Antoine Vermeersch", "Association de gestion FSE+ des PLIE du Nord", "Gestionnaire FSE+ du PLIE, contrôle de "
                                                                           "service fait"),
)

PLIE59_MEETINGS = (
    ("2026-09-22 09:30", "2026-09-22 12:00", "Comité de pilotage du PLIE : bilan du premier semestre et objectifs "
                                             "2027, salle du conseil, hôtel d'agglomération de Brévillers", ()),
    ("2026-10-13 14:00", "2026-10-13 16:00", "Groupe de travail clauses sociales du tramway, maison du projet "
                                             "tramway, place de la Gare à Brévillers", ()),
    ("2026-11-05 09:30", "2026-11-05 11:30", "Comité technique des référents de parcours sur les files actives, "
                                             "locaux du PLIE, 12 rue des Tanneurs à Brévillers", ()),
    ("2026-11-19 14:00", "2026-11-19 16:00", "Comité de pilotage extraordinaire : organisation de l'intérim de la "
                                             "direction du PLIE, salle du conseil, hôtel d'agglomération de "
                                             "Brévillers", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Comité de pilotage du PLIE, salle Vauban, hôtel d'agglomération de "
                                             "Brévillers",
     ("Accueil des nouveaux membres du comité",
      "Bilan d'exécution FSE+ 2026",
      "Clauses sociales du tramway : heures d'insertion réalisées",
      "Recrutement du directeur ou de la directrice du PLIE",
      "Préparation du forum des employeurs")),
    ("2027-01-21 14:00", "2027-01-21 16:00", "Groupe de travail forum des employeurs, salle polyvalente de la "
                                             "Mission locale de Brévillers",
     ("Liste des employeurs invités et plan des stands",
      "Préparation des participants aux entretiens")),
    ("2027-03-18 09:30", "2027-03-18 12:00", "Comité de pilotage du PLIE, salle du conseil, hôtel d'agglomération de "
                                             "Brévillers",
     ("Rapport annuel 2026 du PLIE",
      "Programmation FSE+ 2027")),
)

PLIE59_DEADLINES = (
    ("2026-12-18", "Saisie des parcours 2026 des participants dans Ma démarche FSE+"),
    ("2027-01-08", "Clôture des candidatures au poste de directeur ou de directrice du PLIE"),
    ("2027-01-29", "Remise au maître d'ouvrage du bilan des heures d'insertion du chantier du tramway"),
    ("2027-02-26", "Dépôt du rapport d'exécution FSE+ 2026"),
    ("2027-03-31", "Envoi du rapport annuel 2026 du PLIE aux financeurs"),
)

PLIE59_DECISIONS = (
    ("2026-09-22", 1, "Le forum des employeurs du PLIE a lieu le jeudi 11 mars 2027 à la salle des sports "
                      "Léo-Lagrange de Brévillers."),
    ("2026-09-22", 1, "L'objectif du PLIE pour 2027 est de 420 participants accompagnés, dont 45 % d'allocataires du "
                      "RSA."),
    ("2026-09-22", 1, "La file active d'un référent de parcours est plafonnée à 70 participants."),
    ("2026-10-13", 2, "Les entreprises du chantier du tramway réservent 7 % des heures travaillées à des personnes en "
                      "insertion."),
    ("2026-10-13", 2, "Le GEIQ BTP recrute 12 alternants pour le chantier du tramway, en priorité parmi les "
                      "participants du PLIE."),
    ("2026-11-05", 3, "Les 64 participants suivis par Sophie Hennebert, partie en octobre, sont répartis entre Julien "
                      "Verhaeghe pour le secteur Nord et Léa Dufossez pour le secteur Sud."),
    ("2026-11-05", 3, "Une permanence commune du PLIE et de la Mission locale ouvre au centre social des Hauts-Prés le "
                      "mercredi matin à partir de janvier 2027."),
    ("2026-11-19", 4, "Caroline Vandamme assure l'intérim de la direction du PLIE jusqu'à l'arrivée du nouveau "
                      "directeur ou de la nouvelle directrice."),
    ("2026-11-19", 4, "Le poste de directeur ou de directrice du PLIE est publié le 1er décembre 2026 ; le jury de "
                      "recrutement est présidé par Bernard Delcourt."),
    ("2026-11-19", 4, "La demande de paiement FSE+ pour 2026 porte sur 612 000 euros."),
    ("2026-11-19", 4, "L'agglomération recrute le successeur de Marc Devos au poste de facilitateur des clauses "
                      "sociales pour une prise de poste en février 2027."),
)

PLIE59_TASKS = {
    SLUG: (
        ("Réserver la salle Léo-Lagrange pour le forum des employeurs", "Caroline Vandamme", "2026-10-30", 1, "done"),
        ("Transmettre les places disponibles sur le chantier d'insertion des Jardins de la Deûle", "Mehdi Hamadi",
         "2026-11-06", 3, "done"),
        ("Transmettre la liste des allocataires du RSA orientés vers le PLIE", "Aurélie Deconinck", "2026-11-13", 3),
        ("Reprendre le suivi des participants de Sophie Hennebert du secteur Nord", "Julien Verhaeghe", "2026-11-20",
         3),
        ("Envoyer la fiche de poste du directeur du PLIE aux ressources humaines de l'agglomération",
         "Caroline Vandamme", "2026-11-25", 4, "done"),
        ("Envoyer le bilan des heures d'insertion réalisées sur le chantier du tramway", "Marc Devos", "2026-11-27",
         2),
        ("Envoyer les offres d'alternance du GEIQ pour le chantier du tramway", "Romain Delattre", "2026-11-30", 2),
        ("Reprendre le suivi des participants de Sophie Hennebert du secteur Sud", "Léa Dufossez", "2026-12-04", 3),
        ("Faire le point sur les participants du PLIE reconnus travailleurs handicapés", "Fabienne Leroy",
         "2026-12-09", 3),
        ("Organiser un pot d'accueil des nouveaux membres du comité", "Caroline Vandamme", "2026-12-10", 4,
         "cancelled"),
        ("Proposer des postes de l'entreprise d'insertion aux participants du PLIE", "Stéphanie Duhamel",
         "2026-12-11", 1),
        ("Présenter l'offre de services de la Mission locale à la nouvelle référente", "Karim Benali", "2026-12-17",
         3),
        ("Préparer la passation du suivi des clauses sociales du tramway", "Marc Devos", "2026-12-18", 4),
        ("Transmettre le dossier du PLIE à son successeur à la DDETS", "Patricia Carlier", "2026-12-22", 4),
        ("Vérifier les pièces justificatives des parcours 2026 pour le contrôle de service fait", "Antoine Vermeersch",
         "2027-01-15", 4),
        ("Recenser les employeurs qui recrutent pour le forum", "Sandrine Lefebvre", "2027-01-15", 1),
        ("Présenter le programme régional de formation 2027 aux référents", "Isabelle Carpentier", "2027-01-21", 4),
        ("Rédiger la partie accompagnement des parcours du rapport annuel 2026", "Julien Verhaeghe", "2027-02-19", 4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the PLIE's parcours referent for the
# sector Nord.
PLIE59_ASKERS = {SLUG: ASKER}

PLIE59_GROUPS = {
    SLUG: (PLIE59_MEMBERS, PLIE59_MEETINGS, PLIE59_DEADLINES, PLIE59_DECISIONS, "Caroline Vandamme"),
}

# What the coordinator typed after the comité of September (n°1) and the extraordinary comité of November (n°4);
# nothing was recorded for the working group on the tramway (n°2) nor for the referents' technical comité (n°3).
# Nadia Boukhalfa, on maternity leave since October, is not in the November lists.
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Delcourt, Caroline Vandamme, Julien Verhaeghe, Nadia Boukhalfa, Karim Benali, "
    "Sandrine Lefebvre, Marc Devos, Mehdi Hamadi, Stéphanie Duhamel, Patricia Carlier, Antoine Vermeersch",
    "/excuses n°1 Fabienne Leroy, Aurélie Deconinck",
    "/absents n°1 Isabelle Carpentier",
    "/presents n°4 Bernard Delcourt, Caroline Vandamme, Julien Verhaeghe, Léa Dufossez, Karim Benali, "
    "Sandrine Lefebvre, Aurélie Deconinck, Patricia Carlier, Olivier Dhainaut, Marc Devos, Romain Delattre, "
    "Antoine Vermeersch",
    "/excuses n°4 Mehdi Hamadi, Stéphanie Duhamel, Isabelle Carpentier",
    "/absents n°4 Fabienne Leroy",
)

# What members said in the chat before the comité of 10 December (n°5).
RSVPS = (
    ("Bernard Delcourt", "/present"),
    ("Caroline Vandamme", "/present"),
    ("Léa Dufossez", "/present"),
    ("Karim Benali", "/present"),
    ("Aurélie Deconinck", "/present"),
    ("Olivier Dhainaut", "/present"),
    ("Romain Delattre", "/present"),
    ("Antoine Vermeersch", "/present"),
    ("Isabelle Carpentier", "/present"),
    ("Marc Devos", "/excuse"),
    ("Patricia Carlier", "/excuse"),
    ("Sandrine Lefebvre", "/excuse"),
)

PLIE59_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pl59", ATTENDANCE_COMMANDS, RSVPS),
}
