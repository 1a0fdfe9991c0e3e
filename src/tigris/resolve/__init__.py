"""resolve stage of the tigris pipeline."""
