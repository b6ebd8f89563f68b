"""What an earlier run made for an unchanged event, by the event's identity (`mkdocs serve`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from timeline.model import Event

__all__ = ["recall"]

_T = TypeVar("_T")


def recall(
    memo: dict[object, Any] | None,
    kind: str,
    event: Event,
    extra: tuple[Any, ...],
    make: Callable[[], _T],
) -> _T:
    """`make()`, or what it gave for this very event object and `extra` in an earlier run.

    Keyed by the event's identity, not its value: an unchanged event is the same object
    from one read of events.yaml to the next (`ParseCache`), and hashing it whole costs
    about as much as making its HTML again. The entry keeps the event, so its id cannot be
    taken by another object while the entry lives; `extra` is compared by value.
    """
    if memo is None:
        return make()
    key = (kind, id(event))
    found = memo.get(key)
    if found is not None and found[0] is event and found[1] == extra:
        return cast(_T, found[2])
    value = make()
    memo[key] = (event, extra, value)
    return value
