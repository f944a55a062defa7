// @ts-check
// The share flow as a person does it, in headless Chromium, against a
// running server (serve.go or the worker under wrangler):
//
//   node share-flow.mjs create BASE   open a program, press Share, check the
//                                     link is a short /p/{id} link, open it
//                                     in a fresh browser profile; prints
//                                     "link: /p/{id}"
//   node share-flow.mjs open BASE PATH   open PATH in a fresh profile (after
//                                     a restart of the server) and check the
//                                     program is there
//
// Both fail on any Content-Security-Policy violation or page error, so the
// server's headers are tested against the real page.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CODE = "import asyncio\n\nasync def main():\n    print('shared ✓')\n\nasyncio.run(main())\n";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TIMEOUT = 30_000;

/** The URLs the current page has requested and not yet received. */
let pending = () => /** @type {string[]} */ ([]);

/** Runs fn with a page in a browser with a fresh profile. @param {(page: import("playwright-core").Page) => Promise<void>} fn */
async function withPage(fn) {
  const dir = mkdtempSync(join(tmpdir(), "taskline-share-flow-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS,
  });
  /** @type {string[]} */
  const problems = [];
  try {
    const page = await ctx.newPage();
    page.setDefaultTimeout(TIMEOUT);
    // Requests still open, named if the flow times out: a stalled asset
    // then shows up by name instead of as a bare navigation timeout.
    const open = new Set();
    page.on("request", (r) => open.add(r.url()));
    page.on("requestfinished", (r) => open.delete(r.url()));
    page.on("requestfailed", (r) => open.delete(r.url()));
    pending = () => [...open];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`); });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    await fn(page);
    await page.waitForTimeout(0);
  } catch (err) {
    const open = pending();
    if (open.length) console.error(`still loading: ${open.join(" ")}`);
    throw err;
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length) throw new Error(problems.join("\n"));
}

// Navigations wait for the document only, not for the "load" event: what
// this flow checks (the editor holds the shared program) needs the page's
// script and the share API, not the preloaded engine. Once, on a CI machine,
// wrangler dev left a response open and the "load" event never came.

/** Waits until the editor holds CODE. @param {import("playwright-core").Page} page */
async function expectProgram(page) {
  await page.waitForFunction((code) => /** @type {any} */ (window).taskline?.editor?.value === code, CODE);
}

const [mode, base, path] = process.argv.slice(2);
if (mode === "create" && base) {
  /** @type {string} */
  let link = "";
  await withPage(async (page) => {
    const hash = "#lang=python&code=" + Buffer.from(CODE, "utf8").toString("base64url");
    await page.goto(base + "/" + hash, { waitUntil: "domcontentloaded" });
    await expectProgram(page);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.waitForFunction(() => /\/p\/[A-Za-z0-9_-]+$/.test(/** @type {HTMLInputElement} */ (document.getElementById("share-url")).value));
    link = new URL(await page.locator("#share-url").inputValue()).pathname;
    console.log(`ok   Share made the short link ${link}`);
  });
  await withPage(async (page) => {
    const resp = await page.goto(base + link, { waitUntil: "domcontentloaded" });
    if (!resp || resp.status() !== 200) throw new Error(`${link}: status ${resp?.status()}`);
    await expectProgram(page);
    console.log("ok   the short link opens the program in a fresh browser");
  });
  console.log(`link: ${link}`);
} else if (mode === "open" && base && path) {
  await withPage(async (page) => {
    await page.goto(base + path, { waitUntil: "domcontentloaded" });
    await expectProgram(page);
    console.log(`ok   ${path} still opens the program`);
  });
} else {
  console.error("usage: node share-flow.mjs create BASE | open BASE PATH");
  process.exit(2);
}
