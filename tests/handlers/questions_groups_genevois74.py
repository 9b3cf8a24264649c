"""A group written by the lead during the eleventh round, never shown to its
engineers: the cross-border working group on young people's employment of
the Genevan metropolitan area (the French metropolitan pole, the canton of
Geneva's vocational office, the Mission locale, France Travail, a Genevan
foundation, towns on both sides, the chamber of commerce, Cap emploi, the
Genevan employers' union). French and Swiss register mixed. Attendance
recorded with the commands; tasks in the store; the person asking is linked
to a member. Organisation names are real public bodies or plausible ones;
every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["GENEVOIS74_AFTER_SETUP", "GENEVOIS74_ASKERS", "GENEVOIS74_GROUPS", "GENEVOIS74_TASKS"]

SLUG = "genevois74"

GENEVOIS74_MEMBERS = (
    ("Sophie Dumont-Ravel", "Pôle métropolitain du Genevois français", "Chargée de mission emploi-formation, coordinatrice du groupe"),
    ("Marc Girod", "Office pour l'orientation, la formation professionnelle et continue (OFPC)", "Conseiller en insertion, coprésident du groupe"),
    ("Leïla Benali", "Mission locale du Genevois", "Directrice adjointe"),
    ("Thomas Perroud", "France Travail Annemasse", "Conseiller entreprises"),
    ("Nathalie Chappuis", "Fondation Qualife", "Responsable des programmes jeunes"),
    ("Yves Rochat", "Ville d'Onex", "Conseiller administratif délégué à la jeunesse"),
    ("Aurélie Vachoux", "Ville d'Annemasse", "Adjointe au maire chargée de l'emploi, coprésidente du groupe"),
    ("Julien Métral", "CCI Haute-Savoie", "Chargé de relations entreprises, référent apprentissage"),
    ("Céline Baud", "Cap emploi 74", "Conseillère en insertion des travailleurs handicapés"),
    ("Patrick Fontaine", "Union des associations patronales genevoises (UAPG)", "Secrétaire patronal"),
    ("Émilie Dunand", "Pôle métropolitain du Genevois français", "Assistante, secrétariat du groupe"),
)

GENEVOIS74_MEETINGS = (
    ("2026-09-24 14:00", "2026-09-24 16:30", "Maison de l'emploi, Annemasse", ()),
    ("2026-10-29 14:00", "2026-10-29 16:30", "Cité des métiers, Genève", ()),
    ("2026-11-26 14:00", "2026-11-26 16:30", "Mairie d'Onex, salle du Conseil", ()),
    ("2026-12-17 14:00", "2026-12-17 16:30", "Maison de l'emploi, Annemasse",
     ("Recensement des places d'apprentissage", "Forum de l'apprentissage", "Divers")),
    ("2027-01-28 14:00", "2027-01-28 16:30", "Cité des métiers, Genève", ("Bilan de la permanence commune",)),
    ("2027-03-25 14:00", "2027-03-25 16:30", "Mairie d'Onex, salle du Conseil", ()),
)

GENEVOIS74_DEADLINES = (
    ("2026-12-11", "Recensement des places d'apprentissage vacantes"),
    ("2026-12-18", "Dossier de subvention Interreg"),
    ("2027-01-15", "Programme du forum de l'apprentissage"),
    ("2027-02-12", "Bilan de la permanence commune"),
)

GENEVOIS74_DECISIONS = (
    ("2026-09-24", 1, "Le groupe se réunit le dernier jeudi du mois, en alternance des deux côtés de la frontière."),
    ("2026-09-24", 1, "Un annuaire commun des dispositifs d'apprentissage est publié en ligne."),
    ("2026-10-29", 2, "Le forum transfrontalier de l'apprentissage a lieu le 11 mars 2027 à Palexpo."),
    ("2026-10-29", 2, "Les frais de transport des jeunes en stage à Genève sont remboursés à hauteur de 50 %."),
    ("2026-11-26", 3, "La Fondation Qualife accueille 20 jeunes venus de France dans son programme de coaching en 2027."),
    ("2026-11-26", 3, "Une permanence commune se tient chaque mercredi après-midi à la Maison de l'emploi d'Annemasse."),
)

GENEVOIS74_TASKS = {
    SLUG: (
        ("Mettre à jour l'annuaire des dispositifs", "Émilie Dunand", "2026-11-20", 1),
        ("Contacter les entreprises frontalières", "Julien Métral", "2026-12-09", 3),
        ("Réserver le stand à Palexpo", "Marc Girod", "2027-01-08", 2),
        ("Rédiger la convention de remboursement des transports", "Thomas Perroud", "2026-11-27", 2),
        ("Envoyer le compte rendu du 26 novembre", "Émilie Dunand", "2026-12-04", 3),
        ("Préparer une note sur le permis frontalier des apprentis", "Marc Girod", "2026-12-15", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
GENEVOIS74_ASKERS = {SLUG: "Marc Girod"}

# What the secretary typed after the meetings (n°1 never recorded).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Sophie Dumont-Ravel, Marc Girod, Leïla Benali, Thomas Perroud, Nathalie Chappuis, "
    "Julien Métral, Patrick Fontaine, Émilie Dunand",
    "/excuses n°2 Yves Rochat, Céline Baud",
    "/presents n°3 Sophie Dumont-Ravel, Marc Girod, Leïla Benali, Nathalie Chappuis, Yves Rochat, "
    "Aurélie Vachoux, Julien Métral, Céline Baud, Émilie Dunand",
    "/excuses n°3 Thomas Perroud",
    "/absents n°3 Patrick Fontaine",
)

# What members said before the meeting of 17 December (n°4).
RSVPS = (
    ("Leïla Benali", "/present"),
    ("Patrick Fontaine", "/present"),
    ("Yves Rochat", "/excuse"),
)

record_attendance = recorded_attendance(SLUG, GENEVOIS74_ASKERS[SLUG], "gv", ATTENDANCE_COMMANDS, RSVPS)

GENEVOIS74_GROUPS = {
    SLUG: (GENEVOIS74_MEMBERS, GENEVOIS74_MEETINGS, GENEVOIS74_DEADLINES, GENEVOIS74_DECISIONS, "Sophie Dumont-Ravel"),
}

GENEVOIS74_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {SLUG: record_attendance}
