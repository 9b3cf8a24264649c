"""The running process: CLI, config, clock, platform adapters, scheduler."""
