package lesson

import (
	"strings"
	"testing"
)

// A reference solution is what a student is taught to write, so one that
// falls into a pitfall is reported. This one catches the CancelledError that
// gather() raises in main(), and so passes its checks, but a task still
// cancels itself inside gather() (line 12 is the gather).
func TestSolutionWithPitfall(t *testing.T) {
	const md = "---\ntitle: t\nlang: python\n---\n\n" +
		"```python {starter}\nimport asyncio\n\n\nasync def worker(name, delay):\n    await asyncio.sleep(delay)\n    asyncio.current_task().cancel()\n    await asyncio.sleep(0)\n\n\nasync def main():\n    await asyncio.gather(worker(\"a\", 0.1), worker(\"b\", 0.2))\n\n\nasyncio.run(main())\n```\n\n" +
		"```python {solution}\nimport asyncio\n\n\nasync def worker(name, delay):\n    await asyncio.sleep(delay)\n    asyncio.current_task().cancel()\n    await asyncio.sleep(0)\n\n\nasync def main():\n    try:\n        await asyncio.gather(worker(\"a\", 0.1), worker(\"b\", 0.2))\n    except asyncio.CancelledError:\n        print(\"cancelled\")\n\n\nasyncio.run(main())\n```\n\n" +
		"```checks\nerror none\n```\n"
	p, err := Convert("ex.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, d := range p.Diagnostics {
		found = append(found, d.Error())
	}
	all := strings.Join(found, "\n")
	if len(found) != 1 || !strings.Contains(all, "reference solution falls into self-cancel-in-gather at line 12") {
		t.Errorf("diagnostics:\n%s\nwant one: the solution's self-cancel-in-gather at line 12", all)
	}
	// The starter's page shows what happened, but not the pitfall: its fix
	// is the answer.
	body := string(p.Body)
	if !strings.Contains(body, `aria-label="What happened"`) || strings.Contains(body, `class="finding"`) || strings.Contains(body, "return_exceptions") {
		t.Errorf("the exercise page should show the story without its findings:\n%s", body)
	}
}
