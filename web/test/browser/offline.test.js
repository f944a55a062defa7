// Offline and static hosting, in headless Chromium:
// - after a first visit, the playground, a lesson and a shared set open and
//   run with the network cut (the service worker, static/sw.js);
// - the folder scripts/static.sh makes, served by a plain file server with
//   no share API, runs programs, shows the lessons and /docs/embed, and
//   shares a set as a link that carries it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, extname, normalize } from "node:path";
import { launch, BASE } from "./harness.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
const SET = {
  taskline: "set", version: 1, id: "offline001", title: "Offline set",
  exercises: [{ id: "e1", title: "Print", lang: "python", python: "3.11", prompt: "Print done.", starter: 'print("done")\n', checksText: 'stdout = "done\\n"',
    checks: [{ kind: "stdout", want: "done\n", text: 'stdout = "done\\n"', line: 1 }], hints: [] }],
};

let browser;
before(async () => { browser = await launch({ serviceWorkers: "allow" }); });
after(async () => { await browser?.close(); });

/** Runs print(...) in the playground page and returns its output. */
async function runHere(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 30_000 });
  return page.evaluate(async () => (await window.taskline.run('print("offline", 6 * 7)\n', { lang: "python" })).stdout);
}

test("the playground, a lesson and a shared set work offline after a first visit", { timeout: 120_000 }, async () => {
  const resp = await fetch(`${BASE}/api/share`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ lang: "set", code: JSON.stringify(SET) }) });
  assert.equal(resp.status, 200);
  const { id } = await resp.json();
  const page = await browser.ctx.newPage();
  await page.goto(BASE + "/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true, "the service worker controls the page");
  assert.equal(await runHere(page), "offline 42\n");
  await page.goto(BASE + "/lessons/04-shield.html");
  await page.goto(`${BASE}/set.html#set=${id}`);
  await page.locator("section.tl-exercise").waitFor();

  await browser.ctx.setOffline(true);
  try {
    await page.goto(BASE + "/");
    // The network is really gone: what was never visited does not load.
    assert.equal(await page.evaluate(() => fetch("/lessons/05-wait-for-and-timeout.html").then(() => "loaded", () => "failed")), "failed");
    assert.equal(await runHere(page), "offline 42\n");
    await page.goto(BASE + "/lessons/04-shield.html");
    assert.match(await page.title(), /Taskline lessons/);
    await page.goto(`${BASE}/set.html#set=${id}`);
    await page.locator("section.tl-exercise").waitFor();
    assert.equal(await page.textContent("#set-title"), "Offline set");
    const ex = page.locator("section.tl-exercise");
    await ex.locator("taskline-playground button.run").click();
    await ex.locator(".tl-summary").getByText("All 1 checks pass. Solved!").waitFor({ timeout: 60_000 });
  } finally {
    await browser.ctx.setOffline(false);
    await page.close();
  }
});

test("the seed example's recorded result is kept for an offline visit even when the first visit came by a link", { timeout: 120_000 }, async () => {
  // A page opened on a link's program never uses the recording; the
  // service worker's shell keeps it for a later visit to the playground.
  const fresh = await launch({ serviceWorkers: "allow" });
  try {
    const page = await fresh.ctx.newPage();
    const link = `${BASE}/#code=${Buffer.from("print('by a link')\n").toString("base64url")}`;
    await page.goto(link);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(link); // now under the service worker
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 30_000 });
    await fresh.ctx.setOffline(true);
    const got = await page.evaluate(() => fetch("/build/first-sight.js").then(async (r) => (r.ok ? /globalThis\.tasklineFirstSight = \{/.test(await r.text()) : `status ${r.status}`), (e) => `failed: ${e}`));
    assert.equal(got, true, "the recording answered offline");
  } finally {
    await fresh.ctx.setOffline(false);
    await fresh.close();
  }
});

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };

/** A plain file server: files and directory indexes, nothing else (no API, no aliases, no special headers). */
function plainServer(dir) {
  return new Promise((resolve) => {
    const srv = createServer(async (req, res) => {
      let p = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
      let f = join(dir, p);
      try { if (statSync(f).isDirectory()) f = join(f, "index.html"); } catch { /* 404 below */ }
      try {
        const body = await readFile(f);
        res.writeHead(200, { "Content-Type": TYPES[extname(f)] || "application/octet-stream" });
        res.end(req.method === "HEAD" ? undefined : body);
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not found");
      }
    });
    srv.listen(0, "127.0.0.1", () => resolve(srv));
  });
}

test("./build.sh static makes a folder any web server can host", { timeout: 120_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), "taskline-static-"));
  execFileSync("bash", [join(ROOT, "scripts/static.sh"), out], { stdio: "pipe" });
  const srv = await plainServer(out);
  const base = `http://127.0.0.1:${srv.address().port}`;
  const ctx = await launch();
  try {
    const page = await ctx.ctx.newPage();
    await page.goto(base + "/");
    assert.equal(await runHere(page), "offline 42\n");
    await page.goto(base + "/lessons/");
    assert.ok(await page.locator("li[data-exercise]").count() > 0, "the lessons index");
    await page.goto(base + "/docs/embed");
    assert.ok(await page.locator("taskline-playground").count() > 0, "/docs/embed");
    // Share without an API: the link carries the set.
    await page.goto(base + "/teach.html");
    await page.fill("#set-title", "Static");
    const box = page.locator(".exercise-form").first();
    await box.locator('[data-field="title"]').fill("Print");
    await box.locator('[data-field="starter"]').fill('print("x")\n');
    await box.locator('[data-field="checks"]').fill('stdout = "done\\n"');
    await page.click("#share");
    const input = page.locator("#share-status input").first();
    await input.waitFor({ timeout: 30_000 });
    const link = await input.inputValue();
    assert.ok(link.startsWith(base + "/set.html#data="), link);
    await page.goto(link);
    await page.locator("section.tl-exercise").waitFor();
    assert.equal(await page.locator("taskline-playground").evaluate((p) => p.code), 'print("x")\n');
  } finally {
    await ctx.close();
    srv.close();
    rmSync(out, { recursive: true, force: true });
  }
});
