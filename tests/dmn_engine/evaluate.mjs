// An independent DMN engine for the tests: dmn-moddle reads the XML, feelin evaluates every
// FEEL text (input expressions, unary tests, output entries, literal expressions). This file
// only walks the DRD and applies the hit policies of the DMN specification (§8.2.11).
//
// Usage: node evaluate.mjs model.dmn < cases.jsonl > results.jsonl
// A case is {"naam": "FEEL literal text", ...}; a result is {"decision name": value, ...}
// with {"__fout": "..."} for a decision that fails (a hit-policy violation gives null + fout).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DmnModdle } from 'dmn-moddle';
import { evaluate, unaryTest } from 'feelin';

// dmn-moddle knows the DMN 1.3 namespace; the elements we read are the same in 1.4 and 1.5.
const xml = readFileSync(process.argv[2], 'utf8')
  .replace(/https:\/\/www\.omg\.org\/spec\/DMN\/20(230324|211108)\/MODEL\//g, 'https://www.omg.org/spec/DMN/20191111/MODEL/');
const { rootElement: defs, warnings } = await new DmnModdle().fromXML(xml, 'dmn:Definitions');
if (warnings.length) console.error(`dmn-moddle: ${warnings.length} waarschuwing(en): ${warnings[0].message}`);

const drg = defs.drgElement || [];
const decisions = drg.filter(e => e.$type === 'dmn:Decision');
const byId = Object.fromEntries(drg.map(e => [e.id, e]));

function feel(text, ctx) {
  const { value, warnings } = evaluate(text, ctx);
  // Every input is in the context (null when unknown): a missing name is an error in the model,
  // except `item` inside a filter. Other warnings (a path on null gives null) are FEEL semantics.
  const missing = warnings.filter(w => w.type === 'NO_VARIABLE_FOUND' && !/'item'/.test(w.message));
  if (missing.length) throw new Error(`${text}: ${missing[0].message}`);
  return value;
}

// Speed: feelin parses a text on every call. Our exported cells are unary tests on literals,
// so a test's answer depends only on (text, input value); such answers are remembered. A test
// that names a variable is evaluated every time, in the full context.
const testCache = new Map();
const literalCache = new Map();

function test(text, value, ctx) {
  const t = (text || '').trim();
  if (t === '' || t === '-') return true;
  const key = t + '\u0000' + JSON.stringify(value);
  if (testCache.has(key)) return testCache.get(key);
  const alone = unaryTest(t, { '?': value });
  if (alone.warnings.some(w => w.type === 'NO_VARIABLE_FOUND')) return unaryTest(t, { ...ctx, '?': value }).value === true;
  testCache.set(key, alone.value === true);
  return alone.value === true;
}

function output(text, ctx) {
  if (literalCache.has(text)) return literalCache.get(text);
  const alone = evaluate(text, {});
  if (alone.warnings.some(w => w.type === 'NO_VARIABLE_FOUND')) return feel(text, ctx);
  literalCache.set(text, alone.value);
  return alone.value;
}

function table(dt, ctx) {
  const inputs = dt.input.map(i => feel(i.inputExpression.text, ctx));
  const outs = dt.output;
  const matched = [];
  for (const rule of dt.rule) {
    if (rule.inputEntry.every((e, i) => test(e.text, inputs[i], ctx))) {
      const vals = rule.outputEntry.map(o => output(o.text, ctx));
      matched.push(outs.length === 1 ? vals[0] : Object.fromEntries(outs.map((o, i) => [o.name, vals[i]])));
    }
  }
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  switch (dt.hitPolicy) {
    case 'UNIQUE':
      if (matched.length > 1) throw new Error(`UNIQUE: ${matched.length} regels passen`);
      return matched.length ? matched[0] : null;
    case 'ANY':
      if (matched.some(m => !same(m, matched[0]))) throw new Error('ANY: regels geven verschillende uitkomsten');
      return matched.length ? matched[0] : null;
    case 'FIRST':
      return matched.length ? matched[0] : null;
    case 'RULE ORDER':
    case 'COLLECT':
      return matched;
    default:
      throw new Error(`hit policy ${dt.hitPolicy} niet ondersteund`);
  }
}

// A decision sees only what its information requirements name (DMN §6.3.2); it is a pure
// function of those values, so its answer is remembered per combination of them.
const needs = new Map(decisions.map(d => [d.id, (d.informationRequirement || []).map(req => {
  const ref = byId[(req.requiredDecision || req.requiredInput).href.slice(1)];
  return ref;
})]));
const decisionCache = new Map();

function run(ctx) {
  const result = {}, fouten = {}, done = new Set();
  function decide(d) {
    if (done.has(d.id)) return;
    done.add(d.id);
    const own = {};
    for (const ref of needs.get(d.id)) {
      if (ref.$type === 'dmn:Decision') decide(ref);
      own[ref.name] = ctx[ref.name] === undefined ? null : ctx[ref.name];
    }
    const key = d.id + '\u0000' + JSON.stringify(own);
    let hit = decisionCache.get(key);
    if (!hit) {
      try {
        const v = d.decisionLogic.$type === 'dmn:DecisionTable' ? table(d.decisionLogic, own)
          : feel(d.decisionLogic.text, own);
        hit = { v };
      } catch (e) {
        hit = { v: null, fout: String(e.message || e) };
      }
      decisionCache.set(key, hit);
    }
    ctx[d.name] = hit.v;
    result[d.name] = hit.v;
    if (hit.fout) fouten[d.name] = hit.fout;
  }
  decisions.forEach(decide);
  if (Object.keys(fouten).length) result.__fout = fouten;
  return result;
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const literals = JSON.parse(line);
  const ctx = {};
  for (const [k, text] of Object.entries(literals)) ctx[k] = feel(text, {});
  process.stdout.write(JSON.stringify(run(ctx)) + '\n');
}
