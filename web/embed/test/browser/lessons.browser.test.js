// Lesson pages, exercises and embedding, in headless Chromium:
// - a lesson page shows its pre-rendered output and timeline before any
//   click, without downloading the engine;
// - an exercise goes from failing checks to passing after the fix is typed,
//   and the index shows it solved;
// - a page on another origin with hostile CSS embeds two playgrounds that
//   both run on their own;
// - the /embed iframe answers postMessage.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const STATIC = new URL("../../../../static/", import.meta.url).pathname;
const LESSONS = new URL("../../../../lessons/", import.meta.url).pathname;
const SHOTS = new URL("../../../test/screenshots/", import.meta.url).pathname;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let site, other, browser, profile;

/**
 * The Taskline site under test: the real server (serve.go), started by
 * web/test/with-server.sh, whose request log tells which files were fetched.
 */
function realSite() {
  const url = process.env.TASKLINE_URL, log = process.env.TASKLINE_LOG;
  assert.ok(url && log, "run under web/test/with-server.sh (TASKLINE_URL, TASKLINE_LOG)");
  return {
    url,
    /** Paths requested so far, in order, from the server's log. */
    get requests() {
      return readFileSync(log, "utf8").split("\n").map((l) => / msg=request .*path=(\S+)/.exec(l)?.[1]).filter(Boolean);
    },
    close: async () => {},
  };
}

before(async () => {
  site = realSite();
  profile = mkdtempSync(join(tmpdir(), "taskline-lessons-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS, viewport: { width: 1200, height: 900 },
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens a page, failing the test on any page error. */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  return { page, errors };
}

/** The reference solution of an exercise, from its Markdown. */
function solutionOf(file) {
  const src = readFileSync(join(LESSONS, file), "utf8");
  const m = src.match(/```\w+ \{solution\}\n([\s\S]*?)```/);
  assert.ok(m, `no solution in ${file}`);
  return m[1];
}

test("a lesson page shows its pre-rendered results before any click, without the engine", async () => {
  const wasm = [];
  const { page, errors } = await open(`${site.url}/lessons/01-gather-self-cancel.html`);
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
  const play = page.locator("taskline-playground").first();
  // The element takes over: the interactive timeline draws from the trace in the page.
  await page.waitForFunction(() => {
    const p = document.querySelector("taskline-playground");
    const t = p?.shadowRoot?.querySelector("[aria-label=Timeline]");
    return t && Number(t.getAttribute("data-lanes")) > 0 && t.querySelector("canvas")?.width > 0;
  }, null, { timeout: 15_000 });
  const lanes = Number(await play.getByLabel("Timeline").getAttribute("data-lanes"));
  assert.ok(lanes >= 4, `main and three jobs: ${lanes} lanes`);
  await assert.doesNotReject(play.getByRole("alert").waitFor());
  assert.match(await play.getByRole("alert").textContent(), /CancelledError/);
  assert.match(await play.getByRole("region", { name: "Output" }).textContent(), /a finished/);
  await page.waitForTimeout(300); // anything lazy would have started by now
  assert.deepEqual(wasm, [], "the engine is not downloaded until the reader edits or runs");
  await page.screenshot({ path: join(SHOTS, "lesson-prerendered.png"), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test("without its script a lesson page still shows output, error, what happened and the tasks as text", async () => {
  const page = await browser.newPage();
  await page.route("**/lesson.js", (r) => r.abort());
  await page.goto(`${site.url}/lessons/01-gather-self-cancel.html`);
  const first = page.locator("taskline-playground").first();
  const tasks = first.getByRole("region", { name: "Timeline" }).locator("li");
  await assert.doesNotReject(tasks.first().waitFor({ state: "visible" }));
  assert.ok(await tasks.count() >= 4, "main and three jobs");
  assert.match(await tasks.allInnerTexts().then((t) => t.join("\n")), /cancelled at/);
  assert.match(await first.locator(".tl-error").textContent(), /CancelledError/);
  const story = first.getByRole("region", { name: "What happened" });
  assert.ok(await story.locator("li.story-step").count() > 0, "the steps, as text");
  assert.equal(await page.locator("svg").count(), 0, "no second drawing of the timeline");
  await page.screenshot({ path: join(SHOTS, "lesson-static.png") });
  await page.close();
});

test("an exercise goes from failing to passing after the fix is typed", async () => {
  const { page, errors } = await open(`${site.url}/lessons/ex06-wait-for.html`);
  const ex = page.locator("section.tl-exercise");
  await page.waitForFunction(() => customElements.get("taskline-playground"));
  assert.ok(await ex.locator("li.tl-check[data-state=fail]").count() > 0, "the starter fails a check");
  const failing = ex.locator("li.tl-check[data-state=fail]").first();
  assert.ok(await failing.locator(".tl-message").isVisible(), "a failing check shows its teaching message");
  // Hints come one at a time.
  assert.equal(await ex.locator(".tl-hint:visible").count(), 0);
  await ex.getByRole("button", { name: /Show a hint/ }).click();
  assert.equal(await ex.locator(".tl-hint:visible").count(), 1);

  const code = ex.locator("taskline-playground").getByLabel("Code");
  // Type the fix: only main changes, so select main's body and type the new one.
  const fixed = solutionOf("ex06-wait-for.md");
  await code.fill(fixed.slice(0, fixed.indexOf("async def main")));
  await code.press("End");
  await page.keyboard.insertText(fixed.slice(fixed.indexOf("async def main")));
  await code.press("Space");
  await code.press("Backspace");
  await ex.locator("taskline-playground").getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => document.querySelector("section.tl-exercise")?.dataset.solved === "true", null, { timeout: 30_000 })
    .catch(async (e) => {
      console.error(await ex.locator(".tl-checks").innerText());
      throw e;
    });
  assert.equal(await ex.locator("li.tl-check[data-state=fail]").count(), 0);
  assert.match(await ex.locator(".tl-summary").textContent(), /All \d+ checks pass/);
  assert.equal(await ex.locator(".tl-message:visible").count(), 0, "passing checks hide their messages");
  await page.screenshot({ path: join(SHOTS, "exercise-solved.png"), fullPage: true });

  // The solved program is there again on the next visit.
  await page.reload();
  await page.waitForFunction(() => customElements.get("taskline-playground"));
  assert.equal(await ex.locator("taskline-playground").getByLabel("Code").inputValue(), fixed);
  assert.match(await ex.locator(".tl-summary").textContent(), /Your last program is back/);

  const idx = await browser.newPage();
  await idx.goto(`${site.url}/lessons/`);
  await idx.waitForFunction(() => document.querySelector("li[data-exercise='ex06-wait-for'] .tl-status")?.dataset.status === "solved");
  assert.match(await idx.locator(".tl-progress-summary").textContent(), /^1 of \d+ exercises solved/);
  await idx.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page on another origin with hostile CSS embeds two playgrounds that run independently", async () => {
  const hostile = `<!doctype html><html><head><meta charset="utf-8"><title>Someone else's docs</title>
<style>
  * { font-family: "Comic Sans MS", fantasy !important; color: #ff00ff !important; background: #ffff00 !important; font-size: 31px !important; letter-spacing: 4px !important; }
  canvas { display: none !important; width: 1px !important; }
  button { display: none !important; visibility: hidden !important; }
  pre, textarea, section, div { border: 9px dotted red !important; padding: 40px !important; }
</style>
<script type="module" src="${site.url}/embed.js"></script></head>
<body><h1>Docs</h1>
<taskline-playground id="one" lang="python">
import asyncio

async def main():
    await asyncio.sleep(1)
    print("one says hello")

asyncio.run(main())
</taskline-playground>
<taskline-playground id="two" lang="python" python="3.11">
<script type="text/plain">
import asyncio

async def spin(n):
    await asyncio.sleep(n)
    return n * 2

async def main():
    print("two:", await asyncio.gather(spin(1), spin(2)))

asyncio.run(main())
</script>
</taskline-playground>
</body></html>`;
  other = await serve(STATIC, { extra: { "/docs.html": ["text/html; charset=utf-8", hostile] }, csp: false });
  assert.notEqual(new URL(other.url).origin, new URL(site.url).origin);
  const wasmBefore = site.requests.filter((p) => p.endsWith("taskline.wasm")).length;
  const { page, errors } = await open(`${other.url}/docs.html`);
  await page.waitForFunction(() => customElements.get("taskline-playground"));
  const one = page.locator("#one"), two = page.locator("#two");
  for (const p of [one, two]) {
    const run = p.getByRole("button", { name: "Run" });
    assert.ok(await run.isVisible(), "the host page's button rule does not reach in");
    assert.equal(await run.evaluate((b) => getComputedStyle(b).fontFamily.includes("Comic")), false);
    assert.equal(await p.getByLabel("Code").evaluate((t) => getComputedStyle(t).fontSize), "13px");
  }
  await one.getByRole("button", { name: "Run" }).click();
  await two.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction(() => ["one", "two"].every((id) => document.getElementById(id).shadowRoot.querySelector("section.output pre").textContent.length > 0), null, { timeout: 30_000 });
  assert.equal(await one.getByRole("region", { name: "Output" }).textContent(), "one says hello\n");
  assert.equal(await two.getByRole("region", { name: "Output" }).textContent(), "two: [2, 4]\n");
  // Each run's tasks, plus the event loop's lane (asyncio.run() creates the
  // main task from it).
  for (const [p, lanes] of [[one, 2], [two, 4]]) {
    const tl = p.getByLabel("Timeline");
    assert.equal(Number(await tl.getAttribute("data-lanes")), lanes);
    const canvas = tl.locator("canvas");
    assert.ok(await canvas.isVisible(), "the host page's canvas rule does not reach in");
    const box = await canvas.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 20, `canvas ${JSON.stringify(box)}`);
  }
  const wasmLoads = site.requests.filter((p) => p.endsWith("taskline.wasm")).length - wasmBefore;
  assert.equal(wasmLoads, 1, "two playgrounds share one engine");
  await page.screenshot({ path: join(SHOTS, "embed-hostile.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the /embed iframe opens a program from its fragment and answers postMessage", async () => {
  const frameHost = `<!doctype html><html><head><meta charset="utf-8"><title>frame host</title></head><body>
<iframe id="f" title="Taskline playground" width="900" height="600"
  src="${site.url}/embed#lang=python&code=${Buffer.from('print("from the fragment")\n').toString("base64url")}"></iframe>
<script>
  window.log = [];
  const f = document.getElementById("f");
  window.addEventListener("message", (e) => {
    if (e.source !== f.contentWindow) return;
    window.log.push(e.data);
    if (e.data.type === "taskline:ready") {
      f.contentWindow.postMessage({ type: "taskline:run" }, "*");
    }
    if (e.data.type === "taskline:outcome" && window.log.filter((m) => m.type === "taskline:outcome").length === 1) {
      f.contentWindow.postMessage({ type: "taskline:set-code", code: "import asyncio\\nasync def main():\\n    raise ValueError('boom')\\nasyncio.run(main())\\n" }, "*");
      f.contentWindow.postMessage({ type: "taskline:run" }, "*");
    }
  });
</script></body></html>`;
  const host = await serve(STATIC, { extra: { "/host.html": ["text/html; charset=utf-8", frameHost] }, csp: false });
  try {
    const { page, errors } = await open(`${host.url}/host.html`);
    await page.waitForFunction(() => window.log.filter((m) => m.type === "taskline:outcome").length >= 2, null, { timeout: 30_000 });
    const outs = await page.evaluate(() => window.log.filter((m) => m.type === "taskline:outcome"));
    assert.equal(outs[0].outcome.stdout, "from the fragment\n");
    assert.equal(outs[1].outcome.error.type, "ValueError");
    assert.ok(outs[1].lanes >= 1);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await host.close();
  }
});

test("predict first: the result stays hidden until the student has chosen", async () => {
  const { page, errors } = await open(`${site.url}/lessons/ex01-return-exceptions.html`);
  await page.waitForFunction(() => customElements.get("taskline-playground"));
  const ex = page.locator("section.tl-exercise");
  const play = ex.locator("taskline-playground");
  assert.equal(await play.getByRole("region", { name: "Output" }).isVisible(), false, "output hidden before the prediction");
  assert.equal(await ex.locator(".tl-checks").isVisible(), false);
  const data = JSON.parse(await ex.locator("script.tl-exercise-data").textContent());
  const wrong = data.predict.choices.findIndex((_, i) => i !== data.predict.answer);
  await ex.locator(`input[name=predict][value="${wrong}"]`).check();
  await ex.getByRole("button", { name: "Check my prediction" }).click();
  assert.match(await ex.locator(".tl-predict-verdict").textContent(), /^Not quite: it ends with ValueError: no data for 2/);
  await assert.doesNotReject(play.getByRole("alert").waitFor({ state: "visible" }));
  assert.ok(await ex.locator(".tl-checks").isVisible());
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("taskline-progress-v1"))["ex01-return-exceptions"]);
  assert.deepEqual(stored, { predicted: wrong, predictedRight: false });
  // Reset brings the starter back (the element keeps the original program).
  await play.getByLabel("Code").fill("print('mine')\n");
  await play.getByRole("button", { name: "Reset" }).click();
  assert.match(await play.getByLabel("Code").inputValue(), /return_exceptions|gather\(fetch\(1\), fetch\(2\), fetch\(3\)\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the engine loads when a playground scrolls into view; autorun runs it; Stop ends a runaway", async () => {
  const page3 = `<!doctype html><html><head><meta charset="utf-8"><title>long page</title>
<script type="module" src="${site.url}/embed.js"></script></head><body>
<div style="height: 4000px">scroll down</div>
<taskline-playground id="auto" lang="python" autorun>
print("ran by itself")
</taskline-playground>
<taskline-playground id="loop" lang="python">
while True:
    pass
</taskline-playground>
</body></html>`;
  const host = await serve(STATIC, { extra: { "/long.html": ["text/html; charset=utf-8", page3] }, csp: false });
  try {
    const before = site.requests.filter((p) => p.endsWith("taskline.wasm")).length;
    const { page, errors } = await open(`${host.url}/long.html`);
    await page.waitForFunction(() => customElements.get("taskline-playground"));
    await page.waitForTimeout(500);
    assert.equal(site.requests.filter((p) => p.endsWith("taskline.wasm")).length, before, "nothing loads while no playground is visible");
    await page.locator("#auto").scrollIntoViewIfNeeded();
    const auto = page.locator("#auto");
    await page.waitForFunction(() => document.getElementById("auto").shadowRoot.querySelector("section.output pre").textContent !== "", null, { timeout: 30_000 });
    assert.equal(await auto.getByRole("region", { name: "Output" }).textContent(), "ran by itself\n");
    assert.equal(site.requests.filter((p) => p.endsWith("taskline.wasm")).length, before + 1);

    const loop = page.locator("#loop");
    await loop.scrollIntoViewIfNeeded();
    await loop.getByRole("button", { name: "Run" }).click();
    const stop = loop.getByRole("button", { name: "Stop" });
    await page.waitForFunction(() => !document.getElementById("loop").shadowRoot.querySelector("button.stop").disabled);
    await page.waitForTimeout(300);
    await stop.click();
    await page.waitForFunction(() => document.getElementById("loop").shadowRoot.querySelector("button.stop").disabled, null, { timeout: 15_000 });
    const outcome = await page.evaluate(() => document.getElementById("loop").trace.outcome.kind);
    assert.equal(outcome, "stopped");
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await host.close();
  }
});
