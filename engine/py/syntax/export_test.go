package syntax

// ForgetParses empties the cache of parsed programs, for the tests of other
// packages.
var ForgetParses = forgetParses
