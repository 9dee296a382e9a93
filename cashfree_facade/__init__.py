"""Cashfree PG client."""
