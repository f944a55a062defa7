package trace

// Wire is t in the shape of its JSON form (jsonTrace), for comparing
// AppendJSON with what encoding/json writes for that shape.
func Wire(t *Trace) any {
	return &jsonTrace{
		Version: t.Version, Lang: t.Lang, Runtime: t.Runtime, File: t.File, Tasks: t.Tasks,
		Spans: t.SpanList(), Events: t.EventList(),
		Dropped: t.Dropped, DroppedTasks: t.DroppedTasks, OutputDropped: t.OutputDropped, Outcome: t.Outcome,
	}
}
