// The wasm module's transfer size against the budget in ../budget.json.
// It reads the build's precompressed files, so run scripts/build.sh first
// (./build.sh test does); without a build it fails rather than passing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";

const budget = JSON.parse(readFileSync(new URL("../budget.json", import.meta.url), "utf8"));
const build = new URL("../../../static/build/", import.meta.url);

test("the compressed wasm module fits the budget", () => {
  const gz = statSync(new URL("taskline.wasm.gz", build)).size;
  assert.ok(gz <= budget.wasmGzipBytes, `taskline.wasm.gz is ${gz} bytes, budget ${budget.wasmGzipBytes}`);
  const br = statSync(new URL("taskline.wasm.br", build)).size;
  assert.ok(br <= budget.wasmBrotliBytes, `taskline.wasm.br is ${br} bytes, budget ${budget.wasmBrotliBytes}`);
  // The compressed copies must be of the current module, not a stale one.
  const wasm = statSync(new URL("taskline.wasm", build));
  assert.ok(statSync(new URL("taskline.wasm.gz", build)).mtimeMs >= wasm.mtimeMs, "taskline.wasm.gz is older than taskline.wasm");
});
