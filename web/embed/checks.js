// @ts-check
// Exercise checks, evaluated on a trace in the browser. This mirrors the Go
// evaluator in lesson/exercise (check.go) verdict for verdict; both are run
// over lesson/exercise/testdata/cases.json (test/checks.test.js here, the
// Go test there), so they cannot drift apart silently.

/**
 * @typedef {{kind: string, want?: string, task?: string, by?: string, time?: number, n?: number, text: string, message?: string, line: number}} Check
 * @typedef {{pass: boolean, detail: string}} Result
 */

/** As lesson/exercise.TimeSlack: deadlines are compared to the millisecond. */
export const TIME_SLACK = 1e6;

const ENDED_BY_ITSELF = (/** @type {any} */ t) => t.ended >= 0 && t.end !== "pending" && t.end !== "leaked";

/** Go's %q for the strings programs print (ASCII escapes, \n, \t, \"). @param {string} s */
export function goQuote(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) || 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}

/** @param {string} s */
function quote(s) {
  const max = 200;
  if (s.length > max) return goQuote(s.slice(0, max)) + "…";
  return goQuote(s);
}

/** Formats virtual nanoseconds like the Go side: 1.5s, 300ms, 0s. @param {number} ns */
export function duration(ns) {
  const trim = (/** @type {number} */ f) => f.toFixed(3).replace(/0+$/, "").replace(/\.$/, "");
  if (ns === 0) return "0s";
  if (ns % 1e9 === 0 || ns >= 1e9) return trim(ns / 1e9) + "s";
  if (ns % 1e6 === 0 || ns >= 1e6) return trim(ns / 1e6) + "ms";
  if (ns % 1e3 === 0 || ns >= 1e3) return trim(ns / 1e3) + "µs";
  return ns + "ns";
}

/** @param {any} trace @param {string} sel @returns {number[]} */
export function select(trace, sel) {
  const ids = [];
  for (let i = 0; i < trace.tasks.length; i++) {
    const t = trace.tasks[i];
    if (t.name === sel || t.func === sel || (t.func || "").endsWith("." + sel)) ids.push(i);
  }
  return ids;
}

/** @param {any} trace */
function taskNames(trace) {
  const names = [];
  const seen = new Set();
  for (const t of trace.tasks) {
    let n = t.name;
    if (t.func && t.func !== t.name) n += " running " + t.func;
    if (!seen.has(n)) { seen.add(n); names.push(n); }
  }
  return names.length ? names.join(", ") : "none";
}

/** @param {any} trace @param {number} id */
export function wasCancelled(trace, id) {
  if (trace.tasks[id].end === "cancelled") return true;
  return trace.events.some((/** @type {any} */ e) => e.task === id && (e.kind === "cancel-delivered" || e.kind === "ctx-observed"));
}

/** @param {any} trace @param {number[]} targets @param {number[]} by */
export function cancelRequested(trace, targets, by) {
  let ctxCancelled = false;
  for (const e of trace.events) {
    if (e.kind === "cancel-request" && by.includes(e.task) && targets.includes(e.related)) return true;
    if (e.kind === "ctx-cancel" && by.includes(e.task)) ctxCancelled = true;
    else if (ctxCancelled && e.kind === "ctx-observed" && targets.includes(e.task)) return true;
  }
  return false;
}

/** @param {any} trace @param {number[]|null} ids @returns {[number, number]} */
export function maxBusy(trace, ids) {
  const want = ids ? new Set(ids) : null;
  /** @type {[number, number][]} */
  const edges = [];
  for (const s of trace.spans) {
    // As lesson/exercise's busy: sleeping, or running for at least TIME_SLACK
    // (the few microseconds of CPU between two waits are not work).
    const isBusy = s.state === "sleeping" || (s.state === "running" && s.end - s.start >= TIME_SLACK);
    if (!isBusy || s.end <= s.start || (want && !want.has(s.task))) continue;
    edges.push([s.start, 1], [s.end, -1]);
  }
  edges.sort((a, b) => (a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1]));
  let n = 0, max = 0, at = 0;
  for (const [t, d] of edges) {
    n += d;
    if (n > max) { max = n; at = t; }
  }
  return [max, at];
}

/** "none" for a clean exit, else the error type or outcome kind. @param {any} trace */
export function errorName(trace) {
  const o = trace.outcome || {};
  if (!o.error && (o.kind === "ok" || !o.kind) && !o.exitCode) return "none";
  if (o.error && o.error.type) return o.error.type;
  if (o.kind === "exit") return `exit status ${o.exitCode}`;
  return o.kind;
}

/** @param {any} trace @param {string} want */
export function errorMatches(trace, want) {
  const o = trace.outcome || {};
  if (o.kind === want) return true;
  if (!o.error) return false;
  const typ = o.error.type || "";
  const line = o.error.line || "";
  return typ === want || typ.endsWith("." + want) || line.startsWith(want + ":") || line === want;
}

/** Evaluates one check on a trace. @param {Check} c @param {any} trace @returns {Result} */
export function evaluate(c, trace) {
  const ok = { pass: true, detail: "" };
  const fail = (/** @type {string} */ detail) => ({ pass: false, detail });
  const o = trace.outcome || {};
  const stdout = o.stdout || "";
  const noTask = (/** @type {string|undefined} */ sel) => fail(`no task or goroutine is named ${sel} (there are: ${taskNames(trace)})`);
  switch (c.kind) {
    case "stdout":
      return stdout === c.want ? ok : fail(`stdout was ${quote(stdout)}, want ${quote(c.want || "")}`);
    case "stdout-match": {
      let re;
      try { re = new RegExp(c.want || "", "m"); } catch (e) { return fail(`bad pattern: ${/** @type {Error} */ (e).message}`); }
      return re.test(stdout) ? ok : fail(`stdout ${quote(stdout)} does not match /${c.want}/`);
    }
    case "error": {
      const got = errorName(trace);
      if (c.want === "none") return got === "none" ? ok : fail(`the run ended with ${got}`);
      if (got !== "none" && errorMatches(trace, c.want || "")) return ok;
      if (got === "none") return fail(`the run ended without an error, want ${c.want}`);
      return fail(`the run ended with ${got}, want ${c.want}`);
    }
    case "cancelled":
    case "not-cancelled":
    case "finished-by": {
      const ids = select(trace, c.task || "");
      if (!ids.length) return noTask(c.task);
      for (const id of ids) {
        const t = trace.tasks[id];
        if (c.kind === "cancelled" && !wasCancelled(trace, id)) return fail(`${t.name} was not cancelled`);
        if (c.kind === "not-cancelled" && wasCancelled(trace, id)) return fail(`${t.name} was cancelled`);
        if (c.kind === "finished-by") {
          if (!ENDED_BY_ITSELF(t)) return fail(`${t.name} never finished (${t.end})`);
          if (t.ended > (c.time || 0) + TIME_SLACK) return fail(`${t.name} finished at ${duration(t.ended)}, after ${duration(c.time || 0)}`);
        }
      }
      return ok;
    }
    case "no-pending": {
      const left = trace.tasks.filter((/** @type {any} */ t) => !ENDED_BY_ITSELF(t)).map((/** @type {any} */ t) => `${t.name} (${t.end})`);
      return left.length ? fail(`left unfinished: ${left.join(", ")}`) : ok;
    }
    case "max-running": {
      let ids = null;
      if (c.task) {
        ids = select(trace, c.task);
        if (!ids.length) return noTask(c.task);
      }
      const [n, at] = maxBusy(trace, ids);
      return n <= (c.n || 0) ? ok : fail(`${n} were busy at once at ${duration(at)}, want at most ${c.n || 0}`);
    }
    case "cancel-request": {
      const targets = select(trace, c.task || ""), by = select(trace, c.by || "");
      if (!targets.length) return noTask(c.task);
      if (!by.length) return noTask(c.by);
      return cancelRequested(trace, targets, by) ? ok : fail(`no cancellation of ${c.task} was requested by ${c.by}`);
    }
  }
  return fail(`unknown check kind "${c.kind}"`);
}
