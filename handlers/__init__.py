"""What the bot says: commands and questions -> replies, with no platform types."""
