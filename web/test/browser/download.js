// What a page downloads, in brotli bytes: the one measure of the first-run
// budget, used by the browser test (engines.test.js) and the benchmark
// (web/test/bench/bench.mjs).
import { existsSync, statSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const BUILD = new URL("../../../static/build/", import.meta.url).pathname;

/**
 * The brotli size of a response as the server sends it to a browser that
 * accepts brotli: the build's precompressed copy where there is one (what
 * the server serves), else the body compressed here at quality 11.
 * @param {import("playwright-core").Response} resp
 */
export async function brotliSize(resp) {
  const path = new URL(resp.url()).pathname;
  const pre = BUILD + path.replace(/^\/build\//, "") + ".br";
  if (path.startsWith("/build/") && existsSync(pre)) return statSync(pre).size;
  const body = await resp.body().catch(() => Buffer.alloc(0));
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Sums the brotli sizes of responses; returns the total and one line per
 * response ("path bytes").
 * @param {import("playwright-core").Response[]} responses
 */
export async function downloaded(responses) {
  let total = 0;
  const lines = [];
  for (const r of responses) {
    const n = await brotliSize(r);
    total += n;
    lines.push(`${new URL(r.url()).pathname} ${n}`);
  }
  return { total, lines };
}
