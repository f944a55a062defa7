import { test } from "node:test";
import assert from "node:assert/strict";
import { outputChunks, capChunks, outcomeWords, memoryLimitHit, cutNote, OUTPUT_CAP } from "../../src/output.js";

const show = (cs) => cs.map((c) => `${c.stream}:${JSON.stringify(c.text)}`).join(" ");

test("outputChunks merges prints per stream in order and appends what the outcome adds", () => {
  const cases = [
    ["merged per stream in order", [{ stream: 1, text: "a\n" }, { stream: 1, text: "b\n" }, { stream: 2, text: "warn\n" }, { stream: 1, text: "c\n" }], "a\nb\nc\n", "warn\n",
      `1:"a\\nb\\n" 2:"warn\\n" 1:"c\\n"`],
    ["traceback after the prints", [{ stream: 1, text: "a: done\n" }], "a: done\n", "Traceback (most recent call last):\nValueError\n",
      `1:"a: done\\n" 2:"Traceback (most recent call last):\\nValueError\\n"`],
    ["a run that never started", [], "", "taskline: language \"x\" is not supported\n", `2:"taskline: language \\"x\\" is not supported\\n"`],
    ["stream 0 counts as stdout", [{ stream: 0, text: "x" }], "x", "", `1:"x"`],
    ["outcome text that disagrees with the prints is not appended", [{ stream: 1, text: "x" }], "y", "", `1:"x"`],
    ["prints past the trace's event cap come from the outcome", [{ stream: 1, text: "a" }], "abc", "", `1:"abc"`],
    ["empty", [], "", "", ""],
  ];
  for (const [name, prints, stdout, stderr, want] of cases) assert.equal(show(outputChunks(prints, stdout, stderr)), want, name);
});

// for i in range(10000): print("x" * 99) — 1 MB in 10,000 prints. The page's
// Go instance merged these by repeated concatenation and ran out of memory.
test("outputChunks of 100,000 prints (10 MB) is one chunk, built once", () => {
  const line = "x".repeat(99) + "\n";
  const prints = Array.from({ length: 100_000 }, () => ({ stream: 1, text: line }));
  const cs = outputChunks(prints, line.repeat(100_000), "");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].text.length, 10_000_000);
});

test("capChunks keeps the first cap characters across streams", () => {
  const cs = [{ stream: 1, text: "abc" }, { stream: 2, text: "defg" }, { stream: 1, text: "h" }];
  assert.deepEqual(capChunks(cs, 10), { chunks: cs, total: 8, cut: false });
  const r = capChunks(cs, 5);
  assert.equal(show(r.chunks), `1:"abc" 2:"de"`);
  assert.equal(r.total, 8);
  assert.equal(r.cut, true);
  assert.equal(OUTPUT_CAP, 1 << 20);
  assert.match(cutNote(10_000_000), /^output cut at 1 MB; the run went on \(10 MB printed in all\)$/);
});


test("outcomeWords says how a run ended in plain words", () => {
  const limits = { maxMemory: 512 << 20 };
  assert.equal(outcomeWords({ kind: "ok" }, limits), "done");
  assert.equal(outcomeWords({ kind: "exception", error: { type: "MemoryError", message: "", line: "MemoryError" } }, limits), "the program used more than 512 MB");
  assert.equal(outcomeWords({ kind: "panic", error: { type: "fatal error", line: "fatal error: runtime: out of memory" } }, { maxMemory: 64 << 20 }), "the program used more than 64 MB");
  // A MemoryError the program raised itself, with a message, is just an exception.
  assert.equal(memoryLimitHit({ error: { type: "MemoryError", message: "mine", line: "MemoryError: mine" } }), false);
  assert.equal(outcomeWords({ kind: "exception", error: { type: "ValueError", message: "x" } }, limits), "exception");
  assert.equal(outcomeWords({ kind: "internal", error: { type: "EngineFailed", message: "the engine stopped answering" } }, limits), "the engine stopped answering");
});
