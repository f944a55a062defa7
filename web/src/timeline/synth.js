// @ts-check
// A synthetic trace of any size, built the way the engine records one (spans
// tile each task's life, events in time order), for the renderer's tests and
// the 100k-event benchmark. Deterministic: a fixed linear congruential
// sequence decides who runs next.

/**
 * @param {number} nEvents @param {number} nTasks
 * @param {{fanout?: number}} [opts] fanout: each task creates this many
 *   children (a tree, as grouping sees it); by default the first task creates all
 */
export function synthTrace(nEvents, nTasks, opts = {}) {
  const parentOf = (/** @type {number} */ i) => (i === 0 ? -1 : opts.fanout ? Math.floor((i - 1) / opts.fanout) : 0);
  const tasks = [], spans = [], events = [];
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  /** @type {number[]} */
  const open = [];
  const states = ["running", "ready", "sleeping", "awaiting"];
  let t = 0;
  for (let i = 0; i < nTasks; i++) {
    tasks.push({ id: i, kind: "task", name: `Task-${i + 1}`, label: i ? `work(${i})` : "main()", func: "work", parent: parentOf(i), created: 0, ended: -1, end: "pending" });
    events.push({ t, task: parentOf(i), kind: "create", pos: { line: 1 }, related: i });
    spans.push({ task: i, start: t, end: t, state: "ready", onTask: -1, event: events.length - 1 });
    open.push(spans.length - 1);
  }
  while (events.length < nEvents) {
    if (rnd() < 0.2) t += Math.floor(rnd() * 1e6);
    const task = Math.floor(rnd() * nTasks);
    const r = rnd();
    const kind = r < 0.01 ? "cancel-request" : r < 0.02 ? "cancel-delivered" : r < 0.03 ? "raise" : r < 0.5 ? "resume" : "await";
    const related = kind === "cancel-request" ? (task + 1) % nTasks : -1;
    events.push({ t, task, kind, pos: { line: 1 + (events.length % 30) }, related });
    spans[open[task]].end = t;
    spans.push({ task, start: t, end: t, state: states[Math.floor(rnd() * states.length)], onTask: -1, event: events.length - 1 });
    open[task] = spans.length - 1;
  }
  for (let i = 0; i < nTasks; i++) spans[open[i]].end = t;
  return { version: 1, lang: "python", runtime: "synthetic", file: "synth.py", tasks, spans, events, outcome: { kind: "ok", exitCode: 0, stdout: "", stderr: "" } };
}
