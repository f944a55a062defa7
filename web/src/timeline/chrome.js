// @ts-check
// Chrome trace-event export, the same records engine/trace's Chrome() writes:
// one thread per task (named by its label, then its name), one for the event
// loop or Go runtime (tid 0) if it did anything, a complete event per span,
// an instant per event, and flow arrows from canceller to cancelled and from
// the loop's timers to the tasks they wake. Perfetto opens the result.

/** @param {import("./model.js").Trace} t */
export function chromeTrace(t) {
  const us = (/** @type {number} */ ns) => ns / 1000;
  /** @type {any[]} */
  const evs = [{ name: "process_name", ph: "M", pid: 1, tid: 0, ts: 0, args: { name: "taskline " + (t.file || "") } }];
  if (t.events.some((e) => e.task === -1)) {
    const loop = t.lang === "go" ? "Go runtime" : "event loop";
    evs.push({ name: "thread_name", ph: "M", ts: 0, pid: 1, tid: 0, args: { name: loop } });
    evs.push({ name: "thread_sort_index", ph: "M", ts: 0, pid: 1, tid: 0, args: { sort_index: -1 } });
  }
  for (const task of t.tasks) {
    const name = task.label ? task.label + " · " + task.name : task.name;
    evs.push({ name: "thread_name", ph: "M", ts: 0, pid: 1, tid: task.id + 1, args: { name } });
    evs.push({ name: "thread_sort_index", ph: "M", ts: 0, pid: 1, tid: task.id + 1, args: { sort_index: task.id } });
  }
  for (const s of t.spans) {
    evs.push({ name: s.on ? s.state + " " + s.on : s.state, cat: s.state, ph: "X", ts: us(s.start), dur: us(s.end - s.start), pid: 1, tid: s.task + 1 });
  }
  let flow = 0;
  t.events.forEach((e, i) => {
    /** @type {Record<string, any>} */
    const args = { seq: i };
    if (e.detail) args.detail = e.detail;
    if (e.pos && e.pos.line > 0) args.line = e.pos.line;
    evs.push({ name: e.kind, cat: "event", ph: "i", s: "t", ts: us(e.t), pid: 1, tid: e.task + 1, args });
    if (e.kind === "cancel-request" && e.related >= 0) {
      flow++;
      let at = e.t;
      for (let j = i + 1; j < t.events.length; j++) {
        const d = t.events[j];
        if (d.kind === "cancel-delivered" && d.task === e.related) { at = d.t; break; }
      }
      evs.push({ name: "cancel", cat: "cancel", ph: "s", ts: us(e.t), pid: 1, tid: e.task + 1, id: flow });
      evs.push({ name: "cancel", cat: "cancel", ph: "f", bp: "e", ts: us(at), pid: 1, tid: e.related + 1, id: flow });
    } else if (e.task === -1 && e.related >= 0 && (e.kind === "timer" || e.kind === "timeout")) {
      flow++;
      evs.push({ name: e.kind, cat: "wake", ph: "s", ts: us(e.t), pid: 1, tid: 0, id: flow });
      evs.push({ name: e.kind, cat: "wake", ph: "f", bp: "e", ts: us(e.t), pid: 1, tid: e.related + 1, id: flow });
    }
  });
  return { traceEvents: evs, displayTimeUnit: "ms", otherData: { version: String(t.version ?? 1), runtime: t.runtime || "" } };
}
