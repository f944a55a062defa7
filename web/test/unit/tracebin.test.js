// The page's reader of the trace's binary form, on bytes the Go encoder
// wrote from a real run (engine/trace's TestBinaryFixture writes
// fixtures/tracebin.bin and, from the same run, the JSON form
// fixtures/tracebin.json): it must read back what JSON.parse reads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decodeTrace, decodeSteps, finishSteps } from "../../src/tracebin.js";

const dir = new URL("../fixtures/", import.meta.url);
/** A fresh ArrayBuffer (a Buffer may sit at any offset of a shared pool). */
const bin = () => Uint8Array.from(readFileSync(new URL("tracebin.bin", dir))).buffer;
const want = JSON.parse(readFileSync(new URL("tracebin.json", dir), "utf8"));

test("the binary form reads back as the JSON form", () => {
  const got = decodeTrace(bin());
  assert.deepEqual(got, want);
  // What the fixture is there for: characters outside the BMP, a byte
  // that was not UTF-8, events with and without a detail and a column.
  const text = got.events.filter((e) => e.kind === "print").map((e) => e.detail).join("");
  assert.match(text, /héllo 😀 2\n\ufffdx\n/);
  assert.ok(got.events.some((e) => e.pos.col === undefined) && got.events.some((e) => e.detail === undefined));
});

test("decoded in slices, yielding between them, it is the same", async () => {
  const steps = decodeSteps(bin(), 3);
  let n = 0;
  const counting = /** @type {Generator<void, any, void>} */ ({ next: () => { n++; return steps.next(); }, [Symbol.iterator]() { return this; } });
  assert.deepEqual(await finishSteps(counting, 0), want);
  assert.ok(n > want.events.length / 3, `${n} steps for ${want.events.length} events in slices of 3`);
});

test("what is not a trace of this version is refused at the first step", () => {
  const b = bin();
  assert.throws(() => decodeTrace(new ArrayBuffer(8)), /not a trace/);
  const v = new Uint8Array(b.slice(0));
  v[4] = 9;
  assert.throws(() => decodeTrace(v.buffer), /version 9/);
  assert.throws(() => decodeTrace(b.slice(0, b.byteLength - 1)), /header says/);
});

test("a string index past the table is refused, not read as undefined", () => {
  const b = bin(), dv = new DataView(b);
  const headLen = dv.getUint32(8, true), n = dv.getUint32(12, true);
  // The kind column follows the times (8 bytes each) and the tasks (4).
  const kindAt = 32 + ((headLen + 7) & ~7) + n * 12;
  dv.setInt32(kindAt + 4 * 2, 1 << 20, true);
  assert.throws(() => decodeTrace(b), /kind of record 2 is string 1048576/);
});
