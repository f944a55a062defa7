// A big trace from a real run, through the page's real path: the engine in
// the worker records it, hands it over in the trace's binary form
// (transferred), the client decodes it in slices, and the timeline, the
// scrubber and the step counter show it. The program's ten tasks each
// sleep 15,000 times; each sleep is an "await" and a "resume" event, and
// each task adds its create, start, return and done, main its gather, its
// await and resume of it and its print (48 in all): 300,048 events, three
// times the command line's cap, which the page's cap (1,000,000) keeps
// whole.
// Correctness only; ./build.sh bench times a million events.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, setCode, waitIdle } from "./harness.js";

const N = 15_000, EVENTS = 10 * N * 2 + 48;
const PROGRAM = `import asyncio

async def worker(i, n):
    for _ in range(n):
        await asyncio.sleep(0.001)
    return i

async def main():
    print(sum(await asyncio.gather(*(worker(i, ${N}) for i in range(10)))))

asyncio.run(main())
`;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a real run of 300,048 events arrives whole: events, lanes, scrubber, output", async () => {
  const page = await open(browser.ctx, "/");
  await page.getByLabel("Live").uncheck();
  await setCode(page, PROGRAM);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction((n) => document.getElementById("timeline").dataset.events === String(n), EVENTS, { timeout: 240_000 });
  await waitIdle(page, 60_000);
  const tl = page.locator('[aria-label="Timeline"]');
  // Eleven tasks (main and ten workers) and the event loop's lane, where
  // asyncio.run() creates main.
  assert.equal(await tl.getAttribute("data-lanes"), "12");
  assert.match(await page.locator("#step").textContent(), new RegExp(`^${EVENTS} events, 11 tasks$`));
  assert.equal(await page.locator("#scrub").getAttribute("max"), String(EVENTS - 1));
  assert.match(await page.getByRole("region", { name: "Output" }).locator("pre").textContent(), /^45\n?$/);
  // Nothing on the page made the events' objects: it read the columns the
  // result arrived as (timeline/columns.js), and trace.events is made only
  // now, on this first read.
  assert.equal(await page.evaluate(() => typeof Object.getOwnPropertyDescriptor(window.taskline.timeline.model.trace, "events")?.get), "function");
  // The decoded events are the ones the program made, in order: every
  // worker's last sleep resumed at line 5, and the trace ends with main
  // finishing; none was dropped.
  const got = await page.evaluate(() => {
    const t = window.taskline.timeline.model.trace, evs = t.events;
    const resumes = evs.filter((e) => e.kind === "resume" && e.detail === "sleep 0.001" && e.pos.line === 5).length;
    return { resumes, dropped: t.dropped || 0, last: evs[evs.length - 1], spansOk: t.spans.every((s) => s.start <= s.end && s.from <= s.to) };
  });
  assert.equal(got.resumes, 10 * N);
  assert.equal(got.dropped, 0);
  assert.equal(got.spansOk, true);
  assert.deepEqual({ kind: got.last.kind, task: got.last.task }, { kind: "done", task: 0 });
  await page.close();
});
