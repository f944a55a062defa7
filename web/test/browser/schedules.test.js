// The Schedules control (web/src/schedules.js): the race example, whose
// winner depends on which goroutine Go's scheduler runs first, gives both
// winners over seeds 0–19; the outcomes are listed with their seeds;
// choosing one (by keyboard) draws that run; Stop ends a long batch; the
// control is only offered for Go.
//
// What the program can print is read from the program: one of the two
// names wins, nothing else.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, waitIdle, pickExample, outputText } from "./harness.js";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const region = (page) => page.getByRole("region", { name: "Schedules" });

/** Switches to Go and opens the race example. */
async function race(page) {
  await page.getByLabel("Language").selectOption("go");
  await page.waitForFunction(() => window.taskline.editor.value.startsWith("// Title:"), null, { timeout: 60_000 });
  await waitIdle(page, 60_000);
  await pickExample(page, "A race: run it with several seeds");
}

test("a race over 20 seeds shows both winners; choosing one draws its run", async () => {
  const page = await open(browser.ctx);
  assert.equal(await region(page).isVisible(), false, "Python: no schedules to explore");
  await race(page);
  const sched = region(page);
  assert.ok(await sched.isVisible(), "Go: the control is offered");
  assert.match(await outputText(page), /^winner: (alice|bob)\n$/);
  const first = (await outputText(page)).trim();

  // Keyboard only: type N, Enter starts the batch.
  const n = sched.getByLabel("How many seeds");
  await n.fill("20");
  await n.press("Enter");
  await page.waitForFunction(() => document.getElementById("schedules").dataset.outcomes !== undefined && !document.getElementById("schedules").dataset.running, null, { timeout: 120_000 });
  const outcomes = await sched.locator("li.sched-outcome").evaluateAll((lis) => lis.map((li) => ({
    stdout: li.querySelector(".sched-stdout")?.textContent || "",
    seeds: li.querySelector(".sched-seeds")?.textContent || "",
    button: li.querySelector("button")?.textContent || "",
  })));
  assert.ok(outcomes.length >= 2, `two winners over 20 schedules, got ${JSON.stringify(outcomes)}`);
  assert.deepEqual(outcomes.map((o) => o.stdout).sort(), ["winner: alice", "winner: bob"]);
  // Every seed is listed once, and the counts add up to the 20 runs.
  const seeds = outcomes.flatMap((o) => o.seeds.replace(/^seeds? /, "").split(", ").flatMap((r) => {
    const [a, b] = r.split("–").map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }));
  assert.deepEqual(seeds.sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
  for (const o of outcomes) assert.match(o.button, /: \d+ of 20 runs, exit status 0 — show seed \d+$/);
  assert.match(await sched.locator(".sched-status").textContent(), /^20 runs, 2 distinct outcomes: the outcome depends on the schedule$/);
  // Seed 0 is the schedule Run uses: it is the first outcome listed.
  assert.equal(outcomes[0].stdout, first);

  // Show the other winner with the keyboard; the output and timeline are its.
  const other = outcomes.findIndex((o) => o.stdout !== first);
  const button = sched.locator("li.sched-outcome button").nth(other);
  const drawn = await page.evaluate(() => window.__rendered);
  await button.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((k) => window.__rendered > k, drawn);
  assert.equal((await outputText(page)).trim(), outcomes[other].stdout);
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  assert.ok(Number(await page.locator("#timeline").getAttribute("data-events")) > 0, "its timeline is drawn");
  assert.match(await page.locator("#status").textContent(), /^seed \d+: .*exit status 0$/);

  // Editing the program drops outcomes that were of the old one.
  await page.evaluate(() => { window.taskline.editor.value = window.taskline.editor.value.replace("winner:", "first:"); });
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll("#schedules li.sched-outcome").length === 0);
  await page.close();
});

test("Stop ends a long batch and the page answers while it runs", async () => {
  const page = await open(browser.ctx);
  await race(page);
  const sched = region(page);
  await sched.getByLabel("How many seeds").fill("500");
  await sched.getByRole("button", { name: "Run schedules" }).click();
  // Wait until a few runs are listed, then stop; while it runs the page
  // still takes input (the lane filter reacts).
  await page.waitForFunction(() => /running seed ([3-9]|\d\d+)/.test(document.querySelector("#schedules .sched-status").textContent));
  await page.getByLabel("Filter lanes").fill("no such lane");
  await page.waitForFunction(() => document.getElementById("timeline").dataset.rows === "0");
  await page.getByLabel("Filter lanes").fill("");
  await sched.getByRole("button", { name: "Stop schedules" }).click();
  await page.waitForFunction(() => !document.getElementById("schedules").dataset.running);
  const status = await sched.locator(".sched-status").textContent();
  const m = /^stopped after (\d+) runs?, (\d+) distinct outcomes? \(of 500 seeds\)$/.exec(status);
  assert.ok(m, status);
  assert.ok(Number(m[1]) >= 3 && Number(m[1]) < 500, status);
  assert.equal(await sched.getByRole("button", { name: "Run schedules" }).isEnabled(), true);
  assert.equal(await sched.getByRole("button", { name: "Stop schedules" }).isEnabled(), false);
  // The engine is free again: Run works.
  const drawn = await page.evaluate(() => window.__rendered);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction((k) => window.__rendered > k, drawn);
  assert.match(await outputText(page), /^winner: (alice|bob)\n$/);
  await page.close();
});
