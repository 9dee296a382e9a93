"""The random ids the simulator hands out (`cashfree_mock._ids`): well formed, and never repeated."""

from __future__ import annotations

import multiprocessing
import re
import uuid

import pytest

from cashfree_mock._ids import random_hex, uuid4_text


def test_request_ids_are_random_version_4_uuids() -> None:
    ids = {uuid4_text() for _ in range(2000)}
    assert len(ids) == 2000
    for text in list(ids)[:200]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    assert {text[19] for text in ids} == set("89ab")  # every variant digit turns up


@pytest.mark.parametrize("chars", [1, 2, 23, 24])
def test_random_hex_has_the_length_asked_for(chars: int) -> None:
    assert re.fullmatch(f"[0-9a-f]{{{chars}}}", random_hex(chars))
    assert len({random_hex(24) for _ in range(100)}) == 100


def _child_ids(queue: multiprocessing.Queue[list[str]]) -> None:
    queue.put([uuid4_text() for _ in range(3)])


def test_a_forked_process_does_not_repeat_its_parents_ids() -> None:
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[list[str]] = context.Queue()
    child = context.Process(target=_child_ids, args=(queue,))
    child.start()
    from_child = queue.get(timeout=30)
    child.join(30)
    assert not set(from_child) & {uuid4_text() for _ in range(3)}
