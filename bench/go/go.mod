// The benchmark programs are separate main packages, run one file at a time
// by scripts/bench-go.sh (under Taskline and under yaegi); this go.mod keeps
// them out of the taskline module's ./... .
module taskline/bench/go

go 1.26
