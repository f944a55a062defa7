import json
d = {"name": "Ann", "tags": ["a", "é"], "n": 1, "f": 2.5, "ok": True, "none": None, 3: "int key", "nested": {"x": [1, {"y": []}]}}
print(json.dumps(d))
print(json.dumps(d, indent=2, sort_keys=False))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("tab\there\n\"q\""), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("é", ensure_ascii=False))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "x\\ny\\u00e9"}, "d": ""}'
print(json.loads(s), json.loads("  42 "), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', '[1 2]', '', '{"a" 1}', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.dumps(object, default=str), json.dumps(float("inf")))
