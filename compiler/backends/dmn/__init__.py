"""The DMN backend: a checked regelset as DMN 1.5 XML (export.py). It reads the checked Model;
when the decision IR lands it should read that instead."""
