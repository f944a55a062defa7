import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { splitFailure, frameLine, diffRows } from "../../src/story.js";

const seed = JSON.parse(readFileSync(new URL("../fixtures/seed.json", import.meta.url), "utf8"));

/** A trace with these prints and this outcome (the fields splitFailure reads). */
const run = (prints, outcome) => ({
  file: "main.py",
  events: prints.map(([stream, detail]) => ({ kind: "print", stream, detail, task: 0, related: -1, t: 0 })),
  outcome,
});

test("the seed's traceback, written after every print, goes to the alert and only there", () => {
  const f = splitFailure(seed);
  assert.deepEqual(f.prints, [{ stream: 1, text: "a: done, cancelling my own task\n" }]);
  assert.equal(f.outcome.stderr, "");
  assert.equal(f.outcome.stdout, "a: done, cancelling my own task\n");
  assert.match(f.text, /^Traceback \(most recent call last\):\n/);
  assert.match(f.text, /\nasyncio\.exceptions\.CancelledError\n$/);
  assert.equal(f.text, seed.outcome.stderr, "in full");
});

test("a traceback printed as the run's last stderr print is taken out of the prints; earlier stderr stays", () => {
  // print("top", file=sys.stderr), then a chained exception ends the program.
  const tb = "Traceback (most recent call last):\n  File \"main.py\", line 8, in main\n    raise KeyError(\"a\")\nKeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"main.py\", line 12, in <module>\n    asyncio.run(main())\n  File \"main.py\", line 10, in main\n    raise ValueError(\"b\")\nValueError: b\n";
  const t = run([[2, "top\n"], [1, "out\n"], [2, tb]], {
    kind: "exception", exitCode: 1, stdout: "out\n", stderr: "top\n" + tb,
    error: { type: "ValueError", message: "b", line: "ValueError: b" },
  });
  const f = splitFailure(t);
  assert.deepEqual(f.prints, [{ stream: 2, text: "top\n" }, { stream: 1, text: "out\n" }]);
  assert.equal(f.outcome.stderr, "top\n");
  assert.equal(f.text, tb, "the whole chain, not only the last exception");
});

test("a Go panic report is split off the same way", () => {
  const report = "panic: assignment to entry in nil map\n\ngoroutine 19 [running]:\nmain.main.func2(...)\n\t./prog.go:20\ncreated by main.main in goroutine 1\n\t./prog.go:17\n";
  const t = { ...run([[1, "start\n"], [2, report]], {
    kind: "panic", exitCode: 2, stdout: "start\n", stderr: report,
    error: { type: "panic", message: "assignment to entry in nil map", line: "panic: assignment to entry in nil map" },
  }), file: "prog.go" };
  const f = splitFailure(t);
  assert.deepEqual(f.prints, [{ stream: 1, text: "start\n" }]);
  assert.equal(f.text, report);
  assert.equal(f.outcome.stderr, "");
});

test("without an error nothing is split; stderr the program printed is output", () => {
  const t = run([[1, "a\n"], [2, "warning\n"]], { kind: "ok", exitCode: 0, stdout: "a\n", stderr: "warning\n" });
  const f = splitFailure(t);
  assert.equal(f.text, "");
  assert.equal(f.prints.length, 2);
  assert.equal(f.outcome.stderr, "warning\n");
});

test("a last stderr print that is not the error stays in the output", () => {
  const t = run([[2, "log line\n"]], {
    kind: "stopped", exitCode: 130, stdout: "", stderr: "log line\n",
    error: { type: "Stopped", line: "stopped by the user" },
  });
  const f = splitFailure(t);
  assert.equal(f.text, "", "nothing recognisable: the alert shows the error's line");
  assert.deepEqual(f.prints, [{ stream: 2, text: "log line\n" }]);
});

test("frame lines link to the program's own lines, not to other files", () => {
  assert.equal(frameLine('  File "main.py", line 12, in worker', "main.py"), 12);
  assert.equal(frameLine('  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run', "main.py"), 0);
  assert.equal(frameLine("\t./prog.go:20 +0x1d", "prog.go"), 20);
  assert.equal(frameLine("\t/usr/local/go/src/runtime/panic.go:770", "prog.go"), 0);
  assert.equal(frameLine("main.main.func2(...)", "prog.go"), 0);
  assert.equal(frameLine("    await asyncio.sleep(0)", "main.py"), 0);
});

test("a unified diff becomes rows numbered in the old and the new program", () => {
  const diff = "--- a/main.py\n+++ b/main.py\n@@ -16,3 +16,3 @@\n async def main():\n-    x = await gather(a(), b())\n+    x = await gather(a(), b(), return_exceptions=True)\n     print(x)\n@@ -30,2 +30,3 @@\n one\n+two\n three\n";
  const rows = diffRows(diff);
  assert.deepEqual(rows.map((r) => `${r.op}${r.line}`), ["@16", " 16", "-17", "+17", " 18", "@30", " 30", "+31", " 32"]);
  assert.equal(rows[3].text, "    x = await gather(a(), b(), return_exceptions=True)");
});
