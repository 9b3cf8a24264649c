"""A group written by r27d in the twenty-seventh round, for blind set 34c
(a stranger's general set in Québec French): the « Table de quartier
Rosemont-Nord », a Montréal neighbourhood round table (table de
concertation) — its coordonnatrice, its agent de développement who keeps
the procès-verbaux, the présidente of its board, the CIUSSS de
l'Est-de-l'Île-de-Montréal (the CLSC's organisatrice communautaire and a
public-health planner), the arrondissement (its conseillère en
développement communautaire and the mairesse d'arrondissement), a
conseiller de ville, the Centre de services scolaire de Montréal (its
répondante), Services Québec, the carrefour jeunesse-emploi, a maison des
jeunes, an épicerie solidaire, the OMHM, the comité logement (the asker)
and the SPVM's neighbourhood station. Tasks (three late, three done, one
cancelled) and the attendance of the coordination committee of October
and of the table's meeting of November in the store (nothing recorded for
September), announced presences for the coordination committee of
10 December; the person asking is a member, not the coordinator.
Organisation names are real public bodies or invented ones (the table, the
maison des jeunes, the épicerie solidaire, the families' group, the
community centre); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["TQROSEMONT_AFTER_SETUP", "TQROSEMONT_ASKERS", "TQROSEMONT_GROUPS", "TQROSEMONT_TASKS"]

SLUG = "tqrosemont"
ASKER = "Amélie Caron"

TQROSEMONT_MEMBERS = (
    ("Geneviève Tremblay", "Table de quartier Rosemont-Nord", "Coordonnatrice de la table"),
    ("Maxime Gagnon", "Table de quartier Rosemont-Nord", "Agent de développement, secrétaire du comité de coordination"),
    ("Yasmine Belkacem", "Regroupement des familles de Rosemont", "Directrice, présidente du conseil d'administration de la table"),
    ("Josée Bouchard", "CIUSSS de l'Est-de-l'Île-de-Montréal", "Organisatrice communautaire au CLSC de Rosemont"),
    ("Étienne Lavoie", "CIUSSS de l'Est-de-l'Île-de-Montréal", "Agent de planification en santé publique"),
    ("Nathalie Côté", "Arrondissement de Rosemont–La Petite-Patrie", "Conseillère en développement communautaire"),
    ("Isabelle Roy", "Arrondissement de Rosemont–La Petite-Patrie", "Mairesse de l'arrondissement"),
    ("François Pelletier", "Ville de Montréal", "Conseiller de ville"),
    ("Sylvie Gauthier", "Centre de services scolaire de Montréal", "Répondante pour la réussite éducative"),
    ("Karim Haddad", "Services Québec", "Agent d'aide à l'emploi"),
    ("Mélanie Bergeron", "Carrefour jeunesse-emploi Rosemont–Petite-Patrie", "Directrice générale"),
    ("Patrick Ouellet", "Maison des jeunes L'Escale", "Coordonnateur"),
    ("Chantal Morin", "Épicerie solidaire Le Panier du Nord", "Responsable de l'aide alimentaire"),
    ("Louis-Philippe Fortin", "Office municipal d'habitation de Montréal", "Organisateur communautaire"),
    ("Amélie Caron", "Comité logement Rosemont", "Organisatrice communautaire"),
    ("Denis Beaulieu", "SPVM, poste de quartier 44", "Agent sociocommunautaire"),
)

TQROSEMONT_MEETINGS = (
    ("2026-09-16 13:30", "2026-09-16 16:00", "Rencontre de la table, Centre Bellechasse", ()),
    ("2026-10-08 09:00", "2026-10-08 11:30", "Comité de coordination, CLSC de Rosemont", ()),
    ("2026-11-18 13:30", "2026-11-18 16:30", "Rencontre de la table, Bibliothèque Marc-Favreau", ()),
    ("2026-12-10 09:30", "2026-12-10 12:00", "Comité de coordination, Centre Bellechasse",
     ("Bilan de mi-parcours du plan d'action de quartier", "Demande de financement à Centraide",
      "Ouverture de la halte-chaleur", "Préparation du forum de quartier")),
    ("2027-01-20 13:30", "2027-01-20 16:00", "Rencontre de la table, Centre Bellechasse",
     ("Corridor scolaire sur la rue Beaubien", "Portrait du logement social")),
    ("2027-03-18 18:00", "2027-03-18 21:00", "Forum de quartier, école secondaire Père-Marquette", ()),
    ("2027-06-09 17:00", "2027-06-09 19:30", "Assemblée générale annuelle, Centre Bellechasse", ()),
)

TQROSEMONT_DEADLINES = (
    ("2026-12-04", "Dépôt de la demande de financement à Centraide"),
    ("2026-12-18", "Remise du bilan de mi-parcours du plan d'action de quartier"),
    ("2027-01-29", "Reddition de comptes de l'Initiative montréalaise"),
    ("2027-02-26", "Fin des inscriptions au forum de quartier"),
)

TQROSEMONT_DECISIONS = (
    ("2026-09-16", 1, "La table adopte son plan d'action de quartier 2026-2029 autour de trois priorités : "
                      "sécurité alimentaire, logement et persévérance scolaire."),
    ("2026-09-16", 1, "Le comité de coordination se réunit une fois par mois."),
    ("2026-09-16", 1, "Les procès-verbaux sont envoyés par courriel dans les dix jours suivant chaque rencontre."),
    ("2026-10-08", 2, "Le frigo communautaire sera installé devant la bibliothèque Marc-Favreau au printemps 2027."),
    ("2026-10-08", 2, "Une halte-chaleur ouvre au sous-sol de l'église Saint-Esprit du 15 décembre au 31 mars."),
    ("2026-10-08", 2, "Le chantier logement de la table est animé par le Comité logement Rosemont."),
    ("2026-11-18", 3, "Le projet de navette vers l'épicerie solidaire est reporté à l'automne 2027 faute de "
                      "financement."),
    ("2026-11-18", 3, "La table appuie la demande d'un corridor scolaire sécuritaire sur la rue Beaubien."),
    ("2026-11-18", 3, "Le forum de quartier aura lieu en mars à l'école secondaire Père-Marquette."),
    ("2026-11-18", 3, "La cotisation annuelle des organismes membres est fixée à 50 $."),
    ("2026-11-18", 3, "Les rencontres de la table se tiennent en présentiel, avec un lien Teams pour les membres "
                      "qui ne peuvent pas se déplacer."),
)

TQROSEMONT_TASKS = {
    SLUG: (
        ("Envoyer le procès-verbal de la rencontre de septembre", "Maxime Gagnon", "2026-09-30", 1, "done"),
        ("Mettre à jour le bottin des ressources du quartier", "Patrick Ouellet", "2026-10-30", 1),
        ("Trouver un local pour la halte-chaleur", "Josée Bouchard", "2026-10-23", 2, "done"),
        ("Faire le portrait du logement social du quartier", "Amélie Caron", "2026-12-11", 2),
        ("Négocier l'emplacement du frigo communautaire avec l'arrondissement", "Nathalie Côté", "2026-11-13", 2),
        ("Recruter des bénévoles pour la halte-chaleur", "Chantal Morin", "2026-12-09", 2),
        ("Organiser une soirée d'information sur l'emploi des jeunes", "Mélanie Bergeron", "2026-11-20", 2,
         "cancelled"),
        ("Rédiger la demande de financement à Centraide", "Geneviève Tremblay", "2026-12-03", 3),
        ("Envoyer le procès-verbal de la rencontre de novembre", "Maxime Gagnon", "2026-11-27", 3, "done"),
        ("Compiler les données de fréquentation scolaire", "Sylvie Gauthier", "2026-11-27", 3),
        ("Préparer la lettre d'appui au corridor scolaire", "Yasmine Belkacem", "2026-12-15", 3),
        ("Présenter le bilan de mi-parcours au comité de coordination", "Étienne Lavoie", "2026-12-10", 3),
        ("Réserver le gymnase de l'école Père-Marquette pour le forum", "Maxime Gagnon", "2027-01-15", 3),
        ("Recenser les logements insalubres signalés au poste de quartier", "Denis Beaulieu", "2027-01-08", 3),
        ("Présenter les programmes d'emploi de Services Québec aux organismes", "Karim Haddad", "2027-01-20", 3),
        ("Distribuer le dépliant de la halte-chaleur aux locataires", "Amélie Caron", "2026-12-14", 3),
        ("Inviter la mairesse au forum de quartier", "François Pelletier", "2027-02-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the comité logement's organiser.
TQROSEMONT_ASKERS = {SLUG: ASKER}

TQROSEMONT_GROUPS = {
    SLUG: (TQROSEMONT_MEMBERS, TQROSEMONT_MEETINGS, TQROSEMONT_DEADLINES, TQROSEMONT_DECISIONS,
           "Geneviève Tremblay"),
}

# What the secretary typed after the coordination committee of the CLSC (n°2) and the table's meeting at the
# library (n°3); nothing was recorded for the table's meeting of September (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Geneviève Tremblay, Maxime Gagnon, Yasmine Belkacem, Josée Bouchard, Nathalie Côté, "
    "Amélie Caron",
    "/excuses n°2 Mélanie Bergeron",
    "/absents n°2 Denis Beaulieu",
    "/presents n°3 Geneviève Tremblay, Maxime Gagnon, Yasmine Belkacem, Josée Bouchard, Étienne Lavoie, "
    "Nathalie Côté, Sylvie Gauthier, Karim Haddad, Patrick Ouellet, Chantal Morin, Amélie Caron",
    "/excuses n°3 Mélanie Bergeron, François Pelletier, Louis-Philippe Fortin",
    "/absents n°3 Isabelle Roy",
)

# What members said in the chat before the coordination committee of 10 December (n°4).
RSVPS = (
    ("Geneviève Tremblay", "/present"),
    ("Yasmine Belkacem", "/present"),
    ("Josée Bouchard", "/present"),
    ("Étienne Lavoie", "/present"),
    ("Nathalie Côté", "/excuse"),
    ("Chantal Morin", "/excuse"),
)

TQROSEMONT_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "tqr", ATTENDANCE_COMMANDS, RSVPS),
}
