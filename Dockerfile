# The decision API (`regels serveer`) as a container. It serves generated/ as committed, so build
# it from a tree where `regels bouw --controleer` passes. Stateless: scale out with more processes
# (--workers) or more containers behind any reverse proxy or load balancer.
#
#   docker build -t regels-api .
#   docker run --rm -p 8000:8000 -e WORKERS=2 regels-api
#   curl -s localhost:8000/regelsets
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 WORKERS=2
WORKDIR /app
# tzdata: the default peildatum is today in Europe/Amsterdam.
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY compiler/ compiler/
RUN pip install --no-cache-dir '.[api]'
COPY regels/ regels/
COPY generated/ generated/
# At start, `regels serveer` checks generated/ against regels/ and refuses a stale one.
USER nobody
EXPOSE 8000
CMD ["sh", "-c", "exec regels --project /app serveer --host 0.0.0.0 --port 8000 --workers ${WORKERS}"]
