// @ts-check
// Program links: `#lang=python&code=BASE64URL` (base64url of the UTF-8
// source, no padding) and the server's short links /p/{id}.

/** @param {string} s */
export function encodeCode(s) {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** @param {string} s @returns {string} throws on bad input */
export function decodeCode(s) {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/").replace(/\s/g, "");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * Reads a program from a location hash, or null if it has none.
 * @param {string} hash @returns {{lang: string, code: string, python?: string}|null}
 */
export function parseHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const code = p.get("code");
  if (code === null) return null;
  /** @type {{lang: string, code: string, python?: string}} */
  const out = { lang: p.get("lang") || "python", code: decodeCode(code) };
  const py = p.get("python");
  if (py) out.python = py;
  return out;
}

/** @param {{lang: string, code: string, python?: string}} prog */
export function hashFor(prog) {
  let h = `#lang=${encodeURIComponent(prog.lang)}`;
  if (prog.lang === "python" && prog.python && prog.python !== "3.11") h += `&python=${encodeURIComponent(prog.python)}`;
  return h + `&code=${encodeCode(prog.code)}`;
}

/**
 * Whether a page's address holds a program of its own, a short link's id
 * or a program in the hash (parseHash), rather than opening on the seed
 * example. @param {{pathname: string, hash: string}} loc
 */
export function ownProgram(loc) {
  return shortID(loc.pathname) !== null || new URLSearchParams(loc.hash.replace(/^#/, "")).has("code");
}

/** The id of a short link path /p/{id}, or null. @param {string} path */
export function shortID(path) {
  const m = /^\/p\/([A-Za-z0-9_-]+)\/?$/.exec(path);
  return m ? m[1] : null;
}
