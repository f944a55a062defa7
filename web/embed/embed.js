// @ts-check
// embed.js: what another site loads to use <taskline-playground>
// (docs/EMBED.md). It defines the element, and sizes every /embed iframe
// on the page to its content when the frame says how tall it is
// ({type: "taskline:resize", height}). Nothing else loads until a
// playground is visible or used.

import "./base.js";
export { TasklinePlayground, escapeScript } from "./playground.js";
import { listenForFrameSizes } from "./frame-size.js";

listenForFrameSizes(window);
