// A trace's columns (timeline/columns.js): those a binary result arrives
// with must say what the JSON form of the same run says, and the objects
// made from them on demand must be the JSON form's; a model built from
// either must be the same model.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decodeTrace } from "../../src/tracebin.js";
import { columns, eventAt, spanAt, eventCount } from "../../src/timeline/columns.js";
import { Model } from "../../src/timeline/model.js";
import { printsOf } from "../../src/output.js";
import { awaitTree } from "../../src/timeline/awaittree.js";

const dir = new URL("../fixtures/", import.meta.url);
const bin = () => Uint8Array.from(readFileSync(new URL("tracebin.bin", dir))).buffer;
const json = () => JSON.parse(readFileSync(new URL("tracebin.json", dir), "utf8"));

/** Each event and span of columns c, in the JSON form's words. */
function rows(c) {
  const s = (k) => c.strings[k];
  const events = [], spans = [];
  for (let i = 0; i < c.n; i++) events.push([c.t[i], c.task[i], s(c.kind[i]), c.line[i], c.col[i], s(c.detail[i]), c.related[i], c.stream[i]]);
  for (let i = 0; i < c.m; i++) spans.push([c.start[i], c.end[i], c.stask[i], c.from[i], c.to[i], s(c.state[i]), s(c.on[i]), c.onTask[i], c.event[i]]);
  return { events, spans };
}

test("the columns of a binary result say what its JSON form says", () => {
  const want = json();
  assert.ok(want.events.length > 10 && want.spans.length > 10);
  assert.deepEqual(rows(columns(decodeTrace(bin()))), rows(columns(want)));
});

test("one event or span is made without making the others", () => {
  const want = json(), got = decodeTrace(bin());
  for (const i of [0, 3, want.events.length - 1]) assert.deepEqual(eventAt(got, i), want.events[i]);
  for (const k of [0, want.spans.length - 1]) assert.deepEqual(spanAt(got, k), want.spans[k]);
  assert.equal(eventCount(got), want.events.length);
  assert.deepEqual(printsOf(got), printsOf(want));
  assert.equal(awaitTree(got, 5), awaitTree(want, 5));
  // Still columns only: the arrays are made on first read, and kept.
  assert.equal(typeof Object.getOwnPropertyDescriptor(got, "events").get, "function");
  assert.equal(typeof Object.getOwnPropertyDescriptor(got, "spans").get, "function");
  const events = got.events;
  assert.equal(got.events, events);
  assert.equal(Object.getOwnPropertyDescriptor(got, "events").value, events);
  assert.deepEqual(events, want.events);
  // Made from the columns, the arrays keep them: no second derivation.
  const c = columns(got);
  got.spans;
  assert.equal(columns(got), c);
});

test("a JSON-form trace's columns follow its arrays", () => {
  const t = json();
  const c = columns(t);
  assert.equal(columns(t), c);
  t.events = t.events.slice(0, 4);
  assert.equal(columns(t).n, 4);
  t.events.push({ t: 9, task: 0, kind: "print", pos: { line: 2 }, detail: "x\n", related: -1, stream: 2 });
  assert.equal(columns(t).n, 5);
  assert.deepEqual(printsOf(t).at(-1), { stream: 2, text: "x\n" });
});

test("a model of a binary result is the model of its JSON form", () => {
  const a = new Model(decodeTrace(bin())), b = new Model(json());
  assert.deepEqual([...a.u], [...b.u]);
  assert.equal(a.loop, b.loop);
  assert.deepEqual(a.lanes.map((l) => ({ ...l })), b.lanes.map((l) => ({ ...l })));
  assert.deepEqual(a.arrows, b.arrows);
  assert.deepEqual(a.groups, b.groups);
  assert.deepEqual([...a.badges()], [...b.badges()]);
});
