// @ts-check
// Words for events and spans: the hover text, the events table and the
// scrubber's status line all describe things the same way.

import { formatTime } from "./scale.js";
import { eventAt, spanAt } from "./columns.js";

/** @param {import("./model.js").Trace} t @param {number} id */
export function taskName(t, id) {
  if (id < 0) return t.lang === "go" ? "Go runtime" : "event loop";
  const task = t.tasks[id];
  if (!task) return `task ${id}`;
  return task.label && task.label !== task.name ? `${task.label} [${task.name}]` : task.name;
}

/** One line for event i. @param {import("./model.js").Trace} t @param {number} i */
export function describeEvent(t, i) {
  const e = eventAt(t, i);
  const who = taskName(t, e.task);
  let what = e.kind;
  if (e.related >= 0 && e.kind !== "print") {
    const rel = taskName(t, e.related);
    what += e.kind === "cancel-request" ? ` → ${rel}` : e.kind === "create" ? ` ${rel}` : ` (${rel})`;
  }
  if (e.detail && e.kind !== "create") what += e.kind === "print" ? ` ${JSON.stringify(e.detail)}` : `: ${e.detail}`;
  const line = e.pos && e.pos.line > 0 ? `, line ${e.pos.line}` : "";
  return `#${i} ${formatTime(e.t)} ${who} ${what}${line}`;
}

/** @param {import("./model.js").Trace} t @param {number} k */
export function describeSpan(t, k) {
  const s = spanAt(t, k);
  const on = s.on ? ` ${s.on}` : "";
  return `${taskName(t, s.task)} ${s.state}${on}, ${formatTime(s.start)}–${formatTime(s.end)}`;
}
