// The story outside the playground page, in headless Chromium:
// - the /embed iframe runs the seed and shows "What happened" and the
//   self-cancel-in-gather finding, whose fix runs clean there too;
// - a lesson page shows the story pre-rendered (as text without the script,
//   drawn by the element with it), and the element draws the timeline from
//   the inlined trace.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const SHOTS = new URL("../../../test/screenshots/", import.meta.url).pathname;
const SEED = readFileSync(new URL("../../../../examples/python/01_gather_self_cancel.py", import.meta.url), "utf8");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser, profile;
const base = process.env.TASKLINE_URL;

before(async () => {
  assert.ok(base, "run under web/test/with-server.sh (TASKLINE_URL)");
  profile = mkdtempSync(join(tmpdir(), "taskline-story-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS, viewport: { width: 1100, height: 900 },
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens a page, collecting page errors. */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  await page.goto(url);
  return { page, errors };
}

/** The kinds and lines of the steps a playground element draws. */
const steps = (play) => play.getByRole("region", { name: "What happened" }).locator("li.story-step")
  .evaluateAll((lis) => lis.map((li) => `${li.dataset.kind}@${li.querySelector("button")?.dataset.line || 0}`));

test("the /embed iframe shows what happened, and the one-click fix runs clean", async () => {
  const { page, errors } = await open(`${base}/embed#lang=python&code=${Buffer.from(SEED).toString("base64url")}`);
  await page.waitForFunction(() => customElements.get("taskline-playground"));
  const play = page.locator("taskline-playground");
  await play.getByRole("button", { name: "Run" }).click();
  const story = play.getByRole("region", { name: "What happened" });
  await story.locator("li.story-step").first().waitFor({ timeout: 30_000 });
  const got = await steps(play);
  // Read from the program: the self-cancel (line 11), its delivery at the
  // next await (12), gather() handing it to main() (17).
  for (const want of ["cancel-request@11", "cancel-delivered@12", "propagate@17"]) assert.ok(got.includes(want), `${want} in ${got}`);
  // The error once: in the alert, not in the output.
  assert.match(await play.getByRole("alert").innerText(), /Traceback[\s\S]*asyncio\.exceptions\.CancelledError\s*$/);
  assert.equal(await play.getByRole("region", { name: "Output" }).innerText(), "a: done, cancelling my own task\n");

  const finding = story.locator('article.finding[data-id="self-cancel-in-gather"]');
  await finding.waitFor();
  assert.match(await finding.locator(".diff ins").first().innerText(), /return_exceptions=True/);
  // Clicking a step selects the step's line in the code.
  await story.locator('li.story-step[data-kind="cancel-delivered"] button').first().click();
  const selected = await play.getByLabel("Code").evaluate((ta) => ta.value.slice(ta.selectionStart, ta.selectionEnd));
  assert.equal(selected, SEED.split("\n")[11]);
  await page.screenshot({ path: join(SHOTS, "story-embed.png"), fullPage: true });

  await finding.getByRole("button", { name: "Open the fixed program" }).click();
  await page.waitForFunction(() => {
    const p = document.querySelector("taskline-playground");
    return p.trace && p.trace.outcome.exitCode === 0 && !p.running;
  }, null, { timeout: 30_000 });
  assert.match(await play.getByLabel("Code").inputValue(), /return_exceptions=True/);
  assert.equal(await play.getByRole("alert").count(), 0, "no alert after the fix");
  assert.match(await play.getByRole("region", { name: "Output" }).innerText(), /results: \[/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a lesson page shows the story of each run, pre-rendered, and the element's timeline", async () => {
  // Without the script: the story is in the page as text.
  const bare = await browser.newPage();
  await bare.route("**/lesson.js", (r) => r.abort());
  await bare.goto(`${base}/lessons/01-gather-self-cancel.html`);
  const first = bare.locator("taskline-playground").first();
  const text = first.getByRole("region", { name: "What happened" });
  await text.waitFor();
  // The lesson's first program: job b cancels itself (line 8), the error is
  // delivered at its next await (9), gather() on line 15 hands it to main().
  const kinds = await text.locator("li.story-step").evaluateAll((lis) => lis.map((li) => `${li.dataset.kind}@${(li.querySelector(".story-line")?.textContent || "line 0").replace("line ", "")}`));
  for (const want of ["cancel-request@8", "cancel-delivered@9", "propagate@15"]) assert.ok(kinds.includes(want), `${want} in ${kinds}`);
  assert.equal(await first.locator('.finding[data-id="self-cancel-in-gather"]').count(), 1, "the pitfall, named");
  await bare.close();

  // With it: the element draws the same story, and the timeline from the trace in the page.
  const { page, errors } = await open(`${base}/lessons/01-gather-self-cancel.html`);
  await page.waitForFunction(() => {
    const t = document.querySelector("taskline-playground")?.shadowRoot?.querySelector("[aria-label=Timeline]");
    return t && t.querySelector("canvas")?.width > 0 && Number(t.dataset.lanes) >= 4;
  }, null, { timeout: 15_000 });
  const play = page.locator("taskline-playground").first();
  assert.deepEqual(await steps(play), kinds, "the element draws the pre-rendered story");
  assert.equal(await play.locator('article.finding[data-id="self-cancel-in-gather"]').count(), 1);
  await page.screenshot({ path: join(SHOTS, "story-lesson.png"), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});
