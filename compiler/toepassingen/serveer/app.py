"""`regels serveer`: the HTTP JSON API (Starlette on uvicorn) over generated/ → responses.

Starlette, not FastAPI: the contract is the OpenAPI document that `regels bouw` generates from
the regels themselves (generated/openapi.json), so we need routing, streaming and an ASGI
server, not a second schema derived from Python classes. Every error is RFC 9457
application/problem+json in Dutch; every limit (body size, batch length, time) is a clear error.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from compiler.toepassingen.batch import json_reden, read_jsonl
from compiler.toepassingen.serveer.regelsets import (
    Opties, Probleem, Regelset, beslis_aanvraag, beslis_met_toelichting, kies_regelset, laad, lees_aanvraag,
    peildatum_of_vandaag,
)
from compiler.toepassingen.serveer.toelichting import Toelichting

log = logging.getLogger("regels.serveer")

# The query parameters of POST /beslis/batch: the options of POST /beslis, for every case alike.
BATCH_PARAMETERS = ("peildatum", "regelset", "uitleg", "motivering", "waarom_niet")
_PER_BLOK = 200         # lines per piece of the streamed answer
_PER_BLOK_ZWAAR = 20    # lines per trip to the thread pool when each case has a motivering or waarom-niet


@dataclass(frozen=True)
class Grenzen:
    """The limits of one request; each, when reached, is a problem+json that says which and how much."""

    max_body: int = 1 << 20             # bytes for POST /beslis
    max_batch_body: int = 64 << 20      # bytes for POST /beslis/batch
    max_batch: int = 10_000             # cases per batch
    tijdslimiet: float = 30.0           # seconds per request: reading the body, and deciding a batch

    @classmethod
    def uit_omgeving(cls) -> Grenzen:
        d = cls()
        return cls(int(os.environ.get("REGELS_MAX_BODY", d.max_body)),
                   int(os.environ.get("REGELS_MAX_BATCH_BODY", d.max_batch_body)),
                   int(os.environ.get("REGELS_MAX_BATCH", d.max_batch)),
                   float(os.environ.get("REGELS_TIJDSLIMIET", d.tijdslimiet)))


class ProblemResponse(JSONResponse):
    media_type = "application/problem+json"


def _probleem(p: Probleem) -> Response:
    return ProblemResponse(p.json(), status_code=p.status, headers={"Retry-After": "1"} if p.status == 503 else None)


_HTTP_TITELS = {404: ("niet-gevonden", "Niet gevonden", "Dit adres bestaat niet in deze API; zie /openapi.json."),
                405: ("methode-niet-toegestaan", "Methode niet toegestaan",
                      "Deze methode kan niet op dit adres; zie /openapi.json.")}


def _mib(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB".replace(".", ",") if n >= 1 << 20 else f"{n} bytes"


async def _lees_body(request: Request, maximum: int, grenzen: Grenzen) -> bytes:
    """The body, but never more than `maximum` bytes and never slower than the time limit."""
    te_groot = Probleem(413, "te-groot", "De aanvraag is te groot",
                        f"De body is groter dan het maximum van {_mib(maximum)}; er is niets beslist."
                        + (" Splits de batch." if maximum == grenzen.max_batch_body else ""),
                        extra={"maximum_bytes": maximum})
    lengte = request.headers.get("content-length")
    if lengte is not None and lengte.isdigit() and int(lengte) > maximum:
        raise te_groot
    delen, n = [], 0
    try:
        async with asyncio.timeout(grenzen.tijdslimiet):
            async for deel in request.stream():
                n += len(deel)
                if n > maximum:
                    raise te_groot
                delen.append(deel)
    except TimeoutError:
        raise Probleem(408, "tijdslimiet", "De aanvraag kwam te langzaam binnen",
                       f"De body was na {grenzen.tijdslimiet:g} s nog niet binnen; er is niets beslist.") from None
    return b"".join(delen)


def _content_type(request: Request, toegestaan: tuple[str, ...], voorbeeld: str) -> None:
    soort = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if soort and not any(t in soort for t in toegestaan):
        raise Probleem(415, "verkeerd-content-type", "Verkeerd Content-Type",
                       f"Content-Type {soort!r} kan hier niet; stuur {voorbeeld}.")


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise Probleem(400, "geen-json", "Geen geldige JSON", "De body is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as e:
        # The same words as `regels beslis` for a file that is no JSON.
        raise Probleem(400, "geen-json", "Geen geldige JSON",
                       f"regel {e.lineno}, kolom {e.colno}: geen geldige JSON ({e.msg})") from None
    except (ValueError, RecursionError) as e:
        raise Probleem(400, "geen-json", "Geen bruikbare JSON", json_reden(e)) from None


def _ja_nee(ruw: str | None, naam: str, fouten: dict[str, str]) -> bool:
    if ruw is None:
        return False
    if ruw.lower() in ("true", "ja", "1"):
        return True
    if ruw.lower() in ("false", "nee", "0", ""):
        return False
    fouten[naam] = f"verwacht ja of nee (true/false), kreeg {ruw!r}"
    return False


def _regels_nodig(aanvraag: Any) -> bool:
    return isinstance(aanvraag, dict) and (aanvraag.get("motivering") is True
                                           or aanvraag.get("waarom_niet") is not None)


def maak_app(project: Path, grenzen: Grenzen | None = None) -> Starlette:
    """The API for the generated/ of `project`; loads the modules once, at start-up."""
    grenzen = grenzen or Grenzen()
    regelsets: dict[str, Regelset] = laad(project)
    openapi_bytes = (project / "generated" / "openapi.json").read_bytes()
    toelichting = Toelichting(project, grenzen.tijdslimiet)
    # A motivering or waarom-niet (up to 2 s of search) runs beside the event loop, one at a time per
    # process: plain decisions keep flowing, and a queue longer than the time limit is a clear 503.
    zwaar = asyncio.Semaphore(1)

    async def zwaar_beurt() -> None:
        try:
            async with asyncio.timeout(grenzen.tijdslimiet):
                await zwaar.acquire()
        except TimeoutError:
            raise Probleem(503, "bezet", "De dienst is bezig met andere motiveringen of waarom-niet-vragen",
                           f"Er kwam binnen {grenzen.tijdslimiet:g} s geen plaats vrij; er is niets beslist. "
                           "Probeer het zo opnieuw.") from None

    async def beslis(request: Request) -> Response:
        _content_type(request, ("json",), "application/json")
        aanvraag = _json(await _lees_body(request, grenzen.max_body, grenzen))
        if not _regels_nodig(aanvraag):
            tekst = beslis_aanvraag(regelsets, aanvraag)
        else:
            lees_aanvraag(regelsets, aanvraag)   # a bad request is told at once, without waiting its turn
            await zwaar_beurt()
            try:
                tekst = await run_in_threadpool(beslis_aanvraag, regelsets, aanvraag, toelichting)
            finally:
                zwaar.release()
        return Response(tekst.encode("utf-8"), media_type="application/json")

    async def beslis_batch(request: Request) -> Response:
        _content_type(request, ("ndjson", "jsonl", "json-lines", "jsonlines"), "application/x-ndjson (JSON Lines)")
        fouten: dict[str, str] = {}
        q = request.query_params
        for naam in q:
            if naam not in BATCH_PARAMETERS:
                fouten[naam] = "onbekende parameter; kies uit: " + ", ".join(BATCH_PARAMETERS)
        uitleg = _ja_nee(q.get("uitleg"), "uitleg", fouten)
        motivering = _ja_nee(q.get("motivering"), "motivering", fouten)
        waarom_niet = q.get("waarom_niet")
        if waarom_niet is not None and not waarom_niet.strip():
            fouten["waarom_niet"] = "verwacht de uitkomst die u had willen zien, als tekst, kreeg een lege tekst"
        peildatum, gekozen = peildatum_of_vandaag(q.get("peildatum"), fouten)
        regelset = None
        try:
            regelset = kies_regelset(regelsets, q.get("regelset"))
        except Probleem as p:
            fouten.update(p.fouten or {})
        if fouten:
            raise Probleem(422, "ongeldige-aanvraag", "De aanvraag is niet volledig of niet juist",
                           "Er is niets beslist. Fout in: " + ", ".join(fouten) + ".", fouten)
        regelset.controleer_peildatum(peildatum)
        opties = Opties(uitleg, motivering, waarom_niet)
        if opties.regels_nodig:  # the rules loaded and the target known, before a case is read
            await run_in_threadpool(toelichting.controleer, regelset, opties)
        body = await _lees_body(request, grenzen.max_batch_body, grenzen)
        try:
            tekst = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Probleem(400, "geen-json", "Geen geldige JSON Lines", "De body is geen UTF-8-tekst.") from None
        regels = list(read_jsonl(io.StringIO(tekst)))
        if len(regels) > grenzen.max_batch:
            raise Probleem(413, "te-veel-casussen", "Te veel casussen in één batch",
                           f"De batch heeft {len(regels)} casussen; het maximum is {grenzen.max_batch}. "
                           "Er is niets beslist; splits de batch.",
                           extra={"aantal": len(regels), "maximum": grenzen.max_batch})
        eind = time.monotonic() + grenzen.tijdslimiet
        ongeldig, geen = regelset.module.OngeldigeInvoer, regelset.module.GeenBeslissing

        def een(r) -> str:
            """One line out for one line in: the outcome, or why not."""
            if r.ruw is None:
                uit = {"regel": r.regel, "status": "fout", "fout": r.fout, "fouten": {"(regel)": r.fout}}
            elif time.monotonic() > eind:
                reden = (f"niet beslist: de tijdslimiet van {grenzen.tijdslimiet:g} s voor deze aanvraag "
                         "is bereikt; stuur deze casus opnieuw")
                uit = {"regel": r.regel, "status": "fout", "fout": reden, "fouten": {"(tijd)": reden}}
            else:
                voor = f'"regel":{r.regel},"status":"ok",'
                try:
                    if not opties.regels_nodig:
                        return regelset.beslis_tekst(r.ruw, peildatum, gekozen, uitleg, voor)
                    return "{" + voor + beslis_met_toelichting(regelset, r.ruw, peildatum, gekozen, opties,
                                                               toelichting)[1:]
                except ongeldig as e:  # the same line as `regels beslis --batch` writes
                    uit = {"regel": r.regel, "status": "fout",
                           "fout": "; ".join(f"{k}: {v}" for k, v in e.fouten.items()), "fouten": e.fouten}
                except geen as e:
                    uit = {"regel": r.regel, "status": "fout", "fout": str(e)}
                except Probleem as p:  # the motivering or waarom-niet of this case could not be made
                    uit = {"regel": r.regel, "status": "fout", "fout": p.detail,
                           "fouten": p.fouten or {"(regel)": p.detail}}
            return json.dumps(uit, ensure_ascii=False)

        def blok(begin: int, aantal: int) -> bytes:
            return ("\n".join(een(r) for r in regels[begin:begin + aantal]) + "\n").encode("utf-8")

        def stroom() -> Iterator[bytes]:
            for begin in range(0, len(regels), _PER_BLOK):
                yield blok(begin, _PER_BLOK)

        async def zwaar_stroom():
            # A motivering or waarom-niet per case: the whole batch takes the heavy turn, and each
            # block is made beside the event loop.
            await zwaar_beurt()
            try:
                for begin in range(0, len(regels), _PER_BLOK_ZWAAR):
                    yield await run_in_threadpool(blok, begin, _PER_BLOK_ZWAAR)
            finally:
                zwaar.release()

        return StreamingResponse(zwaar_stroom() if opties.regels_nodig else stroom(), media_type="application/x-ndjson")

    async def lijst(request: Request) -> Response:
        return JSONResponse([r.samenvatting() for r in regelsets.values()])

    def _regelset(naam: str) -> Regelset:
        if naam not in regelsets:
            raise Probleem(404, "niet-gevonden", "Regelset niet gevonden",
                           f"Regelset {naam!r} bestaat niet; er zijn: {', '.join(regelsets)}.")
        return regelsets[naam]

    async def een(request: Request) -> Response:
        r = _regelset(request.path_params["naam"])
        data = {k: v for k, v in r.beschrijving.items() if k not in ("x-gegenereerd", "tabellen")}
        data["tabellen"] = [{"naam": t["naam"], "bron": t["bron"], "positie": t["positie"],
                             "adres": f"/regelsets/{r.naam}/tabellen/{t['naam']}"} for t in r.beschrijving["tabellen"]]
        return JSONResponse(data)

    async def tabel(request: Request) -> Response:
        r = _regelset(request.path_params["naam"])
        naam = request.path_params["tabel"]
        if naam not in r.tabellen:
            raise Probleem(404, "niet-gevonden", "Tabel niet gevonden",
                           f"Tabel {naam!r} bestaat niet in {r.naam}; er zijn: {', '.join(r.tabellen)}.")
        return JSONResponse(r.tabellen[naam])

    async def openapi(request: Request) -> Response:
        return Response(openapi_bytes, media_type="application/json")

    async def probleem(request: Request, exc: Exception) -> Response:
        if isinstance(exc, Probleem):
            return _probleem(exc)
        if isinstance(exc, HTTPException):
            soort, titel, detail = _HTTP_TITELS.get(exc.status_code, ("http", "Fout", str(exc.detail)))
            headers = getattr(exc, "headers", None)
            return ProblemResponse(Probleem(exc.status_code, soort, titel, detail).json(),
                                   status_code=exc.status_code, headers=headers)
        log.exception("interne fout bij %s %s", request.method, request.url.path)
        return _probleem(Probleem(500, "interne-fout", "Interne fout",
                                  "Er ging iets mis in de dienst; er is niets beslist. De fout staat in het log."))

    routes = [
        Route("/beslis", beslis, methods=["POST"]),
        Route("/beslis/batch", beslis_batch, methods=["POST"]),
        Route("/regelsets", lijst, methods=["GET"]),
        Route("/regelsets/{naam}", een, methods=["GET"]),
        Route("/regelsets/{naam}/tabellen/{tabel}", tabel, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
    handlers = {Probleem: probleem, HTTPException: probleem, Exception: probleem}
    return Starlette(routes=routes, exception_handlers=handlers)


def app_uit_omgeving() -> Starlette:
    """For `uvicorn --factory compiler.toepassingen.serveer.app:app_uit_omgeving` (and N workers): the project and the
    limits come from REGELS_PROJECT and REGELS_MAX_BODY, REGELS_MAX_BATCH_BODY, REGELS_MAX_BATCH,
    REGELS_TIJDSLIMIET."""
    return maak_app(Path(os.environ.get("REGELS_PROJECT", ".")).resolve(), Grenzen.uit_omgeving())
