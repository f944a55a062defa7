import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeCode, decodeCode, parseHash, hashFor, shortID, ownProgram } from "../../src/share.js";

test("base64url round-trips UTF-8 source without padding", () => {
  for (const s of ["", "print('hi')\n", "naïve = 'π ≈ 3.14' # ✓\n", "x".repeat(100_000)]) {
    const e = encodeCode(s);
    assert.doesNotMatch(e, /[+/=]/);
    assert.equal(decodeCode(e), s);
  }
  assert.equal(encodeCode("a?>"), "YT8-"); // base64 "YT8+"
});

test("parseHash reads lang, python and code", () => {
  const code = "import asyncio\n";
  assert.deepEqual(parseHash(`#lang=python&code=${encodeCode(code)}`), { lang: "python", code });
  assert.deepEqual(parseHash(`#lang=go&code=${encodeCode("package main")}`), { lang: "go", code: "package main" });
  assert.deepEqual(parseHash(`#lang=python&python=3.7&code=${encodeCode(code)}`), { lang: "python", code, python: "3.7" });
  assert.equal(parseHash("#other=1"), null);
  assert.throws(() => parseHash("#lang=python&code=%%%"));
  assert.throws(() => parseHash("#lang=python&code=_w")); // 0xff is not UTF-8
});

test("hashFor writes what parseHash reads", () => {
  const p = { lang: "python", code: "print(1)\n", python: "3.7" };
  assert.deepEqual(parseHash(hashFor(p)), p);
  assert.equal(hashFor({ lang: "python", code: "x", python: "3.11" }), "#lang=python&code=eA");
});

test("shortID matches /p/{id} only", () => {
  assert.equal(shortID("/p/abc_123-X"), "abc_123-X");
  assert.equal(shortID("/p/abc/"), "abc");
  assert.equal(shortID("/"), null);
  assert.equal(shortID("/p/"), null);
  assert.equal(shortID("/p/a/b"), null);
});

test("ownProgram: a short link or a hash with a program, and nothing else, opens on a program of its own", () => {
  assert.equal(ownProgram({ pathname: "/p/abc", hash: "" }), true);
  assert.equal(ownProgram({ pathname: "/", hash: hashFor({ lang: "go", code: "package main" }) }), true);
  assert.equal(ownProgram({ pathname: "/", hash: "#code=" }), true, "an empty program is still the link's");
  assert.equal(ownProgram({ pathname: "/", hash: "" }), false);
  assert.equal(ownProgram({ pathname: "/", hash: "#lang=go" }), false, "no code: the seed, as parseHash says");
  assert.equal(ownProgram({ pathname: "/index.html", hash: "#top" }), false);
  // It agrees with parseHash on every hash here.
  for (const hash of ["", "#lang=go", "#code=eA", "#lang=python&code=eA&python=3.7", "#x=1&code="]) {
    assert.equal(ownProgram({ pathname: "/", hash }), parseHash(hash) !== null, hash);
  }
});
