"""Quality gates in a real browser: user journeys, accessibility (axe-core), valid HTML (W3C Nu checker), screenshots.

Not a Django app: a test package. Run with `make e2e` (docs/quality.md)."""
