"""The DMN backend: a checked regelset as DMN 1.5 XML (export.py). Tables come from the decision IR
(ir.py); texts (bron, toelichting) and the expressions of afgeleide waarden from the Model."""
