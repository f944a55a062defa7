// The wasm modules' transfer sizes against the budgets in ../budget.json:
// the Python engine (taskline.wasm), which every visitor downloads, and the
// Go engine (taskline-go.wasm), fetched when Go is run. It reads the
// build's precompressed files, so run scripts/build.sh first (./build.sh
// test does); without a build it fails rather than passing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const build = new URL("../../../static/build/", import.meta.url);

for (const [file, limits] of [
  ["taskline.wasm", { gz: budget.wasmGzipBytes, br: budget.wasmBrotliBytes }],
  ["taskline-go.wasm", { br: budget.goWasmBrotliBytes }],
]) {
  test(`the compressed ${file} fits the budget`, () => {
    if (limits.gz !== undefined) {
      const gz = statSync(new URL(file + ".gz", build)).size;
      assert.ok(gz <= limits.gz, `${file}.gz is ${gz} bytes, budget ${limits.gz}`);
    }
    const br = statSync(new URL(file + ".br", build)).size;
    assert.ok(br <= limits.br, `${file}.br is ${br} bytes, budget ${limits.br}`);
    // The compressed copies must be of the current module, not a stale one.
    const wasm = statSync(new URL(file, build));
    for (const ext of [".gz", ".br"]) assert.ok(statSync(new URL(file + ext, build)).mtimeMs >= wasm.mtimeMs, `${file}${ext} is older than ${file}`);
  });
}
