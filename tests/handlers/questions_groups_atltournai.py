"""A group the understanding was never tuned on, for the sixteenth round's
blind set 24b (yes-or-no questions that check a fact, counts and amounts):
the commission communale de l'accueil (CCA) of Tournai, the Belgian body that
steers the out-of-school care of children (accueil temps libre, ATL, under the
decree of the Fédération Wallonie-Bruxelles) — the town with its échevine of
childhood, its échevin of education, its ATL coordinator, its secretary and
its financial director, the Office de la Naissance et de l'Enfance (ONE), the
CPAS, schools of the three networks (communal, free, Fédération
Wallonie-Bruxelles), the parents, the Ligue des familles, a youth centre, the
town's holiday playgrounds and sports service, the cultural centre and the
library. Its decisions carry figures: a budget, a grant, prices per child,
places, staff hired, a share paid by the CPAS.

The first meeting (September, town hall) was never recorded. After the
October and November meetings the secretary typed who came with /presents,
/excuses and /absents and the tasks with /tache the day after; some were
closed since. Before the meeting of Thursday 3 December members said
/present or /excuse.

The test sender is linked to Aurélie Dufrane (the town's ATL coordinator).
Organisation names are real public bodies or plausible ones; every person is
invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["ATLTOURNAI_AFTER_SETUP", "ATLTOURNAI_ASKERS", "ATLTOURNAI_GROUPS"]

SLUG = "atl-tournai"
ASKER = "Aurélie Dufrane"

MEMBERS = (
    ("Catherine Delhaye", "Ville de Tournai", "Échevine de l'enfance et de la petite enfance, présidente de la CCA"),
    ("Pascal Desmet", "Ville de Tournai", "Échevin de l'enseignement, vice-président de la CCA"),
    ("Aurélie Dufrane", "Ville de Tournai", "Coordinatrice ATL"),
    ("Marc Vanderhaegen", "Ville de Tournai", "Employé d'administration au service Enfance, secrétaire de la CCA"),
    ("Benoît Lesage", "Ville de Tournai", "Directeur financier"),
    ("Nathalie Moreels", "Office de la Naissance et de l'Enfance (ONE)", "Coordinatrice accueil de la subrégion"),
    ("Véronique Lemaire", "CPAS de Tournai", "Présidente du CPAS"),
    ("Philippe Dewaele", "École communale de Kain", "Directeur d'école"),
    ("Anne-Sophie Carlier", "École fondamentale libre Saint-Pierre", "Directrice, représentante de l'enseignement libre"),
    ("Didier Lefebvre", "Athénée royal Jules Bara", "Directeur du fondamental"),
    ("Samira El Amrani", "Association de parents de l'école communale de Kain", "Représentante des parents"),
    ("Julien Hennebert", "Ligue des familles, régionale de Tournai", "Animateur, responsable de l'école des devoirs"),
    ("Fatou Ndiaye", "Centre de Jeunes La Passerelle", "Animatrice-coordinatrice"),
    ("Laetitia Watteyne", "Ville de Tournai", "Responsable des plaines de vacances"),
    ("Grégory Delcourt", "Service des sports de la Ville de Tournai", "Moniteur sportif, responsable des stages"),
    ("Thomas Debaisieux", "Maison de la culture de Tournai", "Chargé des publics jeunes"),
    ("Claire Vanhove", "Bibliothèque communale de Tournai", "Bibliothécaire jeunesse"),
)

MEETINGS = (
    ("2026-09-17 18:00", "2026-09-17 20:00", "Hôtel de ville de Tournai, salle du conseil", ()),
    ("2026-10-15 18:00", "2026-10-15 20:00", "Maison de la culture de Tournai", ()),
    ("2026-11-12 18:00", "2026-11-12 20:00", "École communale de Kain", ()),
    ("2026-12-03 18:00", "2026-12-03 20:00", "Hôtel de ville de Tournai, salle du conseil",
     ("Budget ATL 2027", "Bilan des plaines d'automne", "Stages de Carnaval", "Engagement des animateurs")),
    ("2027-01-21 18:00", "2027-01-21 20:00", "Centre de Jeunes La Passerelle", ()),
    ("2027-03-18 18:00", "2027-03-18 20:00", "Hôtel de ville de Tournai, salle du conseil", ()),
)

DEADLINES = (
    ("2026-12-11", "Rapport d'activité ATL 2026 à transmettre à l'ONE"),
    ("2027-01-29", "Clôture des inscriptions aux stages de Carnaval"),
    ("2027-02-26", "Plan d'action annuel 2027-2028 à approuver"),
    ("2027-03-31", "Demande de subside ONE pour les plaines d'été"),
)

DECISIONS = (
    ("2026-09-17", 1, "La CCA se réunit six fois par an, le jeudi à 18h."),
    ("2026-09-17", 1, "Le programme CLE 2026-2031 est approuvé et transmis à l'ONE."),
    ("2026-09-17", 1, "L'école des devoirs du Centre de Jeunes La Passerelle est ouverte quatre jours par semaine, du lundi au jeudi."),
    ("2026-10-15", 2, "Le budget de l'accueil extrascolaire 2027 est fixé à 185 000 euros."),
    ("2026-10-15", 2, "Une subvention de 12 500 euros est accordée à la Ligue des familles pour l'école des devoirs."),
    ("2026-10-15", 2, "Le stage de Carnaval coûte 35 euros par enfant et par semaine, 20 euros à partir du deuxième enfant de la même famille."),
    ("2026-10-15", 2, "Septante places sont ouvertes aux plaines de vacances de Pâques."),
    ("2026-10-15", 2, "La Journée de l'accueil extrascolaire a lieu le samedi 20 mars 2027 sur la Grand-Place."),
    ("2026-11-12", 3, "Trois animateurs ATL sont engagés à mi-temps sous contrat APE à partir du 1er février 2027."),
    ("2026-11-12", 3, "Le CPAS prend en charge 80 % des frais de garderie des familles qui bénéficient du revenu d'intégration."),
    ("2026-11-12", 3, "La garderie du mercredi après-midi coûte 1,50 euro la demi-heure."),
    ("2026-11-12", 3, "Le tarif social de 0,50 euro par jour de garderie est maintenu en 2027."),
    ("2026-11-12", 3, "La formation continue des animateurs est de 50 heures sur trois ans, organisée avec l'ONE."),
    ("2026-11-12", 3, "Le bus des plaines dessert quatre villages : Kain, Templeuve, Gaurain-Ramecroix et Vaulx."),
)

# What the secretary typed the day after each recorded meeting.
AFTER_MEETINGS = (
    ("2026-10-16 09:00", (
        "/presents n°2 Catherine Delhaye, Pascal Desmet, Aurélie Dufrane, Marc Vanderhaegen, Nathalie Moreels, "
        "Véronique Lemaire, Philippe Dewaele, Anne-Sophie Carlier, Samira El Amrani, Julien Hennebert, "
        "Fatou Ndiaye, Laetitia Watteyne",
        "/excuses n°2 Didier Lefebvre, Thomas Debaisieux",
        "/absents n°2 Grégory Delcourt",
        "/tache Envoyer la convention de subvention à la Ligue des familles pour le 30/10 @Marc Vanderhaegen",
        "/tache Préparer la grille tarifaire des stages de Carnaval pour le 6/11 @Grégory Delcourt",
        "/tache Demander les chiffres de fréquentation des garderies aux écoles pour le 10/11 @Aurélie Dufrane",
    )),
    ("2026-11-13 09:00", (
        "/presents n°3 Catherine Delhaye, Aurélie Dufrane, Marc Vanderhaegen, Benoît Lesage, Nathalie Moreels, "
        "Véronique Lemaire, Philippe Dewaele, Didier Lefebvre, Julien Hennebert, Laetitia Watteyne, Claire Vanhove",
        "/excuses n°3 Pascal Desmet, Anne-Sophie Carlier, Samira El Amrani",
        "/absents n°3 Fatou Ndiaye",
        "/tache Envoyer le compte rendu de la réunion du 12 novembre pour le 4/12 @Marc Vanderhaegen",
        "/tache Rédiger le bilan des plaines d'automne pour le 20/11 @Laetitia Watteyne",
        "/tache Rédiger le bilan de l'école des devoirs pour le 27/11 @Fatou Ndiaye",
        "/tache Publier l'offre d'emploi des animateurs APE pour le 15/12 @Aurélie Dufrane",
        "/tache Vérifier le budget 2027 avec le collège pour le 30/11 @Benoît Lesage",
        "/tache Commander les gilets fluo pour le bus des plaines pour le 11/12 @Laetitia Watteyne",
        "/tache Imprimer les affiches de la Journée de l'accueil @Thomas Debaisieux",
        "/tache Transmettre la liste des familles au revenu d'intégration pour le 18/12 @Véronique Lemaire",
        "/tache Préparer la sélection de livres pour les garderies pour le 18/12 @Claire Vanhove",
    )),
)

# Closed since: the grant's agreement sent, the schools' figures gathered, the
# 2027 budget checked with the college; the posters dropped (printed by the
# cultural centre itself).
CLOSED = ("/tache_faite 1", "/tache_faite 3", "/tache_faite 8", "/tache_annuler 10 la Maison de la culture imprime elle-même")

# What members said before the meeting of Thursday 3 December (séance n°4).
RSVPS = (
    ("Aurélie Dufrane", "/present"),
    ("Catherine Delhaye", "/present"),
    ("Marc Vanderhaegen", "/present"),
    ("Nathalie Moreels", "/present"),
    ("Julien Hennebert", "/present"),
    ("Véronique Lemaire", "/present"),
    ("Fatou Ndiaye", "/excuse"),
    ("Didier Lefebvre", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "atl", AFTER_MEETINGS, CLOSED, RSVPS)

ATLTOURNAI_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
ATLTOURNAI_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
ATLTOURNAI_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
