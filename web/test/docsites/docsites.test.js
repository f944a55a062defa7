// The docs-site integrations (integrations/), as a reader meets them: the
// example sites built by the real Hugo, MkDocs and Sphinx (scripts/
// test-docsites.sh builds each twice, into $DOCSITES/{hugo,mkdocs,sphinx}-
// {live,pre}) and opened in headless Chromium. For every playground:
// - the program reaches the element byte for byte as the source file has
//   it — blank lines, quotes, "<", "&", a "</script>" string, Go's tabs —
//   read from the Markdown fence or the reST directive by this test;
// - pre-rendered builds show the output, the error and the timeline before
//   any click and without downloading the engine, and even before (or
//   without) embed.js;
// - Run works, live and pre-rendered, and gives the output written below;
// - Hugo's shortcode carries a program between its tags or fetches src=.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../embed/test/serve.mjs";

const REPO = new URL("../../../", import.meta.url).pathname;
const SHOTS = new URL("../screenshots/", import.meta.url).pathname;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** What each example program prints, in page order (the same three programs on every site). */
const EXPECTED = [
  { stdout: "</script><!-- not a comment --> a < b && c\n['<b> & \\'single\\' \"double\"', '<i> & \\'single\\' \"double\"']\n", error: null },
  { stdout: "a: done, cancelling my own task\n", error: /^asyncio\.exceptions\.CancelledError$/m },
  { stdout: "</script> & <b>\n", error: null },
];

/** The programs of a Markdown page: every ```taskline-LANG fence, in order. @param {string} file */
function markdownPrograms(file) {
  const md = readFileSync(file, "utf8");
  return [...md.matchAll(/^```taskline-(python|go)[^\n]*\n([\s\S]*?)\n```$/gm)].map((m) => ({ language: m[1], code: m[2] + "\n" }));
}

/**
 * The programs of a reST page: every ".. taskline:: LANG" directive, its
 * content unindented (three spaces), or the file its :file: names.
 * @param {string} file
 */
function restPrograms(file) {
  const lines = readFileSync(file, "utf8").split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\.\. taskline:: (python|go)\s*$/.exec(lines[i]);
    if (!m) continue;
    let j = i + 1, path = null;
    for (; j < lines.length && /^ {3}:/.test(lines[j]); j++) {
      const f = /^ {3}:file: (.+)$/.exec(lines[j]);
      if (f) path = f[1].trim();
    }
    if (path) { out.push({ language: m[1], code: readFileSync(join(dirname(file), path), "utf8") }); continue; }
    const body = [];
    for (j++; j < lines.length && (lines[j] === "" || lines[j].startsWith("   ")); j++) body.push(lines[j].slice(3));
    while (body.length && body[body.length - 1] === "") body.pop();
    out.push({ language: m[1], code: body.join("\n") + "\n" });
  }
  return out;
}

const SITES = [
  { name: "hugo", page: "/playgrounds/", programs: () => markdownPrograms(join(REPO, "integrations/hugo/example/content/playgrounds.md")), selfHosted: false },
  { name: "mkdocs", page: "/playgrounds/", programs: () => markdownPrograms(join(REPO, "integrations/mkdocs/example/docs/playgrounds.md")), selfHosted: true },
  { name: "sphinx", page: "/playgrounds.html", programs: () => restPrograms(join(REPO, "integrations/sphinx/example/playgrounds.rst")), selfHosted: false },
];

let browser, profile;
const taskline = {
  url: process.env.TASKLINE_URL,
  /** Paths the Taskline server has answered so far (its request log). */
  get requests() {
    return readFileSync(process.env.TASKLINE_LOG, "utf8").split("\n").map((l) => / msg=request .*path=(\S+)/.exec(l)?.[1]).filter(Boolean);
  },
};

before(async () => {
  assert.ok(process.env.DOCSITES && taskline.url && process.env.TASKLINE_LOG, "run by scripts/test-docsites.sh (DOCSITES, TASKLINE_URL, TASKLINE_LOG)");
  profile = mkdtempSync(join(tmpdir(), "taskline-docsites-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS, viewport: { width: 1100, height: 900 },
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("the three example sources hold the same programs", () => {
  const [hugo, mkdocs, sphinx] = SITES.map((s) => s.programs());
  assert.equal(hugo.length, EXPECTED.length);
  assert.deepEqual(mkdocs, hugo);
  assert.deepEqual(sphinx, hugo);
  assert.match(hugo[0].code, /\n\n\n/, "blank lines");
  assert.ok(hugo[0].code.includes('"</script><!--'), "a </script> string");
  assert.match(hugo[2].code, /\n\tch := /, "Go's tabs");
});

/** Engine downloads so far (the Python and the Go module), from Taskline's server or the site's own copy. */
function wasmLoads(site, own) {
  return (site.selfHosted ? own.requests : taskline.requests).filter((p) => /taskline(-go)?\.wasm$/.test(p)).length;
}

/** The element's state as a reader sees it, read from its shadow tree. */
async function readPlaygrounds(page) {
  return page.evaluate(() => [...document.querySelectorAll("taskline-playground")].map((el) => {
    const r = /** @type {any} */ (el).shadowRoot;
    const alert = r.querySelector("[role=alert]");
    return {
      code: /** @type {any} */ (el).code,
      language: el.getAttribute("language"),
      lang: el.getAttribute("lang"),
      output: r.querySelector("section[aria-label=Output] pre").textContent,
      error: alert.hidden ? null : alert.textContent,
      lanes: Number(r.querySelector("[aria-label=Timeline]").dataset.lanes),
    };
  }));
}

/** Clicks each playground's Run button in turn and waits for its run to end. */
async function runAll(page) {
  const n = await page.locator("taskline-playground").count();
  for (let i = 0; i < n; i++) {
    const p = page.locator("taskline-playground").nth(i);
    await p.scrollIntoViewIfNeeded();
    await p.evaluate((el) => { el.__before = el.trace; });
    await p.getByRole("button", { name: "Run", exact: true }).click();
    await p.evaluate((el) => new Promise((resolve) => {
      const done = () => el.trace && el.trace !== el.__before && !el.running;
      if (done()) return resolve();
      el.addEventListener("taskline:run", () => resolve(), { once: true });
    }));
  }
}

/** @param {{stdout: string, error: RegExp|null}} want @param {any} got @param {string} what */
function assertResult(want, got, what) {
  assert.equal(got.output, want.stdout, `${what}: output`);
  if (want.error) assert.match(got.error || "", want.error, `${what}: error`);
  else assert.equal(got.error, null, `${what}: no error`);
  assert.ok(got.lanes > 0, `${what}: the timeline has lanes`);
}

for (const site of SITES) {
  for (const mode of ["live", "pre"]) {
    test(`${site.name}, ${mode === "pre" ? "pre-rendered" : "live"}: programs arrive intact, ${mode === "pre" ? "results show before any click, " : ""}Run works`, async () => {
      const programs = site.programs();
      const own = await serve(join(process.env.DOCSITES, `${site.name}-${mode}`), { csp: false });
      try {
        if (mode === "pre") {
          // Before embed.js arrives (here: never), the page itself carries the results.
          const p0 = await browser.newPage();
          await p0.route(/\/embed\.js$/, (r) => r.abort());
          await p0.goto(own.url + site.page);
          const statics = await p0.evaluate(() => [...document.querySelectorAll("taskline-playground")].map((el) => ({
            code: el.querySelector("pre.tl-code code")?.textContent,
            output: el.querySelector(".tl-result [aria-label=Output] pre")?.textContent,
            error: el.querySelector(".tl-result [role=alert]")?.textContent ?? null,
            tasks: el.querySelectorAll(".tl-result [aria-label=Timeline] li").length,
            story: !!el.querySelector(".tl-result [aria-label='What happened'] .story-summary"),
          })));
          assert.equal(statics.length, EXPECTED.length);
          statics.forEach((s, i) => {
            assert.equal(s.code, programs[i].code, `playground ${i + 1}: the code, without scripts`);
            assert.equal(s.output, EXPECTED[i].stdout, `playground ${i + 1}: the output, without scripts`);
            if (EXPECTED[i].error) assert.match(s.error || "", EXPECTED[i].error);
            assert.ok(s.tasks > 0, `playground ${i + 1}: the tasks, as text`);
            assert.ok(s.story, `playground ${i + 1}: what happened`);
          });
          await p0.close();
        }

        const page = await browser.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        const wasmBefore = wasmLoads(site, own);
        await page.goto(own.url + site.page);
        await page.waitForFunction((n) => {
          const els = document.querySelectorAll("taskline-playground");
          return els.length === n && [...els].every((el) => el.shadowRoot);
        }, EXPECTED.length, { timeout: 20_000 });
        const first = await readPlaygrounds(page);
        first.forEach((p, i) => {
          assert.equal(p.code, programs[i].code, `playground ${i + 1}: the program, byte for byte`);
          assert.equal(p.language, programs[i].language);
          assert.equal(p.lang, null, "no lang attribute for screen readers to misread");
          if (mode === "pre") assertResult(EXPECTED[i], p, `playground ${i + 1} before any click`);
          else assert.equal(p.output, "", `playground ${i + 1}: nothing pre-rendered in a live build`);
        });
        if (mode === "pre") {
          await page.waitForTimeout(300);
          assert.equal(wasmLoads(site, own), wasmBefore, "a pre-rendered page loads no engine until asked");
          await page.screenshot({ path: join(SHOTS, `docsite-${site.name}.png`), fullPage: true });
        }
        await runAll(page);
        const ran = await readPlaygrounds(page);
        ran.forEach((p, i) => assertResult(EXPECTED[i], p, `playground ${i + 1} after Run`));
        assert.ok(wasmLoads(site, own) > wasmBefore, site.selfHosted ? "the engine came from the site's own copy" : "the engine came from Taskline's server");
        assert.deepEqual(errors, []);
        await page.close();
      } finally {
        await own.close();
      }
    });
  }
}

test("hugo: the taskline shortcode, with the program between its tags or fetched from src", async () => {
  const md = readFileSync(join(REPO, "integrations/hugo/example/content/shortcode.md"), "utf8");
  const inline = /\{\{< taskline language="go"[^\n]*>\}\}\n([\s\S]*?)\{\{< \/taskline >\}\}/.exec(md)[1];
  const fetched = readFileSync(join(REPO, "integrations/hugo/example/static/programs/fetched.py"), "utf8");
  for (const mode of ["live", "pre"]) {
    const own = await serve(join(process.env.DOCSITES, `hugo-${mode}`), { csp: false });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(own.url + "/shortcode/");
      await page.waitForFunction(() => [...document.querySelectorAll("taskline-playground")].every((el) => el.shadowRoot && el.code !== ""), null, { timeout: 20_000 });
      const [go, py] = await readPlaygrounds(page);
      assert.equal(go.code, inline, `${mode}: the program between the tags, byte for byte`);
      assert.equal(go.language, "go");
      assert.equal(go.output, mode === "pre" ? "</script> & <b>\n" : "", `${mode}: pre-rendered only in the pre-rendered build`);
      assert.equal(py.code, fetched, `${mode}: the program fetched from src`);
      assert.equal(py.language, "python");
      await runAll(page);
      const [goRan, pyRan] = await readPlaygrounds(page);
      assert.equal(goRan.output, "</script> & <b>\n");
      assert.equal(pyRan.output, "fetched <from> src & run\n");
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await own.close();
    }
  }
});
