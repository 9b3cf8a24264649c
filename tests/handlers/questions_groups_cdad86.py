"""A group written by the lead in the twenty-sixth round, for the lead's
blind set 41, written during the round out of every engineer's reach and
measured once on main before any of the round's work: the conseil
départemental de l'accès au droit (CDAD) of the Vienne — its general
secretary who coordinates, the judicial court's president who chairs it,
the bar's bâtonnière, the notaries' chamber, the Maison de justice et du
droit of Châtellerault, the conciliators, the Défenseur des droits'
delegate, the CIDFF, France Victimes, the Department, the town of
Poitiers, the UDAF's guardianship service, the SPIP and a France services
house. A steering committee (« comité de pilotage ») and a meeting of the
points-justice in turn, a general assembly in June. A stranger's general
set in the words of the law's professionals. Tasks and attendance in the
store; the person asking is a member, not the coordinator: the CIDFF's
lawyer. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CDAD86_AFTER_SETUP", "CDAD86_ASKERS", "CDAD86_GROUPS", "CDAD86_TASKS"]

SLUG = "cdad86"

CDAD86_MEMBERS = (
    ("Sophie Berthelot", "CDAD de la Vienne", "Secrétaire générale du CDAD"),
    ("Gilles Fournier", "Tribunal judiciaire de Poitiers", "Président du tribunal judiciaire, président du CDAD"),
    ("Amandine Roux", "Ordre des avocats du barreau de Poitiers", "Bâtonnière"),
    ("Thierry Lemaire", "Chambre des notaires de la Vienne", "Notaire, délégué à l'accès au droit"),
    ("Karima Bensaïd", "Maison de justice et du droit de Châtellerault", "Greffière coordinatrice"),
    ("Jacques Moreau", "Association des conciliateurs de justice de la Vienne", "Conciliateur de justice, président de l'association"),
    ("Hélène Tanguy", "Défenseur des droits", "Déléguée territoriale"),
    ("Laure Girard", "CIDFF de la Vienne", "Juriste"),
    ("Romain Caillaud", "France Victimes 86", "Directeur"),
    ("Mélanie Vidal", "Conseil départemental de la Vienne", "Cheffe du service insertion"),
    ("Pascal Renaud", "Ville de Poitiers", "Adjoint au maire délégué à la tranquillité publique"),
    ("Nora Hamidi", "UDAF de la Vienne", "Responsable du service des mandataires judiciaires"),
    ("Benoît Chaigne", "SPIP de la Vienne", "Conseiller pénitentiaire d'insertion et de probation"),
    ("Élodie Marchand", "France services de Loudun", "Animatrice"),
)

CDAD86_MEETINGS = (
    ("2026-09-22 10:00", "2026-09-22 12:00", "Comité de pilotage, tribunal judiciaire de Poitiers", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Réunion des points-justice, Maison de justice et du droit de Châtellerault", ()),
    ("2026-11-24 10:00", "2026-11-24 12:00", "Comité de pilotage, hôtel du Département, Poitiers", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Réunion des points-justice, France services de Loudun",
     ("Planning des permanences 2027", "Statistiques de fréquentation", "Accueil des victimes de violences conjugales")),
    ("2027-01-26 10:00", "2027-01-26 12:00", "Comité de pilotage, tribunal judiciaire de Poitiers",
     ("Budget 2027 du CDAD", "Convention avec le barreau")),
    ("2027-03-11 14:00", "2027-03-11 16:00", "Réunion des points-justice, Maison de justice et du droit de Châtellerault", ()),
    ("2027-06-08 10:00", "2027-06-08 12:30", "Assemblée générale du CDAD, tribunal judiciaire de Poitiers",
     ("Rapport d'activité 2026",)),
)

CDAD86_DEADLINES = (
    ("2026-12-07", "Retour des plannings de permanence des avocats"),
    ("2026-12-18", "Envoi des statistiques de fréquentation au ministère de la Justice"),
    ("2027-01-11", "Candidatures des nouveaux conciliateurs"),
    ("2027-02-05", "Bilan du point-justice de Loudun"),
    ("2027-04-30", "Rapport d'activité 2026 du CDAD"),
)

CDAD86_DECISIONS = (
    ("2026-09-22", 1, "Un point-justice ouvre à la France services de Loudun à partir de novembre."),
    ("2026-09-22", 1, "Les avocats tiennent une permanence gratuite le premier samedi de chaque mois à Poitiers."),
    ("2026-09-22", 1, "Le CDAD consacre 8 000 euros aux consultations juridiques en zone rurale."),
    ("2026-10-15", 2, "Les conciliateurs reçoivent sur rendez-vous à la MJD le mardi matin."),
    ("2026-10-15", 2, "Une fiche d'orientation commune est remise à chaque usager reçu en point-justice."),
    ("2026-10-15", 2, "Les victimes de violences conjugales sont reçues sans rendez-vous par le CIDFF."),
    ("2026-11-24", 3, "Les permanences des notaires passent à deux par mois à Châtellerault."),
    ("2026-11-24", 3, "Le Défenseur des droits tient une permanence à la France services de Loudun un jeudi sur deux."),
    ("2026-11-24", 3, "Les statistiques de fréquentation sont tenues par la greffière de la MJD."),
    ("2026-11-24", 3, "Une formation sur le surendettement est proposée aux animateurs France services en mars 2027."),
)

CDAD86_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de septembre", "Sophie Berthelot", "2026-09-30", 1, "done"),
        ("Rédiger la fiche d'orientation commune", "Laure Girard", "2026-11-13", 2),
        ("Recruter deux conciliateurs pour le Loudunais", "Jacques Moreau", "2026-11-27", 2),
        ("Compiler les statistiques de fréquentation", "Karima Bensaïd", "2026-11-30", 3),
        ("Organiser le planning des permanences d'avocats", "Amandine Roux", "2026-12-04", 3),
        ("Mettre à jour l'annuaire des permanences juridiques", "Élodie Marchand", "2026-12-11", 3),
        ("Monter le budget 2027 du CDAD", "Sophie Berthelot", "2027-01-15", 3),
        ("Former les animateurs de Loudun à l'orientation juridique", "Laure Girard", "2027-01-20", 3),
        ("Préparer la formation sur le surendettement", "Nora Hamidi", "2027-02-19", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CIDFF's lawyer.
CDAD86_ASKERS = {SLUG: "Laure Girard"}

CDAD86_GROUPS = {
    SLUG: (CDAD86_MEMBERS, CDAD86_MEETINGS, CDAD86_DEADLINES, CDAD86_DECISIONS, "Sophie Berthelot"),
}

# What was typed after the November steering committee at the hôtel du Département (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Sophie Berthelot, Gilles Fournier, Amandine Roux, Karima Bensaïd, Laure Girard, "
    "Romain Caillaud, Mélanie Vidal, Pascal Renaud, Nora Hamidi",
    "/excuses n°3 Thierry Lemaire, Hélène Tanguy",
    "/absents n°3",
)

# What members said in the chat before the points-justice meeting of 10 December (séance n°4).
RSVPS = (
    ("Jacques Moreau", "/present"),
    ("Élodie Marchand", "/present"),
    ("Benoît Chaigne", "/present"),
    ("Pascal Renaud", "/excuse"),
)

CDAD86_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Laure Girard", "cd", ATTENDANCE_COMMANDS, RSVPS),
}
