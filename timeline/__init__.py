"""timeline: turn news articles into a browsable, hand-editable, cited timeline website."""

from timeline.errors import Problem, TimelineError, ValidationFailed
from timeline.model import Citation, Event, PartialDate, Precision, Source, Timeline

__version__ = "0.1.0"

__all__ = [
    "Citation",
    "Event",
    "PartialDate",
    "Precision",
    "Problem",
    "Source",
    "Timeline",
    "TimelineError",
    "ValidationFailed",
    "__version__",
]
