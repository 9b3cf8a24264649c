"""A group written by helper r32c in the thirty-first round, for blind set 39c
(negations, quantifiers and counts): the comité de pilotage of the contrat
local d'éducation artistique (CLEA) of the Communauté de communes Doux-
Eyrieux, an invented intercommunality of the Ardèche around the invented
small town of Montrevol — the communauté de communes' vice-president for
culture who chairs it, the CLEA's coordinator (the coordinator), the DRAC
Auvergne-Rhône-Alpes' adviser for cultural action, the Éducation nationale
(a conseillère pédagogique in visual arts and the IEN of the circonscription),
the Département's culture service, the intercommunal médiathèque (its head is
the asker), a cinema, a theatre company, the two artists in residence (a
photographer and a choreographer), two collèges (a principal, an art teacher),
a centre social, the CAF and the town of Montrevol's deputy for culture.
Résidences-missions, parcours cinéma, ateliers parents-enfants, festival de
restitution, droit à l'image, fonds de livres d'artistes. Tasks (four late,
three done, one cancelled; two of the asker's), the attendance of the meeting
with the teachers of October and of the comité de pilotage of November in the
store (nothing recorded for the comité of September), announced presences for
the comité technique of 3 December; the person asking is a member, not the
coordinator. Organisation names are public bodies or plausible ones (the
intercommunality, its town, its médiathèque, cinema, theatre company, collèges
and centre social are invented); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CLEA07_AFTER_SETUP", "CLEA07_ASKERS", "CLEA07_GROUPS", "CLEA07_TASKS"]

SLUG = "clea07"
ASKER = "Agnès Delubac"
CC = "Communauté de communes Doux-Eyrieux"
EN = "Éducation nationale, DSDEN de l'Ardèche"
RESIDENCE = "Résidence-mission du CLEA Doux-Eyrieux"

CLEA07_MEMBERS = (
    ("Hélène Chabanis", CC, "Vice-présidente chargée de la culture, présidente du comité de pilotage du CLEA"),
    ("Thomas Rieutord", CC, "Coordinateur du CLEA"),
    ("Maud Vernet", "DRAC Auvergne-Rhône-Alpes", "Conseillère pour l'action culturelle et territoriale"),
    ("Sylvie Béal", EN, "Conseillère pédagogique départementale en arts visuels"),
    ("Jean-Marc Fargier", EN, "Inspecteur de l'Éducation nationale de la circonscription de Montrevol"),
    ("Claire Ollier", "Département de l'Ardèche", "Chargée de mission au service culture"),
    ("Agnès Delubac", "Médiathèque intercommunale de Montrevol", "Responsable de la médiathèque"),
    ("Romain Chazot", "Cinéma Le Sélect", "Programmateur et responsable jeune public"),
    ("Lucie Marcon", "Compagnie La Braise", "Metteuse en scène, directrice artistique de la compagnie"),
    ("Nadir Belkacem", RESIDENCE, "Photographe en résidence"),
    ("Elsa Moulin", RESIDENCE, "Chorégraphe en résidence"),
    ("Patrick Sauzet", "Collège des Boutières", "Principal du collège"),
    ("Florence Teyssier", "Collège Jean-Ferrat", "Professeure d'arts plastiques, référente culture du collège"),
    ("Karima Haddou", "Centre social Le Chalet", "Directrice du centre social"),
    ("Benoît Roche", "CAF de l'Ardèche", "Conseiller technique territorial"),
    ("Mathieu Brun", "Mairie de Montrevol", "Adjoint au maire chargé de la culture"),
)

CLEA07_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30",
     "Comité de pilotage du CLEA, salle du conseil communautaire, Montrevol", ()),
    ("2026-10-15 17:30", "2026-10-15 19:30", "Rencontre avec les équipes enseignantes, collège des Boutières", ()),
    ("2026-11-17 14:00", "2026-11-17 17:00", "Comité de pilotage du CLEA, médiathèque intercommunale de Montrevol",
     ()),
    ("2026-12-03 14:00", "2026-12-03 16:00", "Comité technique de programmation, cinéma Le Sélect",
     ("Calendrier des résidences de janvier à avril", "Parcours cinéma des quatrièmes",
      "Point sur les inscriptions des classes", "Budget du festival de restitution")),
    ("2027-01-14 17:30", "2027-01-14 19:30",
     "Rencontre des enseignants avec les artistes en résidence, médiathèque intercommunale de Montrevol",
     ("Présentation des artistes en résidence", "Choix des classes partenaires")),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Comité de pilotage du CLEA, salle du conseil communautaire, Montrevol",
     ("Bilan à mi-parcours des résidences", "Programme du festival de restitution")),
    ("2027-06-15 14:00", "2027-06-15 16:30", "Comité de pilotage de bilan, salle du conseil communautaire, Montrevol",
     ("Bilan de l'année 2026-2027", "Renouvellement de la convention CLEA")),
)

CLEA07_DEADLINES = (
    ("2026-12-11", "Retour des fiches d'inscription des classes au parcours CLEA"),
    ("2026-12-18", "Dépôt de la demande de subvention à la DRAC"),
    ("2027-01-29", "Envoi des autorisations de droit à l'image des élèves"),
    ("2027-02-26", "Remise des projets de restitution des classes"),
    ("2027-04-02", "Réservation des cars pour le festival de restitution"),
)

CLEA07_DECISIONS = (
    ("2026-09-22", 1, "Deux artistes sont accueillis en résidence-mission de janvier à avril 2027 : un "
                      "photographe et une chorégraphe."),
    ("2026-09-22", 1, "Chaque classe inscrite au CLEA bénéficie de douze heures d'intervention artistique."),
    ("2026-09-22", 1, "Le comité de pilotage se réunit trois fois par an."),
    ("2026-09-22", 1, "Le festival de restitution a lieu le samedi 5 juin 2027 au théâtre de verdure de Montrevol."),
    ("2026-10-15", 2, "Les enseignants choisissent leur artiste partenaire lors de la rencontre de janvier."),
    ("2026-10-15", 2, "Les élèves de quatrième suivent un parcours cinéma de trois séances au cinéma Le Sélect."),
    ("2026-10-15", 2, "Les transports des classes vers les lieux culturels sont pris en charge par la communauté "
                      "de communes."),
    ("2026-11-17", 3, "Les ateliers parents-enfants du centre social sont gratuits pour les familles."),
    ("2026-11-17", 3, "La médiathèque ouvre un fonds de livres d'artistes prêté aux écoles."),
    ("2026-11-17", 3, "Le tarif des séances scolaires au cinéma Le Sélect est fixé à 3 euros par élève."),
    ("2026-11-17", 3, "Le projet de fresque sur le mur du gymnase est reporté à l'année scolaire prochaine."),
    ("2026-11-17", 3, "La CAF finance les ateliers parents-enfants à hauteur de 4 000 euros."),
)

CLEA07_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage de septembre", "Thomas Rieutord", "2026-10-02", 1, "done"),
        ("Recenser les classes volontaires dans les écoles de la circonscription", "Jean-Marc Fargier",
         "2026-10-30", 1),
        ("Organiser une visite du théâtre pour les enseignants", "Lucie Marcon", "2026-11-06", 2, "cancelled"),
        ("Trouver un logement pour les artistes en résidence", "Thomas Rieutord", "2026-11-13", 1),
        ("Rédiger la fiche de présentation des artistes pour les écoles", "Sylvie Béal", "2026-11-20", 2, "done"),
        ("Inscrire les classes de quatrième au parcours cinéma", "Florence Teyssier", "2026-11-25", 2, "done"),
        ("Préparer la sélection de films du parcours cinéma", "Romain Chazot", "2026-11-27", 2),
        ("Réserver la salle polyvalente pour la rencontre de janvier", "Mathieu Brun", "2026-11-30", 2),
        ("Envoyer le compte rendu du comité de pilotage de novembre", "Agnès Delubac", "2026-12-04", 3),
        ("Vérifier le financement des ateliers parents-enfants par la CAF", "Benoît Roche", "2026-12-15", 3),
        ("Monter le dossier de subvention pour la DRAC", "Thomas Rieutord", "2026-12-16", 3),
        ("Informer les familles de la gratuité des ateliers", "Karima Haddou", "2027-01-08", 3),
        ("Préparer le planning des ateliers de danse", "Elsa Moulin", "2027-01-15", 3),
        ("Repérer les lieux de prise de vue pour l'atelier photo", "Nadir Belkacem", "2027-01-20", 3),
        ("Constituer le fonds de livres d'artistes", "Agnès Delubac", "2027-01-22", 3),
        ("Recueillir les autorisations de droit à l'image au collège des Boutières", "Patrick Sauzet",
         "2027-01-29", 2),
        ("Présenter le CLEA à la commission culture du Département", "Claire Ollier", "2027-02-10", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the head of the intercommunal médiathèque,
# who hosts some sittings and builds the fund of artists' books.
CLEA07_ASKERS = {SLUG: ASKER}

CLEA07_GROUPS = {
    SLUG: (CLEA07_MEMBERS, CLEA07_MEETINGS, CLEA07_DEADLINES, CLEA07_DECISIONS, "Thomas Rieutord"),
}

# What the coordinator typed after the meeting with the teachers of October (n°2) and the comité de pilotage of
# November (n°3); nothing was recorded for the comité of September (n°1). The artists, not yet in residence, and
# the Département and the CAF, not invited, are not listed for n°2.
ATTENDANCE_COMMANDS = (
    "/presents n°2 Thomas Rieutord, Sylvie Béal, Jean-Marc Fargier, Agnès Delubac, Romain Chazot, Lucie Marcon, "
    "Patrick Sauzet, Florence Teyssier, Karima Haddou",
    "/excuses n°2 Hélène Chabanis, Maud Vernet",
    "/absents n°2 Mathieu Brun",
    "/presents n°3 Hélène Chabanis, Thomas Rieutord, Maud Vernet, Sylvie Béal, Claire Ollier, Agnès Delubac, "
    "Romain Chazot, Karima Haddou, Benoît Roche, Mathieu Brun, Nadir Belkacem",
    "/excuses n°3 Jean-Marc Fargier, Lucie Marcon, Patrick Sauzet",
    "/absents n°3 Florence Teyssier, Elsa Moulin",
)

# What members said in the chat before the comité technique of 3 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Thomas Rieutord", "/present"),
    ("Hélène Chabanis", "/present"),
    ("Romain Chazot", "/present"),
    ("Sylvie Béal", "/present"),
    ("Florence Teyssier", "/present"),
    ("Karima Haddou", "/present"),
    ("Maud Vernet", "/excuse"),
    ("Jean-Marc Fargier", "/excuse"),
)

CLEA07_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ce07", ATTENDANCE_COMMANDS, RSVPS),
}
