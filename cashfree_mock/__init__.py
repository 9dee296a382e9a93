"""Cashfree PG simulator."""
