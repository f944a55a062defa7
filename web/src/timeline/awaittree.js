// @ts-check
// Who awaits whom at one moment of a run, derived from the spans open at
// that event (their state, what they wait on, the task they wait on).
// Python comes out like CPython 3.14's `python -m asyncio pstree`: a tree
// of tasks, each task's coroutine with the file and line where it waits,
// and what it awaits — a task, gather()'s children, a sleep. Go comes out
// like a goroutine dump: `goroutine 20 [chan send]:`, the function, and
// the file and line where it is blocked. Only tasks that exist at that
// event are shown (created, not yet done).

import { columns, codes } from "./columns.js";
import { KINDS, CREATE, DONE, GATHER, gatherChildren } from "./model.js";

/** @typedef {import("./model.js").Trace} Trace */
/**
 * @typedef {{task: number, label: string, name: string, func: string, state: string, on: string, line: number, awaits: number[]}} AwaitNode
 *   awaits: the tasks it waits for (an awaited task, gather()'s children)
 */

/**
 * The state of every task alive at event i.
 * @param {Trace} t @param {number} i
 * @returns {{nodes: AwaitNode[], roots: number[]}} nodes by task id (absent: not alive); roots: tasks nobody alive awaits, in id order
 */
export function awaitState(t, i) {
  const tasks = t.tasks || [], c = columns(t), kc = codes(c, c.kind, KINDS);
  const n = tasks.length;
  const created = new Int32Array(n).fill(-1), done = new Int32Array(n).fill(-1);
  // Each task's latest gather() (its children) up to event i.
  /** @type {Map<number, number[]>} */
  const gathered = new Map();
  // Each task's latest source line up to event i, for a task that is
  // running or ready (its span began without an event of its own).
  const lastLine = new Int32Array(n);
  for (let k = 0; k < c.n && k <= i; k++) {
    const task = c.task[k], related = c.related[k], kind = kc[c.kind[k]];
    if (task >= 0 && task < n && c.line[k] > 0) lastLine[task] = c.line[k];
    if (kind === CREATE && related >= 0 && related < n && created[related] < 0) created[related] = k;
    else if (kind === DONE && task >= 0 && task < n && done[task] < 0) done[task] = k;
    else if (kind === GATHER && task >= 0) gathered.set(task, gatherChildren(c.strings[c.detail[k]], n));
  }
  // The span open at event i: the last one (per task) that began at or
  // before it. Spans are recorded in the order they began.
  const open = new Int32Array(n).fill(-1);
  for (let j = 0; j < c.m; j++) {
    const task = c.stask[j];
    if (task >= 0 && task < n && c.from[j] <= i) open[task] = j;
  }
  /** @type {AwaitNode[]} */
  const nodes = [];
  const alive = (/** @type {number} */ k) => k >= 0 && k < n && (created[k] >= 0 || tasks[k].parent < 0) && created[k] <= i && !(done[k] >= 0 && done[k] <= i);
  for (let k = 0; k < n; k++) {
    if (!alive(k) || (created[k] < 0 && open[k] < 0)) continue;
    const s = open[k], task = tasks[k];
    const on = s >= 0 ? c.strings[c.on[s]] : "";
    /** @type {number[]} */
    let awaits = [];
    if (s >= 0 && c.onTask[s] >= 0) awaits = [c.onTask[s]];
    else if (s >= 0 && /^gather\(/.test(on)) awaits = gathered.get(k) || [];
    const ev = s >= 0 ? c.event[s] : -1;
    nodes[k] = {
      task: k, label: task.label || "", name: task.name, func: task.func || "",
      state: s >= 0 ? c.strings[c.state[s]] : "ready", on, line: ev >= 0 && ev < c.n && c.line[ev] > 0 ? c.line[ev] : lastLine[k],
      awaits: awaits.filter(alive),
    };
  }
  const awaited = new Set();
  for (const nd of nodes) if (nd) for (const a of nd.awaits) awaited.add(a);
  const roots = [];
  for (let k = 0; k < n; k++) if (nodes[k] && !awaited.has(k)) roots.push(k);
  return { nodes, roots };
}

/** Go's wait reasons for a span (runtime/runtime2.go's waitReason strings). @param {AwaitNode} nd */
function goStatus(nd) {
  if (nd.state === "running") return "running";
  if (nd.state === "ready") return "runnable";
  if (nd.state === "sleeping" || /^time\.Sleep/.test(nd.on)) return "sleep";
  if (/^select/.test(nd.on)) return "select";
  if (/^(chan send|chan receive|sync\.[A-Za-z]+\.[A-Za-z]+)/.test(nd.on)) return /** @type {string[]} */ (nd.on.match(/^(chan send|chan receive|sync\.[A-Za-z]+\.[A-Za-z]+)/))[1];
  if (/ctx\.Done|Done\(\)/.test(nd.on)) return "chan receive";
  return nd.on || nd.state;
}

/**
 * The await tree at event i as text.
 * @param {Trace} t @param {number} i
 */
export function awaitTree(t, i) {
  const { nodes, roots } = awaitState(t, i);
  const file = t.file || (t.lang === "go" ? "main.go" : "main.py");
  const at = (/** @type {number} */ line) => (line > 0 ? `${file}:${line}` : file);
  const lines = [];
  if (t.lang === "go") {
    for (const nd of nodes) {
      if (!nd) continue;
      if (lines.length) lines.push("");
      // The runtime numbers main's goroutine 1; the trace calls it main.
      const name = nd.name === "main" ? "goroutine 1" : nd.name;
      lines.push(`${name} [${goStatus(nd)}]:`);
      lines.push(nd.label || `${nd.func || "?"}()`);
      lines.push(`\t${at(nd.line)}`);
      const task = t.tasks[nd.task], parent = t.tasks[task.parent];
      if (parent) {
        // Go names the function holding the go statement; the trace knows
        // only the goroutine and the line, so that is what is said.
        lines.push(`created in ${parent.name === "main" ? "goroutine 1" : parent.name}`);
        lines.push(`\t${at(task.pos ? task.pos.line : 0)}`);
      }
    }
    return lines.join("\n");
  }
  const seen = new Set();
  /** @param {number} k @param {string} pre @param {boolean} last */
  const task = (k, pre, last) => {
    const nd = nodes[k];
    lines.push(`${pre}${last ? "└── " : "├── "}(T) ${nd.label || nd.name}${nd.label && nd.label !== nd.name ? ` [${nd.name}]` : ""}`);
    const inner = pre + (last ? "    " : "│   ");
    if (seen.has(k)) { lines.push(`${inner}└── (awaited again, see above)`); return; }
    seen.add(k);
    const where = at(nd.line) + (nd.state === "running" ? " (running)" : nd.state === "ready" ? " (ready to run)" : nd.state === "cancelling" ? " (cancelling)" : "");
    lines.push(`${inner}└──  ${nd.func || "?"} ${where}`);
    const deeper = inner + "    ";
    if (nd.awaits.length) {
      if (/^gather\(/.test(nd.on)) {
        lines.push(`${deeper}└──  asyncio.gather`);
        nd.awaits.forEach((c, j) => task(c, deeper + "    ", j === nd.awaits.length - 1));
      } else nd.awaits.forEach((c, j) => task(c, deeper, j === nd.awaits.length - 1));
    } else if (nd.on && nd.state !== "running" && nd.state !== "ready") {
      lines.push(`${deeper}└──  ${nd.on}`);
    }
  };
  roots.forEach((k, j) => task(k, "", j === roots.length - 1));
  return lines.join("\n");
}
