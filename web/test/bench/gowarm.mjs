// Go mode's warm run in the page, measured in headless Chromium against the
// server in TASKLINE_URL (scripts/bench-web.sh starts it): the playground
// opens a corpus-size Go program (examples/go/01_errgroup_first_error.go,
// errgroup and context, 4 goroutines), runs it once so that the Go engine
// and the standard-library declarations it imports are loaded, then presses
// Run again and times click → timeline redrawn (median of 15), and
// taskline.run() alone. Prints the figures beside their budget
// (web/test/budget.json, goWarmRunMs); exits 1 when over.
import { readFileSync } from "node:fs";
import { launch, BASE } from "../browser/harness.js";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const src = readFileSync(new URL("../../../examples/go/01_errgroup_first_error.go", import.meta.url), "utf8");
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const b64url = Buffer.from(src, "utf8").toString("base64url");

const b = await launch();
const page = await b.ctx.newPage();
await page.addInitScript(() => {
  window.__drawn = 0;
  document.addEventListener("taskline:rendered", (e) => { if (e.detail.events > 0) window.__drawn++; }, true);
});
await page.goto(`${BASE}/#lang=go&code=${b64url}`);
// The first run (whatever starts it: the page itself, or this Run) loads
// the Go engine; it is not timed.
await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 120_000 });
await page.waitForFunction(() => document.getElementById("stop").disabled, null, { timeout: 120_000 });
await page.evaluate(() => document.getElementById("run").click());
await page.waitForFunction(() => window.__drawn > 0 && document.getElementById("stop").disabled, null, { timeout: 120_000 });

const warm = [], api = [];
let events = 0;
for (let i = 0; i < 15; i++) {
  const r = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.addEventListener("taskline:rendered", (e) => resolve({ ms: performance.now() - t0, events: e.detail.events }), { once: true, capture: true });
    document.getElementById("run").click();
  }));
  warm.push(r.ms);
  events = r.events;
  await page.waitForFunction(() => document.getElementById("stop").disabled);
  api.push(await page.evaluate(async (code) => {
    const t0 = performance.now();
    await window.taskline.run(code, { lang: "go" });
    return performance.now() - t0;
  }, src));
}
await b.close();

const w = median(warm);
const over = w > budget.goWarmRunMs;
console.log(`${"Go warm re-run, Run → redraw (median)".padEnd(38)} ${String(+w.toFixed(1)).padStart(10)} ms   (budget ${budget.goWarmRunMs}${over ? ", OVER" : ""})`);
console.log(`${"Go warm re-run, Run → redraw (best)".padEnd(38)} ${String(+Math.min(...warm).toFixed(1)).padStart(10)} ms`);
console.log(`${"Go warm re-run, taskline.run() (median)".padEnd(38)} ${String(+median(api).toFixed(1)).padStart(10)} ms`);
if (events === 0) {
  console.log("(the Go run drew no events: the figure does not measure a real run)");
  process.exit(1);
}
process.exit(over ? 1 : 0);
