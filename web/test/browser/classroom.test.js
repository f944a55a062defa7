// The classroom, as a teacher and a class would use it, in headless
// Chromium against the real server (set TASKLINE_URL; the share API must be
// there — serve.go with SQLite or the worker with D1 alike):
// - a teacher writes an exercise (prompt, starter, hidden solution, checks,
//   hints), tries the solution, previews it, and shares a two-exercise set;
// - a student opens the link in a fresh browser, solves one exercise, and
//   downloads their work;
// - the teacher drops that file and a doctored one on the set's page: the
//   honest file is verified by re-running it, the doctored one is flagged;
// - the set's page prints with code, checks and hints and without buttons;
// - a set also opens from a link that carries it (no share API).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, BASE, SHOTS } from "./harness.js";

const STARTER = 'import asyncio\n\n\nasync def main():\n    await asyncio.sleep(1)\n    print("not yet")\n\n\nasyncio.run(main())\n';
const SOLUTION = STARTER.replace("not yet", "done");
const GO_STARTER = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("1 < 2 && </script>")\n}\n';

let teacher, student;
const tmp = mkdtempSync(join(tmpdir(), "taskline-classroom-"));
/** Links the teacher made, for the later tests. */
const links = {};

before(async () => {
  teacher = await launch();
  student = await launch();
});
after(async () => {
  await teacher?.close();
  await student?.close();
});

/** Fills exercise number i (0-based) of the editor. */
async function fillExercise(page, i, f) {
  const box = page.locator(".exercise-form").nth(i);
  for (const [k, v] of Object.entries(f)) {
    if (k === "lang") await box.locator('[data-field="lang"]').selectOption(v);
    else await box.locator(`[data-field="${k}"]`).fill(v);
  }
  return box;
}

test("a teacher writes, tries, previews and shares a set", { timeout: 120_000 }, async () => {
  const page = await teacher.ctx.newPage();
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.goto(BASE + "/teach.html");
  await page.fill("#set-title", "Sleeping & printing");
  const box = await fillExercise(page, 0, {
    title: "Print done", prompt: "Make `main` print done.\n\nIt sleeps first.", starter: STARTER, solution: SOLUTION,
    checks: 'stdout = "done\\n"\n  Print exactly done, then a newline.\nerror none\nfinished main by 1s',
    hints: "Look at the print call.\n\nChange the text it prints.",
  });
  await box.locator("button.try").click();
  const tried = box.locator(".try-result");
  await tried.getByText("Good: the solution passes and the starter does not.").waitFor({ timeout: 60_000 });
  assert.match(await tried.textContent(), /The solution passes all 3 checks\..*The starter fails 1 of 3 checks: stdout = "done\\n" \(stdout was "not yet\\n", want "done\\n"\)/s);

  // A check that does not parse is named with its line, by the Go parser.
  await box.locator('[data-field="checks"]').fill('stdout = "done\\n"\nfinished main at 1s');
  await box.locator("button.try").click();
  await tried.getByText(/do not parse: 2:/).waitFor();
  await box.locator('[data-field="checks"]').fill('stdout = "done\\n"\n  Print exactly done, then a newline.\nerror none\nfinished main by 1s');

  await page.click("#add");
  await fillExercise(page, 1, { title: "Go prints", lang: "go:", prompt: "Keep the output.", starter: GO_STARTER, solution: GO_STARTER, checks: 'stdout = "1 < 2 && </script>\\n"' });

  await page.click("#preview");
  const preview = page.locator("#preview-set");
  await preview.locator("section.tl-exercise").nth(1).waitFor();
  assert.equal(await preview.locator("section.tl-exercise h2").first().textContent(), "1. Print done");
  assert.equal(await preview.locator(".tl-check code").first().textContent(), 'stdout = "done\\n"');
  assert.equal(await preview.locator("taskline-playground").first().evaluate((p) => p.code), STARTER);
  assert.equal(await preview.locator("taskline-playground").nth(1).evaluate((p) => p.code), GO_STARTER);
  assert.equal(await preview.getByText(/done/).filter({ hasText: "print(\"done\")" }).count(), 0, "the solution is not in the preview");

  await page.click("#share");
  const inputs = page.locator("#share-status input");
  await inputs.nth(1).waitFor({ timeout: 20_000 });
  links.class = await inputs.nth(0).inputValue();
  links.teacher = await inputs.nth(1).inputValue();
  assert.match(links.class, /\/set\.html#set=[A-Za-z0-9_-]{10}$/, "stored through the share API");
  assert.match(links.teacher, /\/teach\.html#set=[A-Za-z0-9_-]{10}$/);
  await page.screenshot({ path: SHOTS + "classroom-teach.png", fullPage: true });

  // The class's copy carries no solution; the teacher's does.
  const get = async (link) => (await (await fetch(`${BASE}/api/share/${link.split("#set=")[1]}`)).json());
  const cls = await get(links.class);
  assert.equal(cls.lang, "set");
  assert.equal(JSON.parse(cls.code).exercises.some((e) => "solution" in e), false);
  assert.equal(JSON.parse((await get(links.teacher)).code).exercises[0].solution, SOLUTION);
  // A short link /p/{id} to a set opens the set's page, not the playground.
  await page.goto(`${BASE}/p/${links.class.split("#set=")[1]}`);
  // (Cloudflare's assets drop ".html": /set#set=… there.)
  await page.waitForURL(/\/set(\.html)?#set=/);
  await page.locator("section.tl-exercise").first().waitFor();
  await page.close();
});

test("the teacher's link opens the set again for editing", async () => {
  const page = await teacher.ctx.newPage();
  await page.goto(links.teacher);
  await page.locator(".exercise-form").nth(1).waitFor();
  assert.equal(await page.inputValue("#set-title"), "Sleeping & printing");
  assert.equal(await page.locator('.exercise-form [data-field="solution"]').first().inputValue(), SOLUTION);
  await page.close();
});

test("a student solves, exports; the teacher's page re-runs the files and flags a false claim", { timeout: 120_000 }, async () => {
  const page = await student.ctx.newPage();
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.goto(links.class);
  const ex = page.locator("section.tl-exercise").first();
  await ex.waitFor();
  assert.equal(await page.textContent("#set-title"), "Sleeping & printing");
  await ex.locator("taskline-playground").evaluate((p, code) => { p.code = code; }, SOLUTION);
  await ex.locator("taskline-playground button.run").click();
  await ex.locator(".tl-summary").getByText("All 3 checks pass. Solved!").waitFor({ timeout: 60_000 });

  await page.click("#export");
  assert.match(await page.textContent("#export-note"), /Write your name first/);
  await page.fill("#student", "Ada L.");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  const file = join(tmp, dl.suggestedFilename());
  await dl.saveAs(file);
  assert.equal(dl.suggestedFilename(), "ada-l-sleeping-printing.taskline-work.json");
  const work = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(work.student, "Ada L.");
  assert.deepEqual(work.exercises.map((e) => e.solved), [true, false]);
  assert.equal(work.exercises[0].code, SOLUTION);
  assert.equal(work.exercises[1].code, GO_STARTER, "an exercise never run hands in its starter");
  assert.ok(readFileSync(file).length < 2048, "the file is small");

  // A doctored file: claims exercise 1 solved with the starter's code, and
  // exercise 2 not solved although its code passes.
  const fake = { ...work, student: "Mallory", exercises: [{ ...work.exercises[0], code: STARTER }, { ...work.exercises[1], solved: false }] };
  const fakeFile = join(tmp, "mallory.json");
  writeFileSync(fakeFile, JSON.stringify(fake));
  const junk = join(tmp, "junk.json");
  writeFileSync(junk, "{not json");
  await page.close();

  const tpage = await teacher.ctx.newPage();
  await tpage.goto(links.class);
  await tpage.locator("#results").waitFor();
  await tpage.setInputFiles("#work-files", [file, fakeFile, junk]);
  await tpage.locator("#results-status").getByText(/3 file\(s\) checked/).waitFor({ timeout: 60_000 });
  const rows = await tpage.$$eval("#results-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => [c.textContent, c.dataset.state || "", c.dataset.flagged || ""])));
  // Ada's second exercise was never run, so her file says not solved; its
  // starter happens to pass, and the page says so rather than trusting it.
  assert.deepEqual(rows[0], [["Ada L.", "", ""], ["✓ solved", "pass", ""], ["✓ solved⚠ the file claims not solved; the checks pass here", "pass", "true"]]);
  assert.equal(rows[1][0][0], "Mallory");
  assert.equal(rows[1][1][0], "✗ 2 of 3 checks⚠ the file claims solved; the checks fail here");
  assert.equal(rows[1][1][2], "true");
  assert.match(rows[2][1][0], /cannot read: not a Taskline work file/);
  await tpage.screenshot({ path: SHOTS + "classroom-results.png", fullPage: true });

  // Printed: code, checks and hints visible, buttons hidden.
  await tpage.emulateMedia({ media: "print" });
  const shown = (sel) => tpage.$eval(sel, (el) => getComputedStyle(el).display !== "none" && el.getClientRects().length > 0);
  assert.equal(await shown(".tl-hint"), true, "hints print");
  assert.equal(await shown(".tl-checks"), true, "checks print");
  assert.equal(await shown("#export"), false, "buttons do not print");
  assert.equal(await shown(".tl-hint-button"), false);
  await tpage.close();
});

test("a set opens from a link that carries it, with no share API", async () => {
  const page = await teacher.ctx.newPage();
  await page.goto(links.teacher);
  await page.locator(".exercise-form").first().waitFor();
  // The static copy's fallback: what Share makes when POST /api/share fails.
  await page.route("**/api/share", (r) => r.fulfill({ status: 404, contentType: "application/json", body: '{"error":"not here"}' }));
  await page.click("#share");
  const input = page.locator("#share-status input").first();
  await input.waitFor();
  const link = await input.inputValue();
  assert.match(link, /\/set\.html#data=/);
  const p2 = await student.ctx.newPage();
  await p2.goto(link);
  await p2.locator("section.tl-exercise").nth(1).waitFor();
  assert.equal(await p2.locator("taskline-playground").nth(1).evaluate((p) => p.code), GO_STARTER);
  await p2.close();
  await page.close();
});

test("an exercise page prints its code, checks and hints, not its buttons", { timeout: 60_000 }, async () => {
  const page = await teacher.ctx.newPage();
  await page.goto(BASE + "/lessons/ex01-return-exceptions.html");
  const play = page.locator("taskline-playground").first();
  await play.locator("button.run").waitFor();
  await page.emulateMedia({ media: "print" });
  const visible = (loc) => loc.evaluate((el) => getComputedStyle(el).display !== "none" && el.getClientRects().length > 0);
  assert.equal(await visible(page.locator(".tl-hint").first()), true, "hints print, though none was revealed");
  assert.equal(await visible(page.locator(".tl-checks")), true, "checks print");
  assert.equal(await visible(page.locator(".tl-hint-button")), false, "the hint button does not");
  assert.equal(await visible(play.locator("button.run")), false, "the playground's Run does not");
  assert.equal(await visible(play.locator("textarea")), true, "the code prints");
  const code = await play.evaluate((p) => p.code);
  const box = await play.locator("textarea").evaluate((t) => [t.scrollHeight, t.clientHeight]);
  assert.ok(box[1] >= box[0] - 2, `the whole program is on paper (${box}) for ${code.split("\n").length} lines`);
  await page.pdf({ path: SHOTS + "classroom-exercise-print.pdf" });
  await page.close();
});
