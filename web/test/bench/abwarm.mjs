// Two builds side by side: the warm re-run of bench.mjs (Run → the seed
// example's timeline drawn, median of 15 after 3 not counted) on two
// servers' pages in one browser, R rounds taking turns, so that both see
// the same load (on a shared machine one bench run against a figure from
// another hour says little). The old build is served from a copy of the
// tree built elsewhere, e.g. for main:
//
//   git archive main | tar -x -C /tmp/old && cp -r web/node_modules /tmp/old/web/ \
//     && (cd /tmp/old && bash scripts/build.sh)
//   /tmp/old/web/test/with-server.sh bash -c \
//     'A_URL=$TASKLINE_URL '"$PWD"'/web/test/with-server.sh node '"$PWD"'/web/test/bench/abwarm.mjs 6'
//
// prints each round's median for "base" (A_URL) and "mine" (TASKLINE_URL).
import { launch } from "../browser/harness.js";
import { loadavg } from "node:os";
const urls = { base: process.env.A_URL, mine: process.env.TASKLINE_URL };
const R = Number(process.argv[2] || 4);
const b = await launch();
const pages = {};
for (const [k, u] of Object.entries(urls)) {
  const p = await b.ctx.newPage();
  await p.goto(u + "/", { waitUntil: "domcontentloaded" });
  await p.waitForFunction(() => document.documentElement.dataset.ready === "true" && document.getElementById("stop").disabled && Number(document.getElementById("timeline").dataset.events) > 0, null, { timeout: 120_000 });
  pages[k] = p;
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const res = { base: [], mine: [] };
for (let r = 0; r < R; r++) {
  for (const k of r % 2 ? ["mine", "base"] : ["base", "mine"]) {
    const page = pages[k];
    await page.bringToFront();
    const w = [];
    for (let i = 0; i < 18; i++) {
      const ms = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        document.addEventListener("taskline:rendered", () => resolve(performance.now() - t0), { once: true, capture: true });
        document.getElementById("run").click();
      }));
      await page.waitForFunction(() => document.getElementById("stop").disabled);
      if (i >= 3) w.push(ms);
    }
    res[k].push(med(w));
  }
}
await b.close();
for (const k of ["base", "mine"]) console.log(k, res[k].map((x) => x.toFixed(1)).join(" "), " median", med(res[k]).toFixed(1));
console.log("load", loadavg().map((x) => x.toFixed(1)).join(" "));
