// Package all links every language engine into the façade: import it for
// its side effects wherever programs are run (the command, the wasm module,
// the lesson renderer, the corpus tests).
package all

import (
	_ "taskline/engine/golite" // Go mode
	_ "taskline/engine/py"     // Python asyncio
)
