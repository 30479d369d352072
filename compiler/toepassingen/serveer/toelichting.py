"""The motivering and the waarom-niet of POST /beslis: the CLI's own functions, on the rules themselves.

Input: the project root (regels/ beside generated/), a served Regelset, the case, the peildatum and the
Opties. Output: {"motivering": text} and/or {"waarom_niet": {...}}: what `regels beslis --json
--motivering --waarom-niet UITKOMST` puts in its JSON — uitleg.motivering over the reference
interpreter's reading of the case, and waarom_niet.zoek over the generated code, bounded in time (the
CLI's 2 s, or less when the request's time limit is shorter). A target no table can give is a field
error of the request (422, “bedoelde u …?”), not a 200 with an error inside.

The rules are parsed once per process, on the first request that asks (a plain decision never
needs them), and used only when they are the rules generated/ was built from (the same hashes as
in the receipt); otherwise nothing is decided and the client is told why (503).
"""

from __future__ import annotations

import datetime
import threading
from pathlib import Path
from typing import Any

from compiler.toepassingen import ontvangstbewijs
from compiler.toepassingen.serveer.regelsets import Opties, Probleem, Regelset


class Toelichting:
    def __init__(self, project_root: Path, tijdslimiet: float):
        from compiler.toepassingen.waarom_niet import STANDAARD_TIJD

        self.root = project_root
        self.tijd = min(STANDAARD_TIJD, tijdslimiet)
        self._lock = threading.Lock()
        self._geladen: dict[str, tuple[Any, Any, Any]] = {}   # slug → (model, evaluator, paragraphs)
        self._fout: Probleem | None = None

    def _regels(self, regelset: Regelset) -> tuple[Any, Any, Any]:
        with self._lock:
            if regelset.naam not in self._geladen and self._fout is None:
                self._laad(regelset)
            if self._fout is not None:
                raise self._fout
            if regelset.naam not in self._geladen:
                raise Probleem(501, "niet-beschikbaar", "Motivering en waarom-niet zijn hier niet beschikbaar",
                               f"De regels van {regelset.naam} staan niet naast generated/ in deze dienst; "
                               "er is niets beslist. Vraag de beslissing zonder motivering en waarom-niet.")
            return self._geladen[regelset.naam]

    def _laad(self, regelset: Regelset) -> None:
        from compiler.errors import RegelsFout
        from compiler.project import Project
        from compiler.toepassingen import batch

        project = Project(self.root)
        try:
            models = project.models()
        except RegelsFout as e:
            self._fout = Probleem(503, "regels-onleesbaar", "De regels zijn niet te lezen",
                                  f"regels/ heeft {len([d for d in e.diagnostics if d.is_error])} fout(en) "
                                  "(zie `regels bouw`); er is niets beslist.")
            return
        model = next((m for m in models if m.regelset.slug == regelset.naam), None)
        if model is None:
            return
        nu = ontvangstbewijs.Bewijsbron.uit_model(model, project).hash
        gebouwd = regelset.bewijsbron.hash
        if (nu["regels"], nu["bron"]) != (gebouwd["regels"], gebouwd["bron"]):
            self._fout = Probleem(503, "regels-veranderd", "De regels zijn veranderd sinds de bouw",
                                  "regels/ is niet meer wat generated/ beslist; draai `regels bouw` en start de "
                                  "dienst opnieuw. Er is niets beslist.")
            return
        self._geladen[regelset.naam] = (model, batch.evaluator(model, project), project.paragraphs())

    def controleer(self, regelset: Regelset, opties: Opties) -> None:
        """Before a batch: the rules are here and the waarom-niet target is one they can give; a
        Probleem (501, 503, 422) when not, so no case is read for nothing."""
        from compiler.toepassingen import waarom_niet

        model, _, _ = self._regels(regelset)
        if opties.waarom_niet is not None:
            try:
                waarom_niet.valideer(model, opties.waarom_niet)
            except waarom_niet.OnbekendDoel as e:
                raise _onbekend_doel(e) from None

    def vul_aan(self, regelset: Regelset, casus: Any, peildatum: datetime.date, opties: Opties) -> dict[str, Any]:
        from compiler.semantiek import uitleg
        from compiler.semantiek.interpreter import Interpreter
        from compiler.toepassingen import waarom_niet

        model, ev, paragraphs = self._regels(regelset)
        interpreter = Interpreter(model)
        inputs = interpreter.read_case(casus, peildatum)   # as `regels beslis` reads it
        uit: dict[str, Any] = {}
        if opties.motivering:
            uit["motivering"] = uitleg.motivering(model, interpreter.evaluate(inputs), inputs, paragraphs)
        if opties.waarom_niet is not None:
            try:
                antwoord = waarom_niet.zoek_met(model, ev, inputs, opties.waarom_niet, self.tijd)
            except waarom_niet.OnbekendDoel as e:
                raise _onbekend_doel(e) from None
            uit["waarom_niet"] = waarom_niet.antwoord_json(antwoord)
        return uit


def _onbekend_doel(e) -> Probleem:
    """A waarom-niet target no table can give: a field error of the request, with “bedoelde u …?”."""
    return Probleem(422, "ongeldige-aanvraag", "De aanvraag is niet volledig of niet juist",
                    "Er is niets beslist. Fout in: waarom_niet.", {"waarom_niet": e.melding()})
