// Lane words, badges and the standalone SVG drawing, on hand-written
// traces that carry labels and loop/runtime events (fixtures/labels-*.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Model } from "../../src/timeline/model.js";
import { svgString } from "../../src/timeline/draw.js";

const load = (f) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
const py = load("labels-py.json"), go = load("labels-go.json"), seed = load("seed.json");

test("a lane says what it runs first, the runtime name second, and where it was created", () => {
  const m = new Model(py);
  assert.deepEqual(m.laneText(2), { label: "fetch('a', 0.1)", name: "Task-3", title: "fetch('a', 0.1)\nTask-3, runs fetch (defined at line 3)\ncreated at line 12 by main()" });
  assert.equal(m.laneText(1).label, "dog: watchdog()");
  assert.equal(m.laneText(m.loop).label, "event loop");
  assert.equal(new Model(go).laneText(4).label, "Go runtime");
  // Without labels (traces from before them): the name, and the function.
  const s = new Model(seed);
  assert.deepEqual([s.laneText(1).label, s.laneText(1).name], ["Task-2", "worker"]);
});

test("badges: the leaked goroutine, the task asyncio.run() cancelled at shutdown", () => {
  const g = new Model(go).badges();
  assert.deepEqual([...g.keys()], [1]);
  assert.equal(g.get(1).text, "leaked");
  const p = new Model(py).badges();
  assert.deepEqual([...p.keys()], [1]);
  assert.equal(p.get(1).kind, "leftover");
  assert.match(p.get(1).title, /asyncio\.run\(\) cancelled it at shutdown/);
  // A task still pending when the run stopped.
  const stopped = structuredClone(py);
  stopped.tasks[3].end = "pending";
  assert.equal(new Model(stopped).badges().get(3).text, "pending");
});

test("the runtime's deadline is the source of the cancel arrow into the goroutine that saw it", () => {
  const m = new Model(go);
  const a = m.arrows.filter((x) => x.kind === "cancel");
  assert.equal(a.length, 1);
  assert.deepEqual([a[0].from, a[0].to, a[0].event, a[0].target], [m.loop, 3, 14, 15]);
});

test("a timer the runtime fires points from its lane to the goroutine it wakes", () => {
  const t = structuredClone(go);
  t.events.push({ t: 5e7, task: -1, kind: "timer", pos: { line: 27 }, related: 0 });
  const m = new Model(t);
  const w = m.arrows.filter((a) => a.kind === "wake");
  assert.deepEqual(w.map((a) => [a.from, a.to, a.event]), [[m.loop, 0, t.events.length - 1]]);
});

test("svgString draws a trace with no DOM: labels, names, the loop lane, badges, clipped arrows", () => {
  assert.equal(typeof globalThis.document, "undefined");
  const svg = svgString(py, { width: 800 });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800"/);
  assert.ok(svg.includes(">fetch('a', 0.1)<tspan"), "label then name");
  assert.ok(svg.includes("> Task-3</tspan>"));
  assert.ok(svg.includes(">event loop<"));
  assert.ok(svg.includes(">left over</text>"));
  assert.match(svg, /<g clip-path="url\(#tl-plot\)">[\s\S]*stroke="#b71c1c"/, "arrows inside the plot clip");
  // Rows in tree order: the loop lane, main(), then its children.
  const order = [...svg.matchAll(/<text x="\d+" y="(\d+(?:\.\d+)?)" fill="[^"]+"(?: font-style="italic")? clip-path="url\(#tl-l\d+\)">([^<]+)/g)].map((x) => x[2]);
  assert.deepEqual(order, ["event loop", "main()", "dog: watchdog()", "fetch('a', 0.1)", "fetch('b', 0.2)"]);
  const g = svgString(go, { id: "g1", filter: "replica" });
  assert.ok(g.includes(">leaked</text>"));
  assert.ok(!g.includes("watch(ctx)"), "filtered out");
  assert.ok(g.includes('id="g1-plot"'));
  const collapsed = svgString(py, { collapsed: [0] });
  assert.ok(!collapsed.includes("fetch('a'"));
  // The shutdown cancel into the collapsed dog now ends on main()'s row.
  assert.match(collapsed, /<path d="M[\d.]+,\d+ L[\d.]+,\d+" fill="none" stroke="#b71c1c" stroke-width="2"><title>cancel<\/title>/);
  const hidden = svgString(py, { filter: "fetch" });
  assert.ok(!/<title>cancel<\/title>/.test(hidden), "no cancel arrow: its ends are filtered out");
});
