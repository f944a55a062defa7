// @ts-check
// The script of lesson pages (static/build/lessons/lesson.js): the
// <taskline-playground> element, plus exercises and the index's progress.
// The pages read fine without it: every result is pre-rendered.

import "./playground.js";
import { openProgress } from "./progress.js";
import { setupExercise, setupIndex } from "./exercise.js";

const progress = openProgress();
for (const s of document.querySelectorAll("section.tl-exercise")) setupExercise(/** @type {HTMLElement} */ (s), progress);
setupIndex(document, progress);
/** @type {any} */ (window).tasklineLesson = { progress };
