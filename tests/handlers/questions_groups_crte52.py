"""A group written by helper r36c in the thirty-fifth round, for blind set 43c
(documents and deliverables named by their kind): the comité de pilotage of
the contrat pour la réussite de la transition écologique (CRTE) of the
communauté de communes du Pays d'Aubrive, an invented intercommunality of the
Haute-Marne (seat Aubrive-sur-Marne; member communes Vaucherey, Sorlaines,
Montéclair-le-Haut, all invented) — the vice-president for the ecological
transition who chairs it and the chargée de mission CRTE who coordinates it,
with the intercommunality's director and its conseillère en énergie partagé;
the sous-préfecture de Saint-Dizier, the DDT, the Département, the Région
Grand Est, the Banque des Territoires, the ADEME, the Agence de l'eau
Seine-Normandie, the SDED 52 (the energy syndicate), the CAUE, the Chambre
d'agriculture; four mayors or deputies of member communes; an association for
the environment (invented). Meetings: the steering committee of September
(the 2025 annual report), the technical committee of October at the DDT, the
visit of Vaucherey's wood-fired heating network, the steering committee of
November at Sorlaines (the DETR files), the next one on 10 December (the
annual report's slides, the amendment, the follow-up table), a technical
committee by video in January and the annual steering committee at the
sous-préfecture in March (the amendment's signature). The attendance of
September and November is in the store, and the announced presences for 10
December; the person asking is the mayor of Vaucherey, a member, not the
coordinator. Real public bodies are named; the intercommunality, its communes
and the association are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CRTE52_AFTER_SETUP", "CRTE52_ASKERS", "CRTE52_GROUPS", "CRTE52_TASKS"]

SLUG = "crte52"
ASKER = "Monique Royer"
CC = "Communauté de communes du Pays d'Aubrive"

CRTE52_MEMBERS = (
    ("Bernard Thiébaut", CC,
     "Vice-président chargé de la transition écologique, président du comité de pilotage du CRTE"),
    ("Laure Michaudet", CC, "Chargée de mission CRTE, coordinatrice du comité de pilotage"),
    ("Hervé Collignon", CC, "Directeur général des services"),
    ("Julie Masson", CC, "Conseillère en énergie partagé"),
    ("Sophie Gérardin", "Sous-préfecture de Saint-Dizier",
     "Secrétaire générale, référente de l'État pour le CRTE"),
    ("Olivier Renaudin", "DDT de la Haute-Marne", "Chargé de mission planification et transition énergétique"),
    ("Catherine Mougeot", "Département de la Haute-Marne", "Chargée de l'ingénierie territoriale"),
    ("Thomas Vuillaume", "Région Grand Est",
     "Chargé de mission territorial à la Maison de la Région de Chaumont"),
    ("Émilie Perrot", "Banque des Territoires", "Chargée de développement territorial"),
    ("Nicolas Baudouin", "ADEME Grand Est", "Ingénieur énergie et économie circulaire"),
    ("Claire Lhuillier", "Agence de l'eau Seine-Normandie",
     "Chargée d'opérations milieux aquatiques et assainissement"),
    ("Fabien Aubertin", "SDED 52", "Chargé de mission éclairage public et rénovation énergétique"),
    ("Anne-Sophie Clément", "CAUE de la Haute-Marne", "Architecte conseillère"),
    ("Véronique Simonnot", "Chambre d'agriculture de la Haute-Marne", "Conseillère énergie et climat"),
    ("Régis Fournier", "Vallées vivantes de Haute-Marne",
     "Président de l'association de protection de l'environnement"),
    ("Jean-Paul Marchal", "Commune d'Aubrive-sur-Marne", "Maire"),
    ("Monique Royer", "Commune de Vaucherey", "Maire"),
    ("Didier Paquin", "Commune de Sorlaines", "Adjoint au maire chargé des travaux"),
    ("Mathieu Grosjean", "Commune de Montéclair-le-Haut", "Maire"),
)

CRTE52_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Comité de pilotage du CRTE : bilan annuel 2025 et programmation 2027, "
                                             "salle du conseil communautaire, Aubrive-sur-Marne", ()),
    ("2026-10-15 09:30", "2026-10-15 12:00", "Comité technique du CRTE : instruction des fiches actions, DDT de la "
                                             "Haute-Marne, Chaumont", ()),
    ("2026-10-29 10:00", "2026-10-29 12:00", "Visite du réseau de chaleur bois de Vaucherey, chaufferie communale", ()),
    ("2026-11-12 14:00", "2026-11-12 16:30", "Comité de pilotage du CRTE : dossiers DETR 2027, salle des fêtes de "
                                             "Sorlaines", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Comité de pilotage du CRTE, salle du conseil communautaire, "
                                             "Aubrive-sur-Marne",
     ("Présentation du diaporama du bilan annuel 2026 du CRTE",
      "Projet d'avenant n°2 à la convention CRTE",
      "Tableau de suivi des fiches actions",
      "Calendrier des dossiers DETR et DSIL 2027")),
    ("2027-01-21 10:00", "2027-01-21 12:00", "Comité technique du CRTE, en visioconférence",
     ("Relecture du projet d'avenant n°2",
      "Fiches actions mobilité et voie verte")),
    ("2027-03-04 14:00", "2027-03-04 16:30", "Comité de pilotage annuel du CRTE, sous-préfecture de Saint-Dizier",
     ("Signature de l'avenant n°2 à la convention CRTE",
      "Adoption du bilan annuel 2026")),
)

CRTE52_DEADLINES = (
    ("2026-12-18", "Réponse à l'appel à projets Fonds vert renaturation des centres-bourgs"),
    ("2027-01-15", "Dépôt des dossiers DETR 2027 à la sous-préfecture de Saint-Dizier"),
    ("2027-01-29", "Dépôt des dossiers DSIL 2027 à la préfecture de région"),
    ("2027-02-12", "Retour des fiches actions mises à jour pour l'avenant n°2"),
    ("2027-02-26", "Délibérations des conseils municipaux sur le plan de rénovation de l'éclairage public"),
    ("2027-03-31", "Transmission du bilan annuel 2026 du CRTE à la sous-préfecture"),
)

CRTE52_DECISIONS = (
    ("2026-09-24", 1, "La convention du CRTE est signée le 24 septembre 2026 par le président de la communauté de "
                      "communes et la sous-préfète de Saint-Dizier."),
    ("2026-09-24", 1, "Le bilan annuel 2025 du CRTE est adopté à l'unanimité."),
    ("2026-09-24", 1, "Le tableau de suivi des fiches actions est mis à jour chaque trimestre et partagé avec les "
                      "partenaires."),
    ("2026-09-24", 1, "Le comité de pilotage se réunit au moins trois fois par an, en alternance au siège de la "
                      "communauté de communes et dans une commune membre."),
    ("2026-10-15", 2, "La fiche action 3 (rénovation énergétique de l'école de Vaucherey) est prioritaire pour la "
                      "DETR 2027."),
    ("2026-10-15", 2, "La fiche action 7 (voie verte entre Aubrive-sur-Marne et Sorlaines) est reportée à 2028, faute "
                      "de cofinancement."),
    ("2026-10-15", 2, "Chaque fiche action passe en comité technique avant d'être présentée en comité de pilotage."),
    ("2026-10-29", 3, "Le réseau de chaleur bois de Vaucherey est étendu à la mairie et à la salle des fêtes en "
                      "2027."),
    ("2026-11-12", 4, "Cinq dossiers DETR 2027 sont présentés, pour 1,2 million d'euros de travaux."),
    ("2026-11-12", 4, "Un avenant n°2 à la convention CRTE intègre le plan de rénovation de l'éclairage public ; il "
                      "sera signé au comité de pilotage de mars 2027."),
    ("2026-11-12", 4, "L'ADEME finance l'étude de faisabilité de la chaufferie bois de Montéclair-le-Haut à 70 %."),
    ("2026-11-12", 4, "Le compte rendu de chaque comité de pilotage est envoyé aux membres dans les quinze jours."),
    ("2026-11-12", 4, "Le diaporama du bilan annuel 2026 est envoyé aux membres trois jours avant le comité de "
                      "pilotage de décembre."),
)

CRTE52_TASKS = {
    SLUG: (
        ("Rédiger le compte rendu du comité de pilotage du 12 novembre", "Laure Michaudet", "2026-11-26",
         4),
        ("Préparer le diaporama du bilan annuel 2026 du CRTE", "Laure Michaudet", "2026-12-07", 4),
        ("Transmettre la délibération de Vaucherey sur l'extension du réseau de chaleur", "Monique Royer",
         "2026-11-20", 3),
        ("Compléter le dossier DETR de la rénovation de l'école de Vaucherey", "Monique Royer", "2027-01-08",
         4),
        ("Envoyer le courrier à la préfecture sur le cofinancement de la voie verte", "Bernard Thiébaut",
         "2026-11-27", 4, "done"),
        ("Rédiger le projet d'avenant n°2 à la convention CRTE", "Olivier Renaudin", "2027-01-14", 4),
        ("Transmettre l'étude d'éclairage public des communes", "Fabien Aubertin", "2026-11-25", 4),
        ("Organiser une visite des bâtiments rénovés pour les élus", "Anne-Sophie Clément", "2026-11-19", 1,
         "cancelled"),
        ("Mettre à jour le tableau de suivi des fiches actions", "Julie Masson", "2026-12-04", 4),
        ("Proposer une offre de prêt pour la rénovation de l'école de Vaucherey", "Émilie Perrot", "2026-12-15",
         4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the mayor of Vaucherey.
CRTE52_ASKERS = {SLUG: ASKER}

CRTE52_GROUPS = {
    SLUG: (CRTE52_MEMBERS, CRTE52_MEETINGS, CRTE52_DEADLINES, CRTE52_DECISIONS, "Laure Michaudet"),
}

# What the coordinator typed after the steering committees of September (n°1) and November (n°4); nothing was
# recorded for the technical committee (n°2) nor the visit (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Bernard Thiébaut, Laure Michaudet, Hervé Collignon, Julie Masson, Sophie Gérardin, "
    "Olivier Renaudin, Catherine Mougeot, Émilie Perrot, Nicolas Baudouin, Fabien Aubertin, Jean-Paul Marchal, "
    "Monique Royer, Didier Paquin",
    "/excuses n°1 Thomas Vuillaume, Claire Lhuillier, Mathieu Grosjean",
    "/absents n°1 Régis Fournier, Véronique Simonnot",
    "/presents n°4 Bernard Thiébaut, Laure Michaudet, Julie Masson, Olivier Renaudin, Thomas Vuillaume, "
    "Nicolas Baudouin, Claire Lhuillier, Anne-Sophie Clément, Régis Fournier, Didier Paquin, Mathieu Grosjean",
    "/excuses n°4 Monique Royer, Sophie Gérardin, Émilie Perrot",
    "/absents n°4 Fabien Aubertin",
)

# What members said in the chat before the steering committee of 10 December (n°5); the asker has said nothing yet.
RSVPS = (
    ("Bernard Thiébaut", "/present"),
    ("Laure Michaudet", "/present"),
    ("Hervé Collignon", "/present"),
    ("Sophie Gérardin", "/present"),
    ("Olivier Renaudin", "/present"),
    ("Nicolas Baudouin", "/present"),
    ("Claire Lhuillier", "/present"),
    ("Jean-Paul Marchal", "/present"),
    ("Didier Paquin", "/present"),
    ("Émilie Perrot", "/excuse"),
    ("Régis Fournier", "/excuse"),
)

CRTE52_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "c52", ATTENDANCE_COMMANDS, RSVPS),
}
