"""The HSDS 3.0 vocabulary the importer knows: field names per object and the tabular file names."""

from __future__ import annotations


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Every HSDS 3.0 field (tabular columns and JSON keys) of the objects the importer reads. A name outside
# these is an extension (HSDS 3.1, a national profile): ignored, reported once as info.
KNOWN_FIELDS: dict[str, frozenset[str]] = {
    "organization": _names(
        "alternate_name attributes contacts description email funding id legal_status locations logo "
        "metadata name organization_identifiers parent_organization_id phones programs services tax_id "
        "tax_status uri website year_incorporated"
    ),
    "service": _names(
        "accreditations alert alternate_name application_process assured_date assurer_email attributes "
        "contacts cost_options description eligibility_description email fees fees_description funding id "
        "interpretation_services languages last_modified licenses maximum_age metadata minimum_age name "
        "organization organization_id phones program program_id required_documents schedules "
        "service_areas service_at_locations status url wait_time"
    ),
    "location": _names(
        "accessibility addresses alternate_name attributes contacts description external_identifier "
        "external_identifier_type id languages latitude location_type longitude metadata name "
        "organization_id phones schedules transportation url"
    ),
    "service_at_location": _names(
        "attributes contacts description id location location_id metadata phones schedules service "
        "service_id"
    ),
    "address": _names(
        "address_1 address_2 address_type attention attributes city country id location_id metadata "
        "postal_code region state_province"
    ),
    "phone": _names(
        "attributes contact_id description extension id languages location_id metadata number "
        "organization_id service_at_location_id service_id type"
    ),
    "schedule": _names(
        "attending_type attributes byday bymonthday byweekno byyearday closes_at count description "
        "dtstart freq id interval location_id metadata notes opens_at schedule_link "
        "service_at_location_id service_id timezone until valid_from valid_to wkst"
    ),
    "taxonomy_term": _names(
        "code description id language metadata name parent_id taxonomy taxonomy_detail taxonomy_id "
        "term_uri"
    ),
    # taxonomy_terms: the HSDS-UK taxonomy endpoint nests its terms.
    "taxonomy": _names("description id metadata name taxonomy_terms uri version"),
    "language": _names("attributes code id location_id metadata name note phone_id service_id"),
    "attribute": _names("id link_entity link_id link_type metadata taxonomy_term taxonomy_term_id value"),
}

PAGE_FIELDS = frozenset(
    {
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    }
)

# Tabular resource name -> the conventional file name (used when datapackage.json is missing or unreadable).
TABULAR_FILES: dict[str, str] = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "service_at_location": "service_at_location.csv",
    "address": "addresses.csv",
    "phone": "phones.csv",
    "schedule": "schedules.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
    "language": "languages.csv",
}

# The order rows are read and written in: every table after the tables it refers to.
TABLE_ORDER: tuple[str, ...] = (
    "organization",
    "location",
    "service",
    "service_at_location",
    "address",
    "phone",
    "schedule",
    "taxonomy_term",
    "service_taxonomy",
    "language",
)
