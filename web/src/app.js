// @ts-check
// The playground page: wires the editor, the run worker, the output and
// error (output.js), the timeline and the controls together. The engine runs
// only in the worker; this thread draws with JavaScript. The public API
// `window.taskline` is documented in docs/JSAPI.md.

import { registerOffline } from "./teach/offline.js";
import { Engines, resultFrom } from "./client.js";
import { decodeSteps } from "./tracebin.js";
import { renderPrints, outcomeWords } from "./output.js";
import { Timeline } from "./timeline/view.js";
import { STATES } from "./timeline/model.js";
import { STATE_STYLE, MARKER_STYLE, patternPath } from "./timeline/style.js";
import { taskName } from "./timeline/describe.js";
import { eventAt, eventCount } from "./timeline/columns.js";
import { formatTime } from "./timeline/scale.js";
import { awaitTree } from "./timeline/awaittree.js";
import { parseHash, hashFor, shortID, ownProgram } from "./share.js";
import { createTextarea } from "./textarea.js";
import { splitFailure, renderFailure, renderStory, showEvent, CSS as STORY_CSS } from "./story.js";
import { Schedules } from "./schedules.js";

/**
 * Live mode waits after a keystroke for this multiple of the last run's
 * cost (from Run to the drawn timeline), within these bounds: a quick
 * program redraws almost at once, while a costly one is not re-run on
 * every keystroke of a word.
 */
const LIVE_DELAY_FACTOR = 1.5;
const LIVE_DELAY_MIN_MS = 40;
const LIVE_DELAY_MAX_MS = 600;
const SHARE_TIMEOUT_MS = 3000;
/** How long a run goes before the status says "running…" (see run()). */
const RUNNING_NOTE_MS = 100;
const TABLE_ROWS = 400;

/** A program to start from when a language has no examples. */
const STARTERS = {
  python: "import asyncio\n\n\nasync def main():\n    print(\"hello\")\n\n\nasyncio.run(main())\n",
  go: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n",
};

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const el = {
  lang: /** @type {HTMLSelectElement} */ ($("lang")),
  python: /** @type {HTMLSelectElement} */ ($("python")),
  examples: /** @type {HTMLSelectElement} */ ($("examples")),
  run: /** @type {HTMLButtonElement} */ ($("run")),
  stop: /** @type {HTMLButtonElement} */ ($("stop")),
  share: /** @type {HTMLButtonElement} */ ($("share")),
  live: /** @type {HTMLInputElement} */ ($("live")),
  status: $("status"),
  notice: $("notice"),
  output: $("output"),
  error: $("error"),
  story: $("story"),
  play: /** @type {HTMLButtonElement} */ ($("play")),
  speed: /** @type {HTMLSelectElement} */ ($("speed")),
  scrub: /** @type {HTMLInputElement} */ ($("scrub")),
  step: $("step"),
  timeline: $("timeline"),
  legend: $("legend"),
  laneFilter: /** @type {HTMLInputElement} */ ($("lane-filter")),
  awaitTree: $("await-tree"),
  events: /** @type {HTMLTableElement} */ ($("events")),
  eventsNote: $("events-note"),
  shareBox: $("share-box"),
  shareURL: /** @type {HTMLInputElement} */ ($("share-url")),
  shareNote: $("share-note"),
};

// The Python engine starts as soon as the first run is sent (main), or on a
// first visit once the seed's recorded result is shown; the Go engine when a
// Go program is run.
const client = new Engines({ python: "/build/taskline.wasm", go: "/build/taskline-go.wasm", workerURL: "/build/worker.js" });
const timeline = new Timeline(el.timeline);
adoptCSS(STORY_CSS);
const schedules = new Schedules($("schedules"), {
  source: () => editor.value,
  run: (source, seed) => client.run(source, { ...options(), seed }),
  stop: () => client.stop(),
  show: (res, seed) => { show(res, "run"); setStatus(`seed ${seed}: ${outcomeWords(res.trace.outcome || {}, client.limits)}, exit status ${res.exitCode}`); },
});

/** Adds a constructed style sheet to the page (allowed where a CSP forbids <style>). @param {string} css */
function adoptCSS(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Where the page remembers the timeline's time view ("steps" or "real"). */
const TIME_MODE_KEY = "taskline.timeMode";

/** @type {{title: string, lang: string, code: string, name: string}[]} */
let examples = [];
/** @type {any} */
let editor = null;
/** The lines marked in the editor (the error's, the chosen event's). @type {{line: number, kind: string, message?: string}[]} */
let editorMarks = [];
/** @type {any} the last trace that compiled */
let lastGood = null;
/** @type {import("./story.js").Story|null} the story of the run shown */
let lastStory = null;
let runSeq = 0;
let liveTimer = 0;
/** The timer that writes "running…" for the run in progress (run()). */
let runningNote = 0;
let suppressLive = false;
/** @type {{outcome: string, stdout: string}[]} the last runs a newer one made stale, never drawn */
const discarded = [];
/** The bytes of the result whose trace the timeline shows, if the client kept them (RunResult.bytes). @type {Uint8Array|null} */
let shownBytes = null;
/** What the last finished run cost, from Run to the drawn timeline (ms). */
let lastRunMs = 0;

/** How long Live mode waits after a keystroke before it runs. */
function liveDelay() {
  return Math.min(LIVE_DELAY_MAX_MS, Math.max(LIVE_DELAY_MIN_MS, LIVE_DELAY_FACTOR * lastRunMs));
}

/**
 * Says, on the Run button and in the status, that the Go engine is being
 * downloaded (the page loads it only when a Go program is run), or that
 * it is done.
 * @param {boolean} on
 */
function goLoading(on) {
  if (on) el.run.setAttribute("aria-busy", "true");
  else el.run.removeAttribute("aria-busy");
  const note = el.run.querySelector(".loading");
  if (on && !note) {
    const span = document.createElement("span");
    span.className = "loading";
    span.textContent = " · loading the Go engine…";
    el.run.append(span);
  } else if (!on && note) note.remove();
  if (on) setStatus("Loading the Go engine…");
}

/** @param {string} s */
function setStatus(s) { put(el.status, "textContent", s); }

/**
 * Sets a property of an element unless it already has that value: writing
 * the same text again still replaces the element's text node, and the
 * browser then lays the page out again for nothing.
 * @param {HTMLElement} e @param {"textContent"|"value"|"max"} prop @param {string} v
 */
function put(e, prop, v) {
  const o = /** @type {any} */ (e);
  if (o[prop] !== v) o[prop] = v;
}

function options() {
  return { lang: el.lang.value, python: el.python.value };
}

/**
 * Shows a program: its language and version in the selects, and its text in
 * the editor once there is one.
 * @param {{lang: string, code: string, python?: string}} prog
 */
function load(prog) {
  el.lang.value = prog.lang === "go" ? "go" : "python";
  // A program that names no version (an example, a lesson, a link from
  // before the page offered more than 3.11 and 3.7) was written and
  // recorded for 3.11; the select's own default is the newest, 3.13.
  if (prog.lang !== "go") {
    const known = [...el.python.options].some((o) => o.value === prog.python);
    el.python.value = prog.python && known ? prog.python : "3.11";
  }
  langChanged(false);
  if (!editor) return;
  suppressLive = true;
  editor.value = prog.code;
  suppressLive = false;
}

function langChanged(refill = true) {
  const lang = el.lang.value;
  /** @type {HTMLElement} */ ($("python-label")).hidden = lang !== "python";
  schedules.setLang(lang);
  editor?.setLang(lang);
  fillExamples();
  if (refill) {
    // Swap in the new language's first example, unless the editor holds
    // the user's own program: switching languages never loses work.
    const current = editor.value.trim();
    const untouched = current === "" || Object.values(STARTERS).some((c) => c.trim() === current) || examples.some((e) => e.code.trim() === current);
    const first = examples.find((e) => e.lang === lang);
    if (untouched) {
      suppressLive = true;
      editor.value = first ? first.code : STARTERS[/** @type {"python"|"go"} */ (lang)] || "";
      suppressLive = false;
    }
    if (untouched && first && !client.loaded(lang)) {
      // The language's seed example, whose engine is still to come: its
      // recorded result is shown meanwhile.
      if (client.current()) client.stop();
      const started = { result: client.run(editor.value, options()), t0: performance.now() };
      run("run", started);
      const recording = lang === "go" ? fetchRecording("/build/first-run-go.tltb") : Promise.resolve(firstSight()?.bytes ?? null);
      showRecorded(recording, started.result, runSeq, lang === "go" ? "go" : "python");
    } else {
      run("run");
    }
  }
}

function fillExamples() {
  const lang = el.lang.value;
  el.examples.replaceChildren(new Option("Examples…", ""));
  examples.forEach((e, i) => { if (e.lang === lang) el.examples.append(new Option(e.title, String(i))); });
}

/**
 * Runs the editor's program. "live" runs keep the view and, on a syntax
 * error, keep the last good timeline and output. `started` is a run of the
 * editor's program already handed to the engine (the page's first), with
 * when it was.
 * @param {"run"|"live"} why
 * @param {{result: Promise<import("./client.js").RunResult>, t0: number}|null} [started]
 */
async function run(why, started = null) {
  clearTimeout(liveTimer);
  const seq = ++runSeq;
  const source = editor.value;
  const lang = el.lang.value;
  // A run still going is stale now: stopped, and its outcome never drawn.
  if (!started && client.current()) client.stop();
  schedules.sawProgram(source);
  el.stop.disabled = false;
  // A run started before the engine was up waited for it to load.
  const loading = !!started || !client.loaded(lang);
  const goWait = lang === "go" && !client.loaded(lang);
  goLoading(goWait);
  // "running…" is written only once the run has taken RUNNING_NOTE_MS: most
  // runs are drawn before then, and a status written at once makes the
  // browser lay out and paint a frame while the run is in the worker, which
  // then holds back the drawing of its result. Stop, enabled above, already
  // says that the click was taken.
  clearTimeout(runningNote);
  if (!goWait) runningNote = window.setTimeout(() => setStatus("running…"), RUNNING_NOTE_MS);
  const t0 = started ? started.t0 : performance.now();
  let res;
  try {
    res = await (started ? started.result : client.run(source, options()));
  } catch (err) {
    if (seq === runSeq) {
      clearTimeout(runningNote);
      el.stop.disabled = true;
      goLoading(false);
      setStatus(`the ${lang === "go" ? "Go " : ""}engine could not start: ${err instanceof Error ? err.message : err}`);
    }
    return null;
  } finally {
    if (lang === "go" && seq === runSeq) goLoading(false);
  }
  // The timeline's model is built in steps between which the page stays
  // free (a trace of a million events takes a second or more); the rest of
  // show() is quick.
  // (Not for the very result the timeline shows: see show().)
  const same = showsSame(res);
  if (seq === runSeq && !same) await timeline.prepare(res.trace);
  if (seq !== runSeq) {
    // A newer run made this one stale: its outcome is not drawn.
    discarded.push({ outcome: (res.trace.outcome || {}).kind, stdout: res.stdout });
    if (discarded.length > 20) discarded.shift();
    return res;
  }
  clearTimeout(runningNote);
  // Stop is disabled after the timeline is drawn: a change of style before
  // it would make the timeline's reading of its size lay the page out.
  try {
    await show(res, why, same);
  } finally {
    el.stop.disabled = true;
  }
  const ms = performance.now() - t0;
  // A first run's cost includes the engine's download; it says nothing of
  // the next run's.
  if (!loading) lastRunMs = ms;
  const o = res.trace.outcome || {};
  setStatus(`${outcomeWords(o, client.limits)}, exit status ${res.exitCode} · ${ms.toFixed(0)} ms`);
  return res;
}

/**
 * Stop, acknowledged at once: a stopped run with many tasks takes the engine
 * a while to end and to hand back its trace, so the page says it stopped,
 * shows the output streamed so far, and draws the timeline when the trace
 * arrives (run() then replaces this status with the run's outcome).
 */
function stopRun() {
  if (!client.current()) return;
  const printed = client.printedSoFar();
  client.stop();
  clearTimeout(runningNote);
  el.stop.disabled = true;
  renderPrints(el.output, [], printed);
  setStatus("stopped, exit status 130 · the timeline of the run so far is still coming…");
}

/**
 * @param {import("./client.js").RunResult} res @param {"run"|"live"} why
 * @param {boolean} [same] whether res is the result the timeline shows (showsSame), if the caller knows
 */
async function show(res, why, same = showsSame(res)) {
  const t = res.trace;
  const o = t.outcome || {};
  const syntax = o.kind === "syntax-error";
  // The uncaught error is shown once: in the alert, as the runtime printed
  // it, and not again in the output above it.
  const failure = splitFailure(t);
  if (!(syntax && why === "live" && lastGood)) renderPrints(el.output, failure.prints, failure.outcome);
  renderFailure(el.error, failure, t);
  lastStory = res.story || null;
  renderStory(el.story, lastStory, { onStep: chooseStep, onOpenFix: openFix, onLine: showLine });
  /** @type {{line: number, kind: string, message?: string}[]} */
  const marks = [];
  if (o.error) {
    const frames = o.error.frames || [];
    const line = o.error.pos && o.error.pos.line ? o.error.pos.line : frames.length ? frames[frames.length - 1].line : 0;
    if (line) marks.push({ line, kind: "error", message: o.error.line });
  }
  markEditor(marks);
  if (syntax && lastGood) {
    el.timeline.dataset.stale = "true";
    return;
  }
  delete el.timeline.dataset.stale;
  if (!syntax) lastGood = t;
  // A program run again to the very same result (Run pressed again, Live
  // mode re-running an unchanged program) leaves the canvas as it is.
  shownBytes = res.bytes || null;
  timeline.setTrace(t, { keepView: why === "live", same });
  showAwaitTree(-1);
  const n = eventCount(t);
  put(el.scrub, "max", String(Math.max(0, n - 1)));
  put(el.scrub, "value", "0");
  put(el.step, "textContent", n ? `${n} events, ${t.tasks.length} tasks` : "");
  renderTable(t, 0);
}

/** Whether a run's result is byte for byte the one whose trace the timeline shows. @param {import("./client.js").RunResult} res */
function showsSame(res) {
  return !!(res.bytes && shownBytes && sameBytes(res.bytes, shownBytes));
}

/** Whether two byte arrays hold the same bytes. @param {Uint8Array} a @param {Uint8Array} b */
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  // Four bytes at a time where both are aligned (a result always is).
  const n = a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0 ? a.length >> 2 : 0;
  const a4 = new Uint32Array(a.buffer, a.byteOffset, n), b4 = new Uint32Array(b.buffer, b.byteOffset, n);
  for (let i = 0; i < n; i++) if (a4[i] !== b4[i]) return false;
  for (let i = n * 4; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Highlights a line in the editor (with the error's line, which stays
 * marked) and scrolls to it.
 * @param {number} line
 */
function showLine(line) {
  const marks = [];
  if (line > 0) marks.push({ line, kind: "event" });
  const o = timeline.model.trace.outcome;
  if (o && o.error && o.error.pos && o.error.pos.line) marks.push({ line: o.error.pos.line, kind: "error", message: o.error.line });
  markEditor(marks);
  if (line > 0 && editor.view) editor.goto(line, 1);
}

/**
 * A step of "What happened" was chosen: its event is selected on the
 * timeline (unless the timeline shows an older run), then its line, which
 * may be where the story locates the step rather than the event's own
 * position, is highlighted.
 * @param {import("./story.js").Step} s
 */
function chooseStep(s) {
  if (s.event >= 0 && !el.timeline.dataset.stale && s.event < timeline.model.n) timeline.select(s.event);
  showLine(s.line);
}

/** Puts a finding's fixed program in the editor and runs it. @param {import("./story.js").Finding} f */
function openFix(f) {
  if (!f.program) return;
  suppressLive = true;
  editor.value = f.program;
  suppressLive = false;
  editor.focus();
  run("run");
}

/** The await tree at event i, or how to get one. @param {number} i */
function showAwaitTree(i) {
  const t = timeline.model.trace;
  if (i < 0 || !timeline.model.n) {
    put(el.awaitTree, "textContent", timeline.model.n ? "Select an event (the scrubber, ← →, or a click on the timeline) to see who awaits whom at that moment." : "");
    return;
  }
  const text = awaitTree(t, i);
  el.awaitTree.textContent = `At event #${i}:\n` + (text || (t.lang === "go" ? "no goroutines are running" : "no tasks are running"));
}

/** The table is built only while it is open; this is what it last showed. */
let tableState = { trace: /** @type {any} */ (null), sel: 0 };

/** Rows around the selected event, so a 100k-event table stays small. @param {any} t @param {number} sel */
function renderTable(t, sel) {
  tableState = { trace: t, sel };
  if (!(/** @type {HTMLDetailsElement} */ ($("events-box"))).open) return;
  const n = eventCount(t);
  const lo = Math.max(0, Math.min(sel - 100, n - TABLE_ROWS));
  const hi = Math.min(n, lo + TABLE_ROWS);
  const body = /** @type {HTMLTableSectionElement} */ (el.events.tBodies[0]);
  const rows = [];
  for (let i = lo; i < hi; i++) {
    const e = eventAt(t, i);
    const tr = document.createElement("tr");
    if (i === sel) tr.className = "sel";
    const cells = [String(i), formatTime(e.t), taskName(t, e.task), e.kind + (e.related >= 0 && e.kind !== "print" ? ` → ${taskName(t, e.related)}` : ""), e.detail || "", e.pos && e.pos.line ? String(e.pos.line) : ""];
    for (const c of cells) { const td = document.createElement("td"); td.textContent = c; tr.append(td); }
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  el.eventsNote.textContent = n > hi - lo ? `Events ${lo}–${hi - 1} of ${n} (around the selected one).` : `${n} events.`;
}

function renderLegend() {
  const items = [];
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  for (const s of STATES) {
    const st = STATE_STYLE[s];
    const c = dark ? st.dark : st.light;
    const li = document.createElement("li");
    li.innerHTML = `<svg width="22" height="12" aria-hidden="true"><defs><pattern id="lg-${s}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${c}" fill-opacity="0.35"/><path d="${patternPath(st.pattern)}" stroke="${c}" stroke-width="${st.pattern === "dots" ? 3 : 1.5}" stroke-linecap="round"/></pattern></defs><rect width="22" height="12" fill="${st.pattern === "solid" ? c : `url(#lg-${s})`}"/></svg>`;
    li.append(document.createTextNode(st.label));
    items.push(li);
  }
  for (const [k, m] of Object.entries(MARKER_STYLE)) {
    if (k === "panic" || k === "recover" || k === "ctx-cancel") continue;
    const li = document.createElement("li");
    li.className = `mk mk-${m.shape}`;
    li.append(document.createTextNode(m.label));
    items.push(li);
  }
  const arrow = document.createElement("li");
  arrow.className = "mk mk-arrow";
  arrow.textContent = "canceller → cancelled; red dashed: a cancellation passed on to the awaiter; grey dashed: awaiter ↔ awaited, or the loop / runtime waking a task (a timer, a timeout)";
  items.push(arrow);
  const loop = document.createElement("li");
  loop.textContent = "event loop / Go runtime lane: cancellations and wake-ups no task made (shutdown, timeouts, timers, deadlines)";
  items.push(loop);
  const badge = document.createElement("li");
  badge.textContent = "badges: leaked (goroutine never finished), left over (cancelled by asyncio.run() at shutdown), pending (unfinished when the run stopped)";
  items.push(badge);
  el.legend.replaceChildren(...items);
}

/** @param {Blob} blob @param {string} name */
function download(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

async function share() {
  const prog = { lang: el.lang.value, code: editor.value, python: el.python.value };
  const base = location.origin + location.pathname.replace(/\/p\/[^/]*$/, "/");
  const long = base + hashFor(prog);
  let url = long, note = "This link carries the program itself.";
  try {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), SHARE_TIMEOUT_MS);
    const resp = await fetch("/api/share", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(prog), signal: ctl.signal });
    clearTimeout(timer);
    if (resp.ok) {
      const j = await resp.json();
      if (j && typeof j.id === "string" && j.id) { url = location.origin + "/p/" + j.id; note = "Short link saved on the server."; }
    }
  } catch { /* the long link works without the server */ }
  el.shareBox.hidden = false;
  el.shareURL.value = url;
  el.shareURL.focus();
  el.shareURL.select();
  try { await navigator.clipboard.writeText(url); note += " Copied."; } catch { /* not allowed here */ }
  el.shareNote.textContent = note;
}

/**
 * The program to open: /p/{id}, else the hash, else the first example (the
 * seed; main takes it from first-sight.js when it has it).
 * @returns {Promise<{lang: string, code: string, python?: string}>}
 */
async function initialProgram() {
  const id = shortID(location.pathname);
  if (id) {
    try {
      const resp = await fetch(`/api/share/${encodeURIComponent(id)}`);
      if (!resp.ok) throw new Error(`${resp.status}`);
      const j = await resp.json();
      // A teacher's exercise set (share kind "set") opens on its own page.
      if (j.lang === "set") location.replace(`/set.html#set=${encodeURIComponent(id)}`);
      if (typeof j.code === "string") return { lang: j.lang || "python", code: j.code, python: j.python };
    } catch (err) {
      showNotice(`Could not open shared program ${id} (${err instanceof Error ? err.message : err}).`);
    }
  }
  if (location.hash) {
    try {
      const p = parseHash(location.hash);
      if (p) return p;
    } catch (err) {
      showNotice(`The link's program could not be read: ${err instanceof Error ? err.message : err}.`);
    }
  }
  const first = examples.find((e) => e.lang === "python") || examples[0];
  return first ? { lang: first.lang, code: first.code } : { lang: "python", code: "print('hello')\n" };
}

/** @param {string} s */
function showNotice(s) {
  el.notice.hidden = false;
  el.notice.textContent = el.notice.textContent ? el.notice.textContent + " " + s : s;
}

/** The options of an editor holding doc: both kinds call back into the page alike. @param {string} doc */
function editorOptions(doc) {
  return {
    doc,
    lang: el.lang.value,
    onChange: () => {
      if (suppressLive || !el.live.checked) return;
      clearTimeout(liveTimer);
      liveTimer = window.setTimeout(() => run("live"), liveDelay());
    },
    onRun: () => run("run"),
  };
}

/**
 * Replaces the plain textarea the page starts with by the CodeMirror editor
 * (build/editor.js), keeping its text, marks and focus. The page calls it
 * once the first run is drawn: that run needs the program's text, not its
 * highlighting, and the editor bundle (about 140 KB brotli) was a fifth of
 * what a first visit downloaded before it saw a result. Without the bundle
 * (a build without npm) the textarea stays, and the page says so.
 */
async function upgradeEditor() {
  const parent = $("editor");
  try {
    const mod = await import(new URL("./editor.js", import.meta.url).href);
    const t0 = performance.now();
    const plain = editor;
    const focused = parent.contains(document.activeElement);
    const ed = mod.createEditor(parent, editorOptions(plain.value));
    plain.remove();
    editor = ed;
    editor.mark(editorMarks);
    if (focused) editor.focus();
    performance.measure("taskline: editor", { start: t0, end: performance.now() });
  } catch {
    showNotice("The code editor bundle is not built (npm was not available), so this page uses a plain text box: no highlighting or line numbers.");
  }
}

/** Marks lines in the editor, and remembers them for an editor that replaces it. @param {{line: number, kind: string, message?: string}[]} marks */
function markEditor(marks) {
  editorMarks = marks;
  editor.mark(marks);
}

function wire() {
  el.run.addEventListener("click", () => run("run"));
  el.stop.addEventListener("click", stopRun);
  el.share.addEventListener("click", share);
  el.lang.addEventListener("change", () => langChanged(true));
  el.python.addEventListener("change", () => run("run"));
  el.live.addEventListener("change", () => { if (el.live.checked) run("live"); });
  el.examples.addEventListener("change", () => {
    const e = examples[Number(el.examples.value)];
    if (!e || el.examples.value === "") return;
    suppressLive = true;
    editor.value = e.code;
    suppressLive = false;
    run("run");
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) { e.preventDefault(); run("run"); }
  });
  el.error.addEventListener("taskline:goto", (e) => {
    const d = /** @type {CustomEvent} */ (e).detail;
    editor.goto(d.line, d.col || 1);
    editor.focus();
  });
  el.timeline.addEventListener("taskline:select", (e) => {
    const d = /** @type {CustomEvent} */ (e).detail;
    el.scrub.value = String(d.event);
    el.step.textContent = d.text;
    showLine(d.line);
    showEvent(el.story, d.event);
    renderTable(timeline.model.trace, d.event);
    showAwaitTree(d.event);
  });
  el.laneFilter.addEventListener("input", () => timeline.setFilter(el.laneFilter.value));
  for (const r of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="tl-mode"]'))) {
    r.addEventListener("change", () => {
      if (!r.checked) return;
      timeline.setMode(r.value === "real" ? "real" : "steps");
      try { localStorage.setItem(TIME_MODE_KEY, timeline.mode); } catch { /* storage off: not remembered */ }
    });
  }
  el.timeline.addEventListener("taskline:play", (e) => {
    const on = /** @type {CustomEvent} */ (e).detail.playing;
    el.play.textContent = on ? "Pause" : "Play";
    el.play.setAttribute("aria-pressed", String(on));
  });
  $("events-box").addEventListener("toggle", () => { if (tableState.trace) renderTable(tableState.trace, tableState.sel); });
  el.play.addEventListener("click", () => (timeline.playing ? timeline.stopPlay() : timeline.play()));
  el.speed.addEventListener("change", () => { timeline.speed = Number(el.speed.value) || 1; });
  el.scrub.addEventListener("input", () => timeline.select(Number(el.scrub.value)));
  $("prev").addEventListener("click", () => timeline.step(-1));
  $("next").addEventListener("click", () => timeline.step(1));
  $("zoom-in").addEventListener("click", () => timeline.zoomBy(1.5));
  $("zoom-out").addEventListener("click", () => timeline.zoomBy(1 / 1.5));
  $("fit").addEventListener("click", () => timeline.fit());
  $("export-png").addEventListener("click", async () => download(await timeline.png(), "taskline.png"));
  $("export-svg").addEventListener("click", () => download(timeline.svg(), "taskline.svg"));
  $("export-chrome").addEventListener("click", () => download(timeline.chrome(), "taskline-trace.json"));
  window.addEventListener("hashchange", () => {
    try {
      const p = parseHash(location.hash);
      if (p) { load(p); run("run"); }
    } catch (err) { showNotice(String(err)); }
  });
}

/**
 * A language's seed example (a first visit opens on Python's; choosing Go
 * brings Go's) has its result recorded when the site was built, by the same
 * engine code (web/tools/firstrun.go): it is shown while that language's
 * engine downloads and starts, the output, the story and the timeline a
 * second or more sooner. When the engine's own run of the program comes,
 * the same bytes, the page is left as it is and only the status changes.
 * Nothing is shown if the engine answered first (engineRun: Go's run is
 * already on its way; a first visit starts the engine only once this is
 * shown, see main), if the person ran something else meanwhile, or if there
 * is no recording (a build without it, offline). Resolves when it is shown
 * or given up.
 * @param {Promise<ArrayBuffer|null>} recording
 * @param {Promise<import("./client.js").RunResult>|null} engineRun
 * @param {number} seq the run of the seed @param {"python"|"go"} lang
 */
async function showRecorded(recording, engineRun, seq, lang) {
  let answered = false;
  engineRun?.then(() => { answered = true; }, () => { answered = true; });
  const current = () => !answered && seq === runSeq;
  try {
    const bin = await recording;
    if (!bin || !current()) return;
    const steps = decodeSteps(bin);
    steps.next(); // the header: throws for what is not a result
    const res = await resultFrom(steps, bin);
    // Recorded in the language, and for Python in the version the page
    // runs an example in (load()).
    const t = res.trace;
    if (!current() || t.lang !== lang || (lang === "python" && t.runtime !== `cpython-${el.python.value}`)) return;
    await timeline.prepare(t);
    if (!current()) return;
    clearTimeout(runningNote);
    await show(res, "run");
    const outcome = `${outcomeWords(t.outcome || {}, client.limits)}, exit status ${res.exitCode}`;
    setStatus(lang === "go"
      ? `Loading the Go engine… · ${outcome} as recorded when this site was built`
      : `${outcome} · as recorded when this site was built; the engine is starting…`);
    performance.mark(`taskline: recorded ${lang} run shown`);
  } catch { /* nothing recorded: the engine's run is shown when it comes */ }
}

/** A recorded result (Go's seed's, first-run-go.tltb), or null. @param {string} url */
function fetchRecording(url) {
  return fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null), () => null);
}

/**
 * The seed example and its recorded result that the page's HTML loaded
 * beside app.js (static/build/first-sight.js, written by
 * web/tools/firstrun.go -js), or null: a first visit shows them with no
 * fetch of its own, before the examples menu has come.
 * @returns {{code: string, bytes: ArrayBuffer}|null}
 */
function firstSight() {
  const s = /** @type {any} */ (globalThis).tasklineFirstSight;
  if (!s || s.lang !== "python" || typeof s.code !== "string" || typeof s.result !== "string") return null;
  try {
    return { code: s.code, bytes: Uint8Array.from(atob(s.result), (c) => c.charCodeAt(0)).buffer };
  } catch {
    return null;
  }
}

/** Resolves once the frame after this one has begun: what was drawn before is on the screen. */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** The time view the user chose last time (Time: steps | real). */
function restoreTimeMode() {
  let mode = "steps";
  try { mode = localStorage.getItem(TIME_MODE_KEY) === "real" ? "real" : "steps"; } catch { /* storage off */ }
  for (const r of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="tl-mode"]'))) r.checked = r.value === mode;
  timeline.setMode(/** @type {"steps"|"real"} */ (mode));
}

async function main() {
  restoreTimeMode();
  renderLegend();
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", renderLegend);
  const exResp = fetch("/build/examples.json").then((r) => (r.ok ? r.json() : []), () => []);
  // A plain textarea until the first run is drawn; then the CodeMirror
  // editor replaces it (upgradeEditor).
  editor = createTextarea($("editor"), editorOptions(""));
  // A first visit (no program of its own in the address) opens on the seed
  // example, which first-sight.js holds with its recorded result; the
  // examples menu is filled when it comes.
  const sight = ownProgram(location) ? null : firstSight();
  /** @type {{lang: string, code: string, python?: string}} */
  let prog;
  if (sight) {
    prog = { lang: "python", code: sight.code };
    exResp.then((ex) => { examples = ex; fillExamples(); });
  } else {
    examples = await exResp;
    prog = await initialProgram();
  }
  load(prog);
  // The first run is sent as soon as the program is known; with a recorded
  // result to show, only once that is on the screen, so that the engine's
  // compilation does not compete with the page's first layout and drawing
  // (HACKING.md).
  let openEngine = () => {};
  /** @type {Promise<void>} */
  const engineOpen = sight ? new Promise((resolve) => { openEngine = resolve; }) : Promise.resolve();
  // The Python engine is started then even for a Go program: a Go page is
  // one choice away from Python.
  const ready = engineOpen.then(() => client.start("python"));
  ready.catch((err) => setStatus(`could not start the engine: ${err.message}`));
  let seedSeq = 0;
  const first = {
    result: engineOpen.then(() => (seedSeq === runSeq ? client.run(prog.code, options()) : Promise.reject(new Error("a newer run was started")))),
    t0: performance.now(),
  };
  wire();
  /** @type {any} */ (window).taskline = {
    run: (/** @type {string} */ source, /** @type {import("./client.js").RunOptions} */ opts = {}) => client.run(source, opts),
    stop: stopRun,
    /** The output the run in progress has streamed so far. */
    printed: () => client.printedSoFar(),
    ready,
    /** The last runs (at most 20) that a newer run made stale: their outcome kind and output, never drawn. */
    discarded,
    /** Whether the engine of a language ("python", "go") is loaded. */
    loaded: (/** @type {string} */ lang) => client.loaded(lang),
    timeline,
    get editor() { return editor; },
    /** The story of the run shown ("What happened"), as engine/explain wrote it. */
    get story() { return lastStory; },
    runEditor: () => run("run"),
  };
  const firstRun = run("run", first);
  seedSeq = runSeq;
  if (sight) showRecorded(Promise.resolve(sight.bytes), null, seedSeq, "python").then(afterPaint).then(openEngine);
  await firstRun;
  performance.mark("taskline: first engine run shown");
  await upgradeEditor();
  // The playground works offline after a first visit (static/sw.js). The
  // service worker is registered only now because installing it downloads
  // the whole shell (the engine, lessons, the teacher's page, the embed),
  // which must not compete with the first run.
  registerOffline();
  document.documentElement.dataset.ready = "true";
}

main();
