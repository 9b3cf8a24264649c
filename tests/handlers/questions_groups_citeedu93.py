"""A group written by the lead in the twenty-fifth round, for the lead's
blind set 38, written at the start of the round out of every engineer's
reach and measured once on main before any of the round's work: the Cité
éducative of Clichy-sous-Bois and Montfermeil, in Seine-Saint-Denis — the
town's project manager who coordinates, the secondary school's head who
leads for the Éducation nationale, Montfermeil's head of education, the
prefect's delegate, the CAF, the Department's child welfare, the primary
inspector, a science-outreach association, the library, the Mission
locale, the health centre, the parents' association, the territory's
politique de la ville officer and the town's programme de réussite
éducative. A steering committee three times a year, a technical committee
in between. The set leans on questions TYPED FAST ON A PHONE (no accents,
typos, SMS words). Tasks and attendance in the store; the person asking is
a member, not the coordinator: the Mission locale's adviser. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CITEEDU93_AFTER_SETUP", "CITEEDU93_ASKERS", "CITEEDU93_GROUPS", "CITEEDU93_TASKS"]

SLUG = "citeedu93"

CITEEDU93_MEMBERS = (
    ("Nadia Belkacem", "Ville de Clichy-sous-Bois", "Cheffe de projet Cité éducative"),
    ("Olivier Garnier", "Collège Louise-Michel", "Principal, chef de file de la Cité éducative"),
    ("Fatou Diallo", "Ville de Montfermeil", "Directrice de l'éducation"),
    ("Sébastien Marchal", "Préfecture de la Seine-Saint-Denis", "Délégué du préfet"),
    ("Leïla Haddad", "CAF de la Seine-Saint-Denis", "Conseillère territoriale"),
    ("Thomas Perrin", "Conseil départemental de la Seine-Saint-Denis", "Responsable de circonscription de l'aide sociale à l'enfance"),
    ("Aurélie Lemoine", "Éducation nationale", "Inspectrice de circonscription du premier degré"),
    ("Yacine Brahimi", "Les Petits Débrouillards", "Coordinateur des ateliers du soir"),
    ("Marion Faure", "Médiathèque intercommunale", "Responsable du secteur jeunesse"),
    ("Kevin Lopes", "Mission locale Dynamique Emploi", "Conseiller en insertion"),
    ("Sandrine Morel", "Centre municipal de santé de Clichy-sous-Bois", "Médecin coordinatrice"),
    ("Mamadou Sy", "FCPE", "Président du conseil local des parents d'élèves"),
    ("Julien Roche", "Grand Paris Grand Est", "Chargé de mission politique de la ville"),
    ("Inès Carvalho", "Ville de Clichy-sous-Bois", "Coordinatrice du programme de réussite éducative"),
)

CITEEDU93_MEETINGS = (
    ("2026-09-15 14:00", "2026-09-15 16:00", "Comité de pilotage, hôtel de ville de Clichy-sous-Bois", ()),
    ("2026-10-08 09:30", "2026-10-08 11:30", "Comité technique, collège Louise-Michel", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Comité technique, médiathèque de Montfermeil", ()),
    ("2026-12-09 17:30", "2026-12-09 19:30", "Comité de pilotage, hôtel de ville de Montfermeil",
     ("Bilan des vacances apprenantes", "Budget 2027 de la Cité éducative", "Parcours parentalité")),
    ("2027-01-19 09:30", "2027-01-19 11:30", "Comité technique, centre social de l'Orangerie, Clichy-sous-Bois",
     ("Accompagnement à la scolarité", "Lutte contre le décrochage scolaire")),
    ("2027-03-16 17:30", "2027-03-16 19:30", "Comité de pilotage, préfecture, Bobigny", ()),
    ("2027-05-27 09:30", "2027-05-27 11:30", "Comité technique, collège Louise-Michel",
     ("Préparation de l'été 2027",)),
)

CITEEDU93_DEADLINES = (
    ("2026-12-04", "Retour des fiches action 2027"),
    ("2026-12-18", "Envoi du budget prévisionnel à la préfecture"),
    ("2027-01-15", "Inscriptions aux stages de révision de février"),
    ("2027-02-12", "Bilan intermédiaire des ateliers du soir"),
    ("2027-04-09", "Candidatures pour les colonies apprenantes"),
)

CITEEDU93_DECISIONS = (
    ("2026-09-15", 1, "Le comité de pilotage se réunit trois fois par an et le comité technique entre deux comités de pilotage."),
    ("2026-09-15", 1, "Les ateliers du soir sont ouverts aux élèves de CM2 et de sixième."),
    ("2026-09-15", 1, "La Cité éducative finance 40 places en colonies apprenantes l'été prochain."),
    ("2026-10-08", 2, "Les parents sont invités à un petit-déjeuner au collège le premier vendredi de chaque mois."),
    ("2026-10-08", 2, "Une navette gratuite conduit les élèves de Montfermeil à la médiathèque le mercredi après-midi."),
    ("2026-10-08", 2, "Les tablettes prêtées aux familles sont assurées par la ville de Clichy-sous-Bois."),
    ("2026-11-17", 3, "Le budget des sorties culturelles passe à 12 000 euros."),
    ("2026-11-17", 3, "Les élèves exclus temporairement sont accueillis au centre social plutôt que laissés seuls chez eux."),
    ("2026-11-17", 3, "Le stage de révision du brevet a lieu pendant les vacances de février."),
    ("2026-11-17", 3, "Les fiches action sont signées par le principal et par la cheffe de projet."),
)

CITEEDU93_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage", "Nadia Belkacem", "2026-09-22", 1, "done"),
        ("Recenser les élèves exclus temporairement", "Olivier Garnier", "2026-11-20", 2),
        ("Trouver un transporteur pour la navette du mercredi", "Fatou Diallo", "2026-11-27", 2),
        ("Préparer la fiche action sur l'orientation des collégiens", "Kevin Lopes", "2026-11-30", 3),
        ("Organiser le petit-déjeuner des parents de décembre", "Mamadou Sy", "2026-12-04", 3),
        ("Chiffrer les sorties culturelles du second trimestre", "Marion Faure", "2026-12-08", 3),
        ("Monter le budget prévisionnel 2027", "Nadia Belkacem", "2026-12-16", 3),
        ("Contacter les familles pour les stages de février", "Kevin Lopes", "2027-01-08", 3),
        ("Réunir les infirmières scolaires sur le sommeil des enfants", "Sandrine Morel", "2027-01-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the Mission locale's adviser.
CITEEDU93_ASKERS = {SLUG: "Kevin Lopes"}

CITEEDU93_GROUPS = {
    SLUG: (CITEEDU93_MEMBERS, CITEEDU93_MEETINGS, CITEEDU93_DEADLINES, CITEEDU93_DECISIONS, "Nadia Belkacem"),
}

# What the coordinator's account typed after the technical committee at the library (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Nadia Belkacem, Olivier Garnier, Fatou Diallo, Leïla Haddad, Aurélie Lemoine, "
    "Yacine Brahimi, Marion Faure, Kevin Lopes, Inès Carvalho",
    "/excuses n°3 Sébastien Marchal, Sandrine Morel",
    "/absents n°3",
)

# What members said in the chat before the December steering committee (séance n°4).
RSVPS = (
    ("Sébastien Marchal", "/present"),
    ("Thomas Perrin", "/present"),
    ("Mamadou Sy", "/present"),
    ("Julien Roche", "/excuse"),
)

CITEEDU93_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Kevin Lopes", "ce", ATTENDANCE_COMMANDS, RSVPS),
}
