import { launch, open } from "./test/browser/harness.js";
const b = await launch();
for (let k = 0; k < 3; k++) {
const page = await open(b.ctx);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.start");
await page.evaluate(() => { window.__longTasks = []; });
const value = await page.evaluate(() => [...document.querySelectorAll("#examples option")].find((o) => /runaway/i.test(o.textContent)).value);
await page.getByLabel("Examples").selectOption(value);
await page.waitForFunction(() => !document.getElementById("stop").disabled, null, { timeout: 5000 });
for (let i = 0; i < 10; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
await page.waitForTimeout(1500);
const { profile } = await cdp.send("Profiler.stop");
const lt = await page.evaluate(() => window.__longTasks);
console.log("long", lt);
if (lt.length) {
  const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((s, i) => { const n = byId.get(s); const key = n.callFrame.functionName + " " + n.callFrame.url.split("/").pop() + ":" + n.callFrame.lineNumber; self.set(key, (self.get(key) || 0) + (profile.timeDeltas[i] || 0)); });
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join("\n"));
}
await page.getByRole("button", { name: "Stop", exact: true }).click();
await page.close();
}
await b.close();
