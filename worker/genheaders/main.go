// Command genheaders prints the server's security headers as a Cloudflare
// _headers file, so that static assets served by the platform carry the
// same Content-Security-Policy and framing rules as the Go server's
// responses. scripts/worker.sh runs it.
package main

import (
	"fmt"

	"taskline/server"
)

func main() { fmt.Print(server.HeadersFile()) }
