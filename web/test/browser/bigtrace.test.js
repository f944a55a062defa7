// A trace of a million events in the playground, through the page's real
// path (client → page → timeline, scrubber, events table): the run worker is
// replaced by one that answers every run with a synthetic trace
// (web/src/timeline/synth.js, 1,000,000 events over 12 busy tasks) plus one
// quiet task that sleeps throughout except for one event's worth of running
// in the middle. Checked (correctness, not speed — ./build.sh bench times
// it): zoomed out, each busy lane shows its state changes as marks and the
// quiet lane shows exactly its one change, at the right pixel column; the
// scrubber and the events table follow the selection; a click selects the
// event under the pointer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, BASE, SHOTS } from "./harness.js";

const N = 1_000_000, BLIP = 500_000;
const synth = readFileSync(new URL("../../src/timeline/synth.js", import.meta.url), "utf8").replace(/^export /m, "");

// The worker protocol of web/src/worker.js: ready (at once for a worker
// named after its module, else after init), then done per run.
const WORKER = `${synth}
const trace = synthTrace(${N}, 12);
// No cancel arrows (they become catches): lines from task 11 back to task
// 0 would cross the lanes between and hide the marks this test reads
// (arrows have tests of their own).
for (const e of trace.events) if (e.kind === "cancel-request") { e.kind = "catch"; e.related = -1; }
const q = trace.tasks.length;
trace.tasks.push({ id: q, kind: "task", name: "Task-quiet", label: "quiet()", func: "quiet", parent: 0, created: 0, ended: -1, end: "pending" });
// Spans begin at the event that caused them (any task's): sleeping from the
// start, running for one event at ${BLIP}, sleeping again to the end.
const last = trace.events[trace.events.length - 1].t;
trace.spans.push({ task: q, start: 0, end: trace.events[${BLIP}].t, state: "sleeping", onTask: -1, event: 0 });
trace.spans.push({ task: q, start: trace.events[${BLIP}].t, end: trace.events[${BLIP + 1}].t, state: "running", onTask: -1, event: ${BLIP} });
trace.spans.push({ task: q, start: trace.events[${BLIP + 1}].t, end: last, state: "sleeping", onTask: -1, event: ${BLIP + 1} });
const ready = () => self.postMessage({ type: "ready", languages: ["python", "go"], limits: { maxMemory: 512 << 20, maxSteps: 50000000 } });
if (self.name) ready();
self.onmessage = (e) => {
  const m = e.data;
  if (m.type === "init") ready();
  // No "start": copying a million events to the page can take longer than
  // the client waits for a started run's sign of life (WEDGED_MS) on a
  // loaded machine, and this worker cannot be stopped anyway.
  else if (m.type === "run") self.postMessage({ type: "done", id: m.id, trace });
};`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a million events: marks for every lane's state changes, scrubber, table and selection", async () => {
  const page = await open(browser.ctx, "/", {
    waitRun: false,
    setup: (p) => p.route(BASE + "/build/worker.js", (r) => r.fulfill({ contentType: "text/javascript", body: WORKER })),
  });
  await page.waitForFunction((n) => document.getElementById("timeline").dataset.events === String(n) && document.getElementById("stop").disabled, N, { timeout: 240_000 });
  assert.equal(await page.locator("#scrub").getAttribute("max"), String(N - 1));
  assert.match(await page.locator("#step").textContent(), /^1000000 events, 13 tasks$/);

  // Zoomed out (the whole run in view): read the change-mark strip under
  // each lane's band back from the canvas.
  const marks = await page.evaluate(() => {
    const tl = window.taskline.timeline, m = tl.model, v = tl.view;
    tl.fit();
    tl.drawNow();
    const ctx = tl.canvas.getContext("2d"), dpr = window.devicePixelRatio || 1;
    const x0 = Math.ceil(v.x0), x1 = Math.floor(v.x1);
    const laneTop = (r) => 22 + r * 32 + 6; // LAYOUT: axis 22, lane 26, gap 6
    const grey = [0x55, 0x5b, 0x66]; // THEME.light.await, the mark's colour
    // The axis's tick lines are drawn over the lanes.
    const ticks = tl.drawn.ticks.map((t) => Math.round(t.x));
    const out = [];
    for (let lane = 0; lane < m.lanes.length; lane++) {
      const row = tl.rows.rowOf[lane];
      const y = laneTop(row) - tl.scrollY + 26 - 3 - 1.5; // inside the mark, under the band
      const d = ctx.getImageData(x0 * dpr, Math.round(y * dpr), (x1 - x0) * dpr, 1).data;
      const cols = [];
      for (let x = x0; x < x1; x++) {
        const i = 4 * Math.round((x - x0) * dpr);
        if (Math.abs(d[i] - grey[0]) < 8 && Math.abs(d[i + 1] - grey[1]) < 8 && Math.abs(d[i + 2] - grey[2]) < 8) cols.push(x);
      }
      const L = m.lanes[lane];
      // Where the lane changes state, in pixels: spans narrower than a pixel on both sides.
      const changes = [];
      for (let j = 1; j < L.u0.length; j++) if (L.st[j] !== L.st[j - 1]) changes.push(v.x0 + (L.u0[j] - v.u0) * (v.x1 - v.x0) / (v.u1 - v.u0));
      out.push({ lane, task: m.taskOf(lane), spans: L.u0.length, cols, changes: changes.filter((x) => !ticks.some((t) => Math.abs(t - x) < 2)), blipX: v.x0 + (m.u[500000] - v.u0) * (v.x1 - v.x0) / (v.u1 - v.u0) });
    }
    return out;
  });
  await page.screenshot({ path: SHOTS + "million-events.png" });
  for (const l of marks.filter((x) => x.task >= 0 && x.task < 12)) {
    assert.ok(l.spans > 50_000, `task ${l.task} has ${l.spans} spans`);
    // Every state change falls in a marked column (or next to one: a change
    // exactly on a column's edge may belong to its neighbour).
    const marked = new Set(l.cols);
    const missed = l.changes.filter((x) => !marked.has(Math.floor(x)) && !marked.has(Math.floor(x) - 1) && !marked.has(Math.floor(x) + 1));
    assert.equal(missed.length, 0, `task ${l.task}: ${missed.length} of ${l.changes.length} state changes without a mark (e.g. x=${missed.slice(0, 3)})`);
  }
  const quiet = marks.find((x) => x.task === 12);
  assert.equal(quiet.changes.length, 2, "the quiet task changes state twice: to running and back");
  assert.ok(quiet.cols.length >= 1 && quiet.cols.length <= 3, `the quiet lane is marked only at its blip: columns ${quiet.cols}`);
  for (const x of quiet.cols) assert.ok(Math.abs(x - quiet.blipX) <= 1.5, `mark at ${x}, blip at ${quiet.blipX}`);

  // The scrubber selects an event; the events table shows it.
  await page.locator("#events-box summary").click();
  await page.locator("#scrub").evaluate((el) => { el.value = "777777"; el.dispatchEvent(new Event("input", { bubbles: true })); });
  await page.waitForFunction(() => document.querySelector("#events tr.sel td")?.textContent === "777777");
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), 777777);
  assert.match(await page.locator("#events-note").textContent(), /of 1000000 \(around the selected one\)\.$/);

  // A click on an event's marker position selects that event: zoom in
  // around an event of task 3 until its neighbours are pixels apart.
  const target = await page.evaluate(() => {
    const tl = window.taskline.timeline, m = tl.model, L = m.lanes[3];
    const e = L.events[Math.floor(L.events.length / 3)];
    tl.select(L.events[0]); // something else is selected before the click
    const u = m.u[e];
    tl.view = { ...tl.view, u0: u - 20, u1: u + 20 };
    tl.drawNow();
    const v = tl.view, row = tl.rows.rowOf[3];
    return { e, x: v.x0 + (u - v.u0) * (v.x1 - v.x0) / (v.u1 - v.u0), y: 22 + row * 32 + 6 + 13 - tl.scrollY };
  });
  await page.locator("#timeline canvas").click({ position: { x: target.x, y: target.y } });
  await page.waitForFunction((e) => window.taskline.timeline.selected === e, target.e);
  assert.equal(await page.locator("#scrub").inputValue(), String(target.e));
  await page.waitForFunction((e) => document.querySelector("#events tr.sel td")?.textContent === String(e), target.e);
  await page.close();
});
