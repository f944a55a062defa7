// The JavaScript check evaluator gives the Go evaluator's verdicts on the
// shared table of cases the Go test writes (lesson/exercise/testdata).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evaluate, duration, goQuote } from "../checks.js";

const cases = JSON.parse(readFileSync(new URL("../../../lesson/exercise/testdata/cases.json", import.meta.url), "utf8"));

test("cases.json is not empty", () => {
  assert.ok(cases.length >= 20, `only ${cases.length} cases`);
});

for (const c of cases) {
  test(`check ${c.name}`, () => {
    const r = evaluate(c.check, c.trace);
    assert.equal(r.pass, c.pass, r.detail);
    if (!c.pass) assert.ok(r.detail.length > 0, "a failing check says why");
  });
}

test("duration formats like the Go side", () => {
  assert.equal(duration(0), "0s");
  assert.equal(duration(1.5e9), "1.5s");
  assert.equal(duration(3e8), "300ms");
  assert.equal(duration(2500), "2.5µs");
  assert.equal(duration(7), "7ns");
});

test("goQuote escapes like Go's %q for ASCII", () => {
  assert.equal(goQuote('a "b"\n\\'), '"a \\"b\\"\\n\\\\"');
});
