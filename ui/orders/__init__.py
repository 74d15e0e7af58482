"""The Orders screen."""

from ui.orders.view import OrdersView

__all__ = ["OrdersView"]
