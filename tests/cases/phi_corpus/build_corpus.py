"""Build tests/cases/phi_corpus/vignettes.jsonl: the PHI guard's evaluation corpus.

    python tests/cases/phi_corpus/build_corpus.py

Generated part: hand-written sentence templates whose {slots} are filled from hand-written
filler lists with a fixed seed. A slot filled with an identifier records its span, so every
offset is computed, never counted. About half the generated documents are clean and dense with
look-alikes (theorists, scores, codes, doses, durations, years, young ages, generic places).
Hand-written part: see handwritten.py (the held-out check), heldout2.py, heldout3.py and
heldout4.py (written later, in blind rounds, to check that the guard generalises).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from handwritten import documents as handwritten_documents  # noqa: E402
from heldout2 import documents as heldout2_documents  # noqa: E402
from heldout3 import documents as heldout3_documents  # noqa: E402
from heldout4 import documents as heldout4_documents  # noqa: E402

SEED = 20240314
Slot = Callable[[random.Random], tuple[str, str | None]]

# ------------------------------------------------------------------------------------------
# Identifier fillers

FIRST = """Maria Danielle Aisha Priya Sofia Olivia Ngozi Mei Yuki Hannah Chloe Zoe Leah Nadia
Fatima Amara Keisha Jasmine Ingrid Siobhan Aoife Niamh Roisin Tegan Kirra Jacinta Bronwyn
Mackenzie Brooke Tamsin Harriet Imogen Freya Eloise Anjali Deepa Sunita Rania Layla Yasmin
Camila Valentina Lucia Ximena Guadalupe Thandiwe Zanele Chiamaka Folake Oksana Katya Agnieszka
Marek Tomasz Dmitri Sergei Jamal Tariq Omar Hamza Rahul Arjun Vikram Sanjay Kenji Hiroshi
Minh Duc Jae-won Min-jun Wei Jun Carlos Diego Mateo Santiago Luis Jorge Andre Marcus Darnell
Terrence Jerome Dwayne Tyrone Kwame Kofi Emeka Chidi Liam Noah Ethan Mason Logan Lucas Oliver
Harry Alfie Callum Ewan Hamish Fraser Angus Declan Ciaran Padraig Eoin Lachlan Brodie Jarrah
Cooper Riley Bailey Jackson Brayden Tristan Dominic Sebastian Theo Felix Jasper Gideon Ezra
Isaiah Malachi Josiah Tobias Caleb Nathaniel Benedict Rupert Giles Nigel Trevor Clive Graham
Derek Wayne Gary Shane Kyle Travis Cody Dustin Brandon Jared Kristen Tiffany Brittany Crystal
Amber Heather Tamara Monique Latoya Shanice Ebony Precious Blessing Chantelle Kayleigh Stacey
Lindsay Courtney Whitney Ashley""".split()
WORD_NAMES = """Hope Will Grace Mark Faith Joy Dawn Rose Summer Hunter Taylor Bill Pat Frank
Grant Dean Drew Ruby Ivy Holly Daisy Iris Olive Violet Pearl Autumn Crystal Penny Sue Jack
Gene Ray Rob Rusty Sky Star Chase Carol Hazel Robin""".split()
LAST = """Gonzalez Okafor Nguyen Tran Patel Sharma Singh Kowalczyk Nowak Brennan Fitzgerald
O'Sullivan McAllister MacLeod Campbell Robertson Hargreaves Ashworth Whitlock Pemberton
Abernathy Delgado Hernandez Ramirez Castillo Moreno Alvarez Baptiste Tremblay Gagnon Bouchard
Lefebvre Okonkwo Adeyemi Oyelaran Mensah Boateng Haddad Khoury Rahman Chowdhury Hussain
Nakamura Tanaka Kim Park Choi Wong Chen Liu Zhang Volkov Ivanova Petrov Kovalenko Schmidt
Müller Fischer Rossi Bianchi Costa Silva Santos Ferreira Johansson Lindqvist Larsen Jensen
Whitfield Blackwood Thornton Kingsley Wakefield Sutherland Galloway Carmichael Donnelly
Gallagher Kavanagh Doherty Nolan Reilly Walsh Byrne Murphy Kelly Harrington Templeton
Osei Appiah Nwosu Eze Mbeki Dlamini Naidoo Pillay Goldstein Rosenberg Weiss Katz Friedman
Washington Jefferson Freeman Robinson Jenkins Coleman Pierce Holloway Gaines Mercer Sinclair
Price Hughes Ward Fox Stone Lamb Bird Wolfe Marsh Banks Rivers Bishop Cooper Fletcher""".split()
US_CITIES = """Tacoma Spokane Boise Eugene Bend Fresno Modesto Bakersfield Reno Tucson Mesa
Albuquerque Lubbock Amarillo Waco Tulsa Wichita Omaha Topeka Lincoln Duluth Fargo Madison
Milwaukee Kalamazoo Lansing Dayton Akron Toledo Scranton Allentown Syracuse Rochester Albany
Hartford Worcester Lowell Burlington Portland Bangor Savannah Macon Asheville Raleigh Durham
Richmond Roanoke Knoxville Chattanooga Memphis Louisville Lexington Birmingham Huntsville
Pensacola Tallahassee Gainesville Sarasota Orlando Evanston Naperville Peoria Sacramento
Oakland Berkeley Pasadena Anaheim Riverside Redmond Bellevue Olympia Missoula Billings
Cheyenne Laramie Provo Ogden Flagstaff Yuma Shreveport Baton Rouge""".split()
US_CITIES += [
    "Salt Lake City",
    "San Diego",
    "Santa Fe",
    "Grand Rapids",
    "Ann Arbor",
    "Colorado Springs",
    "Des Moines",
    "St. Louis",
    "Fort Worth",
    "El Paso",
    "San Antonio",
    "Corpus Christi",
    "Little Rock",
    "Cedar Rapids",
    "Sioux Falls",
]
UK_PLACES = """Leeds Bradford Sheffield Rotherham Doncaster Wakefield Huddersfield Halifax Bolton
Wigan Stockport Oldham Rochdale Salford Preston Blackpool Lancaster Carlisle Sunderland
Gateshead Middlesbrough Darlington Harrogate Scarborough Grimsby Lincoln Nottingham Derby
Leicester Coventry Wolverhampton Walsall Dudley Telford Shrewsbury Hereford Worcester Gloucester
Swindon Reading Slough Luton Watford Stevenage Ipswich Norwich Colchester Chelmsford Basildon
Brighton Hastings Eastbourne Crawley Guildford Woking Portsmouth Southampton Bournemouth Exeter
Plymouth Truro Swansea Cardiff Newport Wrexham Bangor Glasgow Paisley Dundee Aberdeen Inverness
Stirling Perth Belfast Lisburn Newry Derry Peckham Brixton Hackney Tottenham Croydon Lewisham
Walthamstow Stratford Ealing Hounslow Salford Digbeth Moseley Handsworth Headingley Chapeltown""".split()
UK_PLACES += [
    "Milton Keynes",
    "Stoke-on-Trent",
    "Bethnal Green",
    "Kentish Town",
    "Tunbridge Wells",
    "Bury St Edmunds",
    "Hemel Hempstead",
]
CA_PLACES = """Surrey Burnaby Richmond Coquitlam Kelowna Kamloops Nanaimo Abbotsford
Chilliwack Calgary Edmonton Lethbridge Regina Saskatoon Winnipeg Brandon Sudbury
Barrie Oshawa Mississauga Brampton Markham Vaughan Hamilton Kitchener Waterloo Guelph London
Windsor Kingston Ottawa Gatineau Sherbrooke Laval Longueuil Moncton Fredericton Halifax
Dartmouth Charlottetown Whitehorse Yellowknife Scarborough Etobicoke Kitsilano Verdun""".split()
# "Victoria" is left out: it is also a state, which the guard does not flag.
CA_PLACES += ["Thunder Bay", "Red Deer", "Prince George", "St. John's", "Fort McMurray"]
AU_PLACES = """Parramatta Penrith Blacktown Liverpool Campbelltown Wollongong Newcastle Gosford
Geelong Ballarat Bendigo Shepparton Frankston Dandenong Footscray Fitzroy Brunswick Richmond
Toowoomba Ipswich Logan Townsville Cairns Mackay Rockhampton Bundaberg Fremantle Joondalup
Mandurah Bunbury Geraldton Launceston Devonport Burnie Darwin Alice Springs Elizabeth Salisbury
Glenelg Bondi Manly Cronulla Chermside Ashfield Marrickville""".split()
AU_PLACES += [
    "Gold Coast",
    "Sunshine Coast",
    "Wagga Wagga",
    "Coffs Harbour",
    "Alice Springs",
    "Port Hedland",
    "Mount Gambier",
]
PLACES = US_CITIES + UK_PLACES + CA_PLACES + AU_PLACES
STREETS = """Elm Maple Oak Cedar Birchwood Larkspur Hollis Kingsway Division Grand Church Mill
Station Victoria Albert Queen King George Wellington Beaconsfield Marine Harbour Ridgeview
Sycamore Magnolia Juniper Cypress Willow Chestnut Hawthorn Alder Rowan Laurel Primrose
Foxglove Fairview Lakeshore Riverside Parkview Highland""".split()
STREET_TYPES = (
    "Street St Road Rd Avenue Ave Lane Drive Crescent Court Place Way Close Terrace".split()
)
EMPLOYERS_FULL = [
    "Boeing",
    "Amazon",
    "Microsoft",
    "Costco",
    "Walmart",
    "Starbucks",
    "Target",
    "Intel",
    "Nike",
    "Deloitte",
    "KPMG",
    "Tesco",
    "Sainsbury's",
    "Asda",
    "Boots",
    "Greggs",
    "Woolworths",
    "Coles",
    "Bunnings",
    "Telstra",
    "Qantas",
    "Loblaws",
    "Tim Hortons",
    "Canadian Tire",
    "FedEx",
    "UPS",
    "Kroger",
    "Safeway",
    "Home Depot",
    "Wells Fargo",
    "Kaiser Permanente",
    "Lockheed Martin",
    "Accenture",
    "Rio Tinto",
    "Westpac",
    "Shoppers Drug Mart",
    "Raytheon",
    "Whole Foods",
    "Trader Joe's",
    "Marks & Spencer",
    "John Lewis",
    "Aldi",
]
SCHOOL_PREFIX = [
    "Lincoln",
    "Roosevelt",
    "Jefferson",
    "Westfield",
    "Lakeview",
    "Hillcrest",
    "Oakwood",
    "Riverside",
    "Parkside",
    "Kingswood",
    "Ashgrove",
    "Brookfield",
    "Fairmont",
    "Glenwood",
    "Highland",
    "Meadowbrook",
    "Northgate",
    "Pinecrest",
    "Ridgeway",
    "Springfield",
    "Sunnyvale",
    "Thornbury",
    "Westbrook",
    "Eastwood",
    "Mountview",
    "Ballard",
    "Garfield",
    "Kennedy",
    "Whitman",
    "Holy Cross",
    "St. Joseph's",
    "St. Patrick's",
    "Sacred Heart",
    "Our Lady of Mercy",
    "Trinity",
    "Mount Carmel",
    "Bishop Strachan",
    "Marist",
]
SCHOOL_TYPES = [
    "High School",
    "Elementary",
    "Elementary School",
    "Middle School",
    "Primary School",
    "Secondary School",
    "Academy",
    "Secondary College",
    "Public School",
    "Collegiate",
    "Grammar School",
    "Community College",
    "Prep",
]
HOSPITALS = [
    "St. Mary's Hospital",
    "St. Vincent's Hospital",
    "Royal Melbourne Hospital",
    "Sunnybrook",
    "Mass General",
    "Johns Hopkins",
    "Mount Sinai",
    "Cedars-Sinai",
    "Royal Victoria Infirmary",
    "Addenbrooke's",
    "Guy's Hospital",
    "Toronto Western Hospital",
    "Vancouver General",
    "Westmead Hospital",
    "Royal Prince Alfred",
    "Harborview Medical Center",
    "Providence St. Peter",
    "Good Samaritan Hospital",
    "Mercy Medical Center",
    "Fairview Southdale",
    "the Maudsley",
    "Priory Hospital Roehampton",
    "McLean Hospital",
    "Austen Riggs Center",
    "Hazelden Betty Ford",
    "Cottonwood Tucson",
    "Homewood Health Centre",
    "Ottawa Hospital",
    "Foothills Medical Centre",
    "Princess Alexandra Hospital",
    "Royal Brisbane and Women's Hospital",
    "Lakeside Behavioral Health",
    "Riverside Methodist",
    "Banner Desert",
    "Intermountain Medical Center",
    "St. Luke's Regional",
]
UNIS = [
    "University of Toronto",
    "UBC",
    "McGill",
    "UCLA",
    "NYU",
    "Ohio State",
    "University of Michigan",
    "Monash",
    "University of Sydney",
    "Deakin University",
    "University of Leeds",
    "King's College London",
    "Trinity College Dublin",
    "Arizona State",
    "Georgetown",
    "Boston University",
    "Rutgers",
    "Dalhousie",
    "Queen's University",
    "University of Manchester",
    "RMIT",
    "TAFE Queensland",
    "Humber College",
    "Seneca College",
    "Portland Community College",
]
OTHER_ORGS = [
    "First Baptist Church",
    "St. Anne's Parish",
    "Temple Beth Shalom",
    "the Islamic Centre of Leeds",
    "Lakeside Rotary Club",
    "Northside Boxing Club",
    "Greenwood Golf Club",
    "the Salvation Army store on Main",
    "Riverside YMCA",
    "Hillside Baptist Church",
    "Mapleview Retirement Residence",
    "Sunrise Senior Living",
    "Oak Grove Care Home",
    "Bupa Willow Court",
    "Metro Transit",
    "TransLink",
    "the Fire Department in Eugene",
    "Portland Police Bureau",
    "Acme Plumbing",
    "Henderson & Sons Construction",
    "Bright Horizons daycare",
    "Little Acorns Nursery",
]


def _pick(seq: list[str]) -> Slot:
    return lambda r: (r.choice(seq), None)


def _name(r: random.Random) -> str:
    first = r.choice(FIRST if r.random() < 0.75 else WORD_NAMES)
    return first


def _full(r: random.Random) -> str:
    return f"{_name(r)} {r.choice(LAST)}"


def _initial_surname(r: random.Random) -> str:
    return f"{r.choice(FIRST)[0]}. {r.choice(LAST)}"


def _title_surname(r: random.Random) -> str:
    return f"{r.choice(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Ms', 'Mrs', 'Dr.', 'Dr', 'Miss'])} {r.choice(LAST)}"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Sep"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2025)
    month = MONTHS[m - 1]
    forms = [
        f"{month} {d}",
        f"{month} {d}, {y}",
        f"{d} {month}",
        f"{d} {month} {y}",
        f"{_ordinal(d)} {month}",
        f"the {_ordinal(d)} of {month}",
        f"{month} {_ordinal(d)}",
        f"{m}/{d}/{y}",
        f"{d}/{m}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{m}/{d}/{y % 100:02d}",
        f"{d}.{m:02d}.{y}",
        f"{r.choice(MON_ABBR)} {d}",
        f"{d} {r.choice(MON_ABBR).rstrip('.')} {y}",
        f"{month} the {_ordinal(d)}",
        f"{m}-{d}-{y}",
    ]
    return r.choice(forms)


def _dob(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1950, 2012)
    return r.choice(
        [
            f"{m}/{d}/{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{d} {MONTHS[m - 1]} {y}",
        ]
    )


def _old_age(r: random.Random) -> str:
    n = r.randint(90, 104)
    return r.choice(
        [
            f"{n}-year-old",
            f"{n} year old",
            f"aged {n}",
            f"age {n}",
            f"{n} years old",
            f"{n}yo",
            f"{n} y/o",
            f"turned {n}",
        ]
    )


def _phone(r: random.Random) -> str:
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    forms = [
        f"({a}) {b}-{c:04d}",
        f"{a}-{b}-{c:04d}",
        f"{a}.{b}.{c:04d}",
        f"+1 {a} {b} {c:04d}",
        f"1-{a}-{b}-{c:04d}",
        f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
        f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
        f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
        f"0161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
        f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        f"(02) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
        f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        f"{a} {b} {c:04d}",
        f"({a}) {b}-{c:04d} ext. {r.randint(10, 999)}",
    ]
    return r.choice(forms)


def _email(r: random.Random) -> str:
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("'", "")
    last = last.replace("ü", "u")
    user = r.choice(
        [
            f"{first}.{last}",
            f"{first}{last[0]}{r.randint(1, 99)}",
            f"{first[0]}{last}",
            f"{first}_{last}{r.randint(70, 99)}",
        ]
    )
    dom = r.choice(
        [
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "hotmail.co.uk",
            "icloud.com",
            "bigpond.com",
            "shaw.ca",
            "protonmail.com",
            "btinternet.com",
            "westfieldhs.org",
            "uw.edu",
            "nhs.net",
        ]
    )
    return f"{user}@{dom}"


def _url(r: random.Random) -> str:
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("'", "")
    last = last.replace("ü", "u")
    return r.choice(
        [
            f"www.{first}{last}.com",
            f"https://{first}{last}art.com/portfolio",
            f"facebook.com/{first}.{last}.{r.randint(1, 99)}",
            f"linkedin.com/in/{first}-{last}",
            f"https://www.gofundme.com/f/help-{first}-{last}",
            f"{first}{last}.substack.com",
            f"http://www.{last}family.net",
            f"youtube.com/@{first}{last}",
            f"https://instagram.com/{first}_{last}",
        ]
    )


def _ip(r: random.Random) -> str:
    if r.random() < 0.15:
        return f"2001:db8:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"
    return ".".join(str(r.randint(1, 254)) for _ in range(4))


def _handle(r: random.Random) -> str:
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("'", "")
    last = last.replace("ü", "u")
    return r.choice(
        [
            f"@{first}_{last}",
            f"@{first}{r.randint(1, 999)}",
            f"@the.real.{first}",
            f"@{first}.{last[:3]}",
            f"u/{first}_throwaway{r.randint(1, 99)}",
            f"@{last}{first[0]}",
        ]
    )


def _ids(r: random.Random) -> tuple[str, str]:
    """(cue text, identifier) pairs, several national formats."""
    d = r.randint
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    options = [
        ("MRN", f"{d(1000000, 99999999)}"),
        ("MRN:", f"{r.choice(L)}{d(100000, 9999999)}"),
        ("medical record number", f"{d(100000, 9999999)}"),
        ("member ID", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{d(100000000, 999999999)}"),
        ("insurance member ID", f"{d(100000000, 999999999)}{r.choice(L)}"),
        ("policy number", f"{r.choice(L)}{d(1000, 9999)}-{d(100000, 999999)}"),
        ("group number", f"{d(100000, 9999999)}"),
        ("account number", f"{d(10000000, 999999999)}"),
        ("Medicaid ID", f"{r.choice(L)}{r.choice(L)}{d(10000, 99999)}{r.choice(L)}"),
        ("SSN", f"{d(100, 899)}-{d(10, 99)}-{d(1000, 9999)}"),
        ("social security number", f"{d(100, 899)}-{d(10, 99)}-{d(1000, 9999)}"),
        (
            "NI number",
            f"{r.choice('ABCEGHJKLMNPRSTWXYZ')}{r.choice('ABCEGHJKLMNPRSTWXYZ')} "
            f"{d(10, 99)} {d(10, 99)} {d(10, 99)} {r.choice('ABCD')}",
        ),
        ("NHS number", f"{d(400, 799)} {d(100, 999)} {d(1000, 9999)}"),
        ("SIN", f"{d(100, 999)} {d(100, 999)} {d(100, 999)}"),
        ("social insurance number", f"{d(100, 999)}-{d(100, 999)}-{d(100, 999)}"),
        ("OHIP number", f"{d(1000, 9999)}-{d(100, 999)}-{d(100, 999)}-{r.choice(L)}{r.choice(L)}"),
        ("Medicare number", f"{d(2000, 6999)} {d(10000, 99999)} {d(1, 9)}"),
        ("TFN", f"{d(100, 999)} {d(100, 999)} {d(100, 999)}"),
        ("driver's licence", f"{r.choice(L)}{d(1000000, 9999999)}"),
        ("driver's license number", f"{r.choice(L)}{d(100, 999)}-{d(1000, 9999)}-{d(1000, 9999)}"),
        (
            "licence plate",
            f"{r.choice(L)}{r.choice(L)}{d(10, 99)} {r.choice(L)}{r.choice(L)}{r.choice(L)}",
        ),
        ("license plate", f"{d(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{d(100, 999)}"),
        ("plate number", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}-{d(1000, 9999)}"),
        ("rego", f"{d(1, 9)}{r.choice(L)}{r.choice(L)}{d(1, 9)}{r.choice(L)}{r.choice(L)}"),
        ("serial number", f"SN{d(100000, 999999)}{r.choice(L)}{r.choice(L)}"),
        ("device serial", f"{r.choice(L)}{r.choice(L)}{d(10, 99)}-{d(10000, 99999)}"),
        ("pump serial number", f"{d(1000000, 9999999)}"),
        ("case number", f"{d(2015, 2024)}-{r.choice(L)}{r.choice(L)}-{d(1000, 99999)}"),
        ("claim number", f"{r.choice(L)}{d(10000000, 99999999)}"),
        ("student ID", f"{d(10000000, 99999999)}"),
        ("passport number", f"{r.choice(L)}{d(1000000, 9999999)}"),
        ("IMEI", f"{d(10000000, 99999999)}{d(1000000, 9999999)}"),
        ("VIN", f"1HGCM{d(10000, 99999)}A{d(100000, 999999)}"),
        ("professional licence number", f"{r.choice(L)}{r.choice(L)}{d(10000, 999999)}"),
    ]
    return r.choice(options)


def _zip(r: random.Random) -> list[tuple[str, str | None]]:
    """A postcode, sometimes with its town: [(text, kind or None), ...]."""
    d = r.randint
    L = "ABCEGHJKLMNPRSTVXY"
    uk = "ABDEFGHJLNPQRSTUWXYZ"
    return r.choice(
        [
            [
                (r.choice(US_CITIES), "place"),
                (f", {r.choice(['WA', 'OR', 'OH', 'TX', 'CA', 'NY'])} ", None),
                (f"{d(10000, 99999)}", "place"),
            ],
            [(f"{d(10000, 99999)}-{d(1000, 9999)}", "place")],
            [
                (
                    f"{r.choice(['SW', 'SE', 'NW', 'N', 'E', 'M', 'LS', 'B', 'G', 'CF'])}{d(1, 20)} "
                    f"{d(1, 9)}{r.choice(uk)}{r.choice(uk)}",
                    "place",
                )
            ],
            [(f"{r.choice(L)}{d(1, 9)}{r.choice(L)} {d(1, 9)}{r.choice(L)}{d(1, 9)}", "place")],
            [
                (r.choice(AU_PLACES), "place"),
                (f" {r.choice(['NSW', 'VIC', 'QLD', 'WA'])} ", None),
                (f"{d(2000, 6999)}", "place"),
            ],
        ]
    )


def _slot(kind: str, fn: Callable[[random.Random], str]) -> Slot:
    return lambda r: (fn(r), kind)


ID_SLOTS: dict[str, Slot] = {
    "NAME": _slot("name", _name),
    "FULL": _slot("name", _full),
    "INITSUR": _slot("name", _initial_surname),
    "TITLE": _slot("name", _title_surname),
    "WORDNAME": _slot("name", lambda r: r.choice(WORD_NAMES)),
    "PLACE": _slot("place", lambda r: r.choice(PLACES)),
    "USCITY": _slot("place", lambda r: r.choice(US_CITIES)),
    "UKPLACE": _slot("place", lambda r: r.choice(UK_PLACES)),
    "CAPLACE": _slot("place", lambda r: r.choice(CA_PLACES)),
    "AUPLACE": _slot("place", lambda r: r.choice(AU_PLACES)),
    "STREET": _slot("place", lambda r: f"{r.choice(STREETS)} {r.choice(STREET_TYPES)}"),
    "ADDRESS": _slot(
        "place", lambda r: f"{r.randint(2, 9999)} {r.choice(STREETS)} {r.choice(STREET_TYPES)}"
    ),
    "DATE": _slot("date", _date),
    "DOB": _slot("date", _dob),
    "OLDAGE": _slot("age", _old_age),
    "PHONE": _slot("phone", _phone),
    "EMAIL": _slot("email", _email),
    "URL": _slot("url", _url),
    "IP": _slot("ip", _ip),
    "HANDLE": _slot("handle", _handle),
    "EMPLOYER": _slot("organisation", lambda r: r.choice(EMPLOYERS_FULL)),
    "SCHOOL": _slot(
        "organisation", lambda r: f"{r.choice(SCHOOL_PREFIX)} {r.choice(SCHOOL_TYPES)}"
    ),
    "HOSPITAL": _slot("organisation", lambda r: r.choice(HOSPITALS)),
    "UNI": _slot("organisation", lambda r: r.choice(UNIS)),
    "ORG": _slot("organisation", lambda r: r.choice(OTHER_ORGS)),
}

# ------------------------------------------------------------------------------------------
# Look-alike fillers (never identifiers)

THEORISTS = [
    "Linehan",
    "Gottman",
    "Bowlby",
    "Beck",
    "Shapiro",
    "Porges",
    "van der Kolk",
    "Winnicott",
    "Kernberg",
    "Yalom",
    "Rogers",
    "Freud",
    "Jung",
    "Ainsworth",
    "Siegel",
    "Johnson",
    "Schwartz",
    "Levine",
    "Ogden",
    "Herman",
    "Kabat-Zinn",
    "Hayes",
    "Young",
    "Fonagy",
    "Rollnick",
    "Miller",
    "Perel",
    "Brach",
    "Neff",
    "Kohut",
    "Klein",
    "Minuchin",
    "Satir",
    "Worden",
    "Fosha",
    "Maté",
    "Greenberg",
    "Resick",
    "Foa",
]
THEORIST_PAIRS = [
    "Bateman and Fonagy",
    "Miller and Rollnick",
    "Bateman & Fonagy",
    "Miller & Rollnick",
    "John and Julie Gottman",
    "Cohen, Mannarino and Deblinger",
    "Linehan and Porges",
    "Ogden and Fisher",
]
THEORY_NOUNS = [
    "model",
    "framework",
    "work",
    "approach",
    "concept",
    "hierarchy",
    "ideas",
    "writing",
    "research",
    "stages",
    "protocol",
]
INSTRUMENTS = [
    "PHQ-9 of {n}",
    "GAD-7 of {n}",
    "PCL-5 of {n2}",
    "BDI-II of {n2}",
    "DES-II of {n}",
    "ACE score of {a}",
    "CAPS-5 severity of {n2}",
    "AUDIT of {n}",
    "Y-BOCS of {n}",
    "EPDS of {n}",
    "K10 of {n2}",
    "DASS-21 of {n2}",
    "ORS of {n}",
    "CORE-10 of {n}",
    "PHQ-A of {n}",
    "SCARED score of {n2}",
    "MoCA of {n}",
    "GDS-15 of {a}",
    "AAQ-II of {n2}",
    "EDE-Q global score of 3.{a}",
    "ITQ score of {n}",
    "WHODAS of {n2}",
]
CODES = [
    "F43.10",
    "309.81",
    "F32.1",
    "F41.1",
    "F60.3",
    "Z63.0",
    "F90.0",
    "F10.20",
    "296.32",
    "F43.23",
    "F33.1",
    "F50.01",
    "F42.2",
]
CPT = ["90837", "90834", "90791", "90847", "90853", "90846", "90832", "99213"]
MEDS = [
    "sertraline 100 mg",
    "lamotrigine 200 mg",
    "quetiapine 25 mg at night",
    "fluoxetine 20mg",
    "escitalopram 10 mg",
    "bupropion XL 300 mg",
    "venlafaxine 150 mg",
    "prazosin 2 mg",
    "lithium 900 mg",
    "aripiprazole 5 mg",
    "mirtazapine 15 mg",
    "buprenorphine 16 mg",
    "methadone 80 mg",
    "naltrexone 50 mg",
    "clonidine 0.1 mg",
    "Zoloft",
    "Lexapro",
    "Wellbutrin",
    "Adderall 20 mg",
    "Vyvanse 40 mg",
    "Seroquel",
    "Suboxone",
    "Lamictal",
    "propranolol 10 mg as needed",
    "hydroxyzine 25 mg",
]
MODELS = [
    "EMDR",
    "DBT",
    "CBT",
    "ACT",
    "IFS",
    "EFT",
    "CPT",
    "PE",
    "TF-CBT",
    "schema therapy",
    "mentalization-based treatment",
    "MBT",
    "CBT-E",
    "ERP",
    "CFT",
    "TFP",
    "PCIT",
    "sensorimotor work",
    "Somatic Experiencing",
    "narrative therapy",
    "MI",
    "Internal Family Systems",
    "Emotionally Focused Therapy",
    "Written Exposure Therapy",
    "Prolonged Exposure",
    "Cognitive Processing Therapy",
    "Circle of Security",
    "Seeking Safety",
    "the Safe and Sound Protocol",
    "the Gottman Method",
]
DURATIONS = [
    "for 3 years",
    "for six weeks",
    "over 18 months",
    "for about a year",
    "for 10 sessions",
    "for two and a half years",
    "since 2019",
    "since last spring",
    "for 4 months",
    "over the past 8 weeks",
    "for nearly a decade",
]
YOUNG_AGES = [
    "a 34-year-old",
    "a 27-year-old",
    "a 16-year-old",
    "a 45 year old",
    "a 61-year-old",
    "in her early thirties",
    "in his late forties",
    "aged 52",
    "a 9-year-old",
    "a 72-year-old",
    "an 88-year-old",
    "in her mid-twenties",
    "age 14",
]
RELATIONS = [
    "her maternal aunt",
    "his older brother",
    "their stepfather",
    "her ex-partner",
    "his paternal grandmother",
    "her best friend",
    "his sponsor",
    "her daughter",
    "their foster carer",
    "his wife",
    "her husband",
    "her mum",
    "his dad",
    "a cousin",
    "her partner",
    "his boss",
    "a neighbour",
]
GENERIC_PLACES = [
    "a small town in the Midwest",
    "a large city",
    "the East Coast",
    "a rural area",
    "the Pacific Northwest",
    "Ontario",
    "Queensland",
    "Texas",
    "Scotland",
    "the north of England",
    "a coastal town",
    "the suburbs",
    "a regional centre",
    "British Columbia",
    "New South Wales",
    "Nigeria",
    "the Philippines",
    "a mid-sized city in the South",
    "the Prairies",
    "rural Victoria",
    "the Maritimes",
    "Northern Ireland",
    "California",
    "a farming community",
    "the inner city",
    "Mexico",
    "Poland",
    "Vietnam",
]
WEEKDAYS = [
    "every Tuesday",
    "on Mondays",
    "most Fridays",
    "every other Thursday",
    "on a Wednesday",
    "at weekends",
    "on Sunday evenings",
]
MONTH_ONLY = [
    "since March",
    "in November",
    "last August",
    "by June",
    "over the winter",
    "around Christmas",
    "since the spring",
    "in early January",
    "over Easter",
    "in late September",
]
YEARS = ["in 2019", "in 2008", "since 2021", "around 2015", "back in 2003", "in 2022"]
SESSIONS = [
    "session 12",
    "session 4",
    "our sixth session",
    "the 20th session",
    "session three",
    "week 8",
    "session 9 of 16",
    "the third session",
]


def _fmt(template: str) -> Slot:
    def fill(r: random.Random) -> tuple[str, str | None]:
        return (template.format(n=r.randint(5, 27), n2=r.randint(20, 70), a=r.randint(1, 9)), None)

    return fill


CLEAN_SLOTS: dict[str, Slot] = {
    "THEORIST": _pick(THEORISTS),
    "PAIR": _pick(THEORIST_PAIRS),
    "TNOUN": _pick(THEORY_NOUNS),
    "INSTR": lambda r: _fmt(r.choice(INSTRUMENTS))(r),
    "CODE": _pick(CODES),
    "CPT": _pick(CPT),
    "MED": _pick(MEDS),
    "MODEL": _pick(MODELS),
    "DUR": _pick(DURATIONS),
    "YAGE": _pick(YOUNG_AGES),
    "REL": _pick(RELATIONS),
    "GPLACE": _pick(GENERIC_PLACES),
    "WEEKDAY": _pick(WEEKDAYS),
    "MONTH": _pick(MONTH_ONLY),
    "YEAR": _pick(YEARS),
    "SESSION": _pick(SESSIONS),
}
SLOTS = {**ID_SLOTS, **CLEAN_SLOTS}

# ------------------------------------------------------------------------------------------
# Sentence templates

CLEAN_TEMPLATES = """
My client is {YAGE} who grew up in {GPLACE} and has been in {MODEL} with me {DUR}.
Her {INSTR} at intake dropped to single figures by {SESSION}.
We are working toward a diagnosis of {CODE} and I bill {CPT} for most sessions.
{THEORIST}'s {TNOUN} keeps coming back to me when I sit with this family.
He has been on {MED} {DUR}, prescribed by his psychiatrist, with partial response.
{REL} was the one who found her after the overdose {YEAR}.
I find myself thinking about {PAIR} when she moves from rage to collapse within minutes.
We meet {WEEKDAY}, and she has not missed a session {MONTH}.
The presenting problem is panic that started {YEAR}, after {REL} moved out.
Using {THEORIST}'s language, the window of tolerance is very narrow right now.
In {SESSION} she described the accident in detail for the first time.
Scores: {INSTR}, {INSTR}, and an {INSTR}.
The family moved from {GPLACE} to {GPLACE} when she was small.
I wonder whether {MODEL} is the right fit, or whether {MODEL} would give us more structure.
He is {YAGE} and lives with {REL} in {GPLACE}.
We did a chain analysis on Thursday's episode; the prompting event was a text from {REL}.
As {THEORIST} might put it, the attachment system is lit up whenever he feels dismissed.
She is on {MED} and {MED}, and her GP is reviewing both.
The diagnosis on the referral was {CODE}, though I am not convinced.
{REL} has been supportive, but the couple have not had a real conversation {MONTH}.
I have been consulting on this case {DUR} and would value fresh eyes.
The DES-II was elevated and I am holding the possibility of {CODE} alongside trauma.
Her {INSTR} and {INSTR} suggest severe symptoms, yet she presents as calm and organised.
Per {THEORIST}, I have tried to stay curious rather than interpret too soon.
We started {MODEL} in {SESSION} and the SUDs went from 8 to 3.
He missed two sessions {MONTH}, both on Mondays after weekend drinking.
She grew up in {GPLACE}; her parents divorced when she was 7.
I am wondering about the countertransference: I feel protective and a little irritated.
The insurer wants a treatment plan with measurable goals by the end of the quarter.
Would anyone recommend {MODEL} for a client who dissociates this much?
Her ACE score is 6, and her attachment style looks preoccupied on the AAI.
I saw the couple for {SESSION}; {THEORIST}'s {TNOUN} framed the whole hour.
Psychoeducation about the Four Horsemen landed well with both of them.
He describes {REL} as critical and unpredictable, and himself as always on guard.
We are {DUR} into treatment and the alliance feels solid but stuck.
Her sleep improved on {MED}, but nightmares persist three or four nights a week.
The young person is {YAGE}, in Year 10, and lives between two households.
{THEORIST} and {THEORIST} both come to mind with this presentation.
Supervision helped me notice how much I was doing the work for him.
Treatment so far: {MODEL}, then {MODEL}, with {MED} from the GP.
The referral came through the EAP in {YEAR}, and we have met {WEEKDAY} since.
Using the {THEORIST} model, I mapped the protective parts before going near the trauma.
She has used AA and Al-Anon meetings {DUR} and has a sponsor she trusts.
Christmas and the anniversary in March are the hardest times for her.
We scheduled a family session for a Wednesday afternoon so both parents could attend.
He served in the Army and was deployed twice; the PCL-5 is 58.
I am using {MODEL} informed by {THEORIST}'s {TNOUN}, with mixed results.
Does anyone have a good handout on the window of tolerance for teenagers?
Her mother is Catholic and her father is Jewish, and faith comes up often in our work.
They are a Black and Latina couple in their thirties, together for twelve years.
I have been reading {THEORIST} again and it has helped me slow down.
She reports 2-3 panic attacks a week, usually on the drive home.
The plan is 12 sessions of {MODEL} followed by a review in the spring.
Her score dropped from 21 to 9 over 16 weeks, which is a reliable change.
""".strip().splitlines()

ID_TEMPLATES = """
My client {FULL} is a nurse at {HOSPITAL} and grew up in {PLACE}.
I first saw {NAME} on {DATE}, when she came in after a fight with her partner.
Her husband {NAME} works at {EMPLOYER} and travels a lot.
The referral letter lists her date of birth as {DOB} and her address as {ADDRESS}.
He lives on {STREET} in {PLACE} with his mother.
{NAME} said that the worst part was telling her son.
Client is {TITLE}, a retired bus driver from {PLACE}.
She is a student at {UNI} and lives in a shared house in {PLACE}.
Her son {NAME} attends {SCHOOL}, where he was suspended on {DATE}.
You can reach her on {PHONE} if she misses the session.
He emailed me from {EMAIL} to cancel, which I had asked him not to do.
She runs a blog at {URL} where she writes about her recovery.
The telehealth log shows she connected from {IP} on {DATE}.
He posts on Instagram as {HANDLE} and some of it is worrying.
Her {ID} was on the intake form and I have removed it from the notes.
The insurer keeps rejecting claims for {ID}, so I have been on the phone for hours.
{TITLE} is a {OLDAGE} widow who still drives to sessions.
Her grandmother, who is {OLDAGE}, raised her in {PLACE}.
I referred {FULL} to {HOSPITAL} for a psychiatric assessment on {DATE}.
{INITSUR} told me her boss at {EMPLOYER} has been pressuring her to quit.
She was admitted to {HOSPITAL} on {DATE} after the overdose.
Her postcode is {ZIP} and she is worried neighbours will recognise her car.
We spoke with {NAME}'s teacher at {SCHOOL} about a safety plan.
He volunteers at {ORG} on Saturdays, which he says keeps him sober.
Her sister {NAME} lives in {PLACE} and calls her every day.
The client, {FULL}, moved from {PLACE} to {PLACE} last year for work.
Contact for the father is {PHONE} or {EMAIL}.
A client called {WORDNAME} has been coming to me since the spring.
When {WORDNAME} said she wanted to leave, I felt the room go quiet.
Her daughter {WORDNAME} works at {EMPLOYER} in {PLACE}.
{FULL}, DOB {DOB}, was referred by {TITLE} at {HOSPITAL}.
He was born on {DOB} in {PLACE}, and his {ID} is on file with the clinic.
The hearing is on {DATE} at the courthouse in {PLACE}.
She gave me her mobile, {PHONE}, and her work email, {EMAIL}.
The boy, {NAME}, is in Year 9 at {SCHOOL} and his mum works for {EMPLOYER}.
Her Snapchat is {HANDLE} and her brother {NAME} follows it.
His apartment is at {ADDRESS}, Apt {APTNO}, near the bus depot.
Her ex, {FULL}, texts her from {PHONE} most nights.
I was asked to write to {TITLE}, her GP in {PLACE}, before {DATE}.
Her father {FULL} is {OLDAGE} and lives in a care home in {PLACE}.
The couple, {NAME} and {NAME}, met at {UNI} and now live in {PLACE}.
{NAME} works nights at {EMPLOYER} and sleeps most of the day.
Her {ID} and {ID} were both in the packet the hospital sent.
He studies at {UNI} and works part-time at {EMPLOYER}.
She left {EMPLOYER} on {DATE} after a complaint against her manager.
{FULL} was arrested outside a bar in {PLACE} on {DATE}.
Her teenage son is at {SCHOOL} in {PLACE} and plays for the football team there.
Please send any letters to {ADDRESS}, {PLACE}.
We moved our sessions to {DATE} because {NAME} had a hospital appointment.
The crisis team's notes mention {FULL} at {PHONE} as next of kin.
Her website, {URL}, has her full name and photograph on it.
He was transferred to {HOSPITAL} and his {ID} changed in the process.
She lives with {NAME} in {PLACE} and works at {ORG}.
""".strip().splitlines()

OPENINGS = {
    "emdr": [
        "EMDR consult request.",
        "Stuck in phase 4 and would value input.",
        "EMDR case, adult survivor of childhood abuse.",
    ],
    "dbt": [
        "DBT team consult question.",
        "Bringing a DBT case to the group.",
        "Adolescent DBT case.",
    ],
    "couples": [
        "Couples case, EFT frame.",
        "Gottman-informed couples work.",
        "A couples case I am struggling with.",
    ],
    "child": ["Child and family case.", "Play therapy question.", "A family case."],
    "psychodynamic": [
        "Psychodynamic case, second year of twice-weekly work.",
        "A question about the transference.",
        "Long-term psychodynamic client.",
    ],
    "substance": [
        "Substance use case.",
        "Harm reduction question.",
        "Client in early recovery from alcohol use disorder.",
    ],
    "grief": [
        "Grief and bereavement case.",
        "Complicated grief question.",
        "A bereaved parent I am seeing.",
    ],
    "trauma": [
        "Complex trauma case.",
        "Trauma case with dissociation.",
        "Consultation on a first responder with PTSD.",
    ],
}
CLOSINGS = [
    "Any thoughts welcome.",
    "How would you approach this?",
    "I would value the group's perspective.",
    "Grateful for any ideas.",
    "What am I missing?",
    "Thanks in advance.",
    "",
]
BRITISH = {
    "behavior": "behaviour",
    "organized": "organised",
    "center": "centre",
    "program": "programme",
    "mom": "mum",
}


def render(template: str, rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill a template; return the text and the spans of identifier slots."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for piece in re.split(r"(\{[A-Z0-9]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            key = piece[1:-1]
            if key == "ID":
                cue, value = _ids(rng)
                out.append(cue + " ")
                pos += len(cue) + 1
                out.append(value)
                spans.append((pos, pos + len(value), "id_number"))
                pos += len(value)
                continue
            if key == "ZIP":
                for value, kind in _zip(rng):
                    out.append(value)
                    if kind:
                        spans.append((pos, pos + len(value), kind))
                    pos += len(value)
                continue
            if key == "APTNO":
                value = f"{rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
                out.append(value)
                spans.append((pos - 4, pos + len(value), "place"))
                pos += len(value)
                continue
            value, kind = SLOTS[key](rng)
            out.append(value)
            if kind:
                spans.append((pos, pos + len(value), kind))
            pos += len(value)
        else:
            out.append(piece)
            pos += len(piece)
    text = "".join(out)
    return text[:1].upper() + text[1:], spans


def _merge_spans(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, k in sorted(spans):
        if merged and s < merged[-1][1]:
            ps, pe, pk = merged[-1]
            merged[-1] = (ps, max(pe, e), pk)
        else:
            merged.append((s, e, k))
    return merged


def make_document(rng: random.Random, doc_id: str, with_ids: bool) -> dict[str, object]:
    modality = rng.choice(list(OPENINGS))
    parts: list[tuple[str, list[tuple[int, int, str]]]] = [(rng.choice(OPENINGS[modality]), [])]
    n_clean = rng.randint(3, 7) if not with_ids else rng.randint(1, 4)
    sentences = [render(t, rng) for t in rng.sample(CLEAN_TEMPLATES, n_clean)]
    if with_ids:
        sentences += [render(t, rng) for t in rng.sample(ID_TEMPLATES, rng.randint(2, 4))]
        rng.shuffle(sentences)
    parts += sentences
    closing = rng.choice(CLOSINGS)
    if closing:
        parts.append((closing, []))
    british = rng.random() < 0.4
    text = ""
    spans: list[tuple[int, int, str]] = []
    for sentence, sent_spans in parts:
        if british:
            # only swap spellings outside identifier spans, keeping lengths in step
            for us, gb in BRITISH.items():
                if (
                    us in sentence
                    and not any(s <= sentence.find(us) < e for s, e, _ in sent_spans)
                    and len(us) == len(gb)
                ):
                    sentence = sentence.replace(us, gb)
        offset = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        spans += [(s + offset, e + offset, k) for s, e, k in sent_spans]
    spans = _merge_spans(spans)
    for s, e, _ in spans:
        assert text[s:e].strip() == text[s:e] and e > s, (doc_id, text[s:e])
    return {
        "id": doc_id,
        "text": text,
        "spans": [{"start": s, "end": e, "kind": k} for s, e, k in spans],
        "source": "generated",
    }


def build(n_generated: int = 300) -> list[dict[str, object]]:
    rng = random.Random(SEED)
    docs = [make_document(rng, f"gen-{i:03d}", with_ids=i % 2 == 1) for i in range(n_generated)]
    docs += handwritten_documents() + heldout2_documents() + heldout3_documents()
    docs += heldout4_documents()
    for doc in docs:
        text = str(doc["text"])
        for span in doc["spans"]:  # type: ignore[attr-defined]
            assert 0 <= span["start"] < span["end"] <= len(text)
    return docs


def main() -> None:
    docs = build()
    out = HERE / "vignettes.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_ids = sum(1 for d in docs if d["spans"])
    print(f"wrote {len(docs)} documents ({n_ids} with identifiers) to {out}")


if __name__ == "__main__":
    main()
