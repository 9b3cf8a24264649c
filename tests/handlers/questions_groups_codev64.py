"""A group written by helper r18a in the seventeenth round, for its blind
set 26a: the conseil de développement of the Communauté d'agglomération
Pau Béarn Pyrénées, a citizens' council in four colleges (economic actors,
associations, citizens drawn by lot, qualified persons) with titulaires and
suppléants, a bureau and plenaries, whose decisions record its own rules:
the règlement intérieur, the charter, mandates, the quorum, who votes, how
members are recruited, when it meets. Tasks in the store; the person asking
is the agglomeration's officer who runs the council. Organisation names are
real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["CODEV64_ASKERS", "CODEV64_GROUPS", "CODEV64_TASKS"]

SLUG = "codev64"

_CODEV = "Conseil de développement Pau Béarn Pyrénées"
_AGGLO = "Communauté d'agglomération Pau Béarn Pyrénées"

CODEV64_MEMBERS = (
    ("Martine Haurat", _CODEV, "Présidente du conseil de développement"),
    ("Pierre Cazenave", _CODEV, "Vice-président, animateur de la commission mobilités"),
    ("Nathalie Lacoste", _CODEV, "Vice-présidente, animatrice de la commission transition écologique"),
    ("Didier Bergeret", "CCI Pau Béarn", "Secrétaire du bureau, membre titulaire du collège des acteurs économiques"),
    ("Camille Darrigrand", _AGGLO, "Chargée de mission du conseil de développement"),
    ("Sylvie Moulia", _AGGLO, "Vice-présidente déléguée à la démocratie participative, élue référente du conseil "
                              "de développement"),
    ("Thomas Baylac", _AGGLO, "Chargé de communication"),
    ("Laurent Peyret", "Chambre de métiers et de l'artisanat des Pyrénées-Atlantiques",
     "Membre titulaire du collège des acteurs économiques"),
    ("Agnès Sarthou", "Chambre de métiers et de l'artisanat des Pyrénées-Atlantiques",
     "Membre suppléante du collège des acteurs économiques"),
    ("Rachid Benali", "Emmaüs Lescar-Pau", "Membre titulaire du collège des acteurs associatifs"),
    ("Julie Fourcade", "Centre social du Hameau", "Membre suppléante du collège des acteurs associatifs"),
    ("Gérard Lapeyre", "Habitant de Billère", "Membre titulaire du collège des citoyens"),
    ("Manon Etcheverry", "Habitante de Lescar", "Membre titulaire du collège des citoyens"),
    ("Kevin Larrieu", "Habitant de Pau", "Membre suppléant du collège des citoyens"),
    ("Yves Duboscq", "Université de Pau et des Pays de l'Adour", "Personnalité qualifiée, géographe"),
)

CODEV64_MEETINGS = (
    ("2026-09-15 20:00", "2026-09-15 22:00", "Plénière du conseil de développement, Hôtel de France, Pau", ()),
    ("2026-10-13 18:30", "2026-10-13 20:00", "Bureau du conseil de développement, Hôtel de France, Pau", ()),
    ("2026-11-17 20:00", "2026-11-17 22:00", "Plénière du conseil de développement, salle des fêtes de Lescar", ()),
    ("2026-12-08 18:30", "2026-12-08 20:00", "Bureau du conseil de développement, Hôtel de France, Pau",
     ("Examen des premières candidatures", "Contribution au projet de territoire", "Calendrier 2027")),
    ("2027-01-19 20:00", "2027-01-19 22:00", "Plénière du conseil de développement, salle Lacaze, Billère",
     ("Accueil des nouveaux membres", "Avis sur le plan de mobilité", "Élection du bureau")),
    ("2027-03-16 20:00", "2027-03-16 22:00", "Plénière du conseil de développement, Hôtel de France, Pau", ()),
)

CODEV64_DEADLINES = (
    ("2026-12-04", "Inscriptions à la soirée d'accueil des nouveaux membres"),
    ("2026-12-18", "Dépôt des contributions écrites sur le projet de territoire"),
    ("2027-01-31", "Clôture de l'appel à candidatures 2027"),
    ("2027-02-15", "Remise de l'avis sur le projet de territoire au président de l'agglomération"),
)

CODEV64_DECISIONS = (
    ("2026-09-15", 1, "Le règlement intérieur est adopté : le conseil de développement compte soixante membres répartis "
                      "en quatre collèges."),
    ("2026-09-15", 1, "Les membres sont nommés pour un mandat de trois ans, renouvelable une fois."),
    ("2026-09-15", 1, "Le conseil de développement tient quatre plénières par an, le mardi à 20 h ; le bureau se "
                      "réunit le mardi à 18 h 30."),
    ("2026-09-15", 1, "Le quorum de la plénière est fixé au tiers des membres ; à défaut, une nouvelle plénière est "
                      "convoquée sous quinze jours."),
    ("2026-09-15", 1, "Le collège des citoyens compte vingt habitants tirés au sort sur les listes électorales."),
    ("2026-10-13", 2, "Le renouvellement des membres se fait par un appel à candidatures chaque année en janvier ; le "
                      "bureau examine les candidatures."),
    ("2026-10-13", 2, "Les élus communautaires ne peuvent pas être membres ; l'élue référente assiste aux plénières "
                      "avec voix consultative."),
    ("2026-10-13", 2, "Seuls les membres titulaires ont voix délibérative ; un suppléant vote uniquement en l'absence "
                      "de son titulaire."),
    ("2026-11-17", 3, "Un membre absent à trois plénières de suite sans excuse est considéré comme démissionnaire."),
    ("2026-11-17", 3, "La charte de participation est signée par chaque nouveau membre à sa première plénière."),
    ("2026-11-17", 3, "Le bureau compte neuf membres élus par la plénière pour dix-huit mois."),
    ("2026-11-17", 3, "Chaque membre peut venir aux plénières avec une personne invitée, sans droit de vote."),
    ("2026-11-17", 3, "Le conseil de développement s'autosaisit sur l'alimentation locale en 2027."),
)

CODEV64_TASKS = {
    SLUG: (
        ("Envoyer le compte rendu de la plénière du 17 novembre", "Camille Darrigrand", "2026-11-27", 3),
        ("Rédiger l'appel à candidatures 2027", "Camille Darrigrand", "2026-12-11", 2),
        ("Publier l'appel à candidatures sur le site de l'agglomération", "Thomas Baylac", "2027-01-04", 2),
        ("Mettre à jour la liste des titulaires et des suppléants", "Didier Bergeret", "2026-11-24", 3),
        ("Organiser le tirage au sort du collège des citoyens", "Camille Darrigrand", "2026-12-15", 3),
        ("Préparer la synthèse des ateliers mobilité", "Pierre Cazenave", "2026-12-18", 3),
        ("Faire imprimer la charte de participation", "Thomas Baylac", "2026-11-20", 3, "done"),
        ("Proposer trois intervenants sur l'alimentation locale", "Nathalie Lacoste", None, 3),
    ),
}

# The member the test chats' sender is linked to (« mes tâches », « je »).
CODEV64_ASKERS = {SLUG: "Camille Darrigrand"}

CODEV64_GROUPS = {
    SLUG: (CODEV64_MEMBERS, CODEV64_MEETINGS, CODEV64_DEADLINES, CODEV64_DECISIONS, "Martine Haurat"),
}
