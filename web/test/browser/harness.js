// Shared setup for the browser tests: headless Chromium through
// playwright-core with a fresh profile, the page under test, and helpers
// that wait for the page's own signals (taskline:rendered, the alert).
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BASE = process.env.TASKLINE_URL || "http://127.0.0.1:8080";
export const SHOTS = new URL("../screenshots/", import.meta.url).pathname;

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Starts Chromium with a fresh profile; returns the context and a close function. */
export async function launch(opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), "taskline-chromium-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    // The site's service worker (static/sw.js) would answer requests that
    // tests intercept with page.route; only offline.test.js allows it.
    serviceWorkers: "block",
    ...opts,
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    ctx,
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page and records every main-thread long task (PerformanceObserver
 * "longtask") in window.__longTasks. Returns once the first run has drawn.
 *
 * An uncaught error on the page ("pageerror") or a console error fails the
 * test: page.close() throws with every one of them. A test that provokes an
 * error on purpose names it in `allow` (regular expressions). `setup(page)`
 * runs before the page loads (routes, init scripts).
 */
export async function open(ctx, path = "/", { waitRun = true, allow = [], setup = null } = {}) {
  const page = await ctx.newPage();
  watchErrors(page, allow);
  if (setup) await setup(page);
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__rendered = 0;
    try {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
        .observe({ type: "longtask", buffered: true });
    } catch { /* not supported */ }
    document.addEventListener("taskline:rendered", () => { window.__rendered++; }, true);
  });
  await page.goto(BASE + path);
  if (waitRun) await waitIdle(page);
  return page;
}

/**
 * Records the page's uncaught errors and console errors; page.close() then
 * fails with them. `page.errors` holds them for a test to look at.
 * @param {import("playwright-core").Page} page @param {RegExp[]} allow
 */
export function watchErrors(page, allow = []) {
  const errors = [];
  const note = (s) => { if (!allow.some((re) => re.test(s))) errors.push(s); };
  page.on("pageerror", (e) => note(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") note(`console.error: ${m.text()}`); });
  page.errors = errors;
  const close = page.close.bind(page);
  page.close = async (...args) => {
    await close(...args);
    if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join("\n  ")}`);
  };
  return errors;
}

/** Waits until no run is in progress (Stop disabled) and the page is ready. */
export async function waitIdle(page, timeout = 20_000) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true" && document.getElementById("stop").disabled && !/running/.test(document.getElementById("status").textContent), null, { timeout });
}

/** Runs the current program with the Run button and waits for it to finish. */
export async function runAndWait(page) {
  const before = await page.evaluate(() => window.__rendered);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.waitForFunction((n) => window.__rendered > n, before, { timeout: 20_000 });
  await waitIdle(page);
}

/** Picks an example from the menu by (part of) its title and waits for its run. */
export async function pickExample(page, title) {
  const value = await page.evaluate((t) => {
    const o = [...document.querySelectorAll("#examples option")].find((x) => x.textContent.includes(t));
    return o ? o.value : null;
  }, title);
  if (value === null) throw new Error(`no example titled ${title}`);
  const before = await page.evaluate(() => window.__rendered);
  await page.getByLabel("Examples").selectOption(value);
  await page.waitForFunction((n) => window.__rendered > n, before, { timeout: 20_000 });
  await waitIdle(page);
}

/** The Output region's text. */
export const outputText = (page) => page.getByRole("region", { name: "Output" }).locator("pre").textContent();

/** Sets the editor's text through the page's editor interface. */
export async function setCode(page, code) {
  await page.evaluate((c) => { window.taskline.editor.value = c; }, code);
}
