"""A group the understanding was never tuned on, for the eleventh round's
blind set 20h (the work after a meeting, asked in Belgian French: tasks,
who came, the PV, the calendar, what was decided): the local employment
platform of Forest (Brussels), run by the commune with its CPAS, Actiris,
the Mission locale, Bruxelles Formation, the ONE, two mutualités and ASBL
partners (literacy, a neighbourhood employment shop).

After each recorded meeting the platform's secretary typed who came with
/presents, /excuses and /absents (the first meeting, in September at the
maison communale, was never recorded) and the tasks with /tache the day
after; some were later closed with /tache_faite or /tache_annuler. Before
the meeting of 15 December at the CPAS, members said /present or /excuse.

The test sender is linked to Mehdi El Amrani (the platform's coordinator
at the commune), so that « j'ai quoi à faire ? » has an answer.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["EMPLOI1190_AFTER_SETUP", "EMPLOI1190_ASKERS", "EMPLOI1190_GROUPS"]

SLUG = "emploi1190"
ASKER = "Mehdi El Amrani"

MEMBERS = (
    ("Isabelle Vandenbroucke", "Commune de Forest", "Échevine de l'emploi et de l'économie locale, présidente de la plateforme"),
    ("Mehdi El Amrani", "Commune de Forest", "Coordinateur de la plateforme locale pour l'emploi"),
    ("Marie-Louise Jacobs", "Commune de Forest", "Agente administrative, secrétariat de la plateforme"),
    ("Jean-Marc Peeters", "CPAS de Forest", "Président du CPAS"),
    ("Catherine Dewael", "CPAS de Forest", "Responsable du service d'insertion socioprofessionnelle"),
    ("Nathalie Lambrecht", "Actiris", "Conseillère emploi, antenne de Forest"),
    ("Youssef Bakkali", "Mission locale de Forest", "Directeur"),
    ("Sophie Claes", "Bruxelles Formation", "Chargée de relations partenaires"),
    ("Géraldine Wouters", "ONE", "Coordinatrice accueil de la petite enfance"),
    ("Patrick Dubois", "Solidaris Bruxelles", "Assistant social"),
    ("Ann Goossens", "Mutualité chrétienne Saint-Michel", "Assistante sociale"),
    ("Aïcha Ouali", "Lire et Écrire Bruxelles", "Formatrice en alphabétisation"),
    ("Thomas Verhaegen", "ASBL Boutique de l'emploi du Midi", "Responsable de projet"),
    ("Samira Benali", "ASBL Forest Quartiers", "Animatrice de quartier"),
)

MEETINGS = (
    ("2026-09-10 09:30", "2026-09-10 12:00", "Maison communale de Forest, salle du Collège", ()),
    ("2026-10-08 14:00", "2026-10-08 16:30", "CPAS de Forest, salle du Conseil", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Mission locale de Forest", ()),
    ("2026-12-15 09:30", "2026-12-15 12:00", "CPAS de Forest, salle du Conseil",
     ("Bilan du job day", "Contrats article 60 pour les jeunes", "Rapport annuel de la plateforme")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Maison communale de Forest, salle du Collège",
     ("Module alpha orienté emploi",)),
    ("2027-03-09 14:00", "2027-03-09 16:30", "Bruxelles Formation, site de Forest", ()),
)

DEADLINES = (
    ("2026-12-04", "Liste des offres d'emploi pour le job day"),
    ("2026-12-10", "Job day de Forest à la salle des Primeurs"),
    ("2026-12-18", "Rapport annuel de la plateforme à transmettre à Actiris"),
    ("2027-01-29", "Dossier de candidature à l'appel à projets de la COCOF"),
    ("2027-03-31", "Évaluation du plan local pour l'emploi"),
)

DECISIONS = (
    ("2026-09-10", 1, "La plateforme se réunit une fois par mois, en alternance à la commune, au CPAS et chez les partenaires."),
    ("2026-09-10", 1, "Un job day pour les demandeurs d'emploi forestois est organisé en décembre."),
    ("2026-10-08", 2, "Le CPAS réserve quinze contrats article 60 aux jeunes de moins de 25 ans suivis par la Mission locale."),
    ("2026-10-08", 2, "L'ONE et la commune ouvrent dix places de crèche pour les parents en formation."),
    ("2026-11-24", 3, "Actiris tient une permanence le mercredi matin à la Mission locale."),
    ("2026-11-24", 3, "Le job day se tient le 10 décembre à la salle des Primeurs."),
    ("2026-11-24", 3, "Lire et Écrire ouvre un module d'alphabétisation orienté emploi en février 2027."),
)

# What the secretary typed the day after each recorded meeting (the clock is
# set there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-10-09 09:00", (
        "/presents n°2 Isabelle Vandenbroucke, Mehdi El Amrani, Marie-Louise Jacobs, Jean-Marc Peeters, "
        "Catherine Dewael, Nathalie Lambrecht, Youssef Bakkali, Géraldine Wouters, Aïcha Ouali, Samira Benali",
        "/excuses n°2 Sophie Claes, Patrick Dubois",
        "/absents n°2",
        "/tache Réserver la salle des Primeurs pour le job day pour le 23/10 @Mehdi El Amrani",
        "/tache Lister les candidats aux contrats article 60 pour le 13/11 @Catherine Dewael",
        "/tache Rédiger la fiche sur les places de crèche pour le 6/11 @Géraldine Wouters",
    )),
    ("2026-11-25 09:00", (
        "/presents n°3 Isabelle Vandenbroucke, Mehdi El Amrani, Marie-Louise Jacobs, Catherine Dewael, "
        "Nathalie Lambrecht, Youssef Bakkali, Sophie Claes, Patrick Dubois, Aïcha Ouali, Thomas Verhaegen, "
        "Ann Goossens",
        "/excuses n°3 Jean-Marc Peeters, Géraldine Wouters",
        "/absents n°3",
        "/tache Envoyer le PV de la réunion du 24 novembre pour le 3/12 @Marie-Louise Jacobs",
        "/tache Collecter les offres d'emploi des employeurs pour le job day pour le 4/12 @Nathalie Lambrecht",
        "/tache Imprimer les affiches du job day pour le 7/12 @Thomas Verhaegen",
        "/tache Contacter les employeurs du secteur du nettoyage pour le 30/11 @Youssef Bakkali",
        "/tache Préparer le rapport annuel de la plateforme pour le 18/12 @Mehdi El Amrani",
        "/tache Relancer Bruxelles Formation sur les places en formation @Mehdi El Amrani",
        "/tache Organiser la garde des enfants pendant le job day pour le 9/12 @Géraldine Wouters",
        "/tache Informer les affiliés de la mutualité sur le job day pour le 8/12 @Patrick Dubois",
        "/tache Traduire le dépliant du job day en néerlandais pour le 4/12 @Ann Goossens",
        "/tache Présenter le module alpha aux conseillers d'Actiris pour le 15/01 @Aïcha Ouali",
    )),
)

# Closed since: the room booked and the crèche note written; the Dutch
# leaflet dropped (Actiris prints it).
CLOSED = ("/tache_faite 1", "/tache_faite 3", "/tache_annuler 12 Actiris fournit la version néerlandaise")

# What members said before the meeting of 15 December at the CPAS (séance n°4).
RSVPS = (
    ("Mehdi El Amrani", "/present"),
    ("Catherine Dewael", "/present"),
    ("Nathalie Lambrecht", "/present"),
    ("Aïcha Ouali", "/present"),
    ("Youssef Bakkali", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "f11", AFTER_MEETINGS, CLOSED, RSVPS)

EMPLOI1190_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
EMPLOI1190_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
EMPLOI1190_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
