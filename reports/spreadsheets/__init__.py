"""Spreadsheets and accounting CSVs built from plain data: no database, no Qt.

    accounting.build(data: AccountingData, out) -> None
    xero.build_invoices(data, settings, out) / xero.build_credit_notes(data, settings, out)
    quickbooks.build_invoices(data, settings, out) / quickbooks.build_credit_memos(...)
    table_export.write(rows, columns, out) -> int
"""
