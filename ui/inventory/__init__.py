"""Inventory screen: products with stock figures, the product editor and stock actions."""

from ui.inventory.view import InventoryView

__all__ = ["InventoryView"]
