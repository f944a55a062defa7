# A small state machine driven by a while loop and a dict of transitions.
TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}
state = "idle"
events = ["start", "pause", "stop", "resume", "stop", "start"]
i = 0
while i < len(events):
    ev = events[i]
    nxt = TRANSITIONS.get((state, ev))
    if nxt is None:
        print(f"{ev!r} ignored in {state}")
    else:
        print(f"{state} --{ev}--> {nxt}")
        state = nxt
    i += 1
print("final:", state)
