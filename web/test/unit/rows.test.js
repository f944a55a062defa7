import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { laneRows } from "../../src/timeline/rows.js";
import { Model } from "../../src/timeline/model.js";

const py = JSON.parse(readFileSync(new URL("../fixtures/labels-py.json", import.meta.url), "utf8"));

// A small tree: 0 → {1 → {3, 4}, 2}, 5 is a second root.
const tree = [{ parent: -1 }, { parent: 0 }, { parent: 0 }, { parent: 1 }, { parent: 1 }, { parent: -1 }];
const names = ["main", "client", "server", "read", "write", "other"];
const text = (l) => (l === 6 ? "event loop" : names[l]);

test("children follow their parent depth-first, the loop lane first", () => {
  const r = laneRows(tree, 6, { text });
  assert.deepEqual([...r.rows], [6, 0, 1, 3, 4, 2, 5]);
  assert.deepEqual([...r.depth], [0, 0, 1, 2, 2, 1, 0]);
  assert.deepEqual([...r.kids], [2, 2, 0, 0, 0, 0, 0]);
  for (let k = 0; k < r.rows.length; k++) assert.equal(r.rowOf[r.rows[k]], k);
});

test("collapsing a lane hides its descendants and only them", () => {
  const r = laneRows(tree, 6, { collapsed: new Set([1]), text });
  assert.deepEqual([...r.rows], [6, 0, 1, 2, 5]);
  assert.equal(r.rowOf[3], -1);
  assert.equal(r.rowOf[4], -1);
  const all = laneRows(tree, 6, { collapsed: new Set([0]), text });
  assert.deepEqual([...all.rows], [6, 0, 5]);
  // A hidden lane is represented by its collapsed ancestor (arrows end there).
  assert.deepEqual([...r.at], [1, 2, 3, 2, 2, 4, 0]);
  assert.deepEqual([...all.at], [1, 1, 1, 1, 1, 2, 0]);
});

test("the filter keeps matches and their ancestors, ignoring collapse", () => {
  const r = laneRows(tree, 6, { filter: "WRI", collapsed: new Set([0]), text });
  assert.deepEqual([...r.rows], [0, 1, 4]);
  assert.equal(r.matched, 1);
  assert.equal(r.at[2], -1, "filtered out, not folded into a parent");
  const none = laneRows(tree, 6, { filter: "nothing like this", text });
  assert.equal(none.rows.length, 0);
  const loop = laneRows(tree, 6, { filter: "loop", text });
  assert.deepEqual([...loop.rows], [6]);
});

test("a trace's lanes: labels are searched as well as runtime names", () => {
  const m = new Model(py);
  const t = (l) => { const w = m.laneText(l); return `${w.label} ${w.name}`; };
  assert.deepEqual([...laneRows(py.tasks, m.loop, { text: t }).rows], [4, 0, 1, 2, 3]);
  assert.deepEqual([...laneRows(py.tasks, m.loop, { text: t, filter: "fetch('b'" }).rows], [0, 3]);
  assert.deepEqual([...laneRows(py.tasks, m.loop, { text: t, filter: "task-4" }).rows], [0, 3]);
});

test("a chain of 1,000 nested tasks and 1,000 siblings lay out without recursion", () => {
  const chain = Array.from({ length: 1000 }, (_, i) => ({ parent: i - 1 }));
  const r = laneRows(chain, -1);
  assert.equal(r.rows.length, 1000);
  assert.equal(r.depth[999], 999);
  const flat = Array.from({ length: 1000 }, (_, i) => ({ parent: i ? 0 : -1 }));
  const c = laneRows(flat, -1, { collapsed: new Set([0]) });
  assert.deepEqual([...c.rows], [0]);
  const f = laneRows(flat, -1, { filter: "99", text: (l) => `worker(${l})` });
  // 99, 199, 299, … 999 and 990–998, under task 0.
  assert.equal(f.matched, 19);
  assert.equal(f.rows.length, 20);
  assert.equal(f.rows[0], 0);
});
