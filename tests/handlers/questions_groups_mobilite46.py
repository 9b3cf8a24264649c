"""A group written during the tenth round (helper r10f) for a second blind
set: the partners' committee of rural mobility in the Lot (Occitanie): the
syndicat mixte that organises mobility, the Région and its liO network, two
PETR, two coach operators, the SNCF, the agglomeration of Cahors, rural
communes, a car-sharing association and the State's DDT. Attendance
recorded with the commands; tasks in the store; the person asking is
linked to a member. Organisation names are real public bodies or plausible
ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["MOBILITE46_AFTER_SETUP", "MOBILITE46_ASKERS", "MOBILITE46_GROUPS", "MOBILITE46_TASKS"]

SLUG = "mobilite46"

MOBILITE46_MEMBERS = (
    ("Frédéric Lacombe", "Syndicat mixte Lot Mobilités", "Président du syndicat, conseiller départemental"),
    ("Anaïs Delpech", "Syndicat mixte Lot Mobilités", "Directrice, coordinatrice du comité des partenaires"),
    ("Jérôme Bessières", "Région Occitanie", "Chargé de mission réseau liO pour le Lot"),
    ("Martine Vaissié", "Région Occitanie", "Conseillère régionale déléguée aux mobilités rurales"),
    ("Olivier Marty", "PETR Grand Quercy", "Chargé de mission mobilité et transition"),
    ("Sandrine Gourdon", "PETR Causses et Vallée de la Dordogne", "Animatrice du plan de mobilité simplifié"),
    ("Bruno Cazals", "Transports Cazals Frères", "Gérant"),
    ("Laetitia Roques", "Autocars du Quercy", "Responsable d'exploitation"),
    ("Pascal Lafon", "Commune de Gramat", "Maire"),
    ("Hélène Couderc", "Commune de Souillac", "Adjointe aux mobilités et à la vie associative"),
    ("Yves Delmas", "Grand Cahors", "Vice-président délégué aux transports"),
    ("Chantal Puech", "Rézo Pouce", "Animatrice du covoiturage de proximité dans le Lot"),
    ("Mickaël Teulier", "SNCF Voyageurs, direction Occitanie", "Référent des petites lignes"),
    ("Camille Soulié", "Syndicat mixte Lot Mobilités", "Assistante administrative, secrétaire du comité"),
    ("Romain Gineste", "DDT du Lot", "Chef du service mobilité et aménagement"),
)

MOBILITE46_MEETINGS = (
    ("2026-09-24 10:00", "2026-09-24 12:30", "Maison de la Région, Cahors", ()),
    ("2026-10-22 14:00", "2026-10-22 16:30", "Mairie de Gramat, salle du conseil", ()),
    ("2026-11-26 14:00", "2026-11-26 16:00", "Visioconférence", ()),
    ("2026-12-08 10:00", "2026-12-08 12:00", "Espace France Services de Souillac",
     ("Bilan du transport à la demande", "Horaires d'hiver des lignes liO", "Questions diverses")),
    ("2027-01-26 14:00", "2027-01-26 16:30", "Siège du syndicat mixte, Cahors", ("Budget 2027 du syndicat",)),
    ("2027-03-23 10:00", "2027-03-23 12:00", "Mairie de Figeac", ()),
)

MOBILITE46_DEADLINES = (
    ("2026-12-04", "Retour des comptages de fréquentation du transport à la demande"),
    ("2026-12-17", "Dépôt du dossier Fonds mobilités rurales auprès de l'État"),
    ("2027-01-08", "Avis des communes sur les horaires d'été"),
    ("2027-02-15", "Lancement de l'enquête mobilité auprès des lycéens"),
    ("2027-03-05", "Signature de la convention de covoiturage solidaire"),
)

MOBILITE46_DECISIONS = (
    ("2026-09-24", 1, "Le comité des partenaires se réunit tous les deux mois, en alternance à Cahors et dans une commune rurale."),
    ("2026-09-24", 1, "Le transport à la demande est étendu aux communes du causse de Gramat à partir de janvier 2027."),
    ("2026-10-22", 2, "La Région finance 60 % du coût des navettes vers la gare de Souillac."),
    ("2026-10-22", 2, "Le trajet en transport à la demande coûte 2 € pour les moins de 26 ans."),
    ("2026-11-26", 3, "Rézo Pouce installe douze arrêts de covoiturage sur le territoire du PETR Grand Quercy."),
    ("2026-11-26", 3, "Une étude sur le rabattement vers les gares est confiée au PETR Causses et Vallée de la Dordogne."),
    ("2026-11-26", 3, "Les horaires des cars scolaires sont harmonisés avec ceux des trains à Figeac."),
)

MOBILITE46_TASKS = {
    SLUG: (
        ("Envoyer les comptages de fréquentation", "Laetitia Roques", "2026-11-27", 2),
        ("Rédiger le cahier des charges de l'étude de rabattement", "Sandrine Gourdon", "2026-12-18", 3),
        ("Recenser les arrêts de covoiturage existants", "Chantal Puech", "2026-12-11", 3),
        ("Préparer le dossier Fonds mobilités rurales", "Anaïs Delpech", "2026-12-14", 2),
        ("Rédiger le compte rendu du 26 novembre", "Camille Soulié", "2026-11-30", 3),
        ("Consulter les lycées sur les horaires", "Olivier Marty", "2027-01-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
MOBILITE46_ASKERS = {SLUG: "Anaïs Delpech"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Frédéric Lacombe, Anaïs Delpech, Jérôme Bessières, Olivier Marty, Bruno Cazals, Pascal Lafon, "
    "Hélène Couderc, Chantal Puech, Camille Soulié",
    "/excuses n°2 Yves Delmas, Mickaël Teulier",
    "/presents n°3 Frédéric Lacombe, Anaïs Delpech, Jérôme Bessières, Martine Vaissié, Olivier Marty, "
    "Sandrine Gourdon, Laetitia Roques, Yves Delmas, Chantal Puech, Camille Soulié, Romain Gineste",
    "/excuses n°3 Pascal Lafon",
    "/absents n°3",
)

# What members said before the meeting of 8 December (n°4).
RSVPS = (
    ("Hélène Couderc", "/present"),
    ("Bruno Cazals", "/present"),
    ("Yves Delmas", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, MOBILITE46_ASKERS[SLUG], "mo", ATTENDANCE_COMMANDS, RSVPS)

MOBILITE46_GROUPS = {
    SLUG: (MOBILITE46_MEMBERS, MOBILITE46_MEETINGS, MOBILITE46_DEADLINES, MOBILITE46_DECISIONS, "Anaïs Delpech"),
}

MOBILITE46_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
