// Cold loads of two or more builds of the site, taken in turn, so that a
// change to a first visit is judged against the same minutes of this shared
// machine rather than against figures from another hour. Each build is
// served by its own server; each load is a fresh profile (as bench.mjs's
// cold figure), timed from navigation to the first timeline drawn and to
// the engine's own first run.
//   node web/test/bench/coldab.mjs NAME=URL,NAME=URL[,...] [LOADS] [PATH]
// For example, the last commit's site against this one's:
//   git worktree add /tmp/old HEAD~1 && (cd /tmp/old && ./build.sh)
//   go run serve.go -static /tmp/old/static -addr 127.0.0.1:9101 -build=false -db "" &
//   go run serve.go -addr 127.0.0.1:9102 -build=false -db "" &
//   node web/test/bench/coldab.mjs old=http://127.0.0.1:9101,new=http://127.0.0.1:9102 10
import { launch } from "../browser/harness.js";

const [list, loads = "8", path = "/"] = process.argv.slice(2);
if (!list) {
  console.error("usage: coldab.mjs NAME=URL,NAME=URL[,...] [LOADS] [PATH]");
  process.exit(2);
}
const builds = list.split(",").map((kv) => {
  const i = kv.indexOf("=");
  return { name: kv.slice(0, i), url: kv.slice(i + 1), drawn: [], engine: [] };
});
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

/** One cold load of base + path. */
async function cold(base) {
  const b = await launch();
  try {
    const page = await b.ctx.newPage();
    await page.addInitScript(() => {
      window.__firstDraw = new Promise((resolve) => {
        document.addEventListener("taskline:rendered", (e) => { if (e.detail.events > 0) resolve(performance.now()); }, true);
      });
    });
    await page.goto(base + path);
    const drawn = await page.evaluate(() => window.__firstDraw);
    await page.waitForFunction(() => document.getElementById("stop").disabled && performance.getEntriesByName("taskline: first engine run shown").length > 0, null, { timeout: 60_000 });
    const engine = await page.evaluate(() => performance.getEntriesByName("taskline: first engine run shown")[0].startTime);
    return { drawn, engine };
  } finally {
    await b.close();
  }
}

// In turn, each round starting with the next build, so that none is always first.
for (let i = 0; i < Number(loads); i++) {
  const k = i % builds.length;
  for (const b of builds.slice(k).concat(builds.slice(0, k))) {
    const r = await cold(b.url);
    b.drawn.push(r.drawn);
    b.engine.push(r.engine);
  }
}
for (const b of builds) {
  console.log(`${b.name.padEnd(10)} first timeline drawn: median ${median(b.drawn).toFixed(0)} ms; the engine's own first run: median ${median(b.engine).toFixed(0)} ms  (drawn: ${b.drawn.map((x) => x.toFixed(0)).join(" ")})`);
}
