// Package corpus holds the differential test of the Python engine: every
// program in testdata/py (CPython 3.11) and testdata/py37 (CPython 3.7) was
// recorded from the real interpreter by testdata/record_py.py, and py_test.go
// runs each one through engine.Run and compares stdout byte for byte, the
// last line of stderr and the exit status with the recording.
//
// The package has no code of its own; it exists so that the corpus test has
// a home that imports every language (taskline/engine/all) without making
// any engine package depend on the others.
package corpus
