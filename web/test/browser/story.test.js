// "What happened" on the playground page: the seed's causal chain and its
// finding, whose one-click fix then runs clean; the Go errgroup example's
// first error, context cancel and observers; a step chosen by click or
// Enter highlights its line and its event; the uncaught error shown once.
//
// The expected steps come from reading the programs (line numbers are the
// examples' own), not from the tool's output.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, waitIdle, runAndWait, pickExample, outputText, SHOTS } from "./harness.js";

const SEED = readFileSync(new URL("../../../examples/python/01_gather_self_cancel.py", import.meta.url), "utf8");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The story as drawn: one entry per step, read back from the page. */
function drawnSteps(page) {
  return page.getByRole("region", { name: "What happened" }).locator("li.story-step").evaluateAll((lis) => lis.map((li) => ({
    kind: li.dataset.kind,
    line: Number(li.querySelector("button")?.dataset.line || 0),
    event: li.dataset.event === undefined ? -1 : Number(li.dataset.event),
    text: li.innerText,
  })));
}

test("the seed tells what happened: the self-cancel, its delivery, gather's hand-over, asyncio.run", async () => {
  const page = await open(browser.ctx);
  assert.equal(await page.evaluate(() => window.taskline.editor.value), SEED, "the seed is the first example");
  const story = page.getByRole("region", { name: "What happened" });
  await story.waitFor();
  assert.match(await story.locator(".story-summary").innerText(), /\S/, "a one-sentence summary");
  const steps = await drawnSteps(page);
  const has = (kind, line) => steps.some((s) => s.kind === kind && s.line === line);
  // worker("a") calls asyncio.current_task().cancel() on line 11 ...
  assert.ok(has("cancel-request", 11), `the self-cancel at line 11: ${JSON.stringify(steps)}`);
  // ... the CancelledError lands at its next await, line 12 ...
  assert.ok(has("cancel-delivered", 12), "the delivery at line 12");
  // ... gather() on line 17 hands it to main() ...
  assert.ok(has("propagate", 17), "gather's hand-over at line 17");
  // ... and asyncio.run() on line 21 re-raises it, uncaught.
  assert.ok(steps.some((s) => s.line === 21 && (s.kind === "propagate" || s.kind === "uncaught")), "asyncio.run at line 21");
  const order = ["cancel-request", "cancel-delivered", "propagate"].map((k) => steps.findIndex((s) => s.kind === k));
  assert.deepEqual([...order].sort((a, b) => a - b), order, "in causal order");

  // The uncaught error is shown once: in the alert, in full, not in the output.
  const alert = page.getByRole("alert");
  assert.match(await alert.innerText(), /^Traceback \(most recent call last\):[\s\S]*line 21[\s\S]*line 17[\s\S]*line 12[\s\S]*asyncio\.exceptions\.CancelledError\s*$/);
  const out = await outputText(page);
  assert.equal(out, "a: done, cancelling my own task\n", "the output holds what the program printed, and no traceback");

  const finding = story.locator('article.finding[data-id="self-cancel-in-gather"]');
  await finding.waitFor();
  assert.match(await finding.innerText(), /line 17/);
  // The fix shown as changed lines: line 17 removed, line 17 with return_exceptions=True added.
  assert.match(await finding.locator(".diff del").first().innerText(), /asyncio\.gather\(worker\("a", 0\.1\), worker\("b", 0\.2\)\)/);
  assert.match(await finding.locator(".diff ins").first().innerText(), /return_exceptions=True/);
  assert.match(await finding.locator(".diff .add").first().innerText(), /added, line \d+/, "the added line says so in words");
  assert.match(await finding.getByRole("link", { name: /lesson/i }).getAttribute("href"), /^\/lessons\/[\w-]+\.html$/);
  await page.screenshot({ path: SHOTS + "story-seed.png", fullPage: true });

  // One click opens the fixed program, which runs clean.
  await finding.getByRole("button", { name: "Open the fixed program" }).click();
  await page.waitForFunction(() => /return_exceptions=True/.test(window.taskline.editor.value));
  await waitIdle(page);
  await page.waitForFunction(() => window.taskline.timeline.model.trace.outcome.exitCode === 0 && /^done, exit status 0/.test(document.getElementById("status").textContent), null, { timeout: 20_000 });
  assert.equal(await page.getByRole("alert").count(), 0, "no alert after the fix");
  assert.match(await outputText(page), /results: \[/);
  assert.equal(await story.locator('article.finding[data-id="self-cancel-in-gather"]').count(), 0, "the pitfall is gone");
  await page.close();
});

test("the Go errgroup example shows the first error, the context cancel and each goroutine that saw it", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Language").selectOption("go");
  await waitIdle(page);
  await pickExample(page, "errgroup: the first error");
  assert.match(await page.evaluate(() => window.taskline.editor.value), /g\.Go\(func\(\) error \{ return fetch\(ctx, "orders", 200\*time\.Millisecond, true\) \}\)/);
  const steps = await drawnSteps(page);
  const tasks = await page.evaluate(() => window.taskline.timeline.model.trace.tasks.map((t) => t.pos.line));
  const storyTasks = await page.evaluate(() => window.taskline.story.steps.map((s) => ({ kind: s.kind, task: s.task })));
  // "orders" (started on line 30) fails at 200ms: the group's first error ...
  const first = storyTasks.filter((s) => s.kind === "errgroup-first-error");
  assert.equal(first.length, 1, `one first error: ${JSON.stringify(steps)}`);
  assert.equal(tasks[first[0].task], 30, "from the goroutine started on line 30");
  // ... which cancels the group's context ...
  assert.ok(steps.some((s) => s.kind === "ctx-cancel"), "the context cancel");
  // ... seen by "invoices" (1s, line 31) and "reports" (2s, line 32); "users" had finished at 100ms.
  const observers = storyTasks.filter((s) => s.kind === "ctx-observed").map((s) => tasks[s.task]).sort();
  assert.deepEqual(observers, [31, 32]);
  assert.equal(await page.getByRole("alert").count(), 0, "the program itself ends well");
  await page.screenshot({ path: SHOTS + "story-errgroup.png", fullPage: true });
  await page.close();
});

test("choosing a step highlights its line in the editor and selects its event", async () => {
  const page = await open(browser.ctx);
  const story = page.getByRole("region", { name: "What happened" });
  const step = story.locator('li.story-step[data-kind="cancel-delivered"]').first();
  await step.getByRole("button").click();
  const line = Number(await step.getByRole("button").getAttribute("data-line"));
  const event = Number(await step.getAttribute("data-event"));
  const want = SEED.split("\n")[line - 1];
  const marked = () => page.evaluate(() => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-event")].map((e) => e.textContent));
  await page.waitForFunction((w) => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-event")].some((e) => e.textContent === w), want, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(await marked(), [want]);
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), event, "the step's event is selected on the timeline");
  assert.equal(await page.locator("#scrub").inputValue(), String(event));
  assert.equal(await step.getAttribute("aria-current"), "step");

  // By keyboard: focus another step and press Enter.
  const other = story.locator('li.story-step[data-kind="cancel-request"]').first();
  const line2 = Number(await other.getByRole("button").getAttribute("data-line"));
  await other.getByRole("button").focus();
  await page.keyboard.press("Enter");
  const want2 = SEED.split("\n")[line2 - 1];
  await page.waitForFunction((w) => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-event")].some((e) => e.textContent === w), want2, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(await marked(), [want2]);
  assert.equal(await other.getAttribute("aria-current"), "step");
  assert.equal(await step.getAttribute("aria-current"), null);

  // The other way round: selecting the event on the timeline marks its step.
  await page.evaluate((i) => window.taskline.timeline.select(i), event);
  assert.equal(await step.getAttribute("aria-current"), "step");
  await page.close();
});

test("a re-run that shows the same keeps the page's elements, and its buttons act on the new run; a changed program replaces them", async () => {
  const page = await open(browser.ctx);
  const story = page.getByRole("region", { name: "What happened" });
  await story.locator("li.story-step").first().waitFor();
  // Tag what the page shows now: the output's text, the alert, the story's
  // steps and finding, the lane labels.
  const shown = () => [document.querySelector("#output span"), document.querySelector("#error .last"), document.querySelector("#story li.story-step"),
    document.querySelector("#story article.finding"), [...document.querySelectorAll("#timeline .tl-lane")].find((e) => e.textContent.includes("worker('b'"))];
  const tag = () => page.evaluate((f) => {
    const els = (0, eval)(f)();
    els.forEach((e, i) => { if (e) e.__tag = i + 1; });
    return els.map((e) => !!e);
  }, `(${shown})`);
  const tagged = () => page.evaluate((f) => (0, eval)(f)().map((e) => (e && e.__tag) || 0), `(${shown})`);
  assert.deepEqual(await tag(), [true, true, true, true, true], "the seed shows output, an error, a story with a finding, and lanes");

  // Choose a step, then run the same program again.
  const step = story.locator('li.story-step[data-kind="cancel-delivered"]').first();
  await step.getByRole("button").click();
  assert.equal(await step.getAttribute("aria-current"), "step");
  await runAndWait(page);
  await waitIdle(page);
  assert.deepEqual(await tagged(), [1, 2, 3, 4, 5], "the same output, error, story and lanes: the same elements");
  assert.equal(await step.getAttribute("aria-current"), null, "a new run has no step chosen");
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), -1);
  // The kept step still selects its event on the new run's timeline.
  await step.getByRole("button").click();
  const event = Number(await step.getAttribute("data-event"));
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), event);

  // A program that prints something else and fails elsewhere: all new.
  await page.evaluate((src) => { window.taskline.editor.value = src; }, SEED.replace("cancelling my own task", "cancelling myself").replace('worker("b", 0.2)', 'worker("b", 0.3)'));
  await runAndWait(page);
  await waitIdle(page);
  assert.match(await outputText(page), /^a: done, cancelling myself\n$/);
  const now = await tagged();
  assert.equal(now[0], 0, "new output, new text");
  assert.equal(now[4], 0, "worker('b', 0.3)'s lane has a new label");
  // The story is told anew, in the elements that were there: only what
  // differs changed.
  const storyText = await story.textContent();
  assert.match(storyText, /worker\('b', 0\.3\)/);
  assert.doesNotMatch(storyText, /worker\('b', 0\.2\)/, "nothing of the last run's story is left");
  assert.equal(now[2], 3, "the first step shows the same task, so its element is kept");
  // The rebuilt finding's button opens the fix of this program, not the last one's.
  await story.locator('article.finding[data-id="self-cancel-in-gather"]').getByRole("button", { name: "Open the fixed program" }).click();
  await page.waitForFunction(() => /return_exceptions=True/.test(window.taskline.editor.value) && /0\.3/.test(window.taskline.editor.value));
  await waitIdle(page);
  await page.close();
});

test("the error's line stays marked through an edit: moved with its text when the run fails there again, moved to the new line when it fails elsewhere; the traceback's lines go to the new run's lines", async () => {
  const page = await open(browser.ctx);
  await page.evaluate(() => { /** @type {HTMLInputElement} */ (document.getElementById("live")).checked = false; });
  const marked = () => page.evaluate(() => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-error")].map((e) => e.textContent));
  const delivered = "    await asyncio.sleep(0)  # CancelledError is delivered here";
  assert.deepEqual(await marked(), [delivered]);
  // A line added above: the mark goes down with its line, and the run,
  // which fails there again, leaves it there.
  await page.evaluate((src) => { window.taskline.editor.value = src; }, "# moved down a line\n" + SEED);
  assert.deepEqual(await marked(), [delivered], "the mark moved with the edit");
  await runAndWait(page);
  await waitIdle(page);
  assert.match(await page.locator("#error").textContent(), /line 13, in worker/);
  assert.deepEqual(await marked(), [delivered]);
  // The traceback's line, a button, shows that line in the editor: the
  // new run's line, in the alert kept from the last one.
  await page.locator("#error").getByRole("button", { name: /line 13, in worker/ }).click();
  const cursorLine = () => page.evaluate(() => { const v = window.taskline.editor.view; return v.state.doc.lineAt(v.state.selection.main.head).number; });
  assert.equal(await cursorLine(), 13);
  // A program that fails on another line: the mark is there, and only there.
  await page.evaluate((src) => { window.taskline.editor.value = src; }, SEED.replace('print(f"{name}: done, cancelling my own task")', "1 / 0"));
  await runAndWait(page);
  await waitIdle(page);
  assert.match(await page.locator("#error").textContent(), /ZeroDivisionError/);
  assert.deepEqual(await marked(), ["    1 / 0"]);
  await page.close();
});
