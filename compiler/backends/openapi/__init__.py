"""OpenAPI backend: checked Models → generated/openapi.json and generated/<regelset>.regelset.json (the API contract)."""
