// The timeline with 1,000 tasks, measured in headless Chromium against the
// server in TASKLINE_URL (scripts/bench-web.sh starts it): a synthetic
// trace of 1,000 tasks in a tree (each creates up to ten) and 50,000
// events; grouping (collapse/expand) and the lane filter must give the rows
// they should; then 120 frames of panning, zooming and vertical scrolling,
// each drawn synchronously. Prints the median and p95 frame time beside the
// 16 ms budget (one frame at 60 Hz), from the best of three passes (lowest
// p95); exits 1 over budget or on a wrong row count.
import { readFileSync } from "node:fs";
import { launch, BASE } from "../browser/harness.js";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const limit = budget.laneFrameMs ?? budget.frameMs;
const b = await launch();
let failed = false;
try {
  const page = await b.ctx.newPage();
  await page.goto(BASE + "/bench.html?events=50000&tasks=1000&fanout=10&frames=120&scroll=1&passes=3");
  const r = await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 }).then((h) => h.jsonValue());
  const row = (name, value, unit, lim) => {
    const over = lim !== undefined && value > lim;
    if (over) failed = true;
    console.log(`${name.padEnd(38)} ${String(typeof value === "number" ? +value.toFixed(1) : value).padStart(10)} ${unit}${lim !== undefined ? `   (budget ${lim}${over ? ", OVER" : ""})` : ""}`);
  };
  const g = r.checks.grouping, f = r.checks.filter;
  console.log(`1,000 tasks: grouping ${g.ok ? "ok" : "WRONG"} (${g.lanes} rows, ${g.collapsed} with task 1 collapsed, ${g.hidden} hidden; ${g.ms.toFixed(1)} ms); filter ${f.ok ? "ok" : "WRONG"} ("work(99": ${f.matched} of ${f.want} matched, ${f.rows} rows; ${f.ms.toFixed(1)} ms)`);
  if (!g.ok || !f.ok) failed = true;
  row("1,000 tasks: build model", r.setupMs, "ms");
  if (process.env.BENCH_FRAMES) console.log("frames (ms, in order; odd frames scroll):", r.perFrame.join(" "));
  row("1,000 tasks: pan/zoom/scroll (median)", r.medianMs, "ms", limit);
  row("1,000 tasks: pan/zoom/scroll (p95)", r.p95Ms, "ms", limit);
} finally {
  await b.close();
}
process.exit(failed ? 1 : 0);
