// @ts-check
// The engine's files sit next to embed.js: in /build/ on Taskline's server
// (which also answers /embed.js, an alias of /build/embed.js), or in
// whatever folder a site copied them to when it hosts them itself
// (docs/EMBED.md, "Hosting the files yourself"). Imported first by embed.js,
// so the base is known before any playground asks for the engine.

import { setAssetBase } from "./runtime.js";

const dir = new URL("./", import.meta.url);
setAssetBase(dir.pathname === "/" ? new URL("build/", dir).href : dir.href);
