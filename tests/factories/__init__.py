"""Factories for every page type and model, one module per app."""
