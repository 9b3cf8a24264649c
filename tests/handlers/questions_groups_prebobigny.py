"""A group the understanding was never tuned on, for the fifteenth round's
blind set 24c (the past and the periods around it: what happened at past
meetings and what came out of them, asked by a member who missed them;
periods bounded by a season or a school moment): the technical committee
of the programme de réussite éducative (PRE) of Bobigny — the town, the
Caisse des écoles that carries the programme, the national education's
departmental office, the prefecture's delegate, the family allowance fund,
the Département's social service, the children's CMP of Ville-Évrard, a
collège, a school, the specialised prevention of the Sauvegarde, the AFEV
and a parents' house.

After each of the three meetings of the autumn the committee's secretary
typed who came with /presents, /excuses and /absents (the coordinator was
excused in September) and, after the October and November meetings, the
tasks with /tache the day after; some were closed since. Before the
meeting of 17 December members said /present or /excuse.

The test sender is linked to Aurélie Mendy (the PRE's coordinator at the
town). Organisation names are real public bodies or plausible ones; every
person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import dated_setup
from tests.helpers import Chat

__all__ = ["PREBOBIGNY_AFTER_SETUP", "PREBOBIGNY_ASKERS", "PREBOBIGNY_GROUPS"]

SLUG = "pre-bobigny"
ASKER = "Aurélie Mendy"

MEMBERS = (
    ("Aurélie Mendy", "Ville de Bobigny", "Coordinatrice du Programme de réussite éducative"),
    ("Hélène Castagnet", "Ville de Bobigny",
     "Adjointe au maire chargée de la réussite éducative, présidente du comité technique"),
    ("Yanis Bouzid", "Ville de Bobigny", "Référent de parcours"),
    ("Camille Lenoir", "Ville de Bobigny", "Référente de parcours"),
    ("Martine Roux", "Ville de Bobigny", "Assistante administrative, secrétariat du comité technique"),
    ("Sandrine Aubert", "Caisse des écoles de Bobigny", "Directrice"),
    ("Philippe Gaudin", "DSDEN de la Seine-Saint-Denis",
     "Inspecteur de l'Éducation nationale, circonscription de Bobigny"),
    ("Leïla Mansouri", "Préfecture de la Seine-Saint-Denis", "Déléguée du préfet pour les quartiers de Bobigny"),
    ("Marc-Antoine Joly", "CAF de la Seine-Saint-Denis", "Conseiller territorial"),
    ("Rokia Traoré", "Service social départemental de la Seine-Saint-Denis", "Assistante sociale de secteur"),
    ("Jean-Baptiste Lefort", "CMP enfants de Bobigny (EPS de Ville-Évrard)", "Psychologue"),
    ("Nathalie Brun", "Collège Jean-Pierre-Timbaud", "Principale"),
    ("Olivier Ménard", "École élémentaire Paul-Éluard", "Directeur d'école"),
    ("Kévin Nguyen", "Sauvegarde de la Seine-Saint-Denis", "Éducateur de prévention spécialisée"),
    ("Inès Haddad", "AFEV Seine-Saint-Denis", "Chargée de développement local"),
    ("Thomas Pereira", "Maison des parents de l'Abreuvoir", "Médiateur familial"),
)

MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Hôtel de ville de Bobigny, salle du conseil", ()),
    ("2026-10-12 09:30", "2026-10-12 12:00", "Collège Jean-Pierre-Timbaud", ()),
    ("2026-11-24 14:00", "2026-11-24 16:30", "Maison des parents de l'Abreuvoir", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Hôtel de ville de Bobigny, salle du conseil",
     ("Bilan des parcours du premier trimestre", "Séjour de février", "Groupe de parole des parents")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "CAF de la Seine-Saint-Denis, Bobigny", ()),
    ("2027-06-10 14:00", "2027-06-10 16:30", "Collège Jean-Pierre-Timbaud", ()),
)

DEADLINES = (
    ("2026-12-11", "Fiches bilan des parcours du premier trimestre"),
    ("2026-12-18", "Demande de subvention politique de la ville 2027"),
    ("2027-01-15", "Bilan intermédiaire du PRE à la préfecture"),
    ("2027-01-29", "Inscriptions au séjour de février"),
    ("2027-06-30", "Rapport d'activité annuel du PRE"),
)

DECISIONS = (
    ("2026-09-24", 1, "Le comité technique se réunit environ une fois par mois, en alternance à l'hôtel de ville "
                      "et chez les partenaires."),
    ("2026-09-24", 1, "Le PRE accompagne 120 enfants et jeunes de 2 à 16 ans pour l'année scolaire 2026-2027."),
    ("2026-09-24", 1, "Les écoles et le collège transmettent les fiches de repérage à la coordinatrice avant le "
                      "15 octobre."),
    ("2026-09-24", 1, "La Caisse des écoles reste la structure porteuse du PRE."),
    ("2026-10-12", 2, "Un atelier d'aide aux devoirs est ouvert au collège Jean-Pierre-Timbaud le lundi et le jeudi "
                      "de 16h30 à 18h."),
    ("2026-10-12", 2, "L'AFEV met en place 25 binômes de mentorat étudiant-enfant."),
    ("2026-10-12", 2, "Les séjours de vacances du PRE sont financés par la CAF à hauteur de 60 %."),
    ("2026-10-12", 2, "Le CMP réserve deux créneaux de consultation par semaine aux enfants suivis par le PRE."),
    ("2026-11-24", 3, "Un groupe de parole pour les parents se tient un samedi par mois à la Maison des parents de "
                      "l'Abreuvoir."),
    ("2026-11-24", 3, "Les familles signent un contrat de parcours à l'entrée dans le PRE."),
    ("2026-11-24", 3, "Le séjour de février à la montagne est ouvert à 16 enfants."),
    ("2026-11-24", 3, "Le bilan intermédiaire du PRE est présenté à la préfecture en janvier 2027."),
    ("2026-11-24", 3, "Les équipes pluridisciplinaires de soutien se réunissent désormais tous les quinze jours, le "
                      "mardi matin."),
)

# What the secretary typed the day after each meeting (the clock is set
# there, so that /tache ties the task to the meeting just held).
AFTER_MEETINGS = (
    ("2026-09-25 09:00", (
        "/presents n°1 Hélène Castagnet, Yanis Bouzid, Camille Lenoir, Sandrine Aubert, Philippe Gaudin, "
        "Leïla Mansouri, Marc-Antoine Joly, Rokia Traoré, Nathalie Brun, Olivier Ménard, Martine Roux, Thomas Pereira",
        "/excuses n°1 Aurélie Mendy, Jean-Baptiste Lefort",
        "/absents n°1 Kévin Nguyen, Inès Haddad",
    )),
    ("2026-10-13 09:00", (
        "/presents n°2 Aurélie Mendy, Hélène Castagnet, Yanis Bouzid, Camille Lenoir, Sandrine Aubert, "
        "Philippe Gaudin, Marc-Antoine Joly, Jean-Baptiste Lefort, Nathalie Brun, Kévin Nguyen, Inès Haddad",
        "/excuses n°2 Leïla Mansouri, Rokia Traoré, Martine Roux",
        "/absents n°2 Olivier Ménard, Thomas Pereira",
        "/tache Envoyer la liste des binômes de mentorat pour le 30/10 @Inès Haddad",
        "/tache Rédiger la fiche de l'atelier d'aide aux devoirs pour le 23/10 @Nathalie Brun",
        "/tache Demander le devis du séjour de février pour le 20/11 @Sandrine Aubert",
    )),
    ("2026-11-25 09:00", (
        "/presents n°3 Aurélie Mendy, Hélène Castagnet, Yanis Bouzid, Leïla Mansouri, Rokia Traoré, "
        "Jean-Baptiste Lefort, Kévin Nguyen, Inès Haddad, Martine Roux, Thomas Pereira",
        "/excuses n°3 Camille Lenoir, Sandrine Aubert, Philippe Gaudin, Nathalie Brun",
        "/absents n°3 Marc-Antoine Joly, Olivier Ménard",
        "/tache Envoyer le compte rendu de la réunion du 24 novembre pour le 4/12 @Martine Roux",
        "/tache Préparer le calendrier du groupe de parole pour le 10/12 @Thomas Pereira",
        "/tache Rédiger le bilan intermédiaire pour le 8/01 @Aurélie Mendy",
        "/tache Préparer le modèle de contrat de parcours pour le 27/11 @Camille Lenoir",
        "/tache Transmettre les fiches bilan des parcours pour le 11/12 @Yanis Bouzid",
        "/tache Réserver le car pour le séjour de février pour le 15/01 @Sandrine Aubert",
        "/tache Relancer les écoles sur les fiches de repérage @Philippe Gaudin",
    )),
)

# Closed since: the mentoring pairs sent, the homework workshop's sheet written.
CLOSED = ("/tache_faite 1", "/tache_faite 2")

# What members said before the meeting of 17 December at the town hall (séance n°4).
RSVPS = (
    ("Aurélie Mendy", "/present"),
    ("Hélène Castagnet", "/present"),
    ("Leïla Mansouri", "/present"),
    ("Kévin Nguyen", "/present"),
    ("Philippe Gaudin", "/excuse"),
)


after_meetings = dated_setup(SLUG, ASKER, "pre93", AFTER_MEETINGS, CLOSED, RSVPS)

PREBOBIGNY_GROUPS = {SLUG: (MEMBERS, MEETINGS, DEADLINES, DECISIONS, ASKER)}
PREBOBIGNY_ASKERS = {SLUG: ASKER}
# What is typed after the group is set up (questions_groups.build_group runs it).
PREBOBIGNY_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: after_meetings}
