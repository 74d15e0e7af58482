"""``db check``: prove the invariants that the services keep, straight from the tables.

Each check is one SQL query that returns the rows breaking it, so it runs in seconds on a
million orders and the same on SQLite (3.39 or newer, for FULL OUTER JOIN; Python 3.11 ships
3.39+) and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desktop.db.uow import Database

PHYSICAL = "('bin', 'quarantine', 'scrap')"

CHECKS: tuple[tuple[str, str, str], ...] = (
    ("cached on-hand equals the ledger",
     f"""
     SELECT p.sku, l.code, COALESCE(s.on_hand, 0), COALESCE(m.qty, 0)
     FROM (SELECT product_id, location_id, SUM(qty) AS qty FROM (
             SELECT product_id, to_location_id AS location_id, quantity AS qty FROM stock_moves
             UNION ALL
             SELECT product_id, from_location_id, -quantity FROM stock_moves) x
           GROUP BY product_id, location_id) m
     FULL OUTER JOIN stock_levels s ON s.product_id = m.product_id AND s.location_id = m.location_id
     JOIN products p ON p.id = COALESCE(s.product_id, m.product_id)
     JOIN locations l ON l.id = COALESCE(s.location_id, m.location_id)
     WHERE l.kind IN {PHYSICAL} AND COALESCE(s.on_hand, 0) <> COALESCE(m.qty, 0)
     """, "{0} in {1}: cached on hand {2}, ledger says {3}"),
    ("reserved equals the allocations",
     """
     SELECT p.sku, l.code, COALESCE(s.reserved, 0), COALESCE(a.qty, 0)
     FROM (SELECT product_id, location_id, SUM(quantity) AS qty FROM allocations
           GROUP BY product_id, location_id) a
     FULL OUTER JOIN stock_levels s ON s.product_id = a.product_id AND s.location_id = a.location_id
     JOIN products p ON p.id = COALESCE(s.product_id, a.product_id)
     JOIN locations l ON l.id = COALESCE(s.location_id, a.location_id)
     WHERE COALESCE(s.reserved, 0) <> COALESCE(a.qty, 0)
     """, "{0} in {1}: cached reserved {2}, allocations say {3}"),
    ("reserved never exceeds on hand",
     """
     SELECT p.sku, l.code, s.reserved, s.on_hand FROM stock_levels s
     JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id
     WHERE s.reserved > s.on_hand
     """, "{0} in {1}: {2} reserved but only {3} on hand"),
    ("no negative stock unless allowed",
     """
     SELECT p.sku, l.code, s.on_hand FROM stock_levels s
     JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id
     WHERE s.on_hand < 0 AND NOT p.allow_negative
     """, "{0} in {1}: on hand is {2}"),
    ("refunds never exceed what was paid",
     """
     SELECT o.number, o.paid, COALESCE(r.total, 0), o.refunded FROM orders o
     LEFT JOIN (SELECT order_id, SUM(amount) AS total FROM refunds GROUP BY order_id) r ON r.order_id = o.id
     WHERE COALESCE(r.total, 0) > o.paid OR COALESCE(r.total, 0) <> o.refunded
     """, "order {0}: paid {1} (cents), refunds add up to {2}, order says {3}"),
    ("shipped quantities equal the shipment lines",
     """
     SELECT o.number, ol.sku, ol.quantity_shipped, COALESCE(s.qty, 0) FROM order_lines ol
     JOIN orders o ON o.id = ol.order_id
     LEFT JOIN (SELECT order_line_id, SUM(quantity) AS qty FROM shipment_lines GROUP BY order_line_id) s
       ON s.order_line_id = ol.id
     WHERE ol.quantity_shipped <> COALESCE(s.qty, 0) OR ol.quantity_shipped > ol.quantity
     """, "order {0} {1}: says {2} shipped, shipments say {3}"),
    ("every shipped unit has its stock moves",
     """
     SELECT sh.number, ol.sku, sl.quantity * COALESCE(k.units, 1), COALESCE(m.qty, 0)
     FROM shipment_lines sl
     JOIN shipments sh ON sh.id = sl.shipment_id
     JOIN order_lines ol ON ol.id = sl.order_line_id
     LEFT JOIN (SELECT kit_id, SUM(quantity) AS units FROM kit_components GROUP BY kit_id) k
       ON k.kit_id = ol.product_id
     LEFT JOIN (SELECT doc_id, SUM(quantity) AS qty FROM stock_moves WHERE doc_type = 'shipment_line'
                GROUP BY doc_id) m ON m.doc_id = sl.id
     WHERE sl.quantity * COALESCE(k.units, 1) <> COALESCE(m.qty, 0)
     """, "shipment {0} {1}: {2} units shipped, {3} moved to the customer"),
    ("returned quantities equal the RMA lines",
     """
     SELECT o.number, ol.sku, ol.quantity_returned, COALESCE(r.qty, 0) FROM order_lines ol
     JOIN orders o ON o.id = ol.order_id
     LEFT JOIN (SELECT order_line_id, SUM(quantity) AS qty FROM return_lines GROUP BY order_line_id) r
       ON r.order_line_id = ol.id
     WHERE ol.quantity_returned <> COALESCE(r.qty, 0) OR ol.quantity_returned > ol.quantity_shipped
     """, "order {0} {1}: says {2} returned, RMAs say {3}"),
    ("every received return has its stock moves",
     """
     SELECT rr.id, ol.sku, rr.quantity * COALESCE(k.units, 1), COALESCE(m.qty, 0)
     FROM return_receipts rr
     JOIN return_lines rl ON rl.id = rr.return_line_id
     JOIN order_lines ol ON ol.id = rl.order_line_id
     LEFT JOIN (SELECT kit_id, SUM(quantity) AS units FROM kit_components GROUP BY kit_id) k
       ON k.kit_id = ol.product_id
     LEFT JOIN (SELECT doc_id, SUM(quantity) AS qty FROM stock_moves WHERE doc_type = 'return_receipt'
                GROUP BY doc_id) m ON m.doc_id = rr.id
     WHERE rr.quantity * COALESCE(k.units, 1) <> COALESCE(m.qty, 0)
     """, "return receipt {0} {1}: {2} units received, {3} moved"),
    ("received returns equal their receipts",
     """
     SELECT rl.id, rl.received, COALESCE(r.qty, 0) FROM return_lines rl
     LEFT JOIN (SELECT return_line_id, SUM(quantity) AS qty FROM return_receipts GROUP BY return_line_id) r
       ON r.return_line_id = rl.id
     WHERE rl.received <> COALESCE(r.qty, 0)
     """, "return line {0}: says {1} received, receipts say {2}"),
)


@dataclass(frozen=True)
class Breach:
    check: str
    message: str


def run_checks(db: Database, limit: int = 50) -> list[Breach]:
    """Every breach found (at most ``limit`` per check); empty when the database is sound."""
    breaches: list[Breach] = []
    with db.engine.connect().execution_options(packline_write=False) as connection:
        for name, sql, template in CHECKS:
            for row in connection.execute(text(sql + f" LIMIT {limit}")):
                breaches.append(Breach(name, template.format(*row)))
    return breaches

