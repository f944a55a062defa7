import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Model, positions, lowerBound, upperBound } from "../../src/timeline/model.js";

const seed = JSON.parse(readFileSync(new URL("../fixtures/seed.json", import.meta.url), "utf8"));

test("lowerBound and upperBound find insertion points", () => {
  const a = [1, 2, 2, 2, 5, 9];
  assert.equal(lowerBound(a, 2), 1);
  assert.equal(upperBound(a, 2), 4);
  assert.equal(lowerBound(a, 0), 0);
  assert.equal(lowerBound(a, 10), 6);
  assert.equal(upperBound(a, 9), 6);
  assert.equal(lowerBound(a, 3), 4);
});

test("positions: one step per event plus a gap proportional to time", () => {
  const { u, perNs } = positions([0, 0, 0, 100, 100, 300]);
  // 6 events → the 300 ns of the run are worth max(6, 20) = 20 steps.
  assert.ok(Math.abs(perNs - 20 / 300) < 1e-12);
  const want = [0, 1, 2, 3 + 100 * perNs, 4 + 100 * perNs, 5 + 300 * perNs];
  want.forEach((w, i) => assert.ok(Math.abs(u[i] - w) < 1e-9, `u[${i}] = ${u[i]}, want ${w}`));
  assert.deepEqual([...positions([7, 7, 7]).u], [0, 1, 2]); // no time passes: order only
});

test("the seed trace has one lane per task whose spans tile it in order, and a loop lane", () => {
  const m = new Model(seed);
  // Three tasks, plus the event loop: it created Task-1 and cancelled
  // Task-3 at asyncio.run()'s shutdown (events with task -1).
  assert.equal(m.lanes.length, 4);
  assert.equal(m.loop, 3);
  assert.equal(m.laneOf(-1), 3);
  assert.equal(m.taskOf(3), -1);
  assert.deepEqual([...m.lanes[3].events], seed.events.flatMap((e, i) => (e.task === -1 ? [i] : [])));
  assert.equal(m.lanes[3].spans.length, 0);
  for (const lane of m.lanes) {
    for (let j = 0; j < lane.u0.length; j++) {
      assert.ok(lane.u0[j] <= lane.u1[j], "span runs forward");
      if (j > 0) assert.equal(lane.u0[j], lane.u1[j - 1], "spans tile the lane");
    }
  }
  // Task-2's sleep starts at its sleep event and ends where it resumes.
  const l1 = m.lanes[1];
  const sleeping = l1.spans.findIndex((k) => seed.spans[k].state === "sleeping");
  assert.equal(l1.u0[sleeping], m.u[6]);
  assert.equal(l1.u1[sleeping], m.u[9]);
});

test("posOfTime and timeAt agree with the event times", () => {
  const m = new Model(seed);
  assert.equal(m.posOfTime(0, false), 0);
  assert.equal(m.posOfTime(1e8, false), m.u[9]); // first event at 100 ms
  assert.equal(m.posOfTime(1e8, true), m.u[20] + 1); // after the last one
  for (const i of [0, 4, 9, 15, 20]) assert.equal(m.timeAt(m.u[i]), seed.events[i].t);
  // Halfway through the gap between t=0 and t=100ms.
  const mid = (m.u[8] + 1 + m.u[9]) / 2;
  assert.ok(Math.abs(m.timeAt(mid) - 5e7) < 1);
});

test("arrows join canceller to cancelled at the delivery", () => {
  const m = new Model(seed);
  const cancels = m.arrows.filter((a) => a.kind === "cancel");
  assert.equal(cancels.length, 2);
  assert.deepEqual({ from: cancels[0].from, to: cancels[0].to, u0: cancels[0].u0, u1: cancels[0].u1 }, { from: 1, to: 1, u0: m.u[11], u1: m.u[12] });
  // asyncio.run()'s shutdown cancel comes from the loop lane, to Task-3's delivery.
  const i = seed.events.findIndex((e) => e.task === -1 && e.kind === "cancel-request");
  const d = seed.events.findIndex((e, k) => k > i && e.task === 2 && e.kind === "cancel-delivered");
  assert.deepEqual({ from: cancels[1].from, to: cancels[1].to, u0: cancels[1].u0, u1: cancels[1].u1 }, { from: 3, to: 2, u0: m.u[i], u1: m.u[d] });
});

test("an undelivered cancel points at the target at the request", () => {
  const t = structuredClone(seed);
  t.events.push({ t: 1e8, task: 0, kind: "cancel-request", pos: { line: 3 }, related: 2 });
  const m = new Model(t);
  const a = m.arrows.find((x) => x.kind === "cancel-pending");
  assert.ok(a);
  assert.equal(a.from, 0);
  assert.equal(a.to, 2);
  assert.equal(a.u0, a.u1);
});

test("await arrows go to the awaited task and back when it ends", () => {
  const t = structuredClone(seed);
  // Task-1 awaits Task-3 directly at event 4's time; Task-3 is done at 20.
  t.events.splice(5, 0, { t: 0, task: 0, kind: "await", pos: { line: 17 }, related: 2 });
  t.events.push({ t: 1e8, task: 0, kind: "resume", pos: { line: 17 }, related: -1 });
  t.spans.forEach((s) => { if (s.event >= 5) s.event++; });
  const m = new Model(t);
  const aw = m.arrows.filter((a) => a.kind === "await");
  assert.equal(aw.length, 1);
  assert.deepEqual([aw[0].from, aw[0].to], [0, 2]);
  const back = m.arrows.filter((a) => a.kind === "awaited");
  assert.equal(back.length, 1);
  assert.deepEqual([back[0].from, back[0].to, back[0].event, back[0].target], [2, 0, 21, 22]);
});

test("gather groups join the awaiting task to its children", () => {
  const m = new Model(seed);
  assert.deepEqual(m.groups.map((g) => [g.awaiter, g.children, g.event]), [[0, [1, 2], 4]]);
});

test("nearestEvent picks the closer neighbour", () => {
  const m = new Model(seed);
  assert.equal(m.nearestEvent(-5), 0);
  assert.equal(m.nearestEvent(1e9), 20);
  assert.equal(m.nearestEvent(m.u[3] + 0.4), 3);
  assert.equal(m.nearestEvent(m.u[3] + 0.6), 4);
});

test("an empty trace makes an empty model", () => {
  const m = new Model({ tasks: [], spans: [], events: [] });
  assert.equal(m.lanes.length, 0);
  assert.equal(m.nearestEvent(3), -1);
  assert.equal(m.timeAt(3), 0);
});

test("a finished task's lane ends at its done event", () => {
  const m = new Model(seed);
  const l1 = m.lanes[1];
  assert.equal(l1.u1[l1.u1.length - 1], m.u[14]); // Task-2 is done at event 14
  const l2 = m.lanes[2];
  assert.equal(l2.u1[l2.u1.length - 1], m.u[20]);
});

test("each lane lists its marker events and its span states", () => {
  const m = new Model(seed);
  assert.deepEqual([...m.lanes[1].marks], [11, 12, 13]); // cancel-request, cancel-delivered, raise
  assert.deepEqual([...m.lanes[1].mu], [m.u[11], m.u[12], m.u[13]]);
  assert.deepEqual([...m.lanes[0].st], [0, 3, 0]); // running, awaiting, running
});

test("a cancellation passed to the awaiter is an arrow from the child's done", () => {
  const t = structuredClone(seed);
  // As the engine records it: Task-1 resumes and gets CancelledError from Task-2.
  t.events[15].related = 1;
  t.events[16] = { t: 1e8, task: 0, kind: "cancel-delivered", pos: { line: 17 }, detail: "from gather()", related: 1 };
  const m = new Model(t);
  const got = m.arrows.filter((a) => a.from === 1 && a.to === 0).map((a) => [a.kind, a.event, a.target]);
  assert.deepEqual(got, [["awaited", 14, 15], ["cancel-propagated", 14, 16]]);
});

test("Go: context cancellation arrows run from the cancel to each goroutine that saw it", () => {
  // Recorded by the engine: taskline run examples/go/01_errgroup_first_error.go --trace
  const go = JSON.parse(readFileSync(new URL("../fixtures/go-errgroup.json", import.meta.url), "utf8"));
  const m = new Model(go);
  const cancel = go.events.findIndex((e) => e.kind === "ctx-cancel");
  const observed = go.events.map((e, i) => [e, i]).filter(([e]) => e.kind === "ctx-observed");
  assert.ok(cancel >= 0 && observed.length >= 2, "the fixture cancels a context that two goroutines observe");
  for (const [e, i] of observed) {
    const a = m.arrows.find((x) => x.kind === "cancel" && x.target === i);
    assert.ok(a, `an arrow into event ${i}`);
    assert.deepEqual([a.from, a.to, a.event, a.u0, a.u1], [go.events[cancel].task, e.task, cancel, m.u[cancel], m.u[i]]);
  }
});

test("a model built in steps of SLICE events is the same at every slice boundary", async () => {
  const { synthTrace } = await import("../../src/timeline/synth.js");
  const { SLICE } = await import("../../src/timeline/model.js");
  const trace = synthTrace(2 * SLICE + 777, 37);
  const g = Model.steps(trace);
  let steps = 0, r;
  while (!(r = g.next()).done) steps++;
  const m = r.value;
  assert.ok(m instanceof Model);
  assert.ok(steps > 6, `${steps} steps`);
  const evs = trace.events, n = evs.length;
  // Positions: one step per event plus the time between, across slices.
  for (let i = 1; i < n; i++) assert.ok(Math.abs(m.u[i] - m.u[i - 1] - 1 - (evs[i].t - evs[i - 1].t) * m.perNs) < 1e-6, `u at ${i}`);
  // Each lane holds its task's events in order, and its spans tile it.
  for (let l = 0; l < trace.tasks.length; l++) {
    const want = [];
    for (let i = 0; i < n; i++) if (evs[i].task === l) want.push(i);
    assert.deepEqual([...m.lanes[l].events], want, `lane ${l}`);
    const L = m.lanes[l];
    for (let j = 1; j < L.spans.length; j++) assert.ok(L.u0[j] >= L.u0[j - 1] && L.u1[j - 1] === L.u0[j], `lane ${l} span ${j}`);
    const marks = want.filter((i) => ["cancel-request", "cancel-delivered", "raise"].includes(evs[i].kind));
    assert.deepEqual([...L.marks], marks, `lane ${l} marks`);
  }
  const cancels = evs.filter((e) => e.kind === "cancel-request").length;
  assert.equal(m.arrows.filter((a) => a.kind === "cancel" || a.kind === "cancel-pending").length, cancels);
  // The same steps at once.
  const once = new Model(trace);
  assert.deepEqual([...once.u], [...m.u]);
  assert.deepEqual(once.arrows, m.arrows);
});

test("gather children: the task ids a gather names, without those past the task cap", async () => {
  const { gatherChildren } = await import("../../src/timeline/model.js");
  assert.deepEqual(gatherChildren("1 2 3", 10), [1, 2, 3]);
  // A child past the cap is trace.NoTask (-2), not task 2; an id past the
  // lanes has none either.
  assert.deepEqual(gatherChildren("1 -2 -2 12 3", 10), [1, 3]);
  assert.deepEqual(gatherChildren("", 10), []);
  assert.deepEqual(gatherChildren("[4, 5]", 10), [4, 5]);
});
