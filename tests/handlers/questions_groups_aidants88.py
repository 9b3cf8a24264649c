"""A group written by the lead in the twenty-second round, for the lead's
blind set 35, written at the start of the round out of every engineer's
reach and measured once on main before any of the round's work: the network
of family caregivers' support in the Vosges — the platform for respite care
of Épinal that coordinates it, the Department (its delegate for autonomy
who chairs the steering committee, the head of its allowance service), the
CLIC of Saint-Dié, the home-help federation, France Alzheimer, the
hospital's mobile geriatric team, the MSA, the Carsat, the CPAM, a CCAS,
the UDAF and the Mutualité. A monthly respite commission, a quarterly
steering committee, a caregivers' fair in March. Tasks and attendance in
the store; the person asking is a member, not the coordinator: the
home-help federation's area manager. Organisation names are real public
bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["AIDANTS88_AFTER_SETUP", "AIDANTS88_ASKERS", "AIDANTS88_GROUPS", "AIDANTS88_TASKS"]

SLUG = "aidants88"

AIDANTS88_MEMBERS = (
    ("Isabelle Grandjean", "Plateforme d'accompagnement et de répit d'Épinal",
     "Coordinatrice de la plateforme de répit et du réseau"),
    ("Gérard Claudel", "Conseil départemental des Vosges",
     "Conseiller départemental délégué à l'autonomie, président du comité de pilotage"),
    ("Aline Perrin", "Conseil départemental des Vosges", "Cheffe du service APA de la Maison de l'autonomie"),
    ("Yannick Mougel", "CLIC de la Déodatie", "Coordinateur du CLIC de Saint-Dié"),
    ("Céline Thouvenot", "ADMR des Vosges", "Responsable de secteur aide à domicile"),
    ("Fabienne Noël", "France Alzheimer Vosges", "Présidente de l'association"),
    ("Marc Aubry", "Centre hospitalier Émile-Durkheim", "Médecin gériatre de l'équipe mobile de gériatrie"),
    ("Sandrine Didier", "MSA Lorraine", "Travailleuse sociale"),
    ("Laurent Vautrin", "Carsat Nord-Est", "Responsable de l'action sociale retraite"),
    ("Nadège Hingray", "CCAS de Remiremont", "Directrice du CCAS"),
    ("Karim Belkacem", "UDAF des Vosges", "Chargé de mission aidants familiaux"),
    ("Patricia Mathieu", "CPAM des Vosges", "Chargée de prévention"),
    ("Julie Ferry", "Mutualité Française Grand Est", "Chargée de projets prévention santé"),
)

AIDANTS88_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Comité de pilotage, Conseil départemental, Épinal", ()),
    ("2026-10-15 14:00", "2026-10-15 16:00", "Commission répit, centre hospitalier Émile-Durkheim, Épinal", ()),
    ("2026-11-19 14:00", "2026-11-19 16:30", "Réunion plénière du réseau, CLIC de la Déodatie, Saint-Dié", ()),
    ("2026-12-10 14:00", "2026-12-10 16:00", "Commission répit, CCAS de Remiremont",
     ("Bilan du relayage à domicile", "Préparation du forum des aidants", "Questionnaire sur les besoins de répit")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Comité de pilotage, Conseil départemental, Épinal",
     ("Budget 2027 de la plateforme", "Lancement du numéro d'écoute", "Annuaire des solutions de répit")),
    ("2027-03-13 09:30", "2027-03-13 17:00", "Forum des aidants, salle des fêtes de Gérardmer", ()),
)

AIDANTS88_DEADLINES = (
    ("2026-12-07", "Retour des fiches de repérage des aidants"),
    ("2026-12-18", "Dossier de subvention à la conférence des financeurs"),
    ("2027-01-22", "Questionnaire sur les besoins de répit"),
    ("2027-02-26", "Inscription des stands au forum des aidants"),
)

AIDANTS88_DECISIONS = (
    ("2026-09-24", 1, "Le réseau se réunit en commission répit chaque mois et en comité de pilotage chaque trimestre."),
    ("2026-09-24", 1, "Un annuaire des solutions de répit est publié sur le site du Département avant l'été 2027."),
    ("2026-09-24", 1, "La halte-répit de Saint-Dié accueille les personnes atteintes de la maladie d'Alzheimer le mardi "
                      "après-midi."),
    ("2026-10-15", 2, "Chaque aidant peut bénéficier de six heures de relayage à domicile gratuites par trimestre."),
    ("2026-10-15", 2, "Les formations des aidants de France Alzheimer sont ouvertes aux aidants de personnes handicapées."),
    ("2026-10-15", 2, "Le café des aidants de Remiremont a lieu le premier samedi du mois à la médiathèque."),
    ("2026-11-19", 3, "Le forum des aidants se tiendra le 13 mars à Gérardmer."),
    ("2026-11-19", 3, "Les travailleurs sociaux de la MSA orientent les aidants agricoles vers la plateforme de répit."),
    ("2026-11-19", 3, "Un numéro d'écoute unique pour les aidants est ouvert à partir du 1er février."),
    ("2026-11-19", 3, "Les séjours de vacances aidant-aidé sont financés à hauteur de 300 euros par famille."),
)

AIDANTS88_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu du comité de pilotage", "Isabelle Grandjean", "2026-10-01", 1, "done"),
        ("Recenser les places d'accueil de jour du département", "Aline Perrin", "2026-11-20", 2),
        ("Relancer les bénévoles du café des aidants", "Fabienne Noël", "2026-11-27", 2),
        ("Rédiger la fiche de repérage des aidants", "Céline Thouvenot", "2026-12-04", 3),
        ("Réserver la salle des fêtes de Gérardmer pour le forum", "Gérard Claudel", "2026-12-15", 3),
        ("Préparer le dossier de la conférence des financeurs", "Isabelle Grandjean", "2026-12-16", 3),
        ("Contacter les mairies pour le numéro d'écoute", "Karim Belkacem", "2027-01-08", 3),
        ("Former les aides à domicile au repérage de l'épuisement", "Céline Thouvenot", "2027-01-29", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the ADMR's area manager.
AIDANTS88_ASKERS = {SLUG: "Céline Thouvenot"}

AIDANTS88_GROUPS = {
    SLUG: (AIDANTS88_MEMBERS, AIDANTS88_MEETINGS, AIDANTS88_DEADLINES, AIDANTS88_DECISIONS, "Isabelle Grandjean"),
}

# What the coordinator's account typed after the plenary meeting in Saint-Dié (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Isabelle Grandjean, Gérard Claudel, Aline Perrin, Yannick Mougel, Céline Thouvenot, "
    "Fabienne Noël, Sandrine Didier, Karim Belkacem",
    "/excuses n°3 Marc Aubry, Laurent Vautrin",
    "/absents n°3",
)

# What members said in the chat before the December respite commission in Remiremont (séance n°4).
RSVPS = (
    ("Yannick Mougel", "/present"),
    ("Nadège Hingray", "/present"),
    ("Fabienne Noël", "/present"),
    ("Marc Aubry", "/excuse"),
)

AIDANTS88_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Céline Thouvenot", "av", ATTENDANCE_COMMANDS, RSVPS),
}
