// @ts-check
// Colours and patterns of the states and markers. Every state has a pattern
// as well as a colour, so the timeline reads without colour vision; the
// legend, the canvas and the SVG export all take them from here.

/** @typedef {"solid"|"hatch"|"dots"|"hlines"|"cross"|"backhatch"} Pattern */

/** @type {Record<string, {light: string, dark: string, pattern: Pattern, label: string}>} */
export const STATE_STYLE = {
  running: { light: "#2e7d32", dark: "#66bb6a", pattern: "solid", label: "running" },
  ready: { light: "#90a4ae", dark: "#78909c", pattern: "hatch", label: "ready" },
  sleeping: { light: "#6a8fd8", dark: "#7fa7ff", pattern: "dots", label: "sleeping" },
  awaiting: { light: "#b08900", dark: "#e0b000", pattern: "hlines", label: "awaiting" },
  blocked: { light: "#8e44ad", dark: "#c07ee0", pattern: "cross", label: "blocked" },
  cancelling: { light: "#c62828", dark: "#ff6b6b", pattern: "backhatch", label: "cancelling" },
};

/** Marker shapes and colours, and the words the legend uses. */
export const MARKER_STYLE = {
  "cancel-request": { shape: "x", light: "#b71c1c", dark: "#ff8a80", label: "cancel request" },
  "cancel-delivered": { shape: "diamond", light: "#b71c1c", dark: "#ff8a80", label: "cancel delivered" },
  raise: { shape: "triangle", light: "#e65100", dark: "#ffab40", label: "raise" },
  catch: { shape: "circle", light: "#1565c0", dark: "#82b1ff", label: "catch" },
  return: { shape: "square", light: "#1b5e20", dark: "#b9f6ca", label: "return" },
  panic: { shape: "triangle", light: "#e65100", dark: "#ffab40", label: "panic" },
  recover: { shape: "circle", light: "#1565c0", dark: "#82b1ff", label: "recover" },
  "ctx-cancel": { shape: "x", light: "#b71c1c", dark: "#ff8a80", label: "context cancelled" },
};

/** Lane badges (leaked, left over, pending): the label column and the SVG. */
export const BADGE_STYLE = {
  leaked: { light: "#b71c1c", dark: "#ff8a80" },
  leftover: { light: "#8a5a00", dark: "#e0b000" },
  pending: { light: "#8a5a00", dark: "#e0b000" },
};

export const THEME = {
  light: { bg: "#ffffff", fg: "#1d1d1f", grid: "#e3e3e6", lane: "#f4f4f6", arrow: "#b71c1c", await: "#555b66", cursor: "#0b57d0", select: "#0b57d0" },
  dark: { bg: "#16181c", fg: "#e6e6e9", grid: "#2c2f36", lane: "#1f2228", arrow: "#ff8a80", await: "#a3a9b5", cursor: "#8ab4f8", select: "#8ab4f8" },
};

/** An SVG path (in a 10×10 tile) drawing the pattern's ink. @param {Pattern} p */
export function patternPath(p) {
  switch (p) {
    case "hatch": return "M-1,11 L11,-1 M-6,6 L6,-6 M4,16 L16,4";
    case "backhatch": return "M-1,-1 L11,11 M-6,4 L6,16 M4,-6 L16,6";
    case "hlines": return "M0,2.5 L10,2.5 M0,7.5 L10,7.5";
    case "cross": return "M-1,11 L11,-1 M-1,-1 L11,11";
    case "dots": return "M2.5,2.5 h0.01 M7.5,7.5 h0.01";
    default: return "";
  }
}
