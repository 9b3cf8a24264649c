"""A group written by the lead in the twenty-fifth round, for the lead's
second blind set of the round (set 39), written while the engineers
worked, out of their reach, and measured once on main before any of the
round's work: the social-innovation incubator of a Bordeaux association
and its partners — the association's director who chairs the selection
committee, its program manager who coordinates, its sourcing officer, the
Region, Bpifrance, France Active, the Banque des Territoires, the
metropolis, the university's student-entrepreneurship centre, a
cooperative bank, a tiers-lieu's community manager, a facilitators'
association and a science centre. Selection committees, short progress
calls by video and a demo day. The set leans on FRANGLAIS AND START-UP
JARGON (« le next copil », « la deadline », « le call », « qui drive »,
« le reporting », « mes to-do »). Tasks and attendance in the store; the
person asking is a member, not the coordinator: the sourcing officer.
Organisation names are real public bodies or plausible ones; every person
is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["INCUBNA_AFTER_SETUP", "INCUBNA_ASKERS", "INCUBNA_GROUPS", "INCUBNA_TASKS"]

SLUG = "incub-na"

INCUBNA_MEMBERS = (
    ("Claire Dumoulin", "ATIS", "Directrice, présidente du comité de sélection"),
    ("Hugo Lefèvre", "ATIS", "Program manager de l'incubateur"),
    ("Amina Tazi", "ATIS", "Chargée de sourcing et d'onboarding"),
    ("Romain Castaing", "Région Nouvelle-Aquitaine", "Chargé de mission innovation sociale"),
    ("Sophie Bergeron", "Bpifrance", "Chargée d'affaires innovation"),
    ("Julien Mora", "France Active Nouvelle-Aquitaine", "Chargé de financement"),
    ("Élise Fontaine", "Banque des Territoires", "Responsable des partenariats"),
    ("Thibault Lagarde", "Bordeaux Métropole", "Chef de projet économie sociale et solidaire"),
    ("Nora Benali", "Université de Bordeaux", "Responsable du pôle entrepreneuriat étudiant"),
    ("Mathis Roux", "Crédit Coopératif", "Chargé de clientèle ESS"),
    ("Laura Pichon", "Darwin Écosystème", "Community manager"),
    ("Samuel Okafor", "Makesense", "Facilitateur des ateliers"),
    ("Chloé Vidal", "Cap Sciences", "Responsable des événements"),
)

INCUBNA_MEETINGS = (
    ("2026-09-17 09:30", "2026-09-17 12:00", "Comité de sélection, Darwin, Bordeaux", ()),
    ("2026-10-13 14:00", "2026-10-13 15:00", "Point d'étape, visioconférence", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Comité de sélection, hôtel de Région, Bordeaux", ()),
    ("2026-12-14 14:00", "2026-12-14 15:00", "Point d'étape, visioconférence",
     ("Reporting annuel à la Région", "Onboarding de la promo 2027", "Préparation du demo day")),
    ("2027-01-21 09:30", "2027-01-21 12:00", "Comité de sélection, Université de Bordeaux, Talence",
     ("Sélection de la promo 2027", "Budget de l'incubateur")),
    ("2027-03-18 17:00", "2027-03-18 20:00", "Demo day, Darwin, Bordeaux", ()),
    ("2027-06-08 14:00", "2027-06-08 15:00", "Point d'étape, visioconférence", ("Bilan de la promo 2026",)),
)

INCUBNA_DEADLINES = (
    ("2026-12-04", "Envoi du one-pager des projets"),
    ("2026-12-18", "Reporting annuel à la Région"),
    ("2027-01-08", "Clôture de l'appel à candidatures promo 2027"),
    ("2027-02-26", "Remise des pitchs pour le demo day"),
    ("2027-05-31", "Dépôt du dossier FSE+"),
)

INCUBNA_DECISIONS = (
    ("2026-09-17", 1, "La promo 2026 compte huit projets, dont trois portés par des étudiants."),
    ("2026-09-17", 1, "Chaque projet incubé reçoit une bourse d'amorçage de 5 000 euros."),
    ("2026-09-17", 1, "Les points d'étape se tiennent en visioconférence et durent une heure."),
    ("2026-10-13", 2, "Le mentorat des porteurs de projet est assuré par des bénévoles du Crédit Coopératif."),
    ("2026-10-13", 2, "Le demo day a lieu en mars à Darwin."),
    ("2026-10-13", 2, "Les projets incubés ont accès gratuitement aux bureaux partagés de Darwin."),
    ("2026-11-19", 3, "Le prêt d'honneur de France Active est proposé à tous les projets de la promo 2027."),
    ("2026-11-19", 3, "L'appel à candidatures est ouvert aux projets de toute la Nouvelle-Aquitaine."),
    ("2026-11-19", 3, "Le tableau de bord de l'incubateur est mis à jour chaque mois."),
    ("2026-11-19", 3, "Les porteurs de projet présentent un pitch de trois minutes au comité de sélection."),
)

INCUBNA_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de sélection de septembre", "Hugo Lefèvre", "2026-09-24", 1, "done"),
        ("Mettre en ligne l'appel à candidatures", "Amina Tazi", "2026-11-20", 3),
        ("Recruter les mentors bénévoles", "Mathis Roux", "2026-11-27", 2),
        ("Présenter les prêts d'honneur aux porteurs de projet", "Julien Mora", "2026-12-09", 3),
        ("Préparer le reporting annuel pour la Région", "Hugo Lefèvre", "2026-12-11", 3),
        ("Mettre à jour le tableau de bord", "Amina Tazi", "2026-12-31", 3),
        ("Organiser le demo day", "Laura Pichon", "2027-02-19", 2),
        ("Animer l'atelier de pitch", "Samuel Okafor", "2027-03-05", 3),
    ),
}

# The member the test chats' sender is linked to (« mes to-do », « je »): the sourcing officer.
INCUBNA_ASKERS = {SLUG: "Amina Tazi"}

INCUBNA_GROUPS = {
    SLUG: (INCUBNA_MEMBERS, INCUBNA_MEETINGS, INCUBNA_DEADLINES, INCUBNA_DECISIONS, "Hugo Lefèvre"),
}

# What the coordinator's account typed after the selection committee at the hôtel de Région (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Claire Dumoulin, Hugo Lefèvre, Amina Tazi, Romain Castaing, Sophie Bergeron, Julien Mora, "
    "Nora Benali, Laura Pichon",
    "/excuses n°3 Élise Fontaine, Mathis Roux",
    "/absents n°3",
)

# What members said in the chat before the December call (séance n°4).
RSVPS = (
    ("Romain Castaing", "/present"),
    ("Élise Fontaine", "/present"),
    ("Sophie Bergeron", "/present"),
    ("Thibault Lagarde", "/excuse"),
)

INCUBNA_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Amina Tazi", "in", ATTENDANCE_COMMANDS, RSVPS),
}
