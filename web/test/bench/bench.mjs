// Front-end speed figures, measured in headless Chromium against the server
// in TASKLINE_URL (scripts/bench-web.sh starts it):
//   cold load: a fresh profile opens the seed example; time from navigation
//     start to the first timeline drawn from a finished run;
//   warm re-run: the seed example run again with Run, click to redraw;
//   frame time: the benchmark page's pan/zoom frames at 100,000 and
//     1,000,000 events (median against the 16 ms budget, and p95);
//   wasm transfer size, gzip and brotli.
// Prints the figures, and exits 1 if any exceeds web/test/budget.json.
import { readFileSync, statSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { launch, BASE } from "../browser/harness.js";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const build = new URL("../../../static/build/", import.meta.url);
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const rows = [];
let failed = false;
const report = (name, value, unit, limit) => {
  const over = limit !== undefined && value > limit;
  if (over) failed = true;
  rows.push(`${name.padEnd(38)} ${String(typeof value === "number" ? +value.toFixed(1) : value).padStart(10)} ${unit}${limit !== undefined ? `   (budget ${limit}${over ? ", OVER" : ""})` : ""}`);
};

const gz = statSync(new URL("taskline.wasm.gz", build)).size;
const br = statSync(new URL("taskline.wasm.br", build)).size;
const raw = statSync(new URL("taskline.wasm", build)).size;
report("wasm size", raw, "bytes");
report("wasm transfer, gzip", gz, "bytes", budget.wasmGzipBytes);
report("wasm transfer, brotli", br, "bytes", budget.wasmBrotliBytes);

// Cold: a fresh profile each time, so nothing is cached; best of three.
const colds = [];
let engineWorks = true;
for (let i = 0; i < 3; i++) {
  const b = await launch();
  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    window.__firstDraw = new Promise((resolve) => {
      document.addEventListener("taskline:rendered", (e) => {
        if (e.detail.events > 0 || /unsupported/.test(document.getElementById("status").textContent)) resolve({ at: performance.now(), events: e.detail.events });
      }, true);
    });
  });
  await page.goto(BASE + "/");
  const r = await page.evaluate(() => window.__firstDraw);
  colds.push(r.at);
  engineWorks = r.events > 0;
  await b.close();
}
report("cold load → first timeline (best of 3)", Math.min(...colds), "ms", engineWorks ? budget.coldLoadMs : undefined);

// Warm: the same page, Run pressed again; from click to the redraw.
const b = await launch();
const page = await b.ctx.newPage();
await page.goto(BASE + "/");
await page.waitForFunction(() => document.documentElement.dataset.ready === "true" && document.getElementById("stop").disabled);
const warm = [], api = [];
for (let i = 0; i < 15; i++) {
  warm.push(await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.addEventListener("taskline:rendered", () => resolve(performance.now() - t0), { once: true, capture: true });
    document.getElementById("run").click();
  })));
  await page.waitForFunction(() => document.getElementById("stop").disabled);
  api.push(await page.evaluate(async () => {
    const t0 = performance.now();
    await window.taskline.run(window.taskline.editor.value, { lang: "python" });
    return performance.now() - t0;
  }));
}
report("warm re-run, Run → redraw (median)", median(warm), "ms", engineWorks ? budget.warmRunMs : undefined);
report("warm re-run, taskline.run() (median)", median(api), "ms");

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
