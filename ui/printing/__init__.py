"""Qt side of printing: PDF preview, QPrinter transport and the printer profile editor."""
