// The timeline as a reader meets it: lanes named by what they run, grouped
// under their parent and collapsible (mouse and keyboard), a lane filter,
// the event loop's lane, leak and leftover badges, the time view toggle
// remembered across a reload, axis labels at any zoom, the await tree at a
// moment, and a thousand lanes scrolled under a pinned axis.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, pickExample, waitIdle, SHOTS } from "./harness.js";

const fixture = (f) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
const py = fixture("labels-py.json"), go = fixture("labels-go.json");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Shows a trace in the page's timeline and waits for it to be drawn. */
async function show(page, trace) {
  await page.evaluate((t) => new Promise((resolve) => {
    document.getElementById("timeline").addEventListener("taskline:rendered", () => resolve(undefined), { once: true });
    window.taskline.timeline.setTrace(t);
  }), trace);
}

/** The lane label rows in view: [label, runtime name, badge]. */
const laneRows = (page) => page.locator('[aria-label="Timeline"] [role="listitem"]').evaluateAll((rows) => rows.map((r) => [
  r.querySelector(".tl-label")?.textContent || "", r.querySelector(".tl-name")?.textContent || "", r.querySelector(".tl-badge")?.textContent || "",
]));

/**
 * Waits for the next draw after fn. A frame still pending from an earlier
 * change is drawn first, so that it cannot pass for the draw of fn's change.
 */
async function drawn(page, fn) {
  await page.waitForFunction(() => !window.taskline.timeline.pending);
  const n = await page.evaluate(() => window.__rendered);
  await fn();
  await page.waitForFunction((k) => window.__rendered > k, n);
}

test("lanes show what they run, then the runtime name; hovering says where they were created", async () => {
  const page = await open(browser.ctx);
  // The seed from the engine: each lane's label (or, before the engine has
  // labels, its name), and the event loop's lane.
  const tasks = await page.evaluate(() => window.taskline.timeline.model.trace.tasks);
  const rows = await laneRows(page);
  assert.equal(rows[0][0], "event loop");
  assert.deepEqual(rows.slice(1).map((r) => r[0]), tasks.map((t) => t.label || t.name));
  // Labels from a trace that has them.
  await show(page, py);
  assert.deepEqual(await laneRows(page), [
    ["event loop", "", ""], ["main()", "Task-1", ""], ["dog: watchdog()", "dog", "left over"],
    ["fetch('a', 0.1)", "Task-3", ""], ["fetch('b', 0.2)", "Task-4", ""],
  ]);
  await page.getByText("fetch('b', 0.2)", { exact: true }).hover();
  const tip = page.locator(".tl-tip");
  await tip.waitFor();
  assert.equal(await tip.textContent(), "fetch('b', 0.2)\nTask-4, runs fetch (defined at line 3)\ncreated at line 12 by main()");
  // The badge has a text alternative saying why.
  assert.match(await page.locator(".tl-badge").getAttribute("aria-label"), /asyncio\.run\(\) cancelled it at shutdown/);
  // The SVG export carries the same labels.
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  const svg = readFileSync(await dl.path(), "utf8");
  for (const s of ["event loop", "main()", "dog: watchdog()", "fetch('a', 0.1)", "fetch('b', 0.2)", "> Task-4</tspan>", ">left over</text>"]) assert.ok(svg.includes(s), `SVG has ${s}`);
  await page.close();
});

test("children are grouped under their parent and collapse and expand, by mouse and keyboard", async () => {
  const page = await open(browser.ctx);
  await show(page, py);
  const toggle = page.getByRole("button", { name: /children of main\(\)/ });
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await drawn(page, () => toggle.click());
  assert.deepEqual((await laneRows(page)).map((r) => r[0]), ["event loop", "main()"]);
  assert.equal(await page.locator('[aria-label="Timeline"]').getAttribute("data-rows"), "2");
  // Focus stays on the button: the keyboard expands it again.
  const again = page.getByRole("button", { name: /Expand 3 children of main\(\)/ });
  assert.equal(await again.evaluate((b) => b === document.activeElement), true);
  await drawn(page, () => page.keyboard.press("Enter"));
  assert.deepEqual((await laneRows(page)).map((r) => r[0]), ["event loop", "main()", "dog: watchdog()", "fetch('a', 0.1)", "fetch('b', 0.2)"]);
  // The children are indented under main().
  const pads = await page.locator('[aria-label="Timeline"] [role="listitem"]').evaluateAll((rs) => rs.map((r) => parseFloat(r.style.paddingLeft)));
  assert.ok(pads[2] > pads[1] && pads[3] === pads[2], `indents ${pads}`);
  await page.close();
});

test("the filter box narrows the lanes by label or name, keeping their parents", async () => {
  const page = await open(browser.ctx);
  await show(page, py);
  const filter = page.getByLabel("Filter lanes");
  await drawn(page, () => filter.fill("fetch('b'"));
  assert.deepEqual((await laneRows(page)).map((r) => r[0]), ["main()", "fetch('b', 0.2)"]);
  await drawn(page, () => filter.fill("task-3"));
  assert.deepEqual((await laneRows(page)).map((r) => r[0]), ["main()", "fetch('a', 0.1)"]);
  await drawn(page, () => filter.fill(""));
  assert.equal((await laneRows(page)).length, 5);
  await page.close();
});

test("a leaked goroutine's lane carries the leaked badge", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Language").selectOption("go");
  await waitIdle(page);
  await pickExample(page, "A leaked goroutine");
  const leaked = await page.evaluate(() => window.taskline.timeline.model.trace.tasks.filter((t) => t.end === "leaked").map((t) => String(t.id)));
  assert.ok(leaked.length >= 1, "the example leaks");
  const badged = await page.locator('[aria-label="Timeline"] [role="listitem"]:has(.tl-badge)').evaluateAll((rs) => rs.map((r) => [r.dataset.task, r.querySelector(".tl-badge").textContent]));
  assert.deepEqual(badged, leaked.map((id) => [id, "leaked"]));
  await page.locator('[aria-label="Timeline"]').screenshot({ path: SHOTS + "timeline-leak.png" });
  await page.close();
});

test("asyncio.run()'s shutdown cancel comes from the event loop's lane", async () => {
  const page = await open(browser.ctx);
  await pickExample(page, "asyncio.run() cancels leftover tasks");
  const rows = await laneRows(page);
  assert.equal(rows[0][0], "event loop");
  const r = await page.evaluate(() => {
    const m = window.taskline.timeline.model;
    return { loop: m.loop, cancels: m.arrows.filter((a) => a.kind === "cancel").map((a) => [a.from, a.to]) };
  });
  assert.deepEqual(r.cancels, [[r.loop, 1]]);
  assert.deepEqual(rows.find((x) => x[2]), [rows[2][0], rows[2][1], "left over"]);
  await page.close();
});

test("Time: steps | real is remembered across a reload", async () => {
  const page = await open(browser.ctx);
  const mode = () => page.evaluate(() => window.taskline.timeline.model.mode);
  assert.equal(await mode(), "steps");
  const steps = await page.evaluate(() => window.taskline.timeline.model.end);
  await page.getByLabel("real").check();
  assert.equal(await mode(), "real");
  // Real time: the axis spans the run's 100 ms of virtual time (and 2% more).
  const end = await page.evaluate(() => window.taskline.timeline.model.end);
  assert.equal(end, await page.evaluate(() => { const e = window.taskline.timeline.model.trace.events; return e[e.length - 1].t * 1.02; }));
  assert.notEqual(end, steps);
  await page.reload();
  await waitIdle(page);
  assert.equal(await mode(), "real");
  assert.equal(await page.getByLabel("real").isChecked(), true);
  await page.getByLabel("steps").check();
  await page.reload();
  await waitIdle(page);
  assert.equal(await mode(), "steps");
  await page.close();
});

test("axis labels survive zooming in ten times, in both views", async () => {
  const page = await open(browser.ctx);
  const tl = page.locator('[aria-label="Timeline"]');
  for (const view of ["steps", "real"]) {
    await page.getByLabel(view).check();
    await tl.focus();
    await page.keyboard.press("End"); // zoom where the run's events crowd
    for (let i = 0; i < 10; i++) await drawn(page, () => page.keyboard.press("+"));
    const ticks = await page.evaluate(() => window.taskline.timeline.drawn.ticks.map((t) => t.label));
    assert.ok(ticks.length >= 2, `${view}: ${ticks}`);
    assert.equal(new Set(ticks).size, ticks.length, `${view}: distinct labels ${ticks}`);
    await drawn(page, () => page.keyboard.press("0"));
  }
  await page.getByLabel("steps").check();
  await page.close();
});

test("the await tree shows who awaits whom at the selected event", async () => {
  const page = await open(browser.ctx);
  const panel = page.getByRole("region", { name: "Await tree" });
  await show(page, py);
  await page.evaluate(() => window.taskline.timeline.select(12));
  await page.waitForFunction(() => /#12/.test(document.getElementById("await-tree").textContent));
  const text = await panel.locator("pre").textContent();
  assert.match(text, /├── \(T\) main\(\) \[Task-1\]\n│   └──  main labels\.py:12\n│       └──  asyncio\.gather\n│           ├── \(T\) fetch\('a', 0\.1\) \[Task-3\]/);
  // Go: a goroutine dump; the scrubber selects too.
  await show(page, go);
  await page.getByRole("slider", { name: "Event" }).fill("17");
  await page.waitForFunction(() => /#17/.test(document.getElementById("await-tree").textContent));
  assert.match(await panel.locator("pre").textContent(), /goroutine 19 \[chan send\]:\nreplica\(ch, 30ms\)\n\tmain\.go:13/);
  await page.close();
});

test("a thousand lanes scroll under a pinned axis and label column; only visible rows are drawn", async () => {
  const page = await open(browser.ctx);
  // 1,000 tasks: main and 999 children, one event each and a few more.
  const tasks = [{ id: 0, kind: "task", name: "Task-1", label: "main()", func: "main", parent: -1, created: 0, ended: 10, end: "done" }];
  const events = [{ t: 0, task: -1, kind: "create", related: 0, pos: { line: 1 } }];
  const spans = [];
  for (let i = 1; i < 1000; i++) {
    tasks.push({ id: i, kind: "task", name: `Task-${i + 1}`, label: `worker(${i})`, func: "worker", parent: 0, created: i, ended: i + 5, end: "done" });
    events.push({ t: i, task: 0, kind: "create", related: i, pos: { line: 2 } });
    spans.push({ task: i, start: i, end: i + 5, from: events.length - 1, to: events.length + 3, state: "sleeping", on: "sleep 1", onTask: -1, event: events.length - 1 });
  }
  await show(page, { version: 1, lang: "python", file: "many.py", tasks, spans, events, outcome: { kind: "ok" } });
  const root = page.locator('[aria-label="Timeline"]');
  assert.equal(await root.getAttribute("data-lanes"), "1001");
  const before = await laneRows(page);
  assert.ok(before.length > 5 && before.length < 60, `${before.length} label rows exist, not 1001`);
  const box0 = await page.locator('[aria-label="Timeline"] canvas').boundingBox();
  const scroller = page.locator('[aria-label="Timeline"] .tl-scroll');
  await drawn(page, () => scroller.evaluate((s) => { s.scrollTop = 20000; }));
  const box1 = await page.locator('[aria-label="Timeline"] canvas').boundingBox();
  assert.equal(box1.y, box0.y, "the canvas (axis and labels) stays in place");
  const after = await laneRows(page);
  assert.ok(after.length < 60);
  const first = Number(after[0][0].match(/\d+/)[0]);
  assert.ok(first > 500, `scrolled to worker(${first})`);
  // The visible label rows sit in the stage's band under the axis.
  const visible = await page.locator('[aria-label="Timeline"] [role="listitem"]').evaluateAll((rs, top) => rs.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= top + 22 - 1 && b.bottom <= top + r.closest(".tl-stage").clientHeight + 30; }).length, box1.y);
  assert.ok(visible >= 5);
  assert.ok(Number(await root.getAttribute("data-ticks")) >= 2, "the axis still has labels");
  // Filtering finds a lane far down.
  await drawn(page, () => page.getByLabel("Filter lanes").fill("worker(987)"));
  assert.deepEqual((await laneRows(page)).map((r) => r[0]), ["main()", "worker(987)"]);
  await page.close();
});
