"""A group written for blind set 31a (twenty-fourth round, helper r24a): the
day-care network of the Gros-de-Vaud (« réseau d'accueil de jour des
enfants », canton de Vaud) — its coordination, the syndic of Échallens who
chairs its comité de direction, the municipales and municipaux of Échallens,
Bercher and Bottens, the communal treasurer (boursière), the canton's office
for day care (OAJE), the Fondation pour l'accueil de jour des enfants (FAJE),
a garderie, an after-school unit (UAPE), the day childminders' association
(« les mamans de jour »), the school establishment, the youth directorate
(DGEJ) and the parents' association. Its comité de direction alternates with
a meeting of the structures' directors; a study visit to a bilingual crèche
in Morat (Murten) in January. Swiss usage throughout (syndic, municipale,
préavis, boursière, PV, 1P–6P, dîner for lunch). Attendance recorded with the
commands; tasks in the store; the person asking is the director of the
garderie of Échallens, a member, not the coordinator. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GROSDEVAUD_AFTER_SETUP", "GROSDEVAUD_ASKERS", "GROSDEVAUD_GROUPS", "GROSDEVAUD_TASKS"]

SLUG = "aje-gdv"

GROSDEVAUD_MEMBERS = (
    ("Corinne Bugnon", "Réseau AJEGV", "Coordinatrice du réseau, secrétaire du comité de direction"),
    ("Jean-Daniel Pasche", "Commune d'Échallens", "Syndic d'Échallens, président du comité de direction"),
    ("Myriam Rochat-Besson", "Commune d'Échallens", "Municipale de l'enfance et de la jeunesse"),
    ("Olivier Jaunin", "Commune de Bercher", "Municipal des écoles et de l'accueil de jour"),
    ("Sandrine Cuendet", "Commune de Bottens", "Municipale, vice-présidente du comité de direction"),
    ("Josiane Crausaz", "Commune d'Échallens", "Boursière communale, caissière du réseau"),
    ("Nicolas Perrenoud", "Office de l'accueil de jour des enfants", "Chargé de l'autorisation et de la surveillance"),
    ("Patricia Monod", "Fondation pour l'accueil de jour des enfants", "Responsable des subventions aux réseaux"),
    ("Laetitia Chappuis", "Garderie Les Écureuils", "Directrice de la garderie d'Échallens"),
    ("Fabienne Délèze", "UAPE La Ruche", "Responsable de l'UAPE de Bercher"),
    ("Véronique Gilliéron", "Association d'accueil familial de jour du Gros-de-Vaud",
     "Coordinatrice de l'accueil en milieu familial"),
    ("Stéphane Rey", "Établissement primaire d'Échallens", "Directeur de l'établissement scolaire"),
    ("Aline Zbinden", "Direction générale de l'enfance et de la jeunesse", "Assistante sociale, région Nord"),
    ("Thomas Wüthrich", "Association des parents d'élèves du Gros-de-Vaud", "Représentant des parents"),
)

GROSDEVAUD_MEETINGS = (
    ("2026-09-10 19:00", "2026-09-10 21:00", "Comité de direction, salle du Conseil communal d'Échallens", ()),
    ("2026-10-07 14:00", "2026-10-07 16:30", "Séance des directions de structures, garderie Les Écureuils", ()),
    ("2026-11-12 19:00", "2026-11-12 21:00", "Comité de direction, grande salle de Bercher", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Séance des directions de structures, UAPE La Ruche, Bercher",
     ("Liste d'attente pour la rentrée 2027", "Horaires pendant les vacances de Noël", "Formation des auxiliaires")),
    ("2026-12-17 19:00", "2026-12-17 21:00", "Comité de direction, salle du Conseil communal d'Échallens",
     ("Budget 2027 du réseau", "Préavis pour la crèche de Bottens", "Convention avec la FAJE")),
    ("2027-01-27 09:00", "2027-01-27 12:00", "Visite de la crèche bilingue Les Petits Ponts, Morat", ()),
    ("2027-03-11 19:00", "2027-03-11 21:00", "Comité de direction, salle villageoise de Bottens", ()),
)

GROSDEVAUD_DEADLINES = (
    ("2026-12-04", "Relevé des places occupées à transmettre à l'OAJE"),
    ("2026-12-18", "Demande de subvention à la FAJE"),
    ("2027-01-15", "Inscriptions sur la liste d'attente centralisée pour août 2027"),
    ("2027-02-26", "Rapport d'activité 2026 du réseau"),
)

GROSDEVAUD_DECISIONS = (
    ("2026-09-10", 1, "Le comité de direction se réunit toutes les six semaines, en alternance à Échallens, "
                      "Bercher et Bottens."),
    ("2026-09-10", 1, "Les places sont attribuées en priorité aux familles domiciliées dans une commune du réseau."),
    ("2026-09-10", 1, "Le tarif est calculé sur le revenu déterminant des parents, avec un plafond de 90 francs "
                      "par jour."),
    ("2026-10-07", 2, "Les UAPE ouvrent dès 7 heures le matin à partir de la rentrée d'août 2027."),
    ("2026-10-07", 2, "Un rabais de fratrie de 20 % s'applique dès le deuxième enfant placé dans le réseau."),
    ("2026-10-07", 2, "Les accueillantes en milieu familial reçoivent une indemnité de 7 francs par heure et "
                      "par enfant."),
    ("2026-11-12", 3, "La nouvelle crèche de Bottens ouvrira en août 2027 avec 44 places."),
    ("2026-11-12", 3, "Les repas de midi sont livrés par la cuisine de l'EMS de Bercher dès janvier."),
    ("2026-11-12", 3, "La liste d'attente est centralisée auprès de la coordination du réseau."),
    ("2026-11-12", 3, "L'accueil parascolaire du mercredi après-midi est ouvert aux élèves de la 1P à la 6P."),
)

GROSDEVAUD_TASKS = {
    SLUG: (
        ("Envoyer le PV du comité de direction du 12 novembre", "Corinne Bugnon", "2026-11-20", 3),
        ("Transmettre le relevé des places occupées à l'OAJE", "Laetitia Chappuis", "2026-12-04", 3),
        ("Préparer le budget 2027 du réseau", "Josiane Crausaz", "2026-12-10", 3),
        ("Rédiger le préavis municipal pour la crèche de Bottens", "Sandrine Cuendet", "2026-12-11", 3),
        ("Mettre à jour le règlement tarifaire", "Olivier Jaunin", "2026-11-27", 3),
        ("Organiser le transport pour la visite de Morat", "Véronique Gilliéron", "2027-01-15", 3),
        ("Demander une offre à l'EMS de Bercher pour les repas", "Fabienne Délèze", "2026-10-30", 2, "done"),
        ("Informer les parents de l'ouverture des UAPE à 7 heures", "Thomas Wüthrich", "2027-01-29", 2),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the garderie's director.
GROSDEVAUD_ASKERS = {SLUG: "Laetitia Chappuis"}

GROSDEVAUD_GROUPS = {
    SLUG: (GROSDEVAUD_MEMBERS, GROSDEVAUD_MEETINGS, GROSDEVAUD_DEADLINES, GROSDEVAUD_DECISIONS, "Corinne Bugnon"),
}

# What the coordinator's account typed after the comité de direction in Bercher (séance n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°3 Jean-Daniel Pasche, Corinne Bugnon, Myriam Rochat-Besson, Olivier Jaunin, Sandrine Cuendet, "
    "Josiane Crausaz, Laetitia Chappuis",
    "/excuses n°3 Nicolas Perrenoud, Thomas Wüthrich",
    "/absents n°3",
)

# What members said in the chat before the directors' meeting in Bercher (séance n°4).
RSVPS = (
    ("Fabienne Délèze", "/present"),
    ("Véronique Gilliéron", "/present"),
    ("Aline Zbinden", "/present"),
    ("Stéphane Rey", "/excuse"),
)

GROSDEVAUD_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, "Laetitia Chappuis", "gv", ATTENDANCE_COMMANDS, RSVPS),
}
