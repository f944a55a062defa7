// Accessibility, checked by axe-core (run from its own source inside each
// page) in headless Chromium: no serious or critical violation on the
// playground, the lessons index, every exercise page, /docs/embed, the
// teacher's editor, a set's page and a lesson page full of embeds, in light
// and dark colour schemes. Each page is checked after its scripts have run
// and its playgrounds have drawn, since most of what axe reads is built by
// script (the editor, the timeline, the elements' shadow roots).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, BASE } from "./harness.js";

// Evaluated through the debugging protocol, which the pages' CSP (no inline
// scripts) does not govern, so the pages are checked with their real CSP.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const LESSONS = new URL("../../../lessons/", import.meta.url).pathname;

const SET = {
  taskline: "set", version: 1, id: "a11ytest01", title: "A set",
  exercises: [{ id: "e1", title: "Print", lang: "python", python: "3.11", prompt: "Print `done`.", starter: 'print("x")\n', checksText: 'stdout = "done\\n"',
    checks: [{ kind: "stdout", want: "done\n", text: 'stdout = "done\\n"', line: 1 }], hints: ["Change the text."] }],
};
const b64 = (s) => Buffer.from(s).toString("base64url");

const exercises = readdirSync(LESSONS).filter((f) => /^ex.*\.md$/.test(f)).map((f) => "/lessons/" + f.replace(/\.md$/, ".html"));
const PAGES = ["/", "/lessons/", "/lessons/01-gather-self-cancel.html", "/docs/embed", "/teach.html", "/set.html#data=" + b64(JSON.stringify(SET)), ...exercises];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The serious and critical violations on a page, one line each. */
async function violations(page) {
  await page.evaluate(AXE);
  const res = await page.evaluate(async () => /** @type {any} */ (window).axe.run(document, { resultTypes: ["violations"] }));
  const out = [];
  for (const v of res.violations) {
    if (v.impact !== "serious" && v.impact !== "critical") continue;
    for (const n of v.nodes) out.push(`${v.id} (${v.impact}): ${n.target.join(" > ")} — ${n.failureSummary.replace(/\s+/g, " ").slice(0, 240)}`);
  }
  return out;
}

for (const scheme of ["light", "dark"]) {
  for (const path of PAGES) {
    test(`${path.replace(/#.*/, "")} (${scheme}): axe finds nothing serious`, { timeout: 90_000 }, async () => {
      const page = await browser.ctx.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(BASE + path);
      // Let the scripts draw: the playground's first run, the elements'
      // shadow roots, the set's exercises.
      await page.waitForLoadState("networkidle");
      await page.waitForFunction(() => {
        const d = document.documentElement.dataset.ready;
        const plays = [...document.querySelectorAll("taskline-playground")];
        return (d === undefined || d === "true") && plays.every((p) => p.shadowRoot);
      }, null, { timeout: 30_000 });
      await page.waitForTimeout(300);
      const found = await violations(page);
      await page.close();
      assert.deepEqual(found, []);
    });
  }
}

test("an embedded timeline is stepped with the keyboard, and says which event it is on", { timeout: 60_000 }, async () => {
  const page = await browser.ctx.newPage();
  await page.goto(BASE + "/lessons/01-gather-self-cancel.html");
  const play = page.locator("taskline-playground").first();
  await play.locator("button.run").click();
  const tl = play.locator(".timeline");
  await page.waitForFunction((el) => Number(el.dataset.events) > 0, await tl.elementHandle(), { timeout: 30_000 });
  // Reached with Tab from the Run button, as a keyboard user would.
  await play.locator("button.run").focus();
  // In the code Tab indents: Esc, then Tab, moves on (as the hint says).
  for (let i = 0; i < 40 && !(await tl.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    if (await tl.evaluate((el) => el.getRootNode().activeElement?.tagName === "TEXTAREA")) await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
  }
  assert.equal(await tl.evaluate((el) => el.getRootNode().activeElement === el), true, "the timeline takes focus from the keyboard");
  await page.keyboard.press("Home");
  const first = await play.locator(".step").textContent();
  await page.keyboard.press("ArrowRight");
  // The key is handled in the page's next task, which on a busy machine
  // can come after this script reads the announcement: wait for it a while.
  await page.waitForFunction(([el, was]) => el && el.textContent !== was, [await play.locator(".step").elementHandle(), first], { timeout: 5000 }).catch(() => {});
  const second = await play.locator(".step").textContent();
  assert.ok(first && second && first !== second, `stepping changes the announced event (${first} → ${second})`);
  assert.equal(await tl.getAttribute("aria-describedby"), "timeline-keys");
  assert.match(await play.locator("#timeline-keys").textContent(), /← → step through events/);
  assert.match(await play.locator("#code-keys").textContent(), /Esc, then Tab/);
  await page.close();
});

test("the playground says how to leave the editor next to it; the timeline toolbar is in a landmark", async () => {
  const page = await browser.ctx.newPage();
  await page.goto(BASE + "/");
  assert.match(await page.locator(".editor-pane #editor-keys").textContent(), /Esc, then Tab/);
  assert.match(await page.locator("#editor .cm-content").getAttribute("aria-description"), /Esc, then Tab/);
  assert.equal(await page.locator("#play").evaluate((b) => !!b.closest("section[aria-labelledby], main, [role=region]")), true);
  await page.close();
});
