"""extract stage of the tigris pipeline."""
