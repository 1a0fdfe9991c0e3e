"""tigris: conflict and political reporting in, a sourced and reviewable event record out."""

__version__ = "0.1.0"
