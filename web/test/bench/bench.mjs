// Front-end speed figures, measured in headless Chromium against the server
// in TASKLINE_URL (scripts/bench-web.sh starts it), each printed beside its
// budget in web/test/budget.json ("OVER" when past it):
//   module sizes: the Python engine (taskline.wasm, every visitor) and the
//     Go engine (taskline-go.wasm, fetched when Go is run), raw/gzip/brotli;
//   first Python run download: the brotli bytes of everything a fresh
//     profile fetched up to its first drawn timeline, the run ended
//     (download.js); the editor bundle comes after it;
//   cold load: a fresh profile opens the seed example; time from navigation
//     start to the first timeline drawn from a finished run (median of 5):
//     the seed's result recorded at build time, and then the engine's own
//     run of it in the page; and beside them the browser's floor: a fresh
//     profile loading one small file;
//   warm re-run: the seed example run again with Run, click to redraw, the
//     page settled first (two frames, as when a person clicks);
//   the same with the program edited between runs (a result that differs, drawn afresh);
//   Live: a keystroke in the editor to the redrawn timeline;
//   Go engine: choosing Go to the first Go timeline (the Go example's
//     recorded result), and to the Go engine's own run (download and start);
//   frame time: the benchmark page's pan/zoom frames at 100,000 and
//     1,000,000 events (median against the frame budget, and p95).
// Prints the figures, and exits 1 if any exceeds its budget.
import { readFileSync, statSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { launch, BASE, setCode } from "../browser/harness.js";
import { downloaded } from "../browser/download.js";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const build = new URL("../../../static/build/", import.meta.url);
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const rows = [];
let failed = false;
const report = (name, value, unit, limit) => {
  const over = limit !== undefined && value > limit;
  if (over) failed = true;
  rows.push(`${name.padEnd(42)} ${String(typeof value === "number" ? +value.toFixed(1) : value).padStart(10)} ${unit}${limit !== undefined ? `   (budget ${limit}${over ? ", OVER" : ""})` : ""}`);
};
const size = (f) => statSync(new URL(f, build)).size;

for (const [file, name, brLimit, gzLimit] of [
  ["taskline.wasm", "Python engine", budget.wasmBrotliBytes, budget.wasmGzipBytes],
  ["taskline-go.wasm", "Go engine", budget.goWasmBrotliBytes, undefined],
]) {
  report(`${name} (${file}), raw`, size(file), "bytes");
  report(`${name}, gzip`, size(file + ".gz"), "bytes", gzLimit);
  report(`${name}, brotli`, size(file + ".br"), "bytes", brLimit);
}

/**
 * Opens the playground in a fresh profile; resolves when the first real run
 * is drawn. responses are what the page fetched up to then: the editor
 * bundle, which the page fetches only after its first run, is held until
 * they are taken, so that it is never counted by a race.
 */
async function coldLoad() {
  const b = await launch();
  const page = await b.ctx.newPage();
  let release = () => {};
  const held = new Promise((r) => { release = r; });
  await page.route(/\/build\/editor\.js$/, async (route) => { await held; await route.continue(); });
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await page.addInitScript(() => {
    window.__firstDraw = new Promise((resolve) => {
      document.addEventListener("taskline:rendered", (e) => {
        if (e.detail.events > 0 || /unsupported/.test(document.getElementById("status").textContent)) resolve({ at: performance.now(), events: e.detail.events });
      }, true);
    });
  });
  await page.goto(BASE + "/");
  const r = await page.evaluate(() => window.__firstDraw);
  // The engine's own first run of the program (drawn, or found the same as
  // the recorded result already drawn).
  await page.waitForFunction(() => document.getElementById("stop").disabled && performance.getEntriesByName("taskline: first engine run shown").length > 0, null, { timeout: 60_000 });
  const engine = await page.evaluate(() => performance.getEntriesByName("taskline: first engine run shown").map((e) => e.startTime)[0] ?? NaN);
  const firstRun = responses.slice();
  release();
  return { b, page, at: r.at, engine, events: r.events, responses: firstRun };
}

// Cold: a fresh profile each time, so nothing is cached; median of five.
const colds = [], engines = [];
let engineWorks = true;
for (let i = 0; i < 5; i++) {
  const c = await coldLoad();
  colds.push(c.at);
  engines.push(c.engine);
  engineWorks = c.events > 0 && c.engine > 0;
  if (i === 0) {
    const { total, lines } = await downloaded(c.responses);
    // Issue 13's goal; the browser test holds the build to firstRunBrotliBytes,
    // today's ceiling, so that nothing heavy creeps into a first visit.
    report("first Python run: downloaded (brotli)", total, "bytes", budget.firstRunBrotliGoalBytes);
    if (process.env.BENCH_VERBOSE) console.log(lines.join("\n"));
  }
  await c.b.close();
}
// The first timeline a fresh visit sees is the seed example's result as
// recorded when the site was built (web/tools/firstrun.go); the engine's own
// run of it comes later and is reported beside it.
report("cold load → first timeline (median of 5)", median(colds), "ms", engineWorks ? budget.coldLoadMs : undefined);
report("cold load → the engine's own first run (median)", median(engines), "ms");
// The browser's own floor for the figure above: a fresh profile opening
// one 1 kB file from the same server, navigation to its load event. What
// the page can spend is the budget less this.
const floors = [];
for (let i = 0; i < 5; i++) {
  const fb = await launch();
  const fp = await fb.ctx.newPage();
  await fp.goto(BASE + "/favicon.svg", { waitUntil: "load" });
  floors.push(await fp.evaluate(() => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]).loadEventEnd));
  await fb.close();
}
report("  a fresh profile loading one 1 kB file", median(floors), "ms");

// Warm: the same page, Run pressed again; from click to the redraw.
const b = await launch();
const page = await b.ctx.newPage();
await page.goto(BASE + "/");
await page.waitForFunction(() => document.documentElement.dataset.ready === "true" && document.getElementById("stop").disabled && document.getElementById("timeline").dataset.events > 0);
const warm = [], api = [];
/** Two frames: the page has shown what the last step changed, as it has by the time a person presses Run. */
const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
/** Presses Run; milliseconds from the click to the timeline's redraw, once the run is over. */
const timedRun = async () => {
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.addEventListener("taskline:rendered", () => resolve(performance.now() - t0), { once: true, capture: true });
    document.getElementById("run").click();
  }));
  await page.waitForFunction(() => document.getElementById("stop").disabled);
  return ms;
};
for (let i = 0; i < 15; i++) {
  await settle();
  warm.push(await timedRun());
  api.push(await page.evaluate(async () => {
    const t0 = performance.now();
    await window.taskline.run(window.taskline.editor.value, { lang: "python" });
    return performance.now() - t0;
  }));
}
report("warm re-run, Run → redraw (median of 15)", median(warm), "ms", engineWorks ? budget.warmRunMs : undefined);
report("warm re-run, taskline.run() (median)", median(api), "ms");

// A re-run whose result is the one shown leaves the canvas as it is, so the
// figure above draws nothing. This one edits the program between runs (its
// first decimal number doubled, then back), so each result differs from
// the one on the page and the timeline is drawn afresh.
// Live mode is off meanwhile (set without a change event), so that an edit
// starts no run of its own.
const edited = [];
await page.evaluate(() => { /** @type {HTMLInputElement} */ (document.getElementById("live")).checked = false; });
const seedCode = await page.evaluate(() => window.taskline.editor.value);
const variant = seedCode.replace(/\d+\.\d+/, (m) => String(Number(m) * 2));
if (variant === seedCode) throw new Error("bench: the seed example has no decimal number to edit");
for (let i = 0; i < 16; i++) {
  await setCode(page, i % 2 ? seedCode : variant);
  // The editor shows the edit in the next frame; a person presses Run
  // later than that, so the figure does not count the editor's own frame.
  await settle();
  edited.push(await timedRun());
}
report("warm run of an edited program, Run → redraw (median of 16)", median(edited), "ms", engineWorks ? budget.warmRunMs : undefined);
await setCode(page, seedCode);
await page.evaluate(() => { /** @type {HTMLInputElement} */ (document.getElementById("live")).checked = true; });

// Live: a keystroke at the end of the editor's text (a space, then a
// Backspace) to the redrawn timeline. The debounce follows the last run's
// cost, so this includes it.
await page.locator(".cm-content").click();
await page.keyboard.press("Control+End");
const live = [];
for (let i = 0; i < 12; i++) {
  // The listeners are in place before the key is pressed (a promise kept
  // on the page), or a quick redraw could come before them.
  await page.evaluate(() => {
    /** @type {any} */ (window).__liveDrawn = new Promise((resolve) => {
      let t0 = 0;
      document.addEventListener("keydown", () => { t0 = performance.now(); }, { once: true, capture: true });
      document.addEventListener("taskline:rendered", () => resolve(performance.now() - t0), { once: true, capture: true });
    });
  });
  await page.keyboard.press(i % 2 ? "Backspace" : "Space");
  live.push(await page.evaluate(() => /** @type {any} */ (window).__liveDrawn));
  await page.waitForFunction(() => document.getElementById("stop").disabled);
}
report("Live: keystroke → redraw (median of 12)", median(live), "ms", engineWorks ? budget.liveRedrawMs : undefined);

// The Go engine: choosing Go (its first example) to its first timeline,
// the example's result recorded at build time, and to the Go engine's own
// run of it (download and start).
const go = await page.evaluate(() => new Promise((resolve) => {
  const t0 = performance.now();
  const sel = /** @type {HTMLSelectElement} */ (document.getElementById("lang"));
  document.addEventListener("taskline:rendered", function f() {
    if (window.taskline.loaded("go")) {
      document.removeEventListener("taskline:rendered", f, true);
      const rec = performance.getEntriesByName("taskline: recorded go run shown").map((e) => e.startTime - t0)[0] ?? NaN;
      resolve({ engine: performance.now() - t0, recorded: rec });
    }
  }, true);
  sel.value = "go";
  sel.dispatchEvent(new Event("change"));
}));
report("Go: choose Go → first Go timeline (recorded)", go.recorded, "ms");
report("Go engine: choose Go → its own first Go run", go.engine, "ms");
await page.waitForFunction(() => document.getElementById("stop").disabled);

// The renderer benchmark page at 100,000 and 1,000,000 events (best of
// three passes of 120 frames: the machine is shared). The frame budget is
// the median's; the p95 is printed beside it. The load average says how
// busy the machine was.
for (const [n, name] of [[100_000, "100k"], [1_000_000, "1M"]]) {
  await page.goto(BASE + `/bench.html?events=${n}&frames=120&passes=3`);
  const res = await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 }).then((h) => h.jsonValue());
  report(`${name} events: build trace and model`, res.setupMs, "ms");
  report(`${name} events: pan/zoom frame (median)`, res.medianMs, "ms", budget.frameMs);
  report(`${name} events: pan/zoom frame (p95)`, res.p95Ms, "ms");
  rows.push(`   (load average ${loadavg().map((x) => x.toFixed(1)).join(", ")} on ${cpus().length} cores)`);
}
await b.close();

console.log(rows.join("\n"));
if (!engineWorks) console.log("(the engine reported \"unsupported\": run timings measure the page, not a real run)");
process.exit(failed ? 1 : 0);
