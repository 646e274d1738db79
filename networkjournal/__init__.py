"""Network Journal: a desktop journal for a job search run on relationships."""

__version__ = "0.1.0"
APP_NAME = "Network Journal"
APP_ID = "networkjournal"
