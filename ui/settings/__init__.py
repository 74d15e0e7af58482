"""The Settings dialog and its pages."""

from ui.settings.dialog import SettingsDialog

__all__ = ["SettingsDialog"]
