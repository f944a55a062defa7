// The Go examples are separate main packages shown in the playground's
// menu; this go.mod keeps them out of the taskline module's ./... .
module taskline/examples/go

go 1.26

require golang.org/x/sync v0.25.0
