"""Understanding plain French: normalisation, entities, intents, answers.

`handlers.questions` is the entry point the router calls; this package does
the work (see pipeline.py for the path a message takes).
"""
