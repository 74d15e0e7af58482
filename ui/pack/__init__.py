"""Pack station: scan an order, verify every unit by scanning, pack and ship."""

from ui.pack.view import PackStationView

__all__ = ["PackStationView"]
