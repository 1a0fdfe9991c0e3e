"""Shipped knowledge: actors, places, demo corpus."""
