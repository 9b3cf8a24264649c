"""A Nice / Alpes-Maritimes youth-and-sport working group, written for the
tenth round's set 19e (how people type on a phone: no accents, SMS
abbreviations, typos, dictation, emojis): the Métropole Nice Côte d'Azur,
the cities of Nice, Cagnes-sur-Mer, Saint-Laurent-du-Var and Carros, the
Département des Alpes-Maritimes, the CAF, the mission locale, the SDJES
(the State's youth-and-sport service), the OGC Nice's foundation, a
district football club, a swimming club and two associations. Several
members share an organisation or a word of their titles (« chargé de
mission », « éducateur »), so a question naming one must find the right
one. Tasks in the store; the secretary is the test sender. Organisation
names are real public bodies or plausible ones; every person is invented."""

from __future__ import annotations

__all__ = ["SMS06_ASKERS", "SMS06_GROUPS", "SMS06_TASKS"]

SLUG = "sms06"

SMS06_MEMBERS = (
    ("Laetitia Orsini", "Métropole Nice Côte d'Azur", "Vice-présidente déléguée aux sports et à la jeunesse, présidente du groupe"),
    ("Sébastien Giordano", "Métropole Nice Côte d'Azur", "Chargé de mission équipements sportifs"),
    ("Coralie Baudoin", "Ville de Nice", "Directrice de la jeunesse"),
    ("Karim Benmoussa", "Ville de Nice", "Éducateur sportif, référent des quartiers de l'Ariane et des Moulins"),
    ("Valérie Castellan", "Ville de Cagnes-sur-Mer", "Adjointe au maire chargée des sports"),
    ("Thierry Raybaud", "Ville de Saint-Laurent-du-Var", "Directeur des sports et de la vie associative"),
    ("Nathalie Fabre", "Ville de Carros", "Coordinatrice du point information jeunesse"),
    ("Jean-Marc Pellegrino", "Département des Alpes-Maritimes", "Chef du service jeunesse et sport"),
    ("Sandrine Audibert", "CAF des Alpes-Maritimes", "Conseillère technique, chargée des accueils de loisirs"),
    ("Mohamed Aït-Ali", "Mission locale Nice Côte d'Azur", "Conseiller insertion, référent sport et emploi"),
    ("Florence Gastaud", "SDJES des Alpes-Maritimes", "Inspectrice jeunesse et sport, déléguée du préfet au service civique"),
    ("Julien Ferrero", "Fondation OGC Nice", "Responsable des programmes éducatifs"),
    ("Patrice Lambert", "AS Ariane Football", "Président du club"),
    ("Émilie Rossi", "Cercle des nageurs de Nice", "Entraîneuse, responsable de l'école de natation"),
    ("Yasmina Haddad", "Association Sport dans la Ville 06", "Coordinatrice des éducateurs de rue"),
    ("Bruno Marchetti", "Association Les Francas 06", "Délégué départemental"),
    ("Aurore Chiappe", "Métropole Nice Côte d'Azur", "Secrétaire du groupe, chargée des comptes rendus"),
)

SMS06_MEETINGS = (
    ("2026-09-16 14:00", "2026-09-16 16:30", "Palais des sports Jean Bouin, Nice", ()),
    ("2026-10-14 09:30", "2026-10-14 12:00", "Mairie de Cagnes-sur-Mer, salle du conseil", ()),
    ("2026-11-18 14:00", "2026-11-18 16:30", "Centre administratif départemental, Nice", ()),
    ("2026-12-09 14:00", "2026-12-09 16:30", "Gymnase de l'Ariane, Nice",
     ("Bilan du dispositif Pass'Sport", "Vacances sportives de février", "Calendrier 2027")),
    ("2027-01-20 09:30", "2027-01-20 11:30", "Visioconférence", ("Appel à projets sport et quartiers",)),
    ("2027-02-17 14:00", "2027-02-17 16:30", "Mairie de Saint-Laurent-du-Var", ("Fête du sport de juin",)),
    ("2027-03-17 14:00", "2027-03-17 16:30", "Allianz Riviera, Nice", ()),
)

SMS06_DEADLINES = (
    ("2026-12-04", "Retour des effectifs des clubs pour le Pass'Sport"),
    ("2026-12-18", "Inscriptions aux vacances sportives de février"),
    ("2027-01-15", "Dépôt des dossiers de l'appel à projets sport et quartiers"),
    ("2027-02-05", "Bilan des accueils de loisirs à envoyer à la CAF"),
    ("2027-06-12", "Fête du sport sur la promenade des Anglais"),
)

SMS06_DECISIONS = (
    ("2026-09-16", 1, "Le groupe se réunit une fois par mois, le mercredi, en alternance à Nice et dans une autre commune."),
    ("2026-09-16", 1, "La Métropole met trois gymnases à disposition des clubs le samedi matin pour les jeunes des quartiers."),
    ("2026-10-14", 2, "Les vacances sportives de février sont gratuites pour les enfants des familles allocataires de la CAF."),
    ("2026-10-14", 2, "La Fondation OGC Nice finance vingt licences de football pour des filles de l'Ariane."),
    ("2026-11-18", 3, "Une fête du sport est organisée sur la promenade des Anglais en juin 2027."),
    ("2026-11-18", 3, "La mission locale propose des missions de service civique dans les clubs sportifs."),
    ("2026-11-18", 3, "Le Département prend en charge le transport en bus des jeunes de Carros vers les piscines de Nice."),
)

SMS06_TASKS = {
    SLUG: (
        ("Envoyer la liste des clubs partenaires du Pass'Sport", "Sébastien Giordano", "2026-11-27", 3),
        ("Réserver les bus pour les vacances sportives", "Jean-Marc Pellegrino", "2026-12-15", 3),
        ("Rédiger le compte rendu de la réunion de novembre", "Aurore Chiappe", "2026-12-03", 3),
        ("Préparer le règlement de l'appel à projets sport et quartiers", "Coralie Baudoin", "2026-12-11", 3),
        ("Recenser les jeunes intéressés par le service civique", "Mohamed Aït-Ali", "2026-11-20", 2),
        ("Diffuser l'affiche de la fête du sport", "Aurore Chiappe", "2027-03-01", 3),
    ),
}

SMS06_GROUPS = {
    SLUG: (SMS06_MEMBERS, SMS06_MEETINGS, SMS06_DEADLINES, SMS06_DECISIONS, "Aurore Chiappe"),
}

# The secretary is the test sender: « je » names her.
SMS06_ASKERS = {SLUG: "Aurore Chiappe"}
