// Big traces from real runs in the playground, measured in headless
// Chromium against the server in TASKLINE_URL, each printed beside its
// budget in web/test/budget.json ("OVER" when past it):
//   a million events: a Python program whose ten tasks sleep 49,000 times
//     each (980,047 events) run with Run; click → timeline drawn, the
//     main thread's longest task from the click until it is drawn (the
//     result crossing from the worker, decoded, laid out and drawn), then
//     the pan/zoom frames of framebench.js over that trace (median against
//     the frame budget, and p95);
//   100,000 tasks: a program that creates 100,000 tasks (the trace keeps
//     10,000 lanes); click → drawn and the longest main-thread task.
// Exits 1 if any figure exceeds its budget.
import { readFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { launch, open, setCode } from "../browser/harness.js";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const framebench = readFileSync(new URL("../../src/framebench.js", import.meta.url), "utf8").replace(/^export /m, "");

export const MILLION = `import asyncio

async def worker(i, n):
    for _ in range(n):
        await asyncio.sleep(0.001)

async def main():
    await asyncio.gather(*(worker(i, 49_000) for i in range(10)))

asyncio.run(main())
`;
// await + resume per sleep, and each task's create, start, return, done;
// main's gather, await and resume.
export const MILLION_EVENTS = 10 * 49_000 * 2 + 47;

export const TASKS = `import asyncio

async def job(i):
    await asyncio.sleep(0.001 * (i % 10))
    return i

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(100_000)]
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
`;

const rows = [];
let failed = false;
const report = (name, value, unit, limit) => {
  const over = limit !== undefined && value > limit;
  if (over) failed = true;
  rows.push(`${name.padEnd(42)} ${String(typeof value === "number" ? +value.toFixed(1) : value).padStart(10)} ${unit}${limit !== undefined ? `   (budget ${limit}${over ? ", OVER" : ""})` : ""}`);
};

/**
 * Runs `code` with the Run button; resolves when its timeline is drawn,
 * with the time from the click, what the timeline shows, and the longest
 * main-thread task in between (PerformanceObserver "longtask", recorded by
 * the harness; tasks under 50 ms are not reported, so 0 means none).
 */
export async function bigRun(page, code) {
  await setCode(page, code);
  const r = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.addEventListener("taskline:rendered", function f(e) {
      if (!document.getElementById("stop").disabled) return; // a redraw while it runs
      document.removeEventListener("taskline:rendered", f, true);
      resolve({ t0, ms: performance.now() - t0, events: e.detail.events, lanes: e.detail.lanes });
    }, true);
    document.getElementById("run").click();
  }));
  // Long tasks are reported after they end: wait two frames for the last.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const longest = await page.evaluate((t0) => window.__longTasks.filter((t) => t.start + t.duration >= t0).sort((a, b) => b.duration - a.duration)[0] || null, r.t0);
  r.longestMs = longest ? longest.duration : 0;
  // When it began, from the click: a long task while the engine still runs
  // is not the result's arrival (which ends at r.ms).
  r.longestAt = longest ? longest.start - r.t0 : 0;
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const b = await launch();
  const page = await open(b.ctx, "/");
  await page.getByLabel("Live").uncheck();

  const big = await bigRun(page, MILLION);
  if (big.events !== MILLION_EVENTS) throw new Error(`the million-event run drew ${big.events} events, want ${MILLION_EVENTS}`);
  report("1M-event run: Run → timeline drawn", big.ms, "ms");
  report("1M-event run: longest main-thread task", big.longestMs, "ms", budget.bigRunLongTaskMs);
  // The browser reports only tasks of 50 ms or more: 0 means none was that long.
  rows.push(big.longestMs ? `   (it began ${big.longestAt.toFixed(0)} ms after the click)` : "   (no main-thread task of 50 ms or more: the browser reports only those)");
  const f = await page.evaluate(`${framebench}; timeFrames(window.taskline.timeline, { frames: 120, passes: 3 })`);
  report("1M-event run: pan/zoom frame (median)", f.medianMs, "ms", budget.frameMs);
  report("1M-event run: pan/zoom frame (p95)", f.p95Ms, "ms", budget.frameMs);
  rows.push(`   (load average ${loadavg().map((x) => x.toFixed(1)).join(", ")} on ${cpus().length} cores)`);

  const many = await bigRun(page, TASKS);
  report("100,000 tasks: Run → timeline drawn", many.ms, "ms");
  report("100,000 tasks: longest main-thread task", many.longestMs, "ms", budget.bigRunLongTaskMs);
  rows.push(many.longestMs ? `   (it began ${many.longestAt.toFixed(0)} ms after the click)` : "   (no main-thread task of 50 ms or more: the browser reports only those)");
  rows.push(`   (${many.lanes} lanes, ${many.events} events; load average ${loadavg().map((x) => x.toFixed(1)).join(", ")})`);
  await page.close();
  await b.close();
  console.log(rows.join("\n"));
  process.exit(failed ? 1 : 0);
}
