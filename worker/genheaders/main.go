// Command genheaders prints the server's security headers as a Cloudflare
// _headers file, so that static assets served by the platform carry the
// same Content-Security-Policy and framing rules as the Go server's
// responses. With -aliases it prints instead the server's path aliases
// ("public-path site-path" a line, directories ending in /), which
// scripts/worker.sh copies into place because the platform serves files by
// their own names. scripts/worker.sh runs it.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"taskline/server"
)

func main() {
	aliases := flag.Bool("aliases", false, "print the path aliases instead of the headers")
	flag.Parse()
	if !*aliases {
		fmt.Print(server.HeadersFile())
		return
	}
	var lines []string
	for pub, file := range server.FileAliases {
		if strings.HasSuffix(file, ".html") && !strings.Contains(pub, ".") {
			pub += ".html" // the platform serves /x from x.html
		}
		if pub != "/"+file {
			lines = append(lines, pub+" "+file)
		}
	}
	for pub, dir := range server.DirAliases {
		lines = append(lines, pub+" "+dir)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
