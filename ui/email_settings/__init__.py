"""The Email page of Settings: the shop's SMTP server and the customer email templates."""

from ui.email_settings.page import EmailSettingsPage

__all__ = ["EmailSettingsPage"]
