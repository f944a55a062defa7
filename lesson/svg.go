package lesson

import (
	"fmt"
	"hash/fnv"
	"html"
	"sort"
	"strings"

	"taskline/engine/trace"
	"taskline/lesson/exercise"
)

// Static timeline geometry, in SVG user units.
const (
	svgWidth  = 720
	svgLabelW = 130
	svgLaneH  = 24
	svgTop    = 22
	svgLegend = 22
)

// stateStyle is how a state is drawn: a colour and a pattern, so that the
// states stay apart for readers who do not see the colours. They are the
// interactive timeline's (web/src/timeline/style.js), so that the static
// picture and the live one read the same.
var stateStyle = map[string]struct{ color, pattern string }{
	trace.StateRunning:    {"#2e7d32", ""},
	trace.StateReady:      {"#90a4ae", "hatch"},
	trace.StateSleeping:   {"#6a8fd8", "dots"},
	trace.StateAwaiting:   {"#b08900", "hlines"},
	trace.StateBlocked:    {"#8e44ad", "cross"},
	trace.StateCancelling: {"#c62828", "backhatch"},
}

var stateOrder = []string{trace.StateRunning, trace.StateReady, trace.StateSleeping, trace.StateAwaiting, trace.StateBlocked, trace.StateCancelling}

// TimelineSVG draws a trace as a static SVG: one lane per task, spans as
// coloured and patterned bars, markers for cancel requests and deliveries,
// raises and catches, and arrows from canceller to cancelled. It is what a
// reader sees before any script loads; the interactive canvas timeline
// replaces it once the page's script runs.
//
// The x axis is virtual time, except that the events of one instant are
// spread out in their order, so that a program that never sleeps still shows
// who ran first.
func TimelineSVG(t *trace.Trace) string {
	var b strings.Builder
	h := fnv.New32a()
	fmt.Fprintf(h, "%s%d%d%d", t.Outcome.Stdout, len(t.Events), len(t.Spans), len(t.Tasks))
	id := fmt.Sprintf("tl%08x", h.Sum32())
	lanes := len(t.Tasks)
	height := svgTop + lanes*svgLaneH + svgLegend + 6
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 %d %d" width="%d" height="%d" font-family="system-ui, sans-serif" font-size="11">`, svgWidth, height, svgWidth, height)
	b.WriteString("\n<defs>")
	for _, p := range []struct{ name, path string }{
		{"hatch", "M-1,11 L11,-1 M-6,6 L6,-6 M4,16 L16,4"},
		{"backhatch", "M-1,-1 L11,11 M-6,4 L6,16 M4,-6 L16,6"},
		{"hlines", "M0,2.5 L10,2.5 M0,7.5 L10,7.5"},
		{"cross", "M-1,11 L11,-1 M-1,-1 L11,11"},
		{"dots", "M2.5,2.5 h0.01 M7.5,7.5 h0.01"},
	} {
		fmt.Fprintf(&b, `<pattern id="%s-%s" width="10" height="10" patternUnits="userSpaceOnUse"><path d="%s" stroke="#fff" stroke-opacity=".55" stroke-width="1.6" stroke-linecap="round"/></pattern>`, id, p.name, p.path)
	}
	fmt.Fprintf(&b, `<marker id="%s-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#b71c1c"/></marker>`, id)
	b.WriteString("</defs>\n")

	x := newXScale(t)
	plotW := float64(svgWidth - svgLabelW - 10)
	px := func(u float64) float64 { return float64(svgLabelW) + u*plotW }
	laneY := func(task int) float64 { return float64(svgTop + task*svgLaneH) }

	// Axis: start and end times.
	end := x.end
	fmt.Fprintf(&b, `<text x="%d" y="14" fill="#555">0s</text><text x="%d" y="14" text-anchor="end" fill="#555">%s</text>`, svgLabelW, svgWidth-10, exercise.Duration(end))
	b.WriteString("\n")

	// Lanes.
	for i, task := range t.Tasks {
		y := laneY(i)
		label := task.Name
		if task.Func != "" && task.Func != task.Name {
			label += " " + task.Func
		}
		fmt.Fprintf(&b, `<g class="tl-lane" data-task="%d"><title>%s</title><text x="4" y="%.1f" fill="#222">%s</text>`, i,
			html.EscapeString(fmt.Sprintf("%s (%s): %s", task.Name, task.Func, task.End)), y+15, html.EscapeString(truncate(label, 20)))
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#e0e0e0"/></g>`, svgLabelW, svgWidth-10, y+svgLaneH-1, y+svgLaneH-1)
		b.WriteString("\n")
	}

	// Spans are placed by their extent in events as well as in time, so
	// the order inside one instant shows.
	used := map[string]bool{}
	for _, s := range t.Spans {
		task := s.Task
		if task < 0 || task >= len(t.Tasks) {
			continue
		}
		x1, x2 := x.pos(t, s.Start, s.From), x.pos(t, s.End, s.To)
		{
			if x2 < x1 {
				x2 = x1
			}
			st, ok := stateStyle[s.State]
			if !ok {
				st = stateStyle[trace.StateReady]
			}
			used[s.State] = true
			w := (x2 - x1) * plotW
			if w < 1.5 {
				w = 1.5
			}
			y := laneY(task) + 4
			tip := fmt.Sprintf("%s %s %s–%s", t.Tasks[task].Name, s.State, exercise.Duration(s.Start), exercise.Duration(s.End))
			if s.On != "" {
				tip += " on " + s.On
			}
			fmt.Fprintf(&b, `<g class="tl-span" data-state="%s"><title>%s</title><rect x="%.1f" y="%.1f" width="%.1f" height="%d" fill="%s"/>`,
				s.State, html.EscapeString(tip), px(x1), y, w, svgLaneH-9, st.color)
			if st.pattern != "" {
				fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%d" fill="url(#%s-%s)"/>`, px(x1), y, w, svgLaneH-9, id, st.pattern)
			}
			b.WriteString("</g>\n")
		}
	}

	// Markers and arrows.
	for i, e := range t.Events {
		if e.Task < 0 || e.Task >= len(t.Tasks) {
			continue
		}
		cx := px(x.event(i))
		cy := laneY(e.Task) + float64(svgLaneH-5)/2 + 2
		tip := fmt.Sprintf("%s %s %s", exercise.Duration(e.Time), t.Tasks[e.Task].Name, e.Kind)
		if e.Pos.Line > 0 {
			tip += fmt.Sprintf(" at line %d", e.Pos.Line)
		}
		if e.Detail != "" {
			tip += ": " + truncate(e.Detail, 60)
		}
		title := "<title>" + html.EscapeString(tip) + "</title>"
		switch e.Kind {
		case trace.EvCancelRequest, trace.EvCtxCancel:
			if e.Related >= 0 && e.Related < len(t.Tasks) && e.Related != e.Task {
				ty := laneY(e.Related) + float64(svgLaneH-5)/2 + 2
				tx := cx + 6
				if d := deliveryOf(t, i); d >= 0 {
					tx = px(x.event(d))
				}
				fmt.Fprintf(&b, `<line class="tl-arrow" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#b71c1c" stroke-width="1.5" stroke-dasharray="4 2" marker-end="url(#%s-arrow)"/>`, cx, cy, tx, ty, id)
			}
			fmt.Fprintf(&b, `<g class="tl-mark" data-kind="%s">%s<path d="M%.1f %.1fl8 8m0 -8l-8 8" stroke="#b71c1c" stroke-width="2.2"/></g>`, e.Kind, title, cx-4, cy-4)
		case trace.EvCancelDelivered, trace.EvCtxObserved:
			fmt.Fprintf(&b, `<g class="tl-mark" data-kind="%s">%s<path d="M%.1f %.1fl5 5l-5 5l-5 -5z" fill="#b71c1c" stroke="#fff"/></g>`, e.Kind, title, cx, cy-5)
		case trace.EvRaise, trace.EvPanic:
			fmt.Fprintf(&b, `<g class="tl-mark" data-kind="%s">%s<path d="M%.1f %.1fl5 9h-10z" fill="#e65100" stroke="#fff"/></g>`, e.Kind, title, cx, cy-5)
		case trace.EvCatch, trace.EvRecover:
			fmt.Fprintf(&b, `<g class="tl-mark" data-kind="%s">%s<circle cx="%.1f" cy="%.1f" r="4" fill="#1565c0" stroke="#fff"/></g>`, e.Kind, title, cx, cy)
		case trace.EvReturn:
			fmt.Fprintf(&b, `<g class="tl-mark" data-kind="%s">%s<rect x="%.1f" y="%.1f" width="7" height="7" fill="#1b5e20" stroke="#fff"/></g>`, e.Kind, title, cx-3.5, cy-3.5)
		default:
			continue
		}
		b.WriteString("\n")
	}

	// Legend: the states that appear, by their runtime names.
	ly := float64(svgTop + lanes*svgLaneH + 8)
	lx := float64(4)
	for _, s := range stateOrder {
		if !used[s] {
			continue
		}
		st := stateStyle[s]
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="14" height="10" fill="%s"/>`, lx, ly, st.color)
		if st.pattern != "" {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="14" height="10" fill="url(#%s-%s)"/>`, lx, ly, id, st.pattern)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" fill="#333">%s</text>`, lx+18, ly+9, s)
		lx += 30 + float64(len(s))*6.5
	}
	b.WriteString("\n</svg>\n")
	return b.String()
}

// deliveryOf returns the event where the cancellation requested by event i
// reached its target (the next delivery into that task), or -1.
func deliveryOf(t *trace.Trace, i int) int {
	target := t.Events[i].Related
	for k := i + 1; k < len(t.Events); k++ {
		e := t.Events[k]
		if e.Task == target && (e.Kind == trace.EvCancelDelivered || e.Kind == trace.EvCtxObserved) {
			return k
		}
	}
	return -1
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// xScale maps events and times to [0, 1]: virtual time, with each instant
// widened by one slot per event that happened at it.
type xScale struct {
	times []int64           // distinct times, ascending
	start map[int64]float64 // position of each time's first slot, in units
	slot  map[int]float64   // event index → its position, in units
	total float64
	end   int64
}

func newXScale(t *trace.Trace) *xScale {
	x := &xScale{start: map[int64]float64{}, slot: map[int]float64{}}
	count := map[int64]int{}
	add := func(tm int64) {
		if _, ok := count[tm]; !ok {
			count[tm] = 0
			x.times = append(x.times, tm)
		}
	}
	for _, e := range t.Events {
		add(e.Time)
		count[e.Time]++
	}
	for _, s := range t.Spans {
		add(s.Start)
		add(s.End)
	}
	add(0)
	sort.Slice(x.times, func(i, j int) bool { return x.times[i] < x.times[j] })
	x.end = x.times[len(x.times)-1]
	span := float64(x.end)
	gapUnits := float64(len(t.Events))
	if gapUnits < 20 {
		gapUnits = 20
	}
	u := 0.0
	for i, tm := range x.times {
		if i > 0 && span > 0 {
			u += gapUnits * float64(tm-x.times[i-1]) / span
		}
		x.start[tm] = u
		u += float64(count[tm])
	}
	x.total = u
	if x.total == 0 {
		x.total = 1
	}
	seen := map[int64]int{}
	for i, e := range t.Events {
		x.slot[i] = (x.start[e.Time] + float64(seen[e.Time]) + 0.5) / x.total
		seen[e.Time]++
	}
	return x
}

func (x *xScale) event(i int) float64 { return x.slot[i] }

// pos is the position of time tm at event sequence k (the extent of spans):
// the start of event k's slot if k happened at tm, the end of event k-1's
// slot if that did, else the start of tm's instant.
func (x *xScale) pos(t *trace.Trace, tm int64, k int) float64 {
	half := 0.5 / x.total
	if k >= 0 && k < len(t.Events) && t.Events[k].Time == tm {
		return x.slot[k] - half
	}
	if k > 0 && k-1 < len(t.Events) && t.Events[k-1].Time == tm {
		return x.slot[k-1] + half
	}
	if v, ok := x.start[tm]; ok {
		return v / x.total
	}
	return 1
}
