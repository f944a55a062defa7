// The exercise-set and work-file documents (web/src/teach/set.js): what a
// page accepts, what it refuses and says, and what a student's file holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSet, parseWork, forStudents, workFor, parseSetHash, dataHash, exerciseKey } from "../../src/teach/set.js";

const SET = {
  taskline: "set", version: 1, id: "abc", title: "T",
  exercises: [{ id: "e1", title: "One", lang: "python", python: "3.7", prompt: "p", starter: "s", solution: "secret", checksText: "no pending", checks: [{ kind: "no-pending", text: "no pending", line: 1 }], hints: ["h"] },
    { id: "e2", title: "Two", lang: "go", prompt: "", starter: "package main", checksText: "", checks: [], hints: [] }],
};

test("a set survives its own link and loses its solutions for the class", () => {
  const back = parseSet(parseSetHash(dataHash(SET)).data);
  assert.deepEqual(back, SET);
  const cls = forStudents(back);
  assert.equal(cls.exercises.some((e) => "solution" in e), false);
  assert.equal(back.exercises[0].solution, "secret", "the teacher's copy is untouched");
  assert.deepEqual(parseSetHash("#set=AbCdEfGh_-"), { id: "AbCdEfGh_-" });
  assert.equal(parseSetHash("#set=short"), null);
});

test("a set that is not one is refused with a reason", () => {
  assert.throws(() => parseSet("{"), /not an exercise set: /);
  assert.throws(() => parseSet('{"lang":"python"}'), /no "taskline": "set"/);
  assert.throws(() => parseSet(JSON.stringify({ ...SET, version: 2 })), /version 2 is newer/);
  assert.throws(() => parseSet(JSON.stringify({ ...SET, exercises: [{ ...SET.exercises[0], lang: "ruby" }] })), /exercise 1: language must be python or go/);
  assert.throws(() => parseSet(JSON.stringify({ ...SET, exercises: [{ ...SET.exercises[0], hints: [3] }] })), /exercise 1: hint must be text/);
});

test("a work file holds each exercise's last program and the claim, and reads back", () => {
  const progress = { [exerciseKey(SET, SET.exercises[0])]: { code: "mine", solved: true } };
  const work = workFor(SET, "Ada", (id) => progress[id] || {});
  assert.deepEqual(work.exercises, [{ id: "e1", code: "mine", solved: true }, { id: "e2", code: "package main", solved: false }]);
  assert.deepEqual(parseWork(JSON.stringify(work)), work);
  assert.throws(() => parseWork(JSON.stringify({ ...work, taskline: "set" })), /not a Taskline work file/);
  assert.throws(() => parseWork(JSON.stringify({ ...work, exercises: [{ id: "e1", code: 5 }] })), /code must be text/);
});
