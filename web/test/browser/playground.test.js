// The playground as a user meets it: the seed example's lanes and
// traceback, the two fixes, the keyboard, Stop, stepping, export, links.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, waitIdle, runAndWait, pickExample, outputText, setCode, SHOTS } from "./harness.js";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the page has the controls the design names", async () => {
  const page = await open(browser.ctx, "/", { waitRun: false });
  await page.getByLabel("Code").waitFor();
  for (const name of ["Run", "Stop", "Share"]) await page.getByRole("button", { name, exact: true }).waitFor();
  await page.getByLabel("Language").waitFor();
  await page.getByRole("region", { name: "Output" }).waitFor();
  await page.locator('[aria-label="Timeline"][data-lanes][data-events]').waitFor();
  const titles = await page.locator("#examples option").allTextContents();
  assert.ok(titles.length - 1 >= 12, `${titles.length - 1} examples`);
  assert.match(titles[1], /gather/i);
  await page.close();
});

test("the seed example shows lanes, the cancel arrow and the CancelledError traceback", async () => {
  const page = await open(browser.ctx);
  const tl = page.locator('[aria-label="Timeline"]');
  assert.ok(Number(await tl.getAttribute("data-lanes")) >= 3, "at least three lanes");
  assert.ok(Number(await tl.getAttribute("data-events")) > 0);
  const names = await page.evaluate(() => window.taskline.timeline.model.trace.tasks.map((t) => t.name));
  assert.deepEqual(names.slice(0, 3), ["Task-1", "Task-2", "Task-3"]);
  const arrows = await page.evaluate(() => window.taskline.timeline.model.arrows.filter((a) => a.kind === "cancel").length);
  assert.ok(arrows >= 1, "a cancel arrow");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const text = (await alert.innerText()).trim().split("\n");
  assert.equal(text[text.length - 1], "asyncio.exceptions.CancelledError");
  assert.match(await alert.innerText(), /Traceback \(most recent call last\):/);
  assert.match(await outputText(page), /a: done, cancelling my own task/);
  await page.screenshot({ path: SHOTS + "seed.png", fullPage: true });

  // Each traceback frame is a button that moves the editor to its line.
  const frames = alert.locator("button.frame");
  assert.ok((await frames.count()) >= 2);
  const last = frames.last();
  const line = Number(await last.getAttribute("data-line"));
  await last.click();
  const active = await page.evaluate(() => window.taskline.editor.view.state.doc.lineAt(window.taskline.editor.view.state.selection.main.head).number);
  assert.equal(active, line);
  await page.close();
});

test("the two fixes run to completion with their results", async () => {
  const page = await open(browser.ctx);
  await pickExample(page, "Fix 1");
  assert.match(await outputText(page), /results: \[CancelledError\(''\), CancelledError\(''\)\]/);
  assert.equal(await page.getByRole("alert").count(), 0, "no alert is visible");
  await pickExample(page, "Fix 2");
  assert.match(await outputText(page), /results: \['a cancelled', 'b cancelled'\]/);
  assert.equal(await page.getByRole("alert").count(), 0);
  await page.close();
});

test("Ctrl+Enter runs the program in the editor", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Live").uncheck();
  await setCode(page, "print('from the keyboard')\n");
  await page.getByLabel("Code").click();
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction(() => document.getElementById("output").textContent.includes("from the keyboard"), null, { timeout: 20_000 });
  await page.close();
});

test("Live mode re-runs after an edit and keeps the zoom", async () => {
  const page = await open(browser.ctx);
  await page.locator('[aria-label="Timeline"]').focus();
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  const before = await page.evaluate(() => { const v = window.taskline.timeline.view; return v.u1 - v.u0; });
  await page.getByLabel("Code").click();
  await page.keyboard.press("Control+End");
  await page.evaluate(() => { window.__oldTrace = window.taskline.timeline.model.trace; });
  await page.keyboard.type("\n# edited live\n");
  await page.waitForFunction(() => window.taskline.timeline.model.trace !== window.__oldTrace, null, { timeout: 20_000 });
  await waitIdle(page);
  const after = await page.evaluate(() => { const v = window.taskline.timeline.view; return v.u1 - v.u0; });
  assert.ok(Math.abs(after - before) < 1e-6, `zoom width ${before} → ${after}`);
  await page.close();
});

test("Live mode shows a syntax error in place and keeps the last good timeline", async () => {
  const page = await open(browser.ctx);
  const lanes = await page.locator('[aria-label="Timeline"]').getAttribute("data-lanes");
  await page.getByLabel("Code").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\nx = = 1\n");
  await page.waitForFunction(() => /SyntaxError/.test(document.getElementById("error").textContent), null, { timeout: 20_000 });
  assert.equal(await page.locator('[aria-label="Timeline"]').getAttribute("data-lanes"), lanes);
  assert.equal(await page.locator('[aria-label="Timeline"]').getAttribute("data-stale"), "true");
  // The error's line is marked in the editor.
  const marked = await page.evaluate(() => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-error")].map((e) => e.textContent));
  assert.deepEqual(marked, ["x = = 1"]);
  await page.close();
});

test("Stop ends a runaway loop and keeps its output; the page stays responsive", async () => {
  const page = await open(browser.ctx);
  const value = await page.evaluate(() => [...document.querySelectorAll("#examples option")].find((o) => /runaway/i.test(o.textContent)).value);
  await page.getByLabel("Examples").selectOption(value);
  await page.waitForFunction(() => !document.getElementById("stop").disabled, null, { timeout: 5000 });
  // While it runs (in the worker: the main thread runs no engine, which
  // robust.test.js checks), the main thread keeps drawing frames and
  // answering. How long each frame takes depends on the machine's load, so
  // no wall-clock limit is asserted here.
  // Stop soon after the first streamed line: the example spends its 50M-step
  // budget in a few seconds on a fast machine, so a fixed wait would race it.
  await page.waitForFunction(() => /starting/.test(window.taskline.printed().stdout), null, { timeout: 20_000 });
  for (let i = 0; i < 10; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  assert.equal(await page.locator("#stop").isDisabled(), false, "still running after ten frames");
  // The status says "running…" once a run has gone on for a moment (a quick
  // run is drawn before then, without it).
  await page.waitForFunction(() => /running…/.test(document.getElementById("status").textContent), null, { timeout: 5000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  assert.match(await page.locator("#status").textContent(), /^stopped/);
  // The page says "stopped" at once; the stopped run's timeline follows
  // when the engine hands its trace back, however busy the machine is.
  await page.waitForFunction(() => window.taskline.timeline.model.trace.outcome.kind === "stopped", null, { timeout: 20_000 });
  await waitIdle(page);
  assert.match(await outputText(page), /starting/);
  assert.ok(Number(await page.locator('[aria-label="Timeline"]').getAttribute("data-lanes")) >= 1, "partial timeline");
  await page.close();
});

test("the arrow keys step through events and highlight each one's line", async () => {
  const page = await open(browser.ctx);
  const tl = page.locator('[aria-label="Timeline"]');
  await tl.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator("#step").textContent(), /^#2 /);
  assert.equal(await page.locator("#scrub").inputValue(), "2");
  await page.keyboard.press("ArrowLeft");
  assert.match(await page.locator("#step").textContent(), /^#1 /);
  const line = await page.evaluate(() => window.taskline.timeline.model.trace.events[1].pos.line);
  if (line > 0) {
    const src = await page.evaluate((l) => window.taskline.editor.view.state.doc.line(l).text, line);
    // CodeMirror may draw the decoration in its next animation frame.
    const hl = await page.waitForFunction((want) => {
      const got = [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-event")].map((e) => e.textContent);
      return got.length === 1 && got[0] === want ? got : null;
    }, src, { timeout: 5000 }).then((h) => h.jsonValue(), async () => page.evaluate(() => [...document.getElementById("editor").shadowRoot.querySelectorAll(".cm-tl-event")].map((e) => e.textContent)));
    assert.deepEqual(hl, [src]);
  }
  await page.close();
});

test("Run again with the same result leaves the canvas as it is, unless the view or the selection changed", async () => {
  const page = await open(browser.ctx);
  const draws = () => page.evaluate(() => window.taskline.timeline.draws);
  const n = await draws();
  await runAndWait(page);
  assert.equal(await draws(), n, "the same result again: nothing drawn, taskline:rendered said");
  // A selected event: Run clears the selection, which is a redraw.
  await page.locator('[aria-label="Timeline"]').focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), 0);
  const selected = await draws();
  await runAndWait(page);
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), -1);
  assert.ok(await draws() > selected, "drawn without the selection");
  // Zoomed in: Run fits the whole run again, which is a redraw.
  await page.evaluate(() => window.taskline.timeline.zoomBy(4));
  await page.waitForFunction(() => !window.taskline.timeline.pending);
  const zoomed = await draws();
  await runAndWait(page);
  assert.equal(await page.evaluate(() => window.taskline.timeline.fitted), true);
  assert.ok(await draws() > zoomed, "drawn fitted");
  // A different result is drawn.
  const same = await draws();
  await setCode(page, (await page.evaluate(() => window.taskline.editor.value)).replace("0.2)", "0.3)"));
  await runAndWait(page);
  assert.ok(await draws() > same, "a changed program's run is drawn");
  await page.close();
});

test("zoom and pan by keyboard keep the view inside the run", async () => {
  const page = await open(browser.ctx);
  const tl = page.locator('[aria-label="Timeline"]');
  await tl.focus();
  const v0 = await page.evaluate(() => ({ ...window.taskline.timeline.view }));
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  const v1 = await page.evaluate(() => ({ ...window.taskline.timeline.view }));
  assert.ok(v1.u1 - v1.u0 < (v0.u1 - v0.u0) / 2, "zoomed in");
  await page.keyboard.press("Shift+ArrowRight");
  const v2 = await page.evaluate(() => ({ ...window.taskline.timeline.view }));
  assert.ok(v2.u0 > v1.u0, "panned right");
  await page.keyboard.press("0");
  const v3 = await page.evaluate(() => ({ ...window.taskline.timeline.view }));
  assert.deepEqual([v3.u0, v3.u1], [v0.u0, v0.u1]);
  await page.close();
});

test("the trace exports as Chrome trace JSON, SVG and PNG", async () => {
  const page = await open(browser.ctx);
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Chrome trace" }).click()]);
  const json = JSON.parse(readFileSync(await dl.path(), "utf8"));
  const threads = json.traceEvents.filter((e) => e.name === "thread_name").map((e) => e.args.name);
  // Threads are named by label, then name ("main() · Task-1"), as docs/TRACE.md says.
  const has = (n) => threads.some((t) => t === n || t.endsWith(` · ${n}`));
  assert.ok(has("Task-1") && has("Task-2"), `threads: ${threads}`);
  assert.ok(json.traceEvents.some((e) => e.ph === "s" && e.name === "cancel"), "a cancel flow");
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  assert.match(readFileSync(await svg.path(), "utf8"), /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*Task-1[\s\S]*<\/svg>$/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
  assert.deepEqual([...readFileSync(await png.path()).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await page.close();
});

test("a #lang=python&code= link opens and runs its program; Share makes a link back", async () => {
  const code = "print('opened from a link: ü')\n";
  const b64 = Buffer.from(code, "utf8").toString("base64url");
  const page = await open(browser.ctx, `/#lang=python&code=${b64}`);
  assert.equal(await page.evaluate(() => window.taskline.editor.value), code);
  assert.match(await outputText(page), /opened from a link: ü/);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = page.getByLabel("Link");
  await page.waitForFunction(() => document.getElementById("share-url").value !== "");
  const url = await link.inputValue();
  const again = await open(browser.ctx, new URL(url).pathname + new URL(url).hash);
  assert.equal(await again.evaluate(() => window.taskline.editor.value), code);
  await again.close();
  await page.close();
});

test("the page works on a phone-sized screen", async () => {
  const page = await open(browser.ctx, "/", { waitRun: false });
  await page.setViewportSize({ width: 390, height: 800 });
  await waitIdle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: SHOTS + "phone.png", fullPage: true });
  await page.close();
});

test("Python 3.7 mode reports the 3.7 CancelledError", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Python version").selectOption("3.7");
  await page.waitForFunction(() => /concurrent\.futures\._base\.CancelledError/.test(document.getElementById("error").textContent), null, { timeout: 20_000 });
  const text = (await page.getByRole("alert").innerText()).trim().split("\n");
  assert.equal(text[text.length - 1], "concurrent.futures._base.CancelledError");
  await page.close();
});

test("Go mode runs a Go program", async () => {
  const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tdone := make(chan string)\n\tgo func() { done <- "from a goroutine" }()\n\tfmt.Println(<-done)\n}\n';
  const b64 = Buffer.from(code, "utf8").toString("base64url");
  const page = await open(browser.ctx, `/#lang=go&code=${b64}`);
  assert.equal(await page.getByLabel("Language").inputValue(), "go");
  assert.match(await outputText(page), /from a goroutine/);
  assert.ok(Number(await page.locator('[aria-label="Timeline"]').getAttribute("data-lanes")) >= 2, "main and the goroutine");
  await page.close();
});

test("hovering a lane describes what is under the pointer", async () => {
  const page = await open(browser.ctx);
  // "What happened" sits above the timeline: bring the timeline into view.
  await page.locator('[aria-label="Timeline"] canvas').scrollIntoViewIfNeeded();
  const box = await page.locator('[aria-label="Timeline"] canvas').boundingBox();
  const y = await page.evaluate(() => window.taskline.timeline.laneY(0)); // Task-1's middle
  await page.mouse.move(box.x + box.width * 0.5, box.y + y);
  const tip = page.locator(".tl-tip");
  await tip.waitFor({ state: "visible" });
  assert.match(await tip.textContent(), /Task-1/);
  await page.close();
});

test("Play animates through the run and selects events on the way", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Speed").selectOption("4");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(() => document.getElementById("play").getAttribute("aria-pressed") === "true");
  await page.waitForFunction(() => document.getElementById("play").getAttribute("aria-pressed") === "false", null, { timeout: 10_000 });
  const sel = await page.evaluate(() => window.taskline.timeline.selected);
  const n = await page.evaluate(() => window.taskline.timeline.model.trace.events.length);
  assert.equal(sel, n - 1, "Play ends on the last event");
  await page.close();
});

test("the keyboard reaches every control: Esc then Tab leaves the editor", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Code").click();
  await page.keyboard.press("Tab"); // indents
  assert.equal(await page.evaluate(() => document.activeElement.id), "editor");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(next, "editor");
  // Tabbing on reaches the timeline, and every visible button on the way can take focus.
  const seen = new Set();
  for (let i = 0; i < 40 && !seen.has("timeline"); i++) {
    seen.add(await page.evaluate(() => document.activeElement.id || document.activeElement.getAttribute("aria-label") || document.activeElement.tagName));
    await page.keyboard.press("Tab");
  }
  seen.add(await page.evaluate(() => document.activeElement.id));
  for (const id of ["play", "prev", "scrub", "next", "export-chrome", "timeline"]) assert.ok(seen.has(id), `${id} is reachable by Tab`);
  await page.close();
});

test("without the editor bundle the page falls back to a textarea and says so", async () => {
  const page = await browser.ctx.newPage();
  await page.route("**/build/editor.js", (r) => r.abort());
  await page.goto(new URL("/", (await import("./harness.js")).BASE).href);
  await waitIdle(page);
  assert.match(await page.locator("#notice").textContent(), /plain text box/);
  const code = page.getByLabel("Code");
  assert.equal(await code.evaluate((e) => e.tagName), "TEXTAREA");
  assert.match(await page.getByRole("alert").innerText(), /asyncio\.exceptions\.CancelledError\s*$/);
  await page.getByLabel("Live").uncheck();
  await code.fill("print('typed in a textarea')\n");
  await code.press("Control+Enter");
  await page.waitForFunction(() => document.getElementById("output").textContent.includes("typed in a textarea"), null, { timeout: 20_000 });
  await page.close();
});

test("the events table gives the timeline's events as text", async () => {
  const page = await open(browser.ctx);
  await page.getByText("Events as a table").click();
  const table = page.getByRole("table", { name: "Events" });
  await table.waitFor();
  // The rows are built when the box opens (its toggle event) or when a run
  // that was still going ends: wait for them rather than race the build.
  await table.locator("tbody tr").first().waitFor();
  const n = await page.evaluate(() => window.taskline.timeline.model.trace.events.length);
  assert.equal(await table.locator("tbody tr").count(), Math.min(n, 400));
  const text = await table.innerText();
  assert.match(text, /Task-2\]?\s+cancel-request → (?:.* \[)?Task-2/); // a task is named by its label [name] once the trace has labels
  assert.match(text, /cancel-delivered/);
  // Stepping marks the selected row.
  await page.locator('[aria-label="Timeline"]').focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await table.locator("tr.sel td").first().textContent(), "0");
  await page.close();
});

test("mouse: drag pans, the wheel zooms, a click selects the event under it", async () => {
  const page = await open(browser.ctx);
  const canvas = page.locator('[aria-label="Timeline"] canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const view = () => page.evaluate(() => ({ ...window.taskline.timeline.view }));
  const v0 = await view();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 40);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((w) => { const v = window.taskline.timeline.view; return v.u1 - v.u0 < w; }, v0.u1 - v0.u0);
  const v1 = await view();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 40, { steps: 5 });
  await page.mouse.up();
  const v2 = await view();
  assert.ok(v2.u0 > v1.u0, `dragging left moves the view right (${v1.u0} → ${v2.u0})`);
  await page.locator('[aria-label="Timeline"]').focus();
  await page.keyboard.press("0"); // fit
  // Click Task-2's cancel-request marker.
  const at = await page.evaluate(() => {
    const tl = window.taskline.timeline, m = tl.model, v = tl.view;
    const i = m.trace.events.findIndex((e) => e.kind === "cancel-request" && e.task === 1);
    const x = v.x0 + ((m.u[i] - v.u0) * (v.x1 - v.x0)) / (v.u1 - v.u0);
    return { i, x, y: tl.laneY(1) };
  });
  await page.mouse.click(box.x + at.x, box.y + at.y);
  assert.equal(await page.evaluate(() => window.taskline.timeline.selected), at.i);
  assert.match(await page.locator("#step").textContent(), /cancel-request/);
  await page.close();
});

test("choosing Go offers the Go examples and runs the first", async () => {
  const page = await open(browser.ctx);
  await page.getByLabel("Language").selectOption("go");
  await page.waitForFunction(() => window.taskline.editor.value.startsWith("// Title:"), null, { timeout: 5000 });
  await waitIdle(page);
  const titles = await page.locator("#examples option").allTextContents();
  const ex = await page.evaluate(() => fetch("/build/examples.json").then((r) => r.json()));
  const goTitles = ex.filter((e) => e.lang === "go").map((e) => e.title);
  assert.ok(goTitles.length >= 1);
  assert.deepEqual(titles.slice(1), goTitles);
  assert.equal(await page.evaluate(() => window.taskline.editor.value), ex.find((e) => e.lang === "go").code);
  assert.equal(await page.getByLabel("Python version").isVisible(), false);
  assert.ok(Number(await page.locator('[aria-label="Timeline"]').getAttribute("data-lanes")) >= 2);
  assert.equal(await page.evaluate(() => window.taskline.timeline.model.trace.lang), "go");
  await page.close();
});

test("switching the language keeps a program the user wrote", async () => {
  const page = await open(browser.ctx);
  await setCode(page, "print('my own work')\n");
  await waitIdle(page);
  await page.getByLabel("Language").selectOption("go");
  await waitIdle(page);
  assert.equal(await page.evaluate(() => window.taskline.editor.value), "print('my own work')\n");
  await page.close();
});
