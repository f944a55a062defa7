// Where the main thread's time goes while a big result arrives: runs one of
// bigrun.mjs's programs (or a smaller one of the same shape) with Run under
// the CPU profiler (CDP Profiler, main thread only) and prints the
// functions with the most self time between the click and the drawn
// timeline, and the longest main-thread task.
//
//   web/test/with-server.sh node web/test/bench/arrivalprof.mjs [million|tasks N]
import { writeFileSync } from "node:fs";
import { launch, open } from "../browser/harness.js";
import { bigRun, MILLION, TASKS } from "./bigrun.mjs";

const which = process.argv[2] || "million";
const code = which === "tasks" ? TASKS.replace("100_000", process.argv[3] || "100_000") : MILLION;
const b = await launch();
const page = await open(b.ctx, "/");
await page.getByLabel("Live").uncheck();
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
// A mark the profile can be lined up with the page's clock by: 5 ms in a
// function of this name, ending at the time it returns.
const markEnd = await page.evaluate(() => { const f = function colmarkProfile() { const e = performance.now() + 5; while (performance.now() < e); return performance.now(); }; return f(); });
const r = await bigRun(page, code);
const longTasks = await page.evaluate((t0) => window.__longTasks.filter((t) => t.start + t.duration >= t0).map((t) => `${(t.start - t0).toFixed(0)}+${t.duration.toFixed(0)}`), r.t0);
const { profile } = await cdp.send("Profiler.stop");
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
await page.close();
await b.close();

const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const deltas = profile.timeDeltas;
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
// Sample times in the page's clock (ms), by the mark.
const times = [];
let ts = profile.startTime, markAt = 0;
for (let i = 0; i < profile.samples.length; i++) {
  ts += deltas[i];
  times.push(ts);
  if (byId.get(profile.samples[i]).callFrame.functionName === "colmarkProfile") markAt = ts;
}
const pageMs = (/** @type {number} */ us) => (us - markAt) / 1000 + markEnd;
/** The frames of a sample from its outermost script function in, joined. */
const stack = (id) => {
  const names = [];
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = byId.get(n).callFrame;
    if (f.functionName && f.functionName !== "(root)") names.unshift(f.functionName);
  }
  return names.slice(0, 7).join(" > ");
};
for (const lt of longTasks.map((s) => s.split("+").map(Number))) {
  const from = r.t0 + lt[0], to = from + lt[1];
  const by = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const t = pageMs(times[i]);
    if (t < from || t > to) continue;
    const k = stack(profile.samples[i]);
    by.set(k, (by.get(k) || 0) + (deltas[i + 1] || 0) / 1000);
  }
  console.log(`long task at ${lt[0]} ms, ${lt[1]} ms:`);
  for (const [k, ms] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
}
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) || 0) + (deltas[i + 1] || 0) / 1000);
}
console.log(`${which}: ${r.events} events, ${r.lanes} lanes; Run → drawn ${r.ms.toFixed(0)} ms, longest main-thread task ${r.longestMs} ms`);
console.log(`long tasks (ms after the click + ms long): ${longTasks.join(" ")}`);
for (const [k, ms] of [...self].filter(([k]) => !k.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${k}`);
