"""events stage of the tigris pipeline."""
