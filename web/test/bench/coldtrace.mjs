// Where a cold load's time goes: opens the playground in a fresh profile
// (as bench.mjs's cold figure does) under Chromium's tracing, and prints a
// timeline of what happened between navigation start and the engine's first
// run (the first drawn timeline is the seed's result recorded at build time,
// web/tools/firstrun.go), in milliseconds from navigation start:
//   - each request (start → end of response), from the trace's network events;
//   - each user-timing mark and measure the page and the worker record
//     ("taskline: …", web/src/app.js, web/src/worker.js, web/src/client.js);
//   - wasm compilation and instantiation (v8.wasm events), script
//     evaluation and long main-thread tasks.
// Run it with the site served:
//   web/test/with-server.sh node web/test/bench/coldtrace.mjs [RUNS]
// Set COLDTRACE_OUT=file.json to keep the last trace (it opens in Perfetto).
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { launch, BASE } from "../browser/harness.js";

const runs = Number(process.argv[2] || 1);
const CATEGORIES = [
  "devtools.timeline", "blink.user_timing", "v8.wasm", "v8", "loading", "netlog",
  "disabled-by-default-devtools.timeline", "blink.resource", "toplevel",
  ...(process.env.COLDTRACE_DETAIL ? ["disabled-by-default-v8.wasm.detailed", "disabled-by-default-v8.wasm.turbofan"] : []),
].join(",");

/** One cold load under tracing; returns the trace events and the draw time. */
async function traced() {
  const b = await launch();
  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    window.__firstDraw = new Promise((resolve) => {
      document.addEventListener("taskline:rendered", (e) => {
        if (e.detail.events > 0) resolve(performance.now());
      }, true);
    });
  });
  const cdp = await b.ctx.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (m) => events.push(...m.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await page.goto(BASE + "/", { waitUntil: "commit" });
  const drawn = await page.evaluate(() => window.__firstDraw);
  await page.waitForFunction(() => performance.getEntriesByName("taskline: first engine run shown").length > 0, null, { timeout: 60_000 });
  const perf = await page.evaluate(() => ({
    engine: performance.getEntriesByName("taskline: first engine run shown")[0].startTime,
    nav: performance.getEntriesByType("navigation")[0].toJSON(),
    res: performance.getEntriesByType("resource").map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd, size: r.encodedBodySize })),
  }));
  await cdp.send("Tracing.end");
  await complete;
  await b.close();
  return { events, drawn, perf };
}

/** @param {any[]} all @param {number} drawn @param {any} perf */
function summarize(all, drawn, perf) {
  // The trace's clock is microseconds on a monotonic base; navigation start
  // is the page's main-frame navigationStart. Only the page's renderer
  // process counts (the browser's own pages are left out).
  // The navigation event does not always carry the page's address (it can
  // be recorded before the document is known), so the page's renderer is
  // the process that recorded the page's own marks, and its navigation the
  // last main-frame one there.
  const pagePid = all.find((e) => e.cat?.includes("blink.user_timing") && /^taskline: /.test(e.name))?.pid;
  const navs = all.filter((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && (pagePid === undefined || e.pid === pagePid));
  const nav = navs.find((e) => /^http/.test(e.args.data.documentLoaderURL || "")) || navs[navs.length - 1];
  if (!nav) throw new Error("coldtrace: the trace has no navigation of the page");
  const events = all.filter((e) => e.pid === nav.pid);
  const threads = new Map();
  for (const e of all) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}/${e.tid}`, e.args.name);
  const thread = (e) => (threads.get(`${e.pid}/${e.tid}`) || String(e.tid)).replace("DedicatedWorker thread", "worker").replace("CrRendererMain", "main");
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const rows = [];
  const add = (at, dur, what) => rows.push({ at, dur, what });
  // Requests: from the request sent to its last byte, by request id.
  const req = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d || !d.requestId) continue;
    const r = req.get(d.requestId) || {};
    if (e.name === "ResourceSendRequest") { r.url = d.url; r.start = e.ts; r.thread = thread(e); }
    if (e.name === "ResourceReceiveResponse") r.resp = e.ts;
    if (e.name === "ResourceFinish") { r.end = e.ts; r.bytes = d.encodedDataLength; }
    req.set(d.requestId, r);
  }
  for (const r of req.values()) {
    if (!r.url || !r.start || !/^http/.test(r.url)) continue;
    add(ms(r.start), r.end ? (r.end - r.start) / 1000 : NaN, `${r.thread}: fetch ${new URL(r.url).pathname} (${r.bytes ?? "?"} bytes)`);
  }
  // User timing: measures are async begin/end pairs.
  const open = new Map();
  for (const e of events) {
    if (!e.cat?.includes("blink.user_timing")) continue;
    const key = e.name + (e.id2?.local ?? e.id);
    if (e.ph === "b") open.set(key, e);
    else if (e.ph === "e" && open.has(key)) add(ms(open.get(key).ts), (e.ts - open.get(key).ts) / 1000, `${thread(e)}: ${e.name}`);
  }
  // Tasks of 10 ms or more on the page's and the worker's threads, with the
  // CPU time each used (the machine is shared) and, on the worker, how much
  // of it went to compiling wasm functions on their first call (Liftoff).
  const lazy = events.filter((e) => e.name === "wasm.CompileLazy");
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "ThreadControllerImpl::RunTask" || e.dur < 10_000) continue;
    const th = thread(e);
    if (th !== "main" && th !== "worker") continue;
    const inner = events.filter((x) => x.tid === e.tid && x.ts >= e.ts && x.ts < e.ts + e.dur && x.ph === "X" && x.dur > 1000 && /^(v8\.evaluateModule|v8\.compileModule|EvaluateScript|v8\.wasm\.compileConsume|wasm\.\w*Instantiate|Layout|Paint|ParseHTML|FireAnimationFrame|HandlePostMessage|FunctionCall)$/.test(x.name));
    const what = [...new Set(inner.map((x) => x.name.replace(/^v8\./, "")))].join(", ");
    let compile = 0, n = 0;
    for (const c of lazy) if (c.tid === e.tid && c.ts >= e.ts && c.ts < e.ts + e.dur) { compile += c.tdur ?? c.dur; n++; }
    add(ms(e.ts), e.dur / 1000, `${th}: task, ${((e.tdur ?? 0) / 1000).toFixed(0)} ms CPU${n ? `, of which ${(compile / 1000).toFixed(0)} ms compiling ${n} wasm functions` : ""} (${what})`);
  }
  for (const e of events) {
    if (e.name === "wasm.StartStreamingCompilation" || e.name === "wasm.FinishStreaming") add(ms(e.ts), 0, `${thread(e)}: ${e.name}`);
  }
  rows.sort((a, b) => a.at - b.at);
  const lines = rows.map((r) => `${r.at.toFixed(0).padStart(6)} ms ${isNaN(r.dur) || !r.dur ? "       " : ("+" + r.dur.toFixed(0)).padStart(6) + " "} ${r.what}`);
  lines.push(`${drawn.toFixed(0).padStart(6)} ms         first timeline drawn (domContentLoaded at ${perf.nav.domContentLoadedEventEnd.toFixed(0)} ms)`);
  lines.push(`${perf.engine.toFixed(0).padStart(6)} ms         the engine's own first run shown (the first timeline is the seed's recorded result)`);
  // CPU in the background: V8 re-compiling hot wasm functions (TurboFan)
  // and parsing scripts, which on two cores competes with the rest.
  const before = events.filter((e) => e.ts < t0 + perf.engine * 1000);
  const cpu = (f) => before.filter(f).reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const named = (name) => (e) => e.ph === "X" && e.name === name;
  const onThread = (th, name) => (e) => e.ph === "X" && e.name === name && thread(e) === th;
  const tasks = (th) => cpu(onThread(th, "ThreadControllerImpl::RunTask"));
  const wasmCompile = (th) => cpu(onThread(th, "v8.wasm.compileConsume"));
  const lazyCompile = cpu(onThread("worker", "wasm.CompileLazy"));
  lines.push("CPU time used before the engine's first run (thread time, less affected by a busy machine than the clock):");
  lines.push(`  main thread   ${tasks("main").toFixed(0).padStart(5)} ms, of which compiling the wasm module ${wasmCompile("main").toFixed(0)} ms`);
  lines.push(`  worker        ${tasks("worker").toFixed(0).padStart(5)} ms, of which compiling the wasm module ${wasmCompile("worker").toFixed(0)} ms, instantiating ${cpu(onThread("worker", "wasm.SyncInstantiate")).toFixed(0)} ms, compiling wasm functions at their first call ${lazyCompile.toFixed(0)} ms`);
  lines.push(`  background    wasm top tier (TurboFan) ${cpu(named("wasm.TopTierCompilation")).toFixed(0)} ms, script parsing ${cpu(named("v8.parseOnBackgroundParsing")).toFixed(0)} ms, wasm validation ${cpu(named("wasm.ValidateFunctionsStreaming")).toFixed(0)} ms`);
  return lines.join("\n");
}

const figures = [];
let last;
for (let i = 0; i < runs; i++) {
  last = await traced();
  figures.push(last.drawn);
}
console.log(summarize(last.events, last.drawn, last.perf));
console.log(`first drawn at ${figures.map((x) => x.toFixed(0)).join(", ")} ms (under tracing; load average ${loadavg().map((x) => x.toFixed(1)).join(", ")})`);
if (process.env.COLDTRACE_OUT) writeFileSync(process.env.COLDTRACE_OUT, JSON.stringify({ traceEvents: last.events }));
