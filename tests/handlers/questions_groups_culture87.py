"""A group written during the tenth round (helper r10f) for a blind set:
the culture-and-heritage working group of the Haute-Vienne (the DRAC and
its architecte des bâtiments de France, the Département and its archives,
Limoges Métropole, the city of Limoges, two rural communes, the Parc
naturel régional Périgord-Limousin, the conservatoire, the Fondation du
patrimoine, the Cité de la céramique, an Occitan association). Attendance
recorded with the commands; tasks in the store; the person asking is
linked to a member. Organisation names are real public bodies or
plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CULTURE87_AFTER_SETUP", "CULTURE87_ASKERS", "CULTURE87_GROUPS", "CULTURE87_TASKS"]

SLUG = "culture87"

CULTURE87_MEMBERS = (
    ("Sylvie Peyrat", "Conseil départemental de la Haute-Vienne",
     "Vice-présidente déléguée à la culture et au patrimoine, présidente du groupe de travail"),
    ("Romain Dufaure", "Conseil départemental de la Haute-Vienne", "Directeur des archives départementales"),
    ("Hélène Bourdarias", "DRAC Nouvelle-Aquitaine, site de Limoges", "Conseillère action culturelle et territoriale"),
    ("Mathieu Lachaud", "UDAP de la Haute-Vienne", "Architecte des bâtiments de France, chef de l'unité"),
    ("Agathe Mazabraud", "Limoges Métropole", "Animatrice de l'architecture et du patrimoine, coordinatrice du groupe"),
    ("Françoise Desproges", "Ville de Limoges", "Adjointe au maire déléguée à la culture"),
    ("Bernard Chabrol", "Commune de Saint-Léonard-de-Noblat", "Maire"),
    ("Isabelle Ranoux", "Commune de Rochechouart", "Adjointe à la culture et au tourisme"),
    ("Pierre Lavergne", "Parc naturel régional Périgord-Limousin", "Chargé de mission patrimoine et culture occitane"),
    ("Claire Nouaille", "Conservatoire à rayonnement régional de Limoges", "Directrice"),
    ("Thierry Bonneau", "Fondation du patrimoine", "Délégué départemental bénévole"),
    ("Stéphane Aubisse", "Musée national Adrien Dubouché", "Responsable des publics et de la médiation"),
    ("Yannick Tessier", "IEO Lemosin", "Président, animateur des ateliers d'occitan"),
    ("Océane Roudier", "Conseil départemental de la Haute-Vienne", "Assistante, secrétariat du groupe de travail"),
)

CULTURE87_MEETINGS = (
    ("2026-09-17 14:00", "2026-09-17 16:30", "Archives départementales de la Haute-Vienne, Limoges", ()),
    ("2026-10-15 14:00", "2026-10-15 16:30", "Mairie de Saint-Léonard-de-Noblat, salle des fêtes", ()),
    ("2026-11-19 09:30", "2026-11-19 12:00", "Maison du Parc naturel régional, La Coquille", ()),
    ("2026-12-10 14:00", "2026-12-10 16:30", "Conservatoire de Limoges, auditorium",
     ("Inventaire des orgues", "Programme des Journées européennes du patrimoine", "Questions diverses")),
    ("2027-01-21 14:00", "2027-01-21 16:00", "Visioconférence", ("Budget 2027 du groupe de travail",)),
    ("2027-03-11 10:00", "2027-03-11 12:30", "Château de Rochechouart, salle des gardes", ()),
)

CULTURE87_DEADLINES = (
    ("2026-12-04", "Retour des fiches d'inventaire des orgues"),
    ("2026-12-18", "Dépôt des dossiers de subvention pour le petit patrimoine rural"),
    ("2027-01-15", "Envoi des propositions pour le programme des Journées du patrimoine"),
    ("2027-01-29", "Candidatures à la résidence d'artistes de Rochechouart"),
    ("2027-02-26", "Bilan de la saison culturelle des communes rurales"),
)

CULTURE87_DECISIONS = (
    ("2026-09-17", 1, "Le groupe de travail se réunit une fois par mois, en alternance à Limoges et dans une commune rurale."),
    ("2026-09-17", 1, "L'inventaire des orgues et des instruments anciens du département est confié au conservatoire."),
    ("2026-10-15", 2, "Le Département consacre une enveloppe de 40 000 € à la restauration du petit patrimoine rural "
                      "(lavoirs, fontaines, croix de chemin)."),
    ("2026-10-15", 2, "La Fondation du patrimoine lance une souscription publique pour la collégiale de Saint-Léonard."),
    ("2026-11-19", 3, "Des ateliers d'occitan limousin sont proposés dans les écoles du Parc à partir de janvier."),
    ("2026-11-19", 3, "Une résidence d'artistes est accueillie au château de Rochechouart au printemps 2027."),
    ("2026-11-19", 3, "Le programme commun des Journées européennes du patrimoine est édité par Limoges Métropole."),
)

CULTURE87_TASKS = {
    SLUG: (
        ("Envoyer la grille d'inventaire aux paroisses", "Claire Nouaille", "2026-11-27", 1),
        ("Recenser les lavoirs à restaurer", "Pierre Lavergne", "2026-12-11", 2),
        ("Préparer la convention de souscription", "Thierry Bonneau", "2026-12-15", 2),
        ("Réserver l'auditorium du conservatoire", "Agathe Mazabraud", "2026-11-30", 3),
        ("Rédiger le compte rendu du 19 novembre", "Océane Roudier", "2026-11-26", 3, "done"),
        ("Contacter les écoles pour les ateliers d'occitan", "Yannick Tessier", "2027-01-08", 3),
        ("Mettre à jour la liste de diffusion", "Agathe Mazabraud", "2026-12-18", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CULTURE87_ASKERS = {SLUG: "Agathe Mazabraud"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sylvie Peyrat, Romain Dufaure, Hélène Bourdarias, Agathe Mazabraud, Bernard Chabrol, "
    "Pierre Lavergne, Thierry Bonneau, Océane Roudier",
    "/excuses n°2 Françoise Desproges, Claire Nouaille",
    "/presents n°3 Sylvie Peyrat, Hélène Bourdarias, Agathe Mazabraud, Isabelle Ranoux, Pierre Lavergne, "
    "Claire Nouaille, Yannick Tessier, Océane Roudier, Stéphane Aubisse, Mathieu Lachaud",
    "/excuses n°3 Bernard Chabrol",
    "/absents n°3",
)

# What members said before the meeting of 10 December (n°4).
RSVPS = (
    ("Claire Nouaille", "/present"),
    ("Mathieu Lachaud", "/present"),
    ("Bernard Chabrol", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, CULTURE87_ASKERS[SLUG], "cu", ATTENDANCE_COMMANDS, RSVPS)

CULTURE87_GROUPS = {
    SLUG: (CULTURE87_MEMBERS, CULTURE87_MEETINGS, CULTURE87_DEADLINES, CULTURE87_DECISIONS, "Agathe Mazabraud"),
}

CULTURE87_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
