"""Helpers the tests import by name; fixtures live in the ``conftest.py`` files.

- ``spec``: the spec's path, the loaded spec, its version, its operations and examples.
- ``fake_time``: a hand-moved ``Clock`` for the mock, ``Sleeps`` that stand in for the client's retry sleep.
- ``fields``: ``present(model.field)``, a nullable response field asserted to be there; ``without_nulls(json)``
  for round trips (a response model reads an absent field as null).
- ``sandbox_data``: Cashfree's sandbox test data (cards, OTP, customers) that the mock honours.
- ``mock_http``: raw HTTP calls to the mock, with every answer checked against the spec.
- ``mock_transport``: the client over ``httpx.MockTransport``, answers queued by the test.
- ``harness``: the client against the mock, written once for sync and async.
"""
