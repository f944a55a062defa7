package exercise

import (
	"sort"
	"strings"

	"taskline/engine/trace"
)

// Predict is the "predict first" question: the student picks what the
// starter program will do before the run reveals it.
type Predict struct {
	Question string   `json:"question"`
	Choices  []string `json:"choices"`
	Answer   int      `json:"answer"` // index into Choices
}

// ParsePredict reads a ```predict block: the question on the first lines,
// then one choice per line, "- [x] " marking the right one and "- [ ] " the
// others.
func ParsePredict(body string, firstLine int) (*Predict, []error) {
	p := &Predict{Answer: -1}
	var errs []error
	var q []string
	for i, raw := range strings.Split(body, "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
		case strings.HasPrefix(line, "- [x] "), strings.HasPrefix(line, "- [X] "):
			if p.Answer >= 0 {
				errs = append(errs, &Error{firstLine + i, 1, "more than one choice marked [x]"})
			}
			p.Answer = len(p.Choices)
			p.Choices = append(p.Choices, strings.TrimSpace(line[6:]))
		case strings.HasPrefix(line, "- [ ] "):
			p.Choices = append(p.Choices, strings.TrimSpace(line[6:]))
		case len(p.Choices) > 0:
			errs = append(errs, &Error{firstLine + i, 1, "expected a choice \"- [ ] ...\" or \"- [x] ...\""})
		default:
			q = append(q, line)
		}
	}
	p.Question = strings.Join(q, " ")
	if p.Question == "" {
		p.Question = "What will this program do?"
	}
	if len(p.Choices) < 2 {
		errs = append(errs, &Error{firstLine, 1, "a prediction needs at least two choices"})
	} else if p.Answer < 0 {
		errs = append(errs, &Error{firstLine, 1, "no choice is marked [x] as the answer"})
	}
	return p, errs
}

// Summary says in one line what a run did, the way a prediction choice reads:
// "raises asyncio.exceptions.CancelledError" or "prints \"done\" and exits
// normally".
func Summary(t *trace.Trace) string {
	o := t.Outcome
	if name := ErrorName(t); name != "none" {
		if o.Error != nil && o.Error.Line != "" {
			return "ends with " + o.Error.Line
		}
		return "ends with " + name
	}
	out := strings.TrimRight(o.Stdout, "\n")
	if out == "" {
		return "prints nothing and exits normally"
	}
	lines := strings.Split(out, "\n")
	return "prints " + quote(lines[len(lines)-1]) + " last and exits normally"
}

// Generate builds a prediction from the outcomes of the starter (the answer)
// and of the reference solution, with a generic third choice.
func Generate(starter, reference *trace.Trace) *Predict {
	p := &Predict{Question: "Before you run it: what will the starter program do?"}
	add := func(s string) int {
		for i, c := range p.Choices {
			if c == s {
				return i
			}
		}
		p.Choices = append(p.Choices, s)
		return len(p.Choices) - 1
	}
	answer := Summary(starter)
	add(answer)
	add(Summary(reference))
	add("prints nothing and exits normally")
	if len(p.Choices) < 3 {
		add("never finishes: the step budget runs out")
	}
	// Alphabetical order, so the answer's place says nothing.
	sort.Strings(p.Choices)
	p.Answer = add(answer)
	return p
}
