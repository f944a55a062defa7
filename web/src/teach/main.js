// @ts-check
// The classroom pages' script (static/build/teach.js): /teach.html, where a
// teacher writes a set, and /set.html, where a class works through it.

import { teachPage } from "./editor.js";
import { setPage } from "./setpage.js";
import { registerOffline } from "./offline.js";

registerOffline();
if (document.body.dataset.page === "teach") teachPage();
else setPage();
