"""A group written for the seventeenth round's blind set 26d (who handles
what and how far it has got, when a decision and a task, or a deadline,
speak of the same thing): the working group of the « projet de quartier »
of the Schoenberg, in Fribourg (Switzerland) — the town (the municipal
councillor chairing it, the social cohesion department that coordinates,
the mobility department, the parks department), the neighbourhood
association, the socio-cultural centre of the Schoenberg, the youth
association REPER, Pro Senectute, the public transport company TPF, the
primary school and the property manager of the future neighbourhood room.

Decisions often hand a matter to a body (« le Service de la mobilité est
chargé d'un comptage vélos », « les TPF sont sollicités ») while the task
typed after the meeting names the person who does it (Julien Baeriswyl
counts, Marc Aebischer chases the TPF). Twelve tasks: two done, four late
on Tuesday 1 December 2026, one without a date. The person asking is the
project's coordinator. Organisation names are real public bodies or
plausible ones (the property manager is invented); every person is
invented."""

from __future__ import annotations

__all__ = ["SCHOENBERG_ASKERS", "SCHOENBERG_GROUPS", "SCHOENBERG_TASKS"]

SLUG = "schoenberg"

SCHOENBERG_MEMBERS = (
    ("Delphine Rossier", "Ville de Fribourg", "Déléguée à la cohésion sociale, coordinatrice du projet de quartier"),
    ("Marc Aebischer", "Ville de Fribourg",
     "Conseiller communal, directeur des affaires sociales, président du groupe de travail"),
    ("Karin Stoll", "Ville de Fribourg", "Cheffe du Service de la mobilité"),
    ("Julien Baeriswyl", "Ville de Fribourg", "Ingénieur au Service de la mobilité"),
    ("Aline Python", "Ville de Fribourg", "Secrétaire du groupe de travail, Service de la cohésion sociale"),
    ("Sébastien Mauron", "Ville de Fribourg", "Chargé de projets au Service de la cohésion sociale"),
    ("Nicolas Kolly", "Ville de Fribourg", "Chef d'équipe au Service des parcs et promenades"),
    ("Myriam Chappuis", "Centre d'animation socioculturelle du Schoenberg", "Animatrice socioculturelle"),
    ("Paul Jungo", "Association de quartier du Schoenberg", "Président"),
    ("Léa Corminboeuf", "Association de quartier du Schoenberg", "Responsable de la communication"),
    ("Fatima Oulad", "REPER", "Travailleuse sociale hors murs"),
    ("Christophe Dousse", "TPF (Transports publics fribourgeois)", "Responsable de la planification de l'offre"),
    ("Anne-Claude Brügger", "Pro Senectute Fribourg", "Animatrice de quartier pour les aînés"),
    ("Yves Sudan", "École primaire du Schoenberg", "Responsable d'établissement"),
    ("Sandra Perroud", "Régie Sarine Immobilier SA", "Gérante d'immeubles"),
)

SCHOENBERG_MEETINGS = (
    ("2026-09-17 18:30", "2026-09-17 20:30", "Centre d'animation du Schoenberg, salle polyvalente", ()),
    ("2026-10-20 18:30", "2026-10-20 20:30", "Maison de Ville, salle du Conseil communal, Fribourg", ()),
    ("2026-11-19 18:30", "2026-11-19 20:30", "Centre d'animation du Schoenberg, salle polyvalente", ()),
    ("2026-12-15 18:30", "2026-12-15 20:30", "Maison de Ville, salle du Conseil communal, Fribourg",
     ("Premiers résultats du questionnaire aux habitants", "Aménagement du local de quartier",
      "Bilan du marché de Noël")),
    ("2027-01-21 18:30", "2027-01-21 20:30", "Centre d'animation du Schoenberg, salle polyvalente",
     ("Programme de la fête de quartier", "Jardin partagé : plan des parcelles")),
    ("2027-03-16 18:30", "2027-03-16 20:30", "Maison de Ville, salle du Conseil communal, Fribourg", ()),
)

SCHOENBERG_DEADLINES = (
    ("2026-12-11", "Retour des questionnaires remplis par les habitants"),
    ("2026-12-18", "Signature de la convention du local de quartier avec la régie"),
    ("2027-01-15", "Dépôt du dossier de subvention à la Loterie Romande"),
    ("2027-03-31", "Rapport intermédiaire du projet de quartier au Conseil communal"),
)

SCHOENBERG_DECISIONS = (
    ("2026-09-17", 1, "Le groupe de travail se réunit une fois par mois, en alternance au centre d'animation du "
                      "Schoenberg et à la Maison de Ville."),
    ("2026-09-17", 1, "Le Service de la mobilité est chargé d'un comptage vélos sur la route de la Heitera avant "
                      "toute décision sur une bande cyclable."),
    ("2026-09-17", 1, "La salle polyvalente du centre d'animation est prêtée gratuitement aux habitants pour les "
                      "activités du projet de quartier."),
    ("2026-10-20", 2, "Une demande de subvention est adressée à la Loterie Romande pour financer le jardin partagé."),
    ("2026-10-20", 2, "Un questionnaire est distribué aux habitants dans toutes les boîtes aux lettres du quartier "
                      "en décembre."),
    ("2026-10-20", 2, "La Ville loue le rez-de-chaussée de la route de la Heitera 12 pour en faire un local de "
                      "quartier ; la convention avec la régie est signée avant la fin de l'année."),
    ("2026-10-20", 2, "Le jardin partagé s'installe au printemps 2027 sur la parcelle derrière l'école du "
                      "Schoenberg."),
    ("2026-11-19", 3, "Le marché de Noël du quartier a lieu le samedi 12 décembre 2026 au centre d'animation."),
    ("2026-11-19", 3, "Les TPF sont sollicités pour étudier un arrêt de bus supplémentaire à la Heitera."),
    ("2026-11-19", 3, "La fête de quartier a lieu le samedi 5 juin 2027 sur l'esplanade du Schoenberg."),
    ("2026-11-19", 3, "Le compte rendu de chaque séance est envoyé aux membres dans la semaine qui suit."),
    ("2026-11-19", 3, "Un atelier jeunes est ouvert le mercredi après-midi au centre d'animation dès le 13 janvier "
                      "2027."),
    ("2026-11-19", 3, "Pro Senectute organise des visites de voisinage pour les aînés isolés du quartier."),
)

SCHOENBERG_TASKS = {
    SLUG: (
        ("Faire le comptage vélos sur la route de la Heitera", "Julien Baeriswyl", "2026-11-27", 1),
        ("Gérer les réservations de la salle polyvalente", "Myriam Chappuis", None, 1),
        ("Monter le dossier de subvention pour le jardin partagé", "Sébastien Mauron", "2027-01-15", 2),
        ("Finaliser le questionnaire aux habitants", "Paul Jungo", "2026-11-20", 2, "done"),
        ("Faire signer la convention du local avec la régie", "Delphine Rossier", "2026-12-18", 2),
        ("Demander l'autorisation d'utiliser la parcelle du jardin partagé", "Nicolas Kolly", "2026-11-13", 2,
         "done"),
        ("Réaliser le flyer du marché de Noël", "Léa Corminboeuf", "2026-12-04", 3),
        ("Relancer les TPF pour l'arrêt de bus de la Heitera", "Marc Aebischer", "2026-11-30", 3),
        ("Envoyer le compte rendu de la séance du 19 novembre", "Aline Python", "2026-11-26", 3),
        ("Organiser le premier atelier jeunes", "Fatima Oulad", "2026-12-09", 3),
        ("Recenser les aînés intéressés par les visites de voisinage", "Anne-Claude Brügger", "2026-11-25", 3),
        ("Réserver l'esplanade pour la fête de quartier", "Nicolas Kolly", "2027-02-26", 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
SCHOENBERG_ASKERS = {SLUG: "Delphine Rossier"}

SCHOENBERG_GROUPS = {
    SLUG: (SCHOENBERG_MEMBERS, SCHOENBERG_MEETINGS, SCHOENBERG_DEADLINES, SCHOENBERG_DECISIONS, "Aline Python"),
}
