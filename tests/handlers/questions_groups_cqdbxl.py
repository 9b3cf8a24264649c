"""A group written by helper w45b in the forty-fourth round, for the lead's
blind set 91 (a stranger's general set in the words of the commission de
quartier (CoQ) of an invented contrat de quartier durable (CQD) in a Brussels
commune): the CQD Sablière-Moulin of the commune of Anderlecht (the quartier,
its streets, its park and its ASBL are invented) — the échevine de la
rénovation urbaine who chairs the CoQ, the cheffe de projet CQD and the
chargé de projet infrastructures of the cellule rénovation urbaine, the
commune's agente de participation (the group's coordinator), the agent of
the commune's finance service who follows the regional and FEDER subsidies;
three habitants' representatives (titulaires, one of them the asker) and
two suppléants; the invented maison de quartier Le Moulin, école de devoirs
Les Petits Castors and ASBL d'insertion socioprofessionnelle Tremplin
Sablière; the Mission locale d'Anderlecht; the CPAS d'Anderlecht; the Région
(urban.brussels, direction de la rénovation urbaine); the invented bureau
d'études Atelier Canopée who drafted the dossier de base; the agent de
quartier of the zone de police Midi; the société immobilière de service
public Le Foyer Anderlechtois.
Meetings: the CoQ of September at the maison de quartier, the CoQ of October
on the socio-économiques and the crèche at the école communale n°9, the CoQ
of November at the maison communale, the CoQ of Tuesday 8 December at the
maison de quartier, the CoQ of January at the école de devoirs and the
assemblée générale des habitants of March in the gym of the école communale
n°9. Attendance recorded for the three past meetings, presences announced for
8 December; tasks (three late, one of them the asker's; one done; one
cancelled). Public bodies named: the commune of Anderlecht, its CPAS, the
Mission locale d'Anderlecht, urban.brussels, the zone de police Midi, Le Foyer
Anderlechtois, the FEDER; everything else and every person are invented."""

from __future__ import annotations

from collections.abc import Callable

from tests.handlers.attendance_setup import recorded_attendance
from tests.helpers import Chat

__all__ = ["CQDBXL_AFTER_SETUP", "CQDBXL_ASKERS", "CQDBXL_GROUPS", "CQDBXL_TASKS"]

SLUG = "cqdbxl"
ASKER = "Brigitte Lambotte"
CELLULE = "Commune d'Anderlecht, cellule rénovation urbaine"
HABITANTS = "Habitants du quartier Sablière-Moulin"

CQDBXL_MEMBERS = (
    ("Nadia El Amrani", "Commune d'Anderlecht, collège des bourgmestre et échevins",
     "Échevine de la rénovation urbaine, présidente de la commission de quartier"),
    ("Sarah Vandenbussche", CELLULE, "Cheffe de projet du contrat de quartier durable Sablière-Moulin"),
    ("Thomas Claes", CELLULE, "Chargé de projet infrastructures (marchés publics et suivi des chantiers)"),
    ("Inès Mertens", "Commune d'Anderlecht, service participation",
     "Agente de participation, coordinatrice de la commission de quartier"),
    ("Damien Collard", "Commune d'Anderlecht, service des finances",
     "Agent comptable, suivi des subsides régionaux et FEDER"),
    ("Brigitte Lambotte", HABITANTS, "Représentante des habitants, membre titulaire"),
    ("Youssef Benali", HABITANTS, "Représentant des habitants, membre titulaire"),
    ("Marie-Claire Dewulf", HABITANTS, "Représentante des habitants, membre titulaire"),
    ("Kevin Peeters", HABITANTS, "Représentant des habitants, membre suppléant"),
    ("Fatima Ouali", HABITANTS, "Représentante des habitants, membre suppléante"),
    ("Geoffrey Dubois", "Maison de quartier Le Moulin ASBL", "Coordinateur de la maison de quartier"),
    ("Aïcha Rahmouni", "École de devoirs Les Petits Castors ASBL", "Coordinatrice de l'école de devoirs"),
    ("Jérôme Van Acker", "Tremplin Sablière ASBL (insertion socioprofessionnelle)",
     "Directeur, porteur de projets socio-économiques du CQD"),
    ("Samira Hadji", "Mission locale d'Anderlecht", "Conseillère emploi, référente des clauses sociales"),
    ("Luc Verstraeten", "CPAS d'Anderlecht", "Assistant social, service d'insertion socioprofessionnelle"),
    ("Hélène Janssens", "urban.brussels, direction de la rénovation urbaine",
     "Attachée, représentante de la Région de Bruxelles-Capitale"),
    ("Pierre-Yves Lemaire", "Atelier Canopée, bureau d'études en urbanisme",
     "Architecte-urbaniste, auteur du dossier de base du programme"),
    ("Marc Goossens", "Zone de police Midi", "Agent de quartier Sablière-Moulin"),
    ("Sophie Lenaerts", "Le Foyer Anderlechtois (société immobilière de service public)",
     "Responsable du développement du patrimoine"),
)

CQDBXL_MEETINGS = (
    ("2026-09-17 18:30", "2026-09-17 21:00", "Commission de quartier, salle polyvalente de la maison de quartier "
                                             "Le Moulin, place du Moulin", ()),
    ("2026-10-15 18:30", "2026-10-15 21:00", "Commission de quartier consacrée aux opérations socio-économiques et "
                                             "à la crèche, réfectoire de l'école communale n°9, rue de la "
                                             "Sablière", ()),
    ("2026-11-19 18:30", "2026-11-19 21:15", "Commission de quartier, salle du conseil communal, maison communale "
                                             "d'Anderlecht", ()),
    ("2026-12-08 18:30", "2026-12-08 21:00", "Commission de quartier, salle polyvalente de la maison de quartier "
                                             "Le Moulin, place du Moulin",
     ("Avis de la commission de quartier sur le permis d'urbanisme du parc de la Sablière (enquête publique)",
      "Surcoût de la salle de sport de la rue du Moulin et transfert budgétaire",
      "Lancement de l'appel à projets citoyens 2027",
      "Planning du chantier de repavage de la rue de la Sablière")),
    ("2027-01-28 18:30", "2027-01-28 21:00", "Commission de quartier, école de devoirs Les Petits Castors, rue du "
                                             "Moulin",
     ("Sélection des projets citoyens 2027",
      "Bilan des opérations socio-économiques 2026")),
    ("2027-03-20 10:00", "2027-03-20 13:00", "Assemblée générale des habitants, salle de gymnastique de l'école "
                                             "communale n°9",
     ("Présentation de l'état d'avancement du programme du CQD",
      "Rapport annuel d'exécution 2026")),
)

CQDBXL_DEADLINES = (
    ("2026-11-30", "Transmission à urban.brussels de la demande de liquidation de la deuxième tranche du subside "
                   "régional"),
    ("2026-12-14", "Clôture de l'enquête publique sur le permis d'urbanisme du parc de la Sablière"),
    ("2027-01-14", "Commission de concertation sur le réaménagement du parc de la Sablière"),
    ("2027-01-15", "Dépôt des candidatures à l'appel à projets citoyens 2027"),
    ("2027-01-29", "Remise des offres pour le marché de travaux de la salle de sport de la rue du Moulin"),
    ("2027-02-26", "Envoi du rapport annuel d'exécution 2026 du CQD à urban.brussels"),
)

CQDBXL_DECISIONS = (
    ("2026-09-17", 1, "La commission de quartier se réunit en principe un jeudi par mois à 18h30, à la maison de "
                      "quartier Le Moulin ou dans un autre lieu du quartier."),
    ("2026-09-17", 1, "Le PV de chaque réunion est envoyé aux membres par courriel dans les quinze jours et affiché "
                      "à la maison de quartier."),
    ("2026-09-17", 1, "En l'absence d'un représentant titulaire des habitants, un suppléant siège à sa place avec "
                      "voix délibérative."),
    ("2026-09-17", 1, "Le règlement de l'appel à projets citoyens est approuvé : enveloppe annuelle de €40.000, "
                      "au maximum €2.500 par projet, porté par au moins trois habitants du périmètre."),
    ("2026-09-17", 1, "Le jury des projets citoyens est composé de trois habitants de la commission, de la cheffe "
                      "de projet et de l'agente de participation."),
    ("2026-10-15", 2, "La crèche de la rue du Moulin comptera 42 places, dont 14 réservées aux parents en "
                      "parcours d'insertion suivis par le CPAS ou la mission locale."),
    ("2026-10-15", 2, "Le budget des opérations socio-économiques est réparti à 45 % pour l'insertion "
                      "socioprofessionnelle, 35 % pour la cohésion sociale et 20 % pour l'environnement et la "
                      "propreté."),
    ("2026-10-15", 2, "Les marchés de travaux du CQD comportent une clause sociale : au moins 10 % des heures "
                      "prestées par des demandeurs d'emploi du quartier."),
    ("2026-10-15", 2, "La rue de la Sablière sera repavée en zone résidentielle limitée à 20 km/h, avec la "
                      "plantation de dix-huit arbres."),
    ("2026-10-15", 2, "L'école de devoirs Les Petits Castors reçoit un subside socio-économique de €27.500 par an "
                      "pour ouvrir le mercredi après-midi."),
    ("2026-11-19", 3, "La commission de quartier rend un avis favorable sur les plans du parc de la Sablière, à "
                      "condition de garder la plaine de jeux des petits et d'y ajouter des toilettes publiques."),
    ("2026-11-19", 3, "Le marché de travaux de la crèche est attribué à l'entreprise Bâti-Senne pour €1.870.000 "
                      "HTVA, sous réserve de l'approbation de la tutelle."),
    ("2026-11-19", 3, "Les dix-huit logements de la rue de la Sablière sont confiés en gestion au Foyer "
                      "Anderlechtois et loués au loyer social."),
    ("2026-11-19", 3, "Les chantiers du CQD travaillent de 7h30 à 17h en semaine et les riverains sont prévenus "
                      "par un toutes-boîtes quinze jours avant le début des travaux."),
    ("2026-11-19", 3, "La part du FEDER, soit €2.300.000, est affectée à la crèche et à la salle de sport ; le "
                      "reste du programme est financé par le subside régional et la part communale."),
)

CQDBXL_TASKS = {
    SLUG: (
        ("Organiser une visite du chantier de la crèche pour les membres", "Thomas Claes", "2026-11-12", 2,
         "cancelled"),
        ("Afficher le PV de la commission de septembre à la maison de quartier", "Geoffrey Dubois", "2026-10-01",
         1, "done"),
        ("Préparer le toutes-boîtes annonçant le chantier de la rue de la Sablière", "Inès Mertens", "2026-11-26",
         3),
        ("Rassembler les remarques des habitants sur les plans du parc", "Brigitte Lambotte", "2026-11-27", 3),
        ("Transmettre le calendrier de l'enquête publique aux associations du quartier", "Sarah Vandenbussche",
         "2026-11-30", 3),
        ("Chiffrer le surcoût de la salle de sport", "Pierre-Yves Lemaire", "2026-12-04", 3),
        ("Faire le point sur les dépôts clandestins autour du parc", "Marc Goossens", "2026-12-10", 3),
        ("Recenser les familles suivies par le CPAS intéressées par une place en crèche", "Luc Verstraeten",
         "2026-12-11", 3),
        ("Proposer une formation aux métiers de la construction pour les chantiers du CQD", "Jérôme Van Acker",
         "2026-12-18", 3),
        ("Vérifier l'éligibilité au FEDER des dépenses de la crèche", "Hélène Janssens", "2027-01-15", 3),
        ("Présenter au jury les projets citoyens nés à la maison de quartier", "Brigitte Lambotte", "2027-01-28",
         3),
        ("Établir la liste des candidats locataires pour les logements de la rue de la Sablière",
         "Sophie Lenaerts", "2027-02-12", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »): a habitants' representative.
CQDBXL_ASKERS = {SLUG: ASKER}

CQDBXL_GROUPS = {
    SLUG: (CQDBXL_MEMBERS, CQDBXL_MEETINGS, CQDBXL_DEADLINES, CQDBXL_DECISIONS, "Inès Mertens"),
}

# What the coordinator typed after the commissions of September (n°1), October (n°2) and November (n°3).
ATTENDANCE_COMMANDS = (
    "/presents n°1 Nadia El Amrani, Sarah Vandenbussche, Thomas Claes, Inès Mertens, Brigitte Lambotte, "
    "Youssef Benali, Marie-Claire Dewulf, Kevin Peeters, Geoffrey Dubois, Aïcha Rahmouni, Jérôme Van Acker, "
    "Samira Hadji, Hélène Janssens, Pierre-Yves Lemaire, Marc Goossens",
    "/excuses n°1 Luc Verstraeten, Sophie Lenaerts, Fatima Ouali",
    "/absents n°1 Damien Collard",
    "/presents n°2 Sarah Vandenbussche, Inès Mertens, Damien Collard, Youssef Benali, Fatima Ouali, "
    "Geoffrey Dubois, Aïcha Rahmouni, Jérôme Van Acker, Samira Hadji, Luc Verstraeten, Pierre-Yves Lemaire",
    "/excuses n°2 Nadia El Amrani, Thomas Claes, Brigitte Lambotte, Hélène Janssens, Sophie Lenaerts",
    "/absents n°2 Marie-Claire Dewulf, Kevin Peeters, Marc Goossens",
    "/presents n°3 Nadia El Amrani, Sarah Vandenbussche, Thomas Claes, Inès Mertens, Damien Collard, "
    "Brigitte Lambotte, Youssef Benali, Marie-Claire Dewulf, Geoffrey Dubois, Jérôme Van Acker, Luc Verstraeten, "
    "Hélène Janssens, Pierre-Yves Lemaire, Sophie Lenaerts",
    "/excuses n°3 Aïcha Rahmouni, Samira Hadji, Kevin Peeters",
    "/absents n°3 Fatima Ouali, Marc Goossens",
)

# What members said in the chat before the commission of 8 December (n°4).
RSVPS = (
    ("Nadia El Amrani", "/present"),
    ("Sarah Vandenbussche", "/present"),
    ("Thomas Claes", "/present"),
    ("Inès Mertens", "/present"),
    ("Youssef Benali", "/present"),
    ("Geoffrey Dubois", "/present"),
    ("Hélène Janssens", "/present"),
    ("Pierre-Yves Lemaire", "/present"),
    ("Marc Goossens", "/present"),
    ("Marie-Claire Dewulf", "/excuse"),
    ("Samira Hadji", "/excuse"),
    ("Sophie Lenaerts", "/excuse"),
)

CQDBXL_AFTER_SETUP: dict[str, Callable[[Chat], None]] = {
    SLUG: recorded_attendance(SLUG, ASKER, "cqd", ATTENDANCE_COMMANDS, RSVPS),
}
