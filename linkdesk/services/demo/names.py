"""Name pools, fictional communities and pronouns for the synthetic bilingual rural caseload."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NONBINARY = "nonbinary"


class Origin(StrEnum):
    """Which name pool a person's names come from (and the language they most likely speak)."""

    FRANCOPHONE = "francophone"
    ANGLOPHONE = "anglophone"
    NEWCOMER = "newcomer"


@dataclass(frozen=True)
class Community:
    name: str
    province: str
    postal_code: str
    area_code: str
    team: int  # index into the demo teams
    share_fr: float  # share of francophones among its people


# The fictional Three Lakes District (resources/demo_directory): Ontario towns and Quebec municipalities.
COMMUNITIES: tuple[Community, ...] = (
    Community("Pine Narrows", "ON", "P0J 1K0", "705", 0, 0.20),
    Community("Cedar Hollow", "ON", "P0J 1M0", "705", 0, 0.15),
    Community("Birchmoor Landing", "ON", "P0H 1B0", "705", 0, 0.10),
    Community("Wolf Rapids", "ON", "P0J 1W0", "705", 0, 0.45),
    Community("Rivière-aux-Brumes", "ON", "P0J 1R0", "705", 1, 0.70),
    Community("Lac-Ombre", "QC", "J0Z 2L0", "819", 1, 0.92),
    Community("Saint-Aurèle-des-Bois", "QC", "J0Z 3A0", "819", 1, 0.95),
    Community("Mont-Givre", "QC", "J0Z 2M0", "819", 1, 0.90),
)
# Relative sizes: the larger towns have more people on the caseload.
COMMUNITY_WEIGHTS: tuple[int, ...] = (26, 12, 8, 8, 14, 18, 7, 7)

GIVEN_FR: dict[Gender, tuple[str, ...]] = {
    Gender.WOMAN: ("Marie", "Monique", "Ginette", "Francine", "Lise", "Diane", "Johanne", "Sylvie", "Nicole",
                   "Louise", "Claudette", "Huguette", "Denise", "Micheline", "Réjeanne", "Thérèse", "Gisèle",
                   "Pierrette", "Carole", "Chantal", "Isabelle", "Geneviève", "Marie-Ève", "Mélanie",
                   "Julie", "Annie", "Véronique", "Émilie", "Catherine", "Josée", "Nathalie", "Roxanne",
                   "Yvette", "Jeannine", "Rollande", "Solange"),
    Gender.MAN: ("Jean", "Pierre", "Michel", "Gilles", "Réal", "Gaétan", "Claude", "Normand", "Yvon",
                 "Marcel", "Roger", "Denis", "Serge", "Luc", "André", "Daniel", "Richard", "Jacques",
                 "Raymond", "Gérard", "Fernand", "Rosaire", "Sylvain", "Martin", "Stéphane", "François",
                 "Mathieu", "Alexandre", "Jean-Guy", "Benoît", "Éric", "Guy", "Léo", "Maurice"),
    Gender.NONBINARY: ("Alex", "Sam", "Charlie", "Dominique", "Camille", "Frédérique", "Noé", "Andrée-Anne"),
}

FAMILY_FR: tuple[str, ...] = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
                              "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron",
                              "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron", "Beaulieu",
                              "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre",
                              "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martel", "Gilbert", "Hébert",
                              "Desjardins", "Lachance", "Bérubé", "Rivard", "Séguin", "Lalonde",
                              "Charbonneau", "Laframboise", "Rochon", "Villeneuve", "Lacroix", "Brisson",
                              "Ménard", "Chartrand", "Lavallée", "Gravel", "Larocque", "Deschênes")

GIVEN_EN: dict[Gender, tuple[str, ...]] = {
    Gender.WOMAN: ("Margaret", "Linda", "Barbara", "Susan", "Karen", "Donna", "Brenda", "Sharon", "Debbie",
                   "Carol", "Patricia", "Joan", "Shirley", "Doreen", "Eileen", "Heather", "Tracy", "Kim",
                   "Jennifer", "Michelle", "Amanda", "Jessica", "Ashley", "Sarah", "Emily", "Hannah",
                   "Kayla", "Brittany", "Tanya", "Wendy", "Bev", "Gail", "Irene", "Marlene", "Rhonda",
                   "Darlene"),
    Gender.MAN: ("John", "Robert", "William", "James", "David", "Gary", "Wayne", "Brian", "Kevin", "Dale",
                 "Doug", "Ron", "Gord", "Bruce", "Kenneth", "Larry", "Murray", "Terry", "Dennis", "Glen",
                 "Randy", "Darren", "Jason", "Chris", "Ryan", "Tyler", "Kyle", "Cody", "Justin", "Matt",
                 "Travis", "Ernie", "Stan"),
    Gender.NONBINARY: ("Alex", "Sam", "Jordan", "Casey", "Riley", "Taylor", "Jamie", "Robin", "Quinn", "Sky"),
}

FAMILY_EN: tuple[str, ...] = ("Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Stewart", "Thompson",
                              "Anderson", "Taylor", "Johnston", "Murray", "Robertson", "Fraser", "Graham",
                              "Scott", "Reid", "Kerr", "Ferguson", "Hamilton", "O'Brien", "Kelly",
                              "Sullivan", "Doyle", "Byrne", "Kowalski", "Wozniak", "Hryniuk", "Melnyk",
                              "Kozak", "Rossi", "Bertolini", "Lindqvist", "Halvorsen", "Mäkinen", "Koski",
                              "Hill", "Cook", "Walker", "Young", "Baker", "Lamb", "Parsons", "Pike")

# Surnames that are common across the region's First Nations, Métis and settler families alike (many came
# through the fur trade); none names a particular Nation or community.
FAMILY_SHARED: tuple[str, ...] = ("McKay", "Spence", "Flett", "Harper", "Linklater", "Sutherland", "Bird",
                                  "Kirkness", "Morrison", "McLeod", "Chartrand", "Beaulieu", "Lavallée",
                                  "Morin", "Fiddler", "Moore", "Turner", "Isbister")


@dataclass(frozen=True)
class NewcomerPool:
    """Names of one newcomer group, the language code they often speak, and whether French is common."""

    language_name: str
    language_name_fr: str
    given: dict[Gender, tuple[str, ...]]
    family: tuple[str, ...]
    speaks_french: bool = False


NEWCOMERS: tuple[NewcomerPool, ...] = (
    NewcomerPool("Arabic", "arabe", {
        Gender.WOMAN: ("Fatima", "Layla", "Rania", "Nour", "Amira", "Huda"),
        Gender.MAN: ("Ahmad", "Omar", "Khaled", "Yousef", "Samir", "Bilal"),
        Gender.NONBINARY: ("Nour",),
    }, ("Haddad", "Khalil", "Nasser", "Al-Masri", "Darwish", "Hamdan")),
    NewcomerPool("Tagalog", "tagalog", {
        Gender.WOMAN: ("Maria", "Rosalie", "Joy", "Marites", "Analyn"),
        Gender.MAN: ("Jose", "Rodel", "Jun", "Mark Anthony", "Renato"),
        Gender.NONBINARY: ("Jun",),
    }, ("Reyes", "Santos", "dela Cruz", "Bautista", "Villanueva", "Mendoza")),
    NewcomerPool("Ukrainian", "ukrainien", {
        Gender.WOMAN: ("Olena", "Iryna", "Oksana", "Natalia", "Yulia"),
        Gender.MAN: ("Andrii", "Oleksandr", "Serhii", "Dmytro", "Mykola"),
        Gender.NONBINARY: ("Sasha",),
    }, ("Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnychuk")),
    NewcomerPool("Punjabi", "pendjabi", {
        Gender.WOMAN: ("Harpreet", "Gurpreet", "Simran", "Manjit", "Navdeep"),
        Gender.MAN: ("Harjit", "Gurpreet", "Amandeep", "Baljit", "Rajinder"),
        Gender.NONBINARY: ("Navdeep",),
    }, ("Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Grewal")),
    NewcomerPool("Spanish", "espagnol", {
        Gender.WOMAN: ("Lucía", "María José", "Valentina", "Carmen", "Daniela"),
        Gender.MAN: ("Mateo", "Carlos", "Luis", "Javier", "Diego"),
        Gender.NONBINARY: ("Ariel",),
    }, ("García", "Hernández", "López", "Martínez", "Rojas", "Castillo")),
    NewcomerPool("Lingala", "lingala", {
        Gender.WOMAN: ("Grâce", "Esther", "Josiane", "Nadège"),
        Gender.MAN: ("Jean-Baptiste", "Patrick", "Fiston", "Christian"),
        Gender.NONBINARY: ("Dieudonné",),
    }, ("Mbala", "Kabongo", "Ilunga", "Mukendi", "Tshibanda"), speaks_french=True),
    NewcomerPool("Haitian Creole", "créole haïtien", {
        Gender.WOMAN: ("Guerline", "Mirlande", "Nathalie", "Rose-Marie"),
        Gender.MAN: ("Jean-Robert", "Wilner", "Frantz", "Jacky"),
        Gender.NONBINARY: ("Claude",),
    }, ("Joseph", "Pierre-Louis", "Jean-Baptiste", "Désir", "Charles"), speaks_french=True),
)

PRONOUNS_EN: dict[Gender, str] = {
    Gender.WOMAN: "she/her", Gender.MAN: "he/him", Gender.NONBINARY: "they/them",
}
PRONOUNS_FR: dict[Gender, str] = {Gender.WOMAN: "elle", Gender.MAN: "il", Gender.NONBINARY: "iel"}

STREETS_EN: tuple[str, ...] = ("Lakeshore Drive", "Queen Street", "Spruce Street", "Mill Road",
                               "Birch Avenue", "Station Street", "Government Road", "Sawmill Road",
                               "Dock Road", "Tamarack Lane", "Pine Crescent", "Concession 4",
                               "Old Mine Road", "Highway 65", "Poplar Street")
STREETS_FR: tuple[str, ...] = ("rue Principale", "rue du Lac", "rang Saint-Joseph", "chemin du Quai",
                               "rue des Érables", "boulevard des Pionniers", "rue de l'Église", "rang 6",
                               "chemin de la Baie", "rue Notre-Dame", "montée du Moulin", "rue des Bouleaux",
                               "route 101")
