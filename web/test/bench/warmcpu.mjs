// Where a warm re-run's time goes, measured as CPU rather than wall-clock
// time, so that a busy machine (other processes taking the cores) does not
// hide it: headless Chromium records a trace (categories "toplevel",
// "blink.user_timing", "blink" and "devtools.timeline") while the page runs
// a program again N times with Run; for each run, from the click to the
// "taskline:rendered" of its timeline, it sums the thread CPU time (the
// trace's tdur) of the tasks of the page's main thread and of the engine's
// worker, and prints the median and the least of each beside the
// wall-clock time.
//
//   web/test/with-server.sh node web/test/bench/warmcpu.mjs [python|go] [N] [edited]
//
// With "edited", the program is edited before each run (its first decimal
// number doubled, then back), so that each result
// differs from the one on the page and the timeline is drawn afresh; without
// it, the same program runs again and the page leaves an identical result's
// canvas as it is.
//
// The worker's CPU is the engine's run of the program in WebAssembly, the
// story, the trace's JSON and the messages around them; the main thread's is
// everything the page does between Run and the drawn timeline (and the
// frames it paints meanwhile). On an idle machine the wall-clock time is
// about the sum of the two plus the hops between threads. Two parts of the
// main thread's CPU are printed apart, as each was once most of it: the
// frames the browser drew while the run was in the worker (the result's
// message waits behind a frame), and the layouts forced by a script reading
// the page's geometry after changing it.
import { readFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { launch, BASE } from "../browser/harness.js";

const lang = process.argv[2] === "go" ? "go" : "python";
const N = Number(process.argv[3] || 21);
const edited = process.argv[4] === "edited";
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

const b = await launch();
const page = await b.ctx.newPage();
let url = BASE + "/";
if (lang === "go") {
  const src = readFileSync(new URL("../../../examples/go/01_errgroup_first_error.go", import.meta.url), "utf8");
  url = `${BASE}/#lang=go&code=${Buffer.from(src, "utf8").toString("base64url")}`;
}
await page.goto(url, { waitUntil: "domcontentloaded" });
await page.waitForFunction(() => document.documentElement.dataset.ready === "true" && document.getElementById("stop").disabled && Number(document.getElementById("timeline").dataset.events) > 0, null, { timeout: 120_000 });
const seedCode = await page.evaluate(() => window.taskline.editor.value);
// The first number with a decimal point (an integer can be one whose double
// is itself, as in sleep(0)), doubled: a different program, whose result
// differs from the one shown.
const variant = seedCode.replace(/\d+\.\d+/, (m) => String(Number(m) * 2));
if (edited && variant === seedCode) throw new Error("warmcpu: the program has no decimal number to edit");
if (edited) await page.evaluate(() => { /** @type {HTMLInputElement} */ (document.getElementById("live")).checked = false; });
/** One Run, click to redraw, between two user-timing marks that name it. @param {number} i */
const runOnce = async (i) => {
  if (edited) {
    await page.evaluate((c) => { window.taskline.editor.value = c; }, i % 2 ? seedCode : variant);
    // The editor shows the edit in the next frame, before a person could
    // press Run.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  return runOne(i);
};
/** @param {number} i */
const runOne = (i) => page.evaluate((i) => new Promise((resolve) => {
  performance.mark(`warm${i}<`);
  document.addEventListener("taskline:rendered", () => { performance.mark(`warm${i}>`); resolve(undefined); }, { once: true, capture: true });
  document.getElementById("run").click();
}), i);
// Three runs first, so that the engine's code is compiled by the optimising tier.
for (let i = 0; i < 3; i++) {
  await runOnce(-1 - i);
  await page.waitForFunction(() => document.getElementById("stop").disabled);
}
const cdp = await page.context().newCDPSession(page);
/** @type {any[]} */
const events = [];
cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "blink.user_timing", "blink", "devtools.timeline"] }, transferMode: "ReportEvents" });
for (let i = 0; i < N; i++) {
  await runOnce(i);
  await page.waitForFunction(() => document.getElementById("stop").disabled);
}
await cdp.send("Tracing.end");
await complete;
await b.close();

const thread = new Map();
for (const e of events) if (e.ph === "M" && e.name === "thread_name") thread.set(`${e.pid}:${e.tid}`, e.args.name);
/** @type {Record<string, {from?: number, to?: number}>} */
const windows = {};
for (const e of events) {
  const m = /^warm(\d+)([<>])$/.exec(e.name || "");
  if (m) (windows[m[1]] ||= {})[m[2] === "<" ? "from" : "to"] = e.ts;
}
const rows = { wall: [], main: [], frames: [], forced: [], worker: [] };
// Of the main thread's CPU: frames the browser drew while the run was in
// the worker (a frame holds back the result's message behind it), and
// layouts that reading the page's geometry forced inside a script.
const FRAME = "WebFrameWidgetImpl::UpdateLifecycle", FORCED = "Blink.ForcedStyleAndLayout.UpdateTime";
for (const w of Object.values(windows)) {
  if (w.from === undefined || w.to === undefined) continue;
  let main = 0, worker = 0, frames = 0, forced = 0;
  for (const e of events) {
    if (e.ph !== "X" || e.ts < w.from || e.ts > w.to) continue;
    const name = thread.get(`${e.pid}:${e.tid}`) || "";
    if (name === "CrRendererMain" && e.name === FRAME) frames += e.tdur || 0;
    if (name === "CrRendererMain" && e.name === FORCED) forced += e.tdur || 0;
    if (e.name !== "ThreadControllerImpl::RunTask") continue;
    // A task still going at the redraw counts up to it.
    const cpu = (e.tdur || 0) * Math.min(1, (w.to - e.ts) / Math.max(1, e.dur));
    if (name === "CrRendererMain") main += cpu;
    else if (name.startsWith("DedicatedWorker")) worker += cpu;
  }
  rows.wall.push((w.to - w.from) / 1000);
  rows.main.push(main / 1000);
  rows.worker.push(worker / 1000);
  rows.frames.push(frames / 1000);
  rows.forced.push(forced / 1000);
}
const label = { wall: "Run → redraw, wall clock", main: "main thread CPU", worker: "engine worker CPU", frames: "  of it, frames drawn", forced: "  of it, forced layout" };
console.log(`${lang} warm ${edited ? "run of an edited program" : "re-run"}, ${rows.wall.length} runs (median / least):`);
for (const [k, a] of Object.entries(rows)) console.log(`  ${label[k].padEnd(26)} ${median(a).toFixed(1).padStart(7)} / ${Math.min(...a).toFixed(1).padStart(5)} ms`);
console.log(`  (load average ${loadavg().map((x) => x.toFixed(1)).join(", ")} on ${cpus().length} cores)`);
