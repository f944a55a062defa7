// A small static server for the embed browser tests' "other sites": the
// documentation pages of another origin (another loopback port) that embed
// Taskline. Taskline itself is the real server (serve.go, started by
// web/test/with-server.sh); this one only serves the test's own pages and,
// for convenience, the same static files.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".map": "application/json", ".svg": "image/svg+xml",
};

export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'";

/** Maps a URL path to a file under the repository's static/ directory. */
function route(path) {
  if (path === "/embed") return "embed.html";
  if (path === "/embed.js") return "build/embed.js";
  if (path === "/lessons" || path === "/lessons/") return "build/lessons/index.html";
  if (path.startsWith("/lessons/")) return "build/lessons/" + path.slice("/lessons/".length);
  if (path.endsWith("/")) return path.slice(1) + "index.html";
  return path.slice(1);
}

/**
 * Serves root (static/) on a free loopback port; extra maps paths to
 * [content type, body] for pages made by the test.
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve(root, { extra = {}, csp = true } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (extra[path]) {
      res.writeHead(200, { "Content-Type": extra[path][0], "Cache-Control": "no-store" });
      res.end(extra[path][1]);
      return;
    }
    const rel = normalize(route(path));
    if (rel.startsWith("..")) { res.writeHead(400).end(); return; }
    const file = join(root, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      const headers = { "Content-Type": TYPES[extname(file)] || "application/octet-stream", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
      if (path === "/embed.js" || path.startsWith("/build/")) headers["Access-Control-Allow-Origin"] = "*";
      if (csp && headers["Content-Type"].startsWith("text/html")) {
        headers["Content-Security-Policy"] = CSP + (path === "/embed" ? "; frame-ancestors *" : "; frame-ancestors 'none'");
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
