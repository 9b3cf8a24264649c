"""A group the understanding was never tuned on, for the ninth round's blind
set 18h (the work after a meeting, asked in plain French: who came, the
minutes, the tasks, the calendar): the Maine-et-Loire insertion working
group around Angers, Saumur and Cholet (the Département and one of its
maisons départementales des solidarités, Angers Loire Métropole, the
Saumur and Cholet agglomerations, the mission locale, France Travail, the
CCAS, the DDETS, the Région, the CCI, a régie de quartier, a chantier
d'insertion, Emmaüs).

Plenaries and technical committees alternate; the coordinator typed the
kind of meeting at the head of its place (« Plénière, … », « Comité
technique, … »). After each plenary the secretary typed who came with
/presents, /excuses and /absents (the technical committee of September
was never recorded) and members wrote their tasks with /tache on the day
after, some later closed with /tache_faite or /tache_annuler; before the
technical committee of 15 December members said /present or /excuse.

The test sender is linked to Franck Rousseau (Angers Loire Métropole, the
group's coordinator), so that « j'ai quoi à faire ? » has an answer.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["INSERTION49_AFTER_SETUP", "INSERTION49_ASKERS", "INSERTION49_GROUPS"]

SLUG = "insertion49"
ASKER = "Franck Rousseau"

MEMBERS = (
    ("Hélène Guérin", "Département de Maine-et-Loire", "Vice-présidente chargée de l'insertion, présidente du groupe"),
    ("Sonia Belkacem", "Angers Loire Métropole", "Chargée de mission clauses sociales"),
    ("Franck Rousseau", "Angers Loire Métropole", "Coordinateur du groupe insertion, secrétaire des séances"),
    ("Damien Chauvin", "Mission locale angevine", "Directeur adjoint"),
    ("Aurore Lebrun", "France Travail", "Conseillère entreprises, agence d'Angers Saint-Serge"),
    ("Mickaël Papin", "Communauté d'agglomération Saumur Val de Loire", "Responsable du service emploi"),
    ("Nathalie Gourdon", "Agglomération du Choletais", "Chargée de mission insertion"),
    ("Yasmine Cherif", "Centre communal d'action sociale d'Angers", "Responsable du pôle accompagnement des allocataires du RSA"),
    ("Gilles Bodin", "Régie de quartiers d'Angers", "Directeur"),
    ("Anne-Laure Ménard", "Les Jardins de la Roseraie", "Encadrante technique du chantier d'insertion"),
    ("Pierre-Yves Cottenceau", "Chambre de commerce et d'industrie de Maine-et-Loire", "Conseiller emploi et compétences"),
    ("Bruno Thibault", "DDETS de Maine-et-Loire", "Inspecteur, référent de l'insertion par l'activité économique"),
    ("Marion Jolivet", "Région Pays de la Loire", "Chargée de mission formation"),
    ("Julie Rabouin", "Département de Maine-et-Loire", "Référente RSA à la Maison départementale des solidarités d'Angers"),
    ("Thomas Girardeau", "Emmaüs Angers", "Responsable de l'accompagnement socioprofessionnel"),
)

MEETINGS = (
    ("2026-06-16 14:00", "2026-06-16 16:30", "Plénière, Hôtel de communauté d'Angers Loire Métropole, Angers", ()),
    ("2026-09-15 09:30", "2026-09-15 11:30", "Comité technique, Mission locale angevine, Angers", ()),
    ("2026-10-13 14:00", "2026-10-13 16:30", "Plénière, Maison de l'emploi, Saumur", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Plénière, Hôtel du Département, Angers", ()),
    ("2026-12-15 14:00", "2026-12-15 16:30", "Comité technique, Agglomération du Choletais, Cholet",
     ("Bilan du forum de l'IAE", "Clauses sociales du chantier du tramway", "Calendrier 2027")),
    ("2027-01-19 14:00", "2027-01-19 16:30", "Plénière, Hôtel du Département, Angers", ("Budget 2027 du groupe",)),
    ("2027-03-09 09:30", "2027-03-09 11:30", "Comité technique, visioconférence", ()),
)

DEADLINES = (
    ("2026-12-04", "Retour des fiches de poste pour le job dating de janvier"),
    ("2026-12-18", "Bilan des heures d'insertion des clauses sociales"),
    ("2027-01-22", "Job dating de l'insertion à Angers"),
    ("2027-02-12", "Dépôt des dossiers à l'appel à projets du Département"),
)

DECISIONS = (
    ("2026-06-16", 1, "Le groupe se réunit en plénière tous les deux mois et en comité technique entre deux plénières."),
    ("2026-06-16", 1, "Les comptes rendus sont envoyés par le secrétaire dans la semaine qui suit chaque plénière."),
    ("2026-10-13", 3, "Un forum de l'insertion par l'activité économique est organisé à Angers en novembre."),
    ("2026-10-13", 3, "Les clauses sociales du chantier du tramway sont suivies par Angers Loire Métropole."),
    ("2026-11-24", 4, "La Région finance vingt places de formation aux métiers du bâtiment pour les allocataires du RSA."),
    ("2026-11-24", 4, "Un job dating commun est organisé avec France Travail en janvier."),
)

# After each plenary, what was typed, with the day it was typed (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-06-17 09:00", (
        "/presents n°1 Hélène Guérin, Sonia Belkacem, Franck Rousseau, Damien Chauvin, Aurore Lebrun, "
        "Mickaël Papin, Nathalie Gourdon, Yasmine Cherif, Gilles Bodin, Bruno Thibault, Marion Jolivet, Julie Rabouin",
        "/excuses n°1 Anne-Laure Ménard, Pierre-Yves Cottenceau",
        "/absents n°1",
    )),
    ("2026-10-14 09:00", (
        "/presents n°3 Hélène Guérin, Franck Rousseau, Mickaël Papin, Damien Chauvin, Aurore Lebrun, Gilles Bodin, "
        "Anne-Laure Ménard, Julie Rabouin, Thomas Girardeau",
        "/excuses n°3 Sonia Belkacem, Nathalie Gourdon, Marion Jolivet, Yasmine Cherif",
        "/absents n°3",
        "/tache Transmettre la liste des SIAE du Saumurois pour le 31/10 @Mickaël Papin",
        "/tache Rédiger la fiche de présentation du forum de l'IAE pour le 20/11 @Julie Rabouin",
        "/tache Contacter la CCI pour le job dating pour le 6/11 @Pierre-Yves Cottenceau",
    )),
    ("2026-11-25 09:00", (
        "/presents n°4 Hélène Guérin, Sonia Belkacem, Franck Rousseau, Damien Chauvin, Aurore Lebrun, "
        "Nathalie Gourdon, Yasmine Cherif, Gilles Bodin, Anne-Laure Ménard, Pierre-Yves Cottenceau, Julie Rabouin",
        "/excuses n°4 Mickaël Papin, Marion Jolivet, Bruno Thibault",
        "/absents n°4",
        "/tache Envoyer le devis du traiteur pour le forum de l'IAE pour le 27/11 @Gilles Bodin",
        "/tache Préparer le mailing aux entreprises du bâtiment pour le 4/12 @Sonia Belkacem",
        "/tache Mettre à jour le tableau de suivi des clauses sociales pour le 30/11 @Sonia Belkacem",
        "/tache Diffuser le compte rendu de la plénière pour le 2/12 @Franck Rousseau",
        "/tache Recenser les offres d'emploi saisonnières pour le 11/12 @Aurore Lebrun",
        "/tache Organiser la visite du chantier d'insertion pour le 15/01 @Anne-Laure Ménard",
        "/tache Relancer la Région sur le financement des formations @Franck Rousseau",
        "/tache Réserver la salle à Cholet pour le comité technique pour le 8/12 @Nathalie Gourdon",
    )),
)

# Closed since: the SIAE list and the mailing done, the call to the CCI dropped.
CLOSED = ("/tache_faite 1", "/tache_faite 5", "/tache_annuler 3 le job dating se fait avec France Travail")

# What members said before the technical committee of 15 December (séance n°5).
RSVPS = (
    ("Franck Rousseau", "/present"),
    ("Sonia Belkacem", "/present"),
    ("Nathalie Gourdon", "/present"),
    ("Damien Chauvin", "/present"),
    ("Aurore Lebrun", "/present"),
    ("Gilles Bodin", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "m49", AFTER_MEETINGS, CLOSED, RSVPS)

INSERTION49_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
INSERTION49_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
INSERTION49_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
