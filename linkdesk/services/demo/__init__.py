"""A deterministic bilingual rural-Canada demo program: directory, staff and caseload (synthetic data)."""

from linkdesk.services.demo.caseload import demo_actor, seed_demo
from linkdesk.services.demo.directory import DEMO_DIRECTORY_DIR, load_demo_directory
from linkdesk.services.demo.summary import DemoSummary, summarise
from linkdesk.services.demo.workspace import seed_demo_workspace

__all__ = [
    "DEMO_DIRECTORY_DIR",
    "DemoSummary",
    "demo_actor",
    "load_demo_directory",
    "seed_demo",
    "seed_demo_workspace",
    "summarise",
]
