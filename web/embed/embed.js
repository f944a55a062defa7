// @ts-check
// embed.js: what another site loads to use <taskline-playground>
// (docs/EMBED.md). It only defines the element; nothing loads until a
// playground is visible or used.

export { TasklinePlayground } from "./playground.js";
