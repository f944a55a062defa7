import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { Client, STOP_GRACE_MS } from "../../src/client.js";

// The smallest valid wasm module: magic and version.
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A stand-in for the run worker: answers init, and runs as `behave` says. */
class FakeWorker {
  static all = [];
  static behave = "answer";
  constructor(url) {
    this.url = url;
    this.sent = [];
    this.terminated = false;
    FakeWorker.all.push(this);
  }
  postMessage(m) {
    this.sent.push(m);
    const reply = (d) => queueMicrotask(() => this.onmessage?.({ data: d }));
    if (m.type === "init") reply({ type: "ready", languages: ["go", "python"] });
    else if (m.type === "run" && FakeWorker.behave === "answer") {
      reply({ type: "done", id: m.id, trace: { tasks: [], spans: [], events: [], outcome: { kind: "ok", exitCode: 0, stdout: m.source.toUpperCase(), stderr: "" } } });
    } else if (m.type === "stop" && FakeWorker.behave === "stops") {
      reply({ type: "done", id: m.id, trace: { tasks: [], spans: [], events: [], outcome: { kind: "stopped", exitCode: 130, stdout: "partial", stderr: "" } } });
    }
  }
  terminate() { this.terminated = true; }
}

function setup(behave) {
  FakeWorker.all = [];
  FakeWorker.behave = behave;
  globalThis.Worker = FakeWorker;
  globalThis.fetch = async () => new Response(WASM, { headers: { "content-type": "application/wasm" } });
  return new Client({ wasmURL: "/t.wasm", workerURL: "/w.js" });
}

const flush = () => new Promise((r) => setImmediate(r));

test("run sends the program to the worker and resolves with its result", async () => {
  const c = setup("answer");
  assert.deepEqual(await c.start(), ["go", "python"]);
  const r = await c.run("print", { python: "3.7" });
  assert.equal(r.stdout, "PRINT");
  assert.equal(r.exitCode, 0);
  assert.equal(r.trace.outcome.kind, "ok");
  const run = FakeWorker.all[0].sent.find((m) => m.type === "run");
  assert.deepEqual(run.options, { python: "3.7", lang: "python" });
  assert.ok(FakeWorker.all[0].sent[0].module instanceof WebAssembly.Module, "the compiled module goes to the worker");
});

test("stop: a worker that answers hands back its partial result", async () => {
  const c = setup("stops");
  await c.start();
  const p = c.run("loop");
  await flush();
  assert.equal(c.current() > 0, true);
  c.stop();
  const r = await p;
  assert.equal(r.trace.outcome.kind, "stopped");
  assert.equal(r.stdout, "partial");
  assert.equal(FakeWorker.all.length, 1, "the worker is kept");
});

test("stop: a worker that never answers is replaced after the grace period", async (t) => {
  const c = setup("hang");
  await c.start();
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const first = c.run("loop");
  await flush();
  const second = c.run("next"); // queued behind the runaway
  await flush();
  c.stop();
  // Both runs were in flight when Stop was pressed, so both end.
  t.mock.timers.tick(STOP_GRACE_MS);
  const r = await first;
  assert.equal(r.trace.outcome.kind, "stopped");
  assert.equal(r.exitCode, 130);
  assert.equal(FakeWorker.all[0].terminated, true);
  const r2 = await second;
  assert.equal(r2.trace.outcome.kind, "stopped");
  await flush();
  assert.equal(FakeWorker.all.length, 2, "a fresh worker is started");
  assert.equal(FakeWorker.all[1].sent[0].type, "init");
});

test("a run queued after a stop goes to the fresh worker", async (t) => {
  const c = setup("hang");
  await c.start();
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const first = c.run("loop");
  await flush();
  c.stop();
  const second = c.run("after"); // asked after Stop: must not be lost
  await flush();
  FakeWorker.behave = "answer";
  t.mock.timers.tick(STOP_GRACE_MS);
  assert.equal((await first).trace.outcome.kind, "stopped");
  const r2 = await second;
  assert.equal(r2.stdout, "AFTER");
  assert.equal(FakeWorker.all.length, 2);
});
