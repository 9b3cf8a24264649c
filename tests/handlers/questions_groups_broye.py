"""A group written by helper r12d in the twelfth round, for its blind set 21d
(a stranger's general set in Swiss romand usage): the regional integration
platform of the Broye vaudoise (canton de Vaud), led from Payerne by the
commune's municipal and its delegate to integration, with the communes of
Avenches and Moudon (a syndique, a municipal), the canton's integration
office (BCI), the regional social centre (CSR), the regional employment
office (ORP), the migrants' reception establishment (EVAM), the district's
préfecture, the primary and secondary school of Payerne, Caritas Vaud, the
French-course association Français en Jeu and the employers' association.
Swiss usage (séance, PV, délai, syndique, municipal, préfète, francs).
Attendance recorded with the commands; tasks in the store; the person asking
is linked to a member. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["BROYE_AFTER_SETUP", "BROYE_ASKERS", "BROYE_GROUPS", "BROYE_TASKS"]

SLUG = "broye"

BROYE_MEMBERS = (
    ("Jean-Daniel Cuany", "Commune de Payerne", "Municipal en charge de la cohésion sociale, président de la plateforme"),
    ("Monique Bersier", "Commune d'Avenches", "Syndique, vice-présidente de la plateforme"),
    ("Laurent Pidoux", "Commune de Moudon", "Municipal des affaires sociales"),
    ("Elif Yilmaz", "Commune de Payerne", "Déléguée communale à l'intégration, coordinatrice de la plateforme"),
    ("Sabrina Fasel", "Bureau cantonal pour l'intégration des étrangers et la prévention du racisme (BCI)",
     "Déléguée régionale à l'intégration pour la Broye"),
    ("Olivier Chevalley", "Centre social régional de la Broye-Vully", "Chef de service du CSR"),
    ("Aurélie Rapin", "Office régional de placement de Payerne", "Conseillère ORP, référente pour les personnes réfugiées"),
    ("Kofi Mensah", "EVAM", "Responsable du secteur Broye"),
    ("Nathalie Thévoz", "Préfecture du district de la Broye-Vully", "Préfète"),
    ("Véronique Rey", "Établissement primaire et secondaire de Payerne", "Doyenne, responsable des classes d'accueil"),
    ("Marco Ferreira", "Caritas Vaud", "Animateur socioculturel, bénévolat"),
    ("Claudine Jomini", "Français en Jeu", "Coordinatrice régionale des cours de français"),
    ("Patrick Marmy", "Association des entreprises de la Broye", "Président, patron d'une menuiserie à Granges-près-Marnand"),
    ("Corinne Savary", "Commune de Payerne", "Secrétaire de la plateforme, procès-verbaux"),
)

BROYE_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Payerne, Hôtel de Ville, salle du Conseil communal", ()),
    ("2026-10-29 14:00", "2026-10-29 16:30", "Avenches, salle du Théâtre du Château", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Moudon, salle de la Douane", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Payerne, Hôtel de Ville, salle du Conseil communal",
     ("Demande de financement au BCI", "Forum emploi-migration", "Divers")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Avenches, salle du Théâtre du Château", ("Bilan des cours de français",)),
    ("2027-03-11 14:00", "2027-03-11 16:30", "Moudon, salle de la Douane", ()),
)

BROYE_DEADLINES = (
    ("2026-12-04", "Retour des inscriptions aux cours de français du printemps"),
    ("2026-12-15", "Dépôt de la demande de financement au BCI (programme d'intégration cantonal)"),
    ("2027-01-22", "Rapport d'activités 2026 de la plateforme à la Municipalité"),
    ("2027-03-05", "Inscription des entreprises au forum emploi-migration"),
)

BROYE_DECISIONS = (
    ("2026-09-17", 1, "Les séances de la plateforme ont lieu le jeudi après-midi, à tour de rôle à Payerne, "
                      "Avenches et Moudon."),
    ("2026-09-17", 1, "Le procès-verbal est envoyé aux membres dans les dix jours qui suivent la séance."),
    ("2026-10-29", 2, "Une permanence d'accueil des nouveaux arrivants ouvre au CSR de Payerne le mardi matin "
                      "dès janvier 2027."),
    ("2026-10-29", 2, "Le BCI finance les cours de français de la Broye à hauteur de 18 000 francs pour 2027."),
    ("2026-11-19", 3, "Un forum emploi-migration réunit les employeurs de la région le 25 mars 2027 à la halle "
                      "des fêtes de Payerne."),
    ("2026-11-19", 3, "La Commune d'Avenches met gratuitement une salle à disposition pour les cours de français "
                      "du soir."),
    ("2026-11-19", 3, "La brochure de bienvenue pour les nouveaux arrivants est traduite en huit langues."),
)

BROYE_TASKS = {
    SLUG: (
        ("Rédiger le PV de la séance du 19 novembre", "Corinne Savary", "2026-11-30", 3),
        ("Préparer la demande de financement au BCI", "Elif Yilmaz", "2026-12-14", 3),
        ("Contacter les employeurs pour le forum emploi-migration", "Patrick Marmy", "2027-01-15", 3),
        ("Faire traduire la brochure de bienvenue", "Sabrina Fasel", "2027-01-29", 3),
        ("Organiser la permanence d'accueil au CSR", "Olivier Chevalley", "2026-12-18", 2),
        ("Recenser les places libres dans les cours de français", "Claudine Jomini", "2026-11-27", 2),
        ("Réserver la halle des fêtes pour le forum", "Jean-Daniel Cuany", "2027-01-08", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
BROYE_ASKERS = {SLUG: "Elif Yilmaz"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Jean-Daniel Cuany, Monique Bersier, Elif Yilmaz, Sabrina Fasel, Olivier Chevalley, "
    "Kofi Mensah, Claudine Jomini, Corinne Savary",
    "/excuses n°2 Laurent Pidoux, Nathalie Thévoz, Patrick Marmy",
    "/presents n°3 Jean-Daniel Cuany, Laurent Pidoux, Elif Yilmaz, Sabrina Fasel, Aurélie Rapin, Kofi Mensah, "
    "Véronique Rey, Marco Ferreira, Patrick Marmy, Corinne Savary",
    "/excuses n°3 Monique Bersier, Olivier Chevalley",
    "/absents n°3 Claudine Jomini",
)

# What members said before the séance of 10 December (n°4).
RSVPS = (
    ("Monique Bersier", "/present"),
    ("Kofi Mensah", "/present"),
    ("Patrick Marmy", "/present"),
    ("Nathalie Thévoz", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, BROYE_ASKERS[SLUG], "by", ATTENDANCE_COMMANDS, RSVPS)

BROYE_GROUPS = {
    SLUG: (BROYE_MEMBERS, BROYE_MEETINGS, BROYE_DEADLINES, BROYE_DECISIONS, "Elif Yilmaz"),
}

BROYE_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
