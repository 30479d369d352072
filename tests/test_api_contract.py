"""`regels serveer` against its own contract: schemathesis generates requests from generated/openapi.json.

Every response must validate against the document (status code, content type, headers, body);
no generated input, valid or not, may give a 500. The number of examples is bounded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance, negative_data_rejection, response_headers_conformance,
    response_schema_conformance, status_code_conformance,
)

from compiler.toepassingen.serveer.app import maak_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@schemathesis.serializer("application/x-ndjson")
def _jsonl(ctx, value):
    # The batch body: the schema describes it as an array of cases, sent one per line.
    if isinstance(value, list):
        return "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in value).encode("utf-8")
    return json.dumps(value).encode("utf-8")


@schemathesis.deserializer("application/x-ndjson")
def _jsonl_uit(ctx, response):
    return [json.loads(line) for line in response.content.decode("utf-8").splitlines() if line.strip()]


schema = schemathesis.openapi.from_asgi("/openapi.json", maak_app(ROOT))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance, negative_data_rejection]


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck), database=None)
def test_api_houdt_zich_aan_het_contract(case):
    checks = CHECKS
    if case.path == "/beslis/batch":
        # By design a batch never rejects the whole request for one bad case: that case gets its
        # own line with status "fout" and the reasons, inside a 200 stream (the other lines are
        # decided). So invalid cases are *answered*, not rejected, and this one check does not apply.
        checks = [c for c in CHECKS if c is not negative_data_rejection]
    case.call_and_validate(checks=checks)
