// The embed element's inputs and the iframe's size, in headless Chromium,
// on a page of another origin that loads embed.js from the real server:
// - the program comes from the element's text, an escaped
//   <script type="text/plain">, a <template> or src=, intact;
// - "lang" from old snippets becomes "language";
// - a result child or attribute shows before any click;
// - an /embed iframe grows or shrinks to its content;
// - /docs/embed writes its snippets with its own origin, each with a
//   working Copy button.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, BASE, SHOTS } from "./harness.js";
import { serve } from "../../embed/test/serve.mjs";

const STATIC = new URL("../../../static/", import.meta.url).pathname;

let browser, other;

// Programs with what HTML and Markdown like to break: blank lines, quotes,
// "<", "&", a "</script>" string, a literal "<\".
const TRICKY = 'import asyncio\n\n\nasync def main():\n    s = "</script><!-- x --> a < b && \'c\' <\\\\ d"\n    print(s)\n\n\nasyncio.run(main())\n';
const TRICKY_OUT = "</script><!-- x --> a < b && 'c' <\\ d\n";
const GO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tfmt.Println(<-ch)\n}\n';

const escapeScript = (s) => s.replace(/<(?=\\|\/script|!--)/gi, "<\\");
const escapeHTML = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

before(async () => {
  browser = await launch({ permissions: ["clipboard-read", "clipboard-write"] });
});

after(async () => {
  await browser?.close();
  await other?.close();
});

test("the program comes from text, an escaped script child, a template or src=; lang moves to language; results show before a click", async () => {
  const outcome = JSON.stringify({ kind: "ok", exitCode: 0, stdout: "pre-rendered </script> & more\n", stderr: "" }).replace(/</g, "\\u003c");
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>inputs</title>
<script type="module" src="${BASE}/embed.js"></script></head><body>
<taskline-playground id="text" lang="python">
  print("from the text")
</taskline-playground>
<taskline-playground id="script" language="python"><script type="text/plain">${escapeScript(TRICKY)}</script></taskline-playground>
<taskline-playground id="template" language="python"><template>${escapeHTML(TRICKY)}</template></taskline-playground>
<taskline-playground id="src" src="/prog.go"></taskline-playground>
<taskline-playground id="child" language="python"><script type="text/plain">print("x")</script><script type="application/json" class="taskline-result">${outcome}</script></taskline-playground>
<taskline-playground id="attr" language="python" result='{"outcome":{"kind":"exception","exitCode":1,"stdout":"","stderr":"ValueError: boom\\n","error":{"type":"ValueError","line":"ValueError: boom"}}}'>raise ValueError("boom")</taskline-playground>
</body></html>`;
  other = await serve(STATIC, { extra: { "/inputs.html": ["text/html; charset=utf-8", page], "/prog.go": ["text/plain; charset=utf-8", GO] }, csp: false });
  const p = await browser.ctx.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(e.stack));
  await p.goto(`${other.url}/inputs.html`);
  await p.waitForFunction(() => document.getElementById("src").code.startsWith("package main"), null, { timeout: 15_000 });
  const got = await p.evaluate(() => Object.fromEntries([...document.querySelectorAll("taskline-playground")].map((el) => [el.id, {
    code: el.code, language: el.getAttribute("language"), lang: el.getAttribute("lang"),
    output: el.shadowRoot.querySelector("section[aria-label=Output] pre").textContent,
    alert: el.shadowRoot.querySelector("[role=alert]").hidden ? null : el.shadowRoot.querySelector("[role=alert]").textContent,
    select: el.shadowRoot.querySelector("select[aria-label=Language]").value,
  }])));
  assert.deepEqual(got.text, { code: 'print("from the text")\n', language: "python", lang: null, output: "", alert: null, select: "python" });
  assert.equal(got.script.code, TRICKY, "an escaped script child gives the program back as written");
  assert.equal(got.template.code, TRICKY);
  assert.equal(got.src.code, GO);
  assert.equal(got.src.language, "go", "a .go src is Go");
  assert.equal(got.src.select, "go");
  assert.equal(got.child.output, "pre-rendered </script> & more\n", "a result child shows before any click");
  assert.equal(got.attr.alert, "ValueError: boom\n", "a result attribute shows its error before any click");

  // Run the ones whose result only a run can show.
  for (const id of ["script", "src"]) {
    const el = p.locator(`#${id}`);
    await el.getByRole("button", { name: "Run", exact: true }).click();
    await p.waitForFunction((i) => document.getElementById(i).trace?.outcome, id, { timeout: 60_000 });
  }
  assert.equal(await p.locator("#script").getByRole("region", { name: "Output" }).textContent(), TRICKY_OUT);
  assert.equal(await p.locator("#src").getByRole("region", { name: "Output" }).textContent(), "1\n");
  assert.deepEqual(errors, []);
  await p.close();
  await other.close();
  other = null;
});

test("an /embed iframe takes the height of its content", async () => {
  const code = (src) => Buffer.from(src).toString("base64url");
  const long = Array.from({ length: 30 }, (_, i) => `print(${i})`).join("\n") + "\n";
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frames</title>
<script type="module" src="${BASE}/embed.js"></script></head><body>
<iframe id="short" title="Taskline playground" src="${BASE}/embed#lang=python&code=${code('print("hi")\n')}" width="800" height="900" style="border:0"></iframe>
<iframe id="long" title="Taskline playground" src="${BASE}/embed#lang=python&code=${code(long)}" width="800" height="100" style="border:0"></iframe>
</body></html>`;
  const host = await serve(STATIC, { extra: { "/frames.html": ["text/html; charset=utf-8", page] }, csp: false });
  try {
    const p = await browser.ctx.newPage();
    await p.goto(`${host.url}/frames.html`);
    await p.waitForFunction(() => ["short", "long"].every((id) => document.getElementById(id).style.height !== ""), null, { timeout: 20_000 });
    // Each frame is exactly as tall as the page inside it.
    for (const id of ["short", "long"]) {
      const frame = await (await p.$(`#${id}`)).contentFrame();
      await frame.waitForFunction(() => document.querySelector("taskline-playground")?.shadowRoot);
      const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await p.waitForFunction(([i, h]) => document.getElementById(i).getBoundingClientRect().height === h, [id, inner], { timeout: 10_000 });
    }
    const [short, tall] = await p.evaluate(() => ["short", "long"].map((id) => document.getElementById(id).getBoundingClientRect().height));
    assert.ok(short < 900 && short > 100, `the short program's frame shrank from 900px to its content: ${short}`);
    assert.ok(tall > short + 200, `the long program's frame grew past 100px to its content: ${tall}`);
    await p.screenshot({ path: join(SHOTS, "embed-frames.png"), fullPage: true });
    await p.close();
  } finally {
    await host.close();
  }
});

test("/docs/embed writes snippets with its own origin, each with a Copy button", async () => {
  const p = await browser.ctx.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(e.stack));
  await p.goto(`${BASE}/docs/embed`);
  await p.waitForSelector("button.tl-copy");
  const snippets = await p.evaluate(() => [...document.querySelectorAll(".tl-snippet")].map((s) => ({
    text: s.querySelector("code").textContent, button: !!s.querySelector("button.tl-copy"), focusable: s.querySelector("pre").tabIndex === 0,
  })));
  assert.ok(snippets.length >= 5, `snippets: ${snippets.length}`);
  assert.ok(snippets.every((s) => s.button && s.focusable));
  const all = snippets.map((s) => s.text).join("\n");
  assert.ok(!all.includes("taskline.example"), "no placeholder address left in a snippet");
  assert.ok(all.includes(`${BASE}/embed.js`), "the element's script tag uses this origin");
  const withOrigin = snippets.findIndex((s) => s.text.includes(`${BASE}/embed.js`));
  await p.getByRole("button", { name: `Copy snippet ${withOrigin + 1}`, exact: true }).click();
  await p.waitForFunction(() => document.querySelector(".tl-copy-status").textContent !== "");
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), snippets[withOrigin].text);
  assert.deepEqual(errors, []);
  await p.close();
});
