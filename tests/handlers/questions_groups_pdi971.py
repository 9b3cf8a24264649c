"""A group written by helper r40a in the thirty-ninth round, for blind set
47a (the French of the Antilles, coloured by Guadeloupean and Martinican
Creole, as the members write it in their chat): the comité technique of
the programme départemental d'insertion (PDI) of the Département de la
Guadeloupe, on an invented territory (the Nord Grande-Terre and the
Côte-sous-le-Vent) — the Département's vice-president for insertion, who
chairs it; the head of the PDI's unit, who coordinates it; the
Département's grants officer; the CAF; the CGSS; France Travail; the
Mission locale; the CCAS of Les Abymes, Pointe-à-Pitre and Sainte-Rose;
the Région (training); two ateliers et chantiers d'insertion (a jardin
créole — the asker is its encadrante technique — and a boat-building and
heritage one); an entreprise d'insertion; the ARS; the SIAO; an
association for RSA holders' mobility; the Maison France Services of
Sainte-Rose; a PLIE-like structure; the Chambre de métiers.
Meetings: the comité of June at the Hôtel du Département in Basse-Terre,
a visit of the boat-building chantier in Pointe-Noire in September, the
comité of October at the Maison France Services in Sainte-Rose (last),
the next one at the Département's insertion antenna in Les Abymes in
December, an information meeting for RSA holders on mobility in January,
the spring comité at the jardin créole in Port-Louis in March. The
attendance of June and October is in the store, and the announced
presences for 10 December; the person asking is a member, not the
coordinator. Organisation names are public bodies (the Département, the
CAF, the CGSS, France Travail, the Mission locale, the CCAS, the Région,
the ARS, the SIAO, the Maison France Services, the Chambre de métiers) or
invented ones (the associations, the entreprise d'insertion, the PLIE-like
structure); every person is invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["PDI971_AFTER_SETUP", "PDI971_ASKERS", "PDI971_GROUPS", "PDI971_TASKS"]

SLUG = "pdi971"
ASKER = "Lucette Mérion"
DEPARTEMENT = "Département de la Guadeloupe"

PDI971_MEMBERS = (
    ("Marie-Line Bélair", DEPARTEMENT, "Vice-présidente du Conseil départemental chargée de l'insertion, "
                                       "présidente du comité technique du PDI"),
    ("Joël Nébor", DEPARTEMENT, "Chef de l'unité du programme départemental d'insertion, coordonnateur du "
                                "comité technique"),
    ("Gérard Cancel", DEPARTEMENT, "Gestionnaire des subventions aux structures d'insertion"),
    ("Sandrine Zénon", "CAF de la Guadeloupe", "Responsable du service RSA"),
    ("Patrick Calixte", "CGSS de la Guadeloupe", "Assistant social du service social de l'assurance maladie"),
    ("Nadège Ramassamy", "France Travail Guadeloupe", "Conseillère référente RSA à l'agence des Abymes"),
    ("Dimitri Lacavé", "Mission locale de Guadeloupe", "Conseiller jeunes de l'antenne Nord Grande-Terre"),
    ("Ghislaine Troupé", "CCAS des Abymes", "Directrice du CCAS"),
    ("Rosan Zamia", "CCAS de Pointe-à-Pitre", "Responsable de l'accompagnement social"),
    ("Murielle Saint-Ange", "CCAS de Sainte-Rose", "Travailleuse sociale, référente RSA"),
    ("Harry Gédéon", "Région Guadeloupe", "Chargé de mission formation professionnelle"),
    ("Lucette Mérion", "Association Jaden Kréyòl", "Encadrante technique du chantier d'insertion jardin créole"),
    ("Fred Sylvestre", "Association Kannòt Patrimwàn", "Directeur de l'atelier chantier d'insertion construction "
                                                       "navale et patrimoine"),
    ("Cynthia Belfort", "Lavé Kaz", "Gérante de l'entreprise d'insertion de nettoyage et d'entretien"),
    ("Judith Deglas", "ARS Guadeloupe", "Chargée de mission santé des personnes en précarité"),
    ("Steeve Alexis", "SIAO de la Guadeloupe", "Coordinateur du service intégré d'accueil et d'orientation"),
    ("Jocelyne Marianne", "Association Mobilité Karukera", "Présidente, responsable de l'auto-école sociale"),
    ("Didier Flauzin", "Maison France Services de Sainte-Rose", "Animateur France Services"),
    ("Émilie Théodose", "Ensemble pour l'emploi Nord Grande-Terre", "Référente de parcours du plan local pour "
                                                                    "l'insertion et l'emploi"),
    ("Yannick Pelage", "Chambre de métiers et de l'artisanat de Guadeloupe", "Chargé de l'apprentissage"),
)

PDI971_MEETINGS = (
    ("2026-06-18 09:00", "2026-06-18 12:00", "Comité technique du PDI : bilan du premier semestre, salle des "
                                             "délibérations, Hôtel du Département, Basse-Terre", ()),
    ("2026-09-12 08:30", "2026-09-12 12:00", "Visite du chantier d'insertion Kannòt Patrimwàn, chantier naval de "
                                             "l'anse, Pointe-Noire", ()),
    ("2026-10-15 09:00", "2026-10-15 12:00", "Comité technique du PDI : appel à projets insertion 2027 et "
                                             "mobilité, Maison France Services, Sainte-Rose", ()),
    ("2026-12-10 09:00", "2026-12-10 12:00", "Comité technique du PDI, salle du conseil, antenne territoriale "
                                             "d'insertion, Les Abymes",
     ("Sélection des projets de l'appel à projets insertion 2027",
      "Bilan de la navette solidaire",
      "Calendrier du forum emploi et insertion",
      "Point sur les retards d'orientation des bénéficiaires du RSA")),
    ("2027-01-13 14:00", "2027-01-13 16:30", "Réunion d'information des bénéficiaires du RSA sur la mobilité, "
                                             "Maison France Services, Sainte-Rose",
     ("Présentation du permis solidaire",
      "Horaires de la navette solidaire")),
    ("2027-03-09 09:00", "2027-03-09 12:00", "Comité technique de printemps : bilan annuel du PDI, jardin créole "
                                             "Jaden Kréyòl, Port-Louis",
     ("Bilan annuel du programme départemental d'insertion",
      "Renouvellement des conventions des chantiers d'insertion")),
)

PDI971_DEADLINES = (
    ("2026-12-18", "Dépôt des dossiers de candidature à l'appel à projets insertion 2027"),
    ("2027-01-15", "Remise des bilans d'activité 2026 des ateliers et chantiers d'insertion"),
    ("2027-02-05", "Transmission à la CAF de la liste des bénéficiaires du RSA en attente d'orientation"),
    ("2027-03-01", "Inscription des bénéficiaires au permis solidaire"),
    ("2027-04-30", "Rapport d'évaluation du pacte territorial d'insertion"),
    ("2027-05-31", "Renouvellement des conventions des ateliers et chantiers d'insertion"),
)

PDI971_DECISIONS = (
    ("2026-06-18", 1, "Le comité technique se réunit une fois par trimestre, le jeudi matin, en alternance aux "
                      "Abymes et à Sainte-Rose."),
    ("2026-06-18", 1, "L'aide à la mobilité des bénéficiaires du RSA est de 300 euros par an, versée sur "
                      "justificatif (carburant, réparation du véhicule, titre de transport)."),
    ("2026-06-18", 1, "Tout bénéficiaire du RSA est orienté dans les 30 jours après l'ouverture de ses droits, "
                      "avec un référent unique."),
    ("2026-06-18", 1, "Les ateliers et chantiers d'insertion reçoivent du Département 4 500 euros par poste en "
                      "insertion et par an."),
    ("2026-09-12", 2, "Le chantier Kannòt Patrimwàn accueille 12 salariés en insertion et construit deux canots "
                      "saintois d'ici juin 2027."),
    ("2026-10-15", 3, "L'appel à projets insertion 2027 est doté de 1,2 million d'euros, dont 60 % du Fonds "
                      "social européen."),
    ("2026-10-15", 3, "Une navette solidaire relie Sainte-Rose aux Abymes deux fois par jour, gratuite pour les "
                      "bénéficiaires du RSA en formation ou en chantier d'insertion."),
    ("2026-10-15", 3, "Le permis solidaire finance 40 permis de conduire par an pour les bénéficiaires du RSA, "
                      "avec un reste à charge de 100 euros."),
    ("2026-10-15", 3, "Le forum emploi et insertion du Nord Grande-Terre a lieu le jeudi 22 avril 2027 au "
                      "gymnase de Morne-à-l'Eau."),
    ("2026-10-15", 3, "Les paniers de légumes du jardin créole sont vendus 10 euros aux agents du Département "
                      "chaque vendredi."),
    ("2026-10-15", 3, "Les bénéficiaires du RSA sans logement sont signalés au SIAO dans les 48 heures."),
    ("2026-10-15", 3, "Les rendez-vous d'orientation se font en créole ou en français, au choix du "
                      "bénéficiaire."),
    ("2026-10-15", 3, "Les réunions sont annulées en cas de vigilance orange cyclonique ; les membres sont "
                      "prévenus par SMS."),
    ("2026-10-15", 3, "La CGSS propose un bilan de santé gratuit à chaque salarié en insertion dans sa première "
                      "année de contrat."),
)

PDI971_TASKS = {
    SLUG: (
        ("Réserver le car pour la visite du chantier naval de Pointe-Noire", "Jocelyne Marianne", "2026-09-05",
         1, "done"),
        ("Organiser une soirée gwoka au chantier naval pour la mise à l'eau", "Fred Sylvestre", "2026-09-10", 2,
         "cancelled"),
        ("Imprimer les affiches de l'appel à projets insertion 2027", "Gérard Cancel", "2026-10-30", 3, "done"),
        ("Envoyer la liste des bénéficiaires du RSA sans référent au Département", "Sandrine Zénon",
         "2026-11-13", 3),
        ("Chiffrer le coût des trajets de la navette solidaire", "Jocelyne Marianne", "2026-11-20", 3),
        ("Rédiger la fiche de présentation du jardin créole pour le forum", "Lucette Mérion", "2026-11-27", 3),
        ("Préparer la grille de sélection des projets 2027", "Joël Nébor", "2027-01-08", 3),
        ("Proposer le planning des paniers du jardin créole pour 2027", "Lucette Mérion", "2027-01-29", 3),
        ("Recenser les bénéficiaires intéressés par le permis solidaire", "Didier Flauzin", "2027-02-26", 3),
        ("Inscrire les stagiaires au permis solidaire", "Nadège Ramassamy", "2027-03-01", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « an », « je »): the jardin créole's encadrante.
PDI971_ASKERS = {SLUG: ASKER}

PDI971_GROUPS = {
    SLUG: (PDI971_MEMBERS, PDI971_MEETINGS, PDI971_DEADLINES, PDI971_DECISIONS, "Joël Nébor"),
}

# What the coordinator typed after the comité of June (n°1) and the comité of October at Sainte-Rose (n°3);
# nothing was recorded for the visit of the chantier naval (n°2).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Marie-Line Bélair, Joël Nébor, Gérard Cancel, Sandrine Zénon, Patrick Calixte, "
    "Nadège Ramassamy, Ghislaine Troupé, Rosan Zamia, Murielle Saint-Ange, Harry Gédéon, Lucette Mérion, "
    "Fred Sylvestre, Steeve Alexis, Jocelyne Marianne, Émilie Théodose",
    "/excuses n°1 Judith Deglas, Dimitri Lacavé, Didier Flauzin",
    "/absents n°1 Cynthia Belfort, Yannick Pelage",
    "/presents n°3 Marie-Line Bélair, Joël Nébor, Gérard Cancel, Sandrine Zénon, Nadège Ramassamy, "
    "Dimitri Lacavé, Murielle Saint-Ange, Harry Gédéon, Fred Sylvestre, Judith Deglas, Steeve Alexis, "
    "Jocelyne Marianne, Didier Flauzin, Cynthia Belfort",
    "/excuses n°3 Lucette Mérion, Rosan Zamia, Patrick Calixte, Ghislaine Troupé",
    "/absents n°3 Yannick Pelage",
)

# What members said in the chat before the comité of 10 December (n°4); the asker has said nothing yet.
RSVPS = (
    ("Marie-Line Bélair", "/present"),
    ("Joël Nébor", "/present"),
    ("Gérard Cancel", "/present"),
    ("Sandrine Zénon", "/present"),
    ("Nadège Ramassamy", "/present"),
    ("Fred Sylvestre", "/present"),
    ("Steeve Alexis", "/present"),
    ("Jocelyne Marianne", "/present"),
    ("Didier Flauzin", "/present"),
    ("Rosan Zamia", "/excuse"),
    ("Harry Gédéon", "/excuse"),
)

PDI971_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "pd971", ATTENDANCE_COMMANDS, RSVPS),
}
