"""A group written by helper r37c in the thirty-sixth round, for blind set 44c
(meetings, deadlines and decisions named by their date): the plateforme de
suivi et d'appui aux décrocheurs (PSAD) of the district of Thionville-Fensch,
an invented district of the Moselle — the director of the CIO de Thionville
who coordinates it and a psychologue of the CIO; the rectorat's mission de
lutte contre le décrochage scolaire (MLDS) and the DSDEN (for the DAASEN);
the Mission locale du Nord mosellan; the Région Grand Est; the E2C's site of
Thionville; the EPIDE de Metz; two vocational lycées and a CFA (invented); the
PJJ; a prevention association and the Département's youth service; the
SDJES's referent for the service civique; France Travail; a sports
association (invented); the town's programme de réussite éducative.
Meetings: the back-to-school meeting of 22 September, the commission of 3
November at the lycée des Hauts-Fourneaux, the working group of 17 November
at the gymnase du Val-Marie (nothing recorded), the steering committee of
Monday 30 November at the Mission locale (the last one), the commission of
Tuesday 8 December (the next), the meeting at the E2C on 15 December and the
steering committee of 12 January in Metz. The attendance of 22 September, 3
November and 30 November is in the store, and the announced presences for 8
December; the person asking is the CPE of the lycée du Val-Marie, a member,
not the coordinator. Real public bodies are named; the district, the lycées,
the CFA and the associations are invented; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PSAD57_AFTER_SETUP", "PSAD57_ASKERS", "PSAD57_GROUPS", "PSAD57_TASKS"]

SLUG = "psad57"
ASKER = "Sandrine Roth"
CIO = "CIO de Thionville"
ML = "Mission locale du Nord mosellan"

PSAD57_MEMBERS = (
    ("Isabelle Thiry", CIO,
     "Directrice du CIO, coordinatrice de la plateforme de suivi et d'appui aux décrocheurs (PSAD)"),
    ("Claire Lorentz", CIO, "Psychologue de l'Éducation nationale, chargée des entretiens de situation"),
    ("Marc Schwartz", "Rectorat de Nancy-Metz", "Coordonnateur de la mission de lutte contre le décrochage "
                                                 "scolaire (MLDS) pour le bassin de Thionville"),
    ("Caroline Becker", "DSDEN de la Moselle",
     "Inspectrice de l'information et de l'orientation, représentante de la DAASEN"),
    ("Hélène Dietrich", ML, "Directrice"),
    ("Karim Belkacem", ML, "Conseiller référent décrochage et contrat d'engagement jeune"),
    ("Léa Muller", "Région Grand Est", "Chargée de mission orientation et lutte contre le décrochage"),
    ("Julien Zimmermann", "E2C Moselle, site de Thionville", "Directeur du site"),
    ("Amandine Weber", "EPIDE de Metz", "Chargée de recrutement"),
    ("Pascal Klein", "Lycée professionnel des Hauts-Fourneaux, Hayange", "Proviseur adjoint"),
    ("Sandrine Roth", "Lycée professionnel du Val-Marie, Thionville",
     "Conseillère principale d'éducation, référente décrochage de l'établissement"),
    ("Thomas Hild", "CFA interprofessionnel de Thionville-Yutz", "Développeur de l'apprentissage"),
    ("Nadia Boukhris", "PJJ, UEMO de Thionville", "Éducatrice de la protection judiciaire de la jeunesse"),
    ("Fabrice Lang", "Association Horizons Prévention Fensch", "Éducateur de prévention spécialisée"),
    ("Émilie Gross", "Département de la Moselle", "Responsable du service jeunesse"),
    ("Yasmine Haddadi", "SDJES de la Moselle", "Référente service civique"),
    ("Olivier Frantz", "France Travail Thionville", "Conseiller à l'accompagnement des jeunes"),
    ("Kevin Mathis", "AS Fensch Sport Insertion",
     "Éducateur sportif, coordinateur du programme « Sport et raccrochage »"),
    ("Romain Keller", "Ville de Thionville", "Coordinateur du programme de réussite éducative"),
)

PSAD57_MEETINGS = (
    ("2026-09-22 14:00", "2026-09-22 16:30", "Réunion de rentrée de la PSAD : bilan de la campagne de juin, "
                                             "CIO de Thionville", ()),
    ("2026-11-03 09:30", "2026-11-03 12:00", "Commission d'étude des situations de la PSAD, lycée professionnel "
                                             "des Hauts-Fourneaux, Hayange", ()),
    ("2026-11-17 14:00", "2026-11-17 16:00", "Groupe de travail sport et raccrochage, gymnase du Val-Marie, "
                                             "Thionville", ()),
    ("2026-11-30 14:00", "2026-11-30 16:30", "Comité de pilotage de la PSAD : bilan des repérages SIEI, "
                                             "Mission locale du Nord mosellan, Thionville", ()),
    ("2026-12-08 14:00", "2026-12-08 16:30", "Commission de suivi de la PSAD, CIO de Thionville",
     ("Situations des jeunes repérés par le SIEI de novembre",
      "Places disponibles à l'E2C et à l'EPIDE",
      "Présentation du programme « Sport et raccrochage »",
      "Questions diverses")),
    ("2026-12-15 09:30", "2026-12-15 12:00", "Rencontre avec l'E2C et l'EPIDE, E2C Moselle, site de Thionville",
     ("Visite des ateliers de l'E2C",
      "Calendrier des entrées de janvier à l'EPIDE")),
    ("2027-01-12 14:00", "2027-01-12 16:30", "Comité de pilotage de la PSAD, Maison de la Région, Metz",
     ("Bilan du premier trimestre de la PSAD",
      "Appel à projets régional « Raccrochage » 2027",
      "Convention de partenariat 2027")),
)

PSAD57_DEADLINES = (
    ("2026-12-04", "Transmission des listes SIEI actualisées par les établissements au CIO"),
    ("2026-12-11", "Dépôt de la candidature à l'appel à projets régional « Raccrochage » 2027"),
    ("2026-12-18", "Envoi du bilan des entretiens de situation de l'automne à la DAASEN"),
    ("2026-12-20", "Clôture des candidatures aux missions de service civique « Ambassadeurs du raccrochage »"),
    ("2027-01-08", "Inscriptions pour l'entrée de janvier à l'EPIDE de Metz"),
    ("2027-01-29", "Remontée des indicateurs du premier semestre à la Région Grand Est"),
    ("2027-02-05", "Retour des conventions de partenariat 2027 signées"),
)

PSAD57_DECISIONS = (
    ("2026-09-22", 1, "Chaque jeune repéré par le SIEI est contacté par un référent de la PSAD dans les quinze "
                      "jours."),
    ("2026-09-22", 1, "La commission de suivi de la PSAD se réunit deux fois par mois, le mardi."),
    ("2026-09-22", 1, "Le CIO de Thionville accueille les jeunes sans rendez-vous le mercredi après-midi."),
    ("2026-11-03", 2, "Les jeunes de moins de 16 ans restent suivis par leur établissement d'origine, avec l'appui "
                      "de la MLDS."),
    ("2026-11-03", 2, "Douze jeunes sont orientés vers l'E2C pour l'entrée de janvier."),
    ("2026-11-03", 2, "Les situations des jeunes suivis par la PJJ sont présentées en commission avec l'accord de "
                      "leur éducatrice."),
    ("2026-11-03", 2, "Un entretien de situation est proposé à chaque jeune, dans son lycée d'origine ou au CIO."),
    ("2026-11-17", 3, "Le programme « Sport et raccrochage » démarre en janvier 2027 avec l'AS Fensch Sport "
                      "Insertion."),
    ("2026-11-17", 3, "Les séances de sport ont lieu au gymnase du Val-Marie le lundi et le jeudi après-midi."),
    ("2026-11-30", 4, "La PSAD répond à l'appel à projets régional « Raccrochage » 2027 ; la candidature est "
                      "portée par la Mission locale du Nord mosellan."),
    ("2026-11-30", 4, "La commission de suivi du 22 décembre est annulée pendant les vacances de Noël."),
    ("2026-11-30", 4, "Deux missions de service civique « Ambassadeurs du raccrochage » sont ouvertes à la "
                      "Mission locale."),
    ("2026-11-30", 4, "Le compte rendu de chaque commission est envoyé par le CIO sous huit jours."),
    ("2026-11-30", 4, "Les données nominatives des jeunes ne sont jamais partagées dans le groupe de discussion ; "
                      "elles passent par la messagerie sécurisée du rectorat."),
)

PSAD57_TASKS = {
    SLUG: (
        ("Envoyer la liste SIEI actualisée du lycée du Val-Marie", "Sandrine Roth", "2026-11-27", 2),
        ("Préparer les entretiens de situation des élèves de CAP du Val-Marie", "Sandrine Roth", "2026-12-11",
         4),
        ("Transmettre le nombre de places disponibles à l'E2C pour janvier", "Julien Zimmermann", "2026-11-25",
         2),
        ("Organiser la visite de l'EPIDE pour les jeunes repérés", "Amandine Weber", "2026-11-20", 2, "done"),
        ("Présenter les chantiers éducatifs de la prévention spécialisée", "Fabrice Lang", "2026-11-17", 3,
         "cancelled"),
        ("Préparer la fiche de présentation du programme « Sport et raccrochage »", "Kevin Mathis",
         "2026-12-04", 3),
        ("Rédiger le compte rendu du comité de pilotage du 30 novembre", "Isabelle Thiry", "2026-12-07", 4),
        ("Rédiger le dossier de candidature à l'appel à projets régional", "Hélène Dietrich", "2026-12-09", 4),
        ("Publier les offres de service civique sur la plateforme nationale", "Yasmine Haddadi", "2026-12-14",
         4),
        ("Réserver la salle de la Maison de la Région pour le comité du 12 janvier", "Léa Muller", "2026-12-18",
         4),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the CPE of the lycée du Val-Marie.
PSAD57_ASKERS = {SLUG: ASKER}

PSAD57_GROUPS = {
    SLUG: (PSAD57_MEMBERS, PSAD57_MEETINGS, PSAD57_DEADLINES, PSAD57_DECISIONS, "Isabelle Thiry"),
}

# What the coordinator typed after the meetings of 22 September (n°1), 3 November (n°2) and 30 November (n°4);
# nothing was recorded for the working group of 17 November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Isabelle Thiry, Claire Lorentz, Marc Schwartz, Caroline Becker, Hélène Dietrich, "
    "Karim Belkacem, Léa Muller, Julien Zimmermann, Pascal Klein, Sandrine Roth, Thomas Hild, Nadia Boukhris, "
    "Émilie Gross, Olivier Frantz",
    "/excuses n°1 Amandine Weber, Yasmine Haddadi, Romain Keller",
    "/absents n°1 Fabrice Lang, Kevin Mathis",
    "/presents n°2 Isabelle Thiry, Claire Lorentz, Marc Schwartz, Karim Belkacem, Julien Zimmermann, "
    "Amandine Weber, Pascal Klein, Sandrine Roth, Nadia Boukhris, Fabrice Lang",
    "/excuses n°2 Thomas Hild, Olivier Frantz",
    "/absents n°2 Romain Keller",
    "/presents n°4 Isabelle Thiry, Marc Schwartz, Caroline Becker, Hélène Dietrich, Karim Belkacem, "
    "Léa Muller, Julien Zimmermann, Pascal Klein, Émilie Gross, Yasmine Haddadi, Kevin Mathis",
    "/excuses n°4 Sandrine Roth, Nadia Boukhris, Thomas Hild",
    "/absents n°4 Olivier Frantz",
)

# What members said in the chat before the commission of 8 December (n°5); the asker has said nothing yet.
RSVPS = (
    ("Isabelle Thiry", "/present"),
    ("Claire Lorentz", "/present"),
    ("Marc Schwartz", "/present"),
    ("Karim Belkacem", "/present"),
    ("Julien Zimmermann", "/present"),
    ("Amandine Weber", "/present"),
    ("Kevin Mathis", "/present"),
    ("Nadia Boukhris", "/present"),
    ("Pascal Klein", "/excuse"),
    ("Léa Muller", "/excuse"),
)

PSAD57_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "p57", ATTENDANCE_COMMANDS, RSVPS),
}
