"""Returns and refunds: RMAs from shipped orders, receiving with inspection, refunds."""

from ui.returns.view import ReturnsView

__all__ = ["ReturnsView"]
