"""A group written by helper r34c in the thirty-third round, for blind set 41c
(urgency, frustration and excessive politeness): the comité de suivi of the
recovery after the flood of October 2026 in the Communauté de communes du Pays
de la Lauve, an invented communauté de communes of the Pas-de-Calais (the
Lauve, its river, is invented too) — the president of the communauté who
chairs it, the recovery project manager who runs it (the coordinator), the
head of its waste service, the sous-préfet, the DDTM's flood-risk officer, the
director of the invented syndicat mixte of the river basin (SYMVAL), the
Département's solidarity service, the CCAS of two invented communes
(Lauvincourt and Saint-Aubert-sur-Lauve), the Croix-Rouge and the Secours
populaire, the chambre d'agriculture, the insurers' correspondent, the ADIL,
the invented fonds de solidarité des sinistrés, the Région, and the president
of the invented residents' association of the flooded quartier des
Prés-Marais (the asker: a member, not the coordinator). Its subjects: the
claims and the état de catastrophe naturelle, rehousing, cleaning and waste
(gravats, encombrants, bennes), the works on the Prés-Marais dyke and the
sandbags, the aid to farmers and shopkeepers. Tasks (four late, five done,
one cancelled; two of the asker's), the attendance of the meetings of 5 and
19 November in the store (nothing recorded for the installation of 22
October), announced presences for the comité of Wednesday 2 December.
Every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CRUE62_AFTER_SETUP", "CRUE62_ASKERS", "CRUE62_GROUPS", "CRUE62_TASKS"]

SLUG = "crue62"
ASKER = "Julie Ramon"
CC = "Communauté de communes du Pays de la Lauve"

CRUE62_MEMBERS = (
    ("Bernard Delattre", CC, "Président de la communauté de communes, président du comité de suivi"),
    ("Aurélie Vandamme", CC, "Cheffe de projet reconstruction après la crue, coordinatrice du comité de suivi"),
    ("Damien Lecomte", CC, "Responsable du service déchets et propreté"),
    ("Olivier Castelain", "Préfecture du Pas-de-Calais", "Sous-préfet de l'arrondissement de Montreuil"),
    ("Nadia Bekkouche", "DDTM du Pas-de-Calais", "Chargée de mission risque inondation"),
    ("Grégory Lefebvre", "Syndicat mixte de la vallée de la Lauve (SYMVAL)", "Directeur du syndicat mixte, "
                                                                               "responsable des travaux sur les "
                                                                               "digues"),
    ("Martine Caron", "Département du Pas-de-Calais", "Responsable du service solidarité de la maison du "
                                                      "Département"),
    ("Sylvie Dhennin", "CCAS de Lauvincourt", "Directrice du CCAS"),
    ("Jérôme Wallet", "CCAS de Saint-Aubert-sur-Lauve", "Responsable du CCAS"),
    ("Céline Morel", "Croix-Rouge française, unité locale du Pays de la Lauve", "Responsable de l'unité locale"),
    ("Patrick Descamps", "Secours populaire français, comité de Lauvincourt", "Secrétaire du comité"),
    ("Hélène Dubrulle", "Chambre d'agriculture du Nord-Pas de Calais", "Conseillère agricole, cellule "
                                                                       "d'accompagnement des agriculteurs sinistrés"),
    ("Thierry Maréchal", "France Assureurs", "Correspondant départemental des assureurs"),
    ("Camille Leroy", "ADIL du Pas-de-Calais", "Juriste, conseillère logement"),
    ("Isabelle Fournier", "Fonds de solidarité des sinistrés de la Lauve", "Gestionnaire du fonds de solidarité"),
    ("Franck Boulanger", "Région Hauts-de-France", "Chargé de mission aides aux entreprises sinistrées"),
    ("Julie Ramon", "Association des riverains des Prés-Marais", "Présidente de l'association des riverains"),
)

CRUE62_MEETINGS = (
    ("2026-10-22 14:00", "2026-10-22 16:30", "Réunion d'installation du comité de suivi de la reconstruction, "
                                             "salle du conseil communautaire, Lauvincourt", ()),
    ("2026-11-05 09:30", "2026-11-05 12:00", "Groupe de travail relogement et nettoyage, salle des fêtes de "
                                             "Saint-Aubert-sur-Lauve", ()),
    ("2026-11-19 14:00", "2026-11-19 17:00", "Comité de suivi (digues et aides aux agriculteurs), sous-préfecture "
                                             "de Montreuil", ()),
    ("2026-12-02 14:00", "2026-12-02 16:30", "Comité de suivi de la reconstruction, salle du conseil communautaire, "
                                             "Lauvincourt",
     ("Point sur la reconnaissance de l'état de catastrophe naturelle", "Relogement des familles sinistrées",
      "Évacuation des gravats et des encombrants", "Calendrier des travaux sur la digue des Prés-Marais")),
    ("2026-12-16 18:00", "2026-12-16 20:00", "Réunion publique d'information des sinistrés, salle des fêtes de "
                                             "Saint-Aubert-sur-Lauve",
     ("Démarches d'indemnisation auprès des assurances", "Aides du fonds de solidarité")),
    ("2027-01-14 14:00", "2027-01-14 16:00", "Groupe de travail agriculteurs et commerçants, maison des services de "
                                             "Lauvincourt",
     ("Indemnisation des pertes agricoles", "Aide régionale aux commerçants sinistrés")),
    ("2027-02-11 14:00", "2027-02-11 16:30", "Comité de suivi de la reconstruction, salle du conseil communautaire, "
                                             "Lauvincourt",
     ("Bilan des relogements", "Avancement des travaux sur les digues")),
)

CRUE62_DEADLINES = (
    ("2026-12-10", "Déclaration des dommages aux assureurs après l'arrêté de catastrophe naturelle"),
    ("2026-12-18", "Dépôt des demandes d'aide au fonds de solidarité des sinistrés"),
    ("2027-01-15", "Dépôt des dossiers d'indemnisation des pertes agricoles auprès de la DDTM"),
    ("2027-01-29", "Dépôt des demandes d'aide régionale des commerçants sinistrés"),
    ("2027-03-31", "Fin des travaux de confortement de la digue des Prés-Marais"),
)

CRUE62_DECISIONS = (
    ("2026-10-22", 1, "Le comité de suivi se réunit tous les quinze jours jusqu'à la fin de l'année, puis une fois "
                      "par mois."),
    ("2026-10-22", 1, "La communauté de communes demande la reconnaissance de l'état de catastrophe naturelle pour "
                      "les neuf communes touchées."),
    ("2026-10-22", 1, "Un guichet unique des sinistrés est ouvert à la maison des services de Lauvincourt, du lundi "
                      "au vendredi."),
    ("2026-11-05", 2, "Les familles sinistrées sont relogées en priorité dans les logements vacants de Pas-de-Calais "
                      "Habitat et dans les gîtes communaux."),
    ("2026-11-05", 2, "La communauté de communes prend en charge l'évacuation des gravats et des encombrants des "
                      "sinistrés jusqu'au 31 janvier 2027."),
    ("2026-11-05", 2, "Deux bennes supplémentaires sont installées dans le quartier des Prés-Marais."),
    ("2026-11-05", 2, "La déchetterie de Lauvincourt est gratuite pour les sinistrés le samedi."),
    ("2026-11-19", 3, "Les travaux de confortement de la digue des Prés-Marais sont confiés au syndicat mixte, pour "
                      "un budget de 1,2 million d'euros."),
    ("2026-11-19", 3, "Les sacs de sable restent en place le long de la Lauve jusqu'à la fin des travaux sur la "
                      "digue."),
    ("2026-11-19", 3, "Une aide d'urgence de 1 500 euros est versée à chaque exploitation agricole sinistrée."),
    ("2026-11-19", 3, "Les commerçants sinistrés sont exonérés de cotisation foncière des entreprises pour 2027."),
    ("2026-11-19", 3, "Le fonds de solidarité verse jusqu'à 3 000 euros à chaque foyer sinistré non assuré."),
)

CRUE62_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la réunion d'installation", "Aurélie Vandamme", "2026-10-30", 1, "done"),
        ("Déposer en préfecture la demande de reconnaissance de catastrophe naturelle", "Bernard Delattre",
         "2026-10-28", 1, "done"),
        ("Distribuer le dépliant du guichet unique dans les boîtes aux lettres des Prés-Marais", "Julie Ramon",
         "2026-11-27", 1),
        ("Recenser les logements vacants pour reloger les familles", "Sylvie Dhennin", "2026-11-20", 2),
        ("Installer les deux bennes supplémentaires aux Prés-Marais", "Damien Lecomte", "2026-11-13", 2, "done"),
        ("Distribuer des colis alimentaires et des kits d'hygiène aux familles relogées", "Céline Morel",
         "2026-11-15", 2, "done"),
        ("Organiser une permanence des assureurs au guichet unique", "Thierry Maréchal", "2026-11-25", 2),
        ("Tenir une permanence juridique sur les litiges avec les assurances et les bailleurs", "Camille Leroy",
         "2026-12-09", 2),
        ("Organiser la collecte des encombrants chez les sinistrés", "Damien Lecomte", "2026-12-11", 2),
        ("Faire un diagnostic social des familles relogées", "Martine Caron", "2026-12-18", 2),
        ("Remplacer les sacs de sable abîmés le long de la Lauve", "Grégory Lefebvre", "2026-11-27", 3),
        ("Recenser les exploitations agricoles sinistrées", "Hélène Dubrulle", "2026-11-30", 3, "done"),
        ("Organiser une réunion d'information pour les commerçants sinistrés", "Franck Boulanger", "2026-11-27", 3,
         "cancelled"),
        ("Dresser la liste des foyers non assurés du quartier des Prés-Marais", "Julie Ramon", "2026-12-04", 3),
        ("Préparer le règlement d'attribution du fonds de solidarité", "Isabelle Fournier", "2026-12-08", 3),
        ("Organiser une collecte de meubles et d'électroménager pour les familles sinistrées", "Patrick Descamps",
         "2026-12-12", 3),
        ("Lancer l'appel d'offres pour les travaux de la digue des Prés-Marais", "Grégory Lefebvre", "2026-12-15",
         3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): the president of the residents'
# association of the flooded quartier des Prés-Marais, who carries the guichet unique's leaflet (late) and the list of
# the uninsured households.
CRUE62_ASKERS = {SLUG: ASKER}

CRUE62_GROUPS = {
    SLUG: (CRUE62_MEMBERS, CRUE62_MEETINGS, CRUE62_DEADLINES, CRUE62_DECISIONS, "Aurélie Vandamme"),
}

# What the coordinator typed after the working group of 5 November (n°2) and the comité of 19 November (n°3); nothing
# was recorded for the installation of 22 October (n°1).
ATTENDANCE_COMMANDS = (
    "/presents n°2 Bernard Delattre, Aurélie Vandamme, Martine Caron, Sylvie Dhennin, Jérôme Wallet, Céline Morel, "
    "Patrick Descamps, Camille Leroy, Damien Lecomte, Julie Ramon",
    "/excuses n°2 Olivier Castelain, Hélène Dubrulle, Franck Boulanger",
    "/absents n°2 Thierry Maréchal",
    "/presents n°3 Bernard Delattre, Aurélie Vandamme, Olivier Castelain, Nadia Bekkouche, Grégory Lefebvre, "
    "Hélène Dubrulle, Thierry Maréchal, Franck Boulanger, Isabelle Fournier, Julie Ramon, Damien Lecomte",
    "/excuses n°3 Martine Caron, Céline Morel, Camille Leroy, Sylvie Dhennin",
    "/absents n°3 Jérôme Wallet, Patrick Descamps",
)

# What members said in the chat before the comité of Wednesday 2 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Bernard Delattre", "/present"),
    ("Aurélie Vandamme", "/present"),
    ("Olivier Castelain", "/present"),
    ("Grégory Lefebvre", "/present"),
    ("Sylvie Dhennin", "/present"),
    ("Céline Morel", "/present"),
    ("Damien Lecomte", "/present"),
    ("Thierry Maréchal", "/excuse"),
    ("Hélène Dubrulle", "/excuse"),
)

CRUE62_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "crue62", ATTENDANCE_COMMANDS, RSVPS),
}
