"""A group written by helper r31b in the thirtieth round, for blind set 38b
(a stranger's general set with the chat's own furniture: emojis, repeated
punctuation, capitals, quotes, asides, hashtags, pasted links,
interjections, « @tous »): the comité de pilotage of the cité éducative of
an invented town of the Nord, Fresnoy-sur-Sambre (quartiers du Val and des
Tilleuls) — the town's deputy for education who co-chairs it, the cité
éducative's project leader (the coordinator), the director of the town's
service éducation and the coordinator of its programme de réussite
éducative; the Éducation nationale (the IEN of the circonscription, the
REP+ coordinator), the principal of the collège Pierre-Brossolette, chef de
file; the délégué du préfet; the CAF du Nord; two centres sociaux (du Val,
des Tilleuls); a club de prévention; a sports association; the town's
médiathèque (its head of the youth section: the asker); a parents'
association; the Région's lycée Jean-Monnet. Comité de pilotage, comité
technique, groupes de travail, the fête de la cité éducative; café des
parents, ateliers numériques, devoirs faits, mallette des parents, élèves
exclus, présence éducative, navette. Tasks (four late — one of the asker's —,
two done, one cancelled), the attendance of the groupe de travail of October
and of the comité technique of November in the store (nothing recorded for
September), announced presences for the comité de pilotage of 8 December;
the person asking is a member, not the coordinator. The town, its quartiers,
its schools, associations and places are invented; the public bodies are
real ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CITEDUC59_AFTER_SETUP", "CITEDUC59_ASKERS", "CITEDUC59_GROUPS", "CITEDUC59_TASKS"]

SLUG = "citeduc59"
ASKER = "Élodie Crépin"
VILLE = "Ville de Fresnoy-sur-Sambre"
EN = "Éducation nationale, circonscription de Fresnoy-sur-Sambre"

CITEDUC59_MEMBERS = (
    ("Véronique Dubrulle", VILLE, "Adjointe au maire chargée de l'éducation, coprésidente du comité de pilotage"),
    ("Karim Benhaddou", VILLE, "Chef de projet opérationnel de la cité éducative"),
    ("Audrey Vandamme", VILLE, "Directrice du service éducation"),
    ("Samuel Lecomte", VILLE, "Coordinateur du programme de réussite éducative"),
    ("Olivier Delcourt", EN, "Inspecteur de l'Éducation nationale (IEN)"),
    ("Isabelle Fontaine", EN, "Coordonnatrice du réseau d'éducation prioritaire REP+"),
    ("Sandrine Caron", "Collège Pierre-Brossolette", "Principale du collège chef de file"),
    ("Mehdi Ouali", "Préfecture du Nord", "Délégué du préfet pour les quartiers du Val et des Tilleuls"),
    ("Christelle Dhondt", "CAF du Nord", "Conseillère territoriale"),
    ("Fatima Zerrouki", "Centre social du Val", "Directrice du centre social"),
    ("Julien Masquelier", "Centre social des Tilleuls", "Référent familles"),
    ("Bruno Decock", "Avenir Jeunes Sambre (club de prévention)", "Chef de service éducatif"),
    ("Thierry Wattez", "Union sportive du Val", "Président du club"),
    ("Élodie Crépin", "Médiathèque Aimé-Césaire", "Responsable du secteur jeunesse"),
    ("Ludivine Carlier", "Association des parents d'élèves du Val", "Présidente de l'association"),
    ("Grégory Lemaire", "Lycée Jean-Monnet (Région Hauts-de-France)", "Proviseur adjoint"),
)

CITEDUC59_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30",
     "Comité de pilotage de la cité éducative, salle du conseil, hôtel de ville", ()),
    ("2026-10-13 09:30", "2026-10-13 12:00", "Groupe de travail parentalité, centre social du Val", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Comité technique de la cité éducative, collège Pierre-Brossolette",
     ()),
    ("2026-12-08 14:30", "2026-12-08 17:00",
     "Comité de pilotage de la cité éducative, salle du conseil, hôtel de ville",
     ("Revue annuelle de la cité éducative", "Programmation des crédits 2027",
      "Bilan du dispositif devoirs faits", "Accueil des élèves exclus temporairement")),
    ("2027-01-20 14:00", "2027-01-20 16:30",
     "Groupe de travail continuité éducative, médiathèque Aimé-Césaire",
     ("Offre du mercredi après-midi", "Ateliers numériques pour les parents")),
    ("2027-03-16 09:30", "2027-03-16 12:00", "Comité technique de la cité éducative, lycée Jean-Monnet",
     ("Orientation des élèves de troisième", "Préparation de la fête de la cité éducative")),
    ("2027-05-29 10:00", "2027-05-29 17:00", "Fête de la cité éducative, salle des sports Léo-Lagrange",
     ("Tournoi de futsal mixte",)),
)

CITEDUC59_DEADLINES = (
    ("2026-12-16", "Remontée des bilans des actions 2026 au chef de projet"),
    ("2027-01-08", "Dépôt des dossiers de l'appel à projets 2027 de la cité éducative"),
    ("2027-01-29", "Inscriptions à l'École ouverte des vacances d'hiver"),
    ("2027-03-12", "Envoi du bilan annuel à l'Agence nationale de la cohésion des territoires"),
    ("2027-06-30", "Signature de la convention de prolongation de la cité éducative"),
)

CITEDUC59_DECISIONS = (
    ("2026-09-24", 1, "Le comité de pilotage se réunit chaque trimestre, coprésidé par l'adjointe à l'éducation, "
                      "le délégué du préfet et l'IEN ; le comité technique se réunit entre deux séances."),
    ("2026-09-24", 1, "La cité éducative couvre les quartiers du Val et des Tilleuls et s'adresse aux jeunes de 0 "
                      "à 25 ans."),
    ("2026-09-24", 1, "Le fonds de la cité éducative, 60 000 euros pour 2026, est géré par le collège "
                      "Pierre-Brossolette, collège chef de file."),
    ("2026-10-13", 2, "Un café des parents a lieu une fois par mois au centre social du Val, le vendredi "
                      "matin après l'école."),
    ("2026-10-13", 2, "Les ateliers numériques pour les parents se tiennent à la médiathèque le mercredi "
                      "après-midi."),
    ("2026-10-13", 2, "La mallette des parents est remise à toutes les familles des élèves de sixième à la "
                      "rentrée 2027."),
    ("2026-11-19", 3, "Le dispositif devoirs faits est ouvert dans les deux centres sociaux trois soirs par "
                      "semaine."),
    ("2026-11-19", 3, "Le club de prévention assure une présence éducative aux abords du collège à la sortie "
                      "des cours."),
    ("2026-11-19", 3, "Les élèves exclus temporairement du collège sont accueillis au centre social des "
                      "Tilleuls pendant leur exclusion."),
    ("2026-11-19", 3, "La fête de la cité éducative aura lieu le samedi 29 mai 2027 à la salle des sports "
                      "Léo-Lagrange."),
    ("2026-11-19", 3, "Le projet de navette entre le Val et le lycée Jean-Monnet est abandonné faute de "
                      "financement."),
)

CITEDUC59_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage de septembre", "Audrey Vandamme", "2026-10-02", 1,
         "done"),
        ("Organiser une réunion d'information des familles sur la cité éducative", "Véronique Dubrulle",
         "2026-11-24", 1),
        ("Recenser les familles intéressées par le café des parents", "Fatima Zerrouki", "2026-11-06", 2),
        ("Envoyer le questionnaire aux parents sur les horaires", "Ludivine Carlier", "2026-11-10", 2, "done"),
        ("Chiffrer l'achat de tablettes pour les ateliers numériques", "Élodie Crépin", "2026-11-20", 2),
        ("Chiffrer une navette entre le Val et le lycée Jean-Monnet", "Grégory Lemaire", "2026-11-13", 1,
         "cancelled"),
        ("Trouver des bénévoles pour le dispositif devoirs faits", "Julien Masquelier", "2026-11-27", 3),
        ("Préparer la revue annuelle de la cité éducative", "Karim Benhaddou", "2026-12-04", 3),
        ("Transmettre les chiffres de l'absentéisme au collège", "Sandrine Caron", "2026-12-07", 3),
        ("Rédiger l'appel à projets 2027", "Karim Benhaddou", "2026-12-18", 3),
        ("Informer les familles allocataires du café des parents", "Christelle Dhondt", "2027-01-08", 2),
        ("Mettre en place les tournées de présence éducative aux abords du collège", "Bruno Decock",
         "2027-01-11", 3),
        ("Programmer les ateliers numériques parents du premier trimestre", "Élodie Crépin", "2027-01-15", 2),
        ("Présenter les crédits de la politique de la ville 2027", "Mehdi Ouali", "2027-01-20", 3),
        ("Rédiger le protocole d'accueil des élèves exclus temporairement", "Sandrine Caron", "2027-02-05", 3),
        ("Commander les mallettes des parents", "Isabelle Fontaine", "2027-02-26", 2),
        ("Organiser les portes ouvertes du lycée pour les élèves de troisième", "Grégory Lemaire", "2027-03-12", 3),
        ("Réserver la salle des sports Léo-Lagrange pour la fête de la cité éducative", "Thierry Wattez",
         "2027-03-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the médiathèque's head of the youth section.
CITEDUC59_ASKERS = {SLUG: ASKER}

CITEDUC59_GROUPS = {
    SLUG: (CITEDUC59_MEMBERS, CITEDUC59_MEETINGS, CITEDUC59_DEADLINES, CITEDUC59_DECISIONS, "Karim Benhaddou"),
}

# What the assistant typed after the groupe de travail parentalité of October (n°2) and the comité technique of
# November (n°3); nothing was recorded for the comité de pilotage of September (n°1). The asker was present in
# October and excused in November.
ATTENDANCE_COMMANDS = (
    "/presents n°2 Karim Benhaddou, Samuel Lecomte, Christelle Dhondt, Fatima Zerrouki, Julien Masquelier, "
    "Élodie Crépin, Ludivine Carlier, Isabelle Fontaine",
    "/excuses n°2 Véronique Dubrulle, Bruno Decock",
    "/presents n°3 Karim Benhaddou, Audrey Vandamme, Samuel Lecomte, Olivier Delcourt, Isabelle Fontaine, "
    "Sandrine Caron, Mehdi Ouali, Fatima Zerrouki, Julien Masquelier, Bruno Decock, Grégory Lemaire, "
    "Thierry Wattez",
    "/excuses n°3 Élodie Crépin, Christelle Dhondt",
    "/absents n°3 Ludivine Carlier",
)

# What members said in the chat before the comité de pilotage of 8 December (n°4).
RSVPS = (
    ("Véronique Dubrulle", "/present"),
    ("Karim Benhaddou", "/present"),
    ("Olivier Delcourt", "/present"),
    ("Mehdi Ouali", "/present"),
    ("Sandrine Caron", "/present"),
    ("Fatima Zerrouki", "/present"),
    ("Grégory Lemaire", "/excuse"),
    ("Thierry Wattez", "/excuse"),
)

CITEDUC59_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "ce", ATTENDANCE_COMMANDS, RSVPS),
}
