import heapq, bisect, copy, string
h = []
for x in [5, 1, 8, 3, 9, 2, (4, "a"), ]:
    if isinstance(x, int):
        heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 3, 9]), heapq.nlargest(2, [5, 3, 9]))
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "alpha"))
print([heapq.heappop(tasks) for _ in range(3)])
a = [1, 3, 3, 5]
print(bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 0))
bisect.insort(a, 4)
print(a)
class P:
    def __init__(self): self.items = [1, [2]]
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
p.items[1].append(3)
print(q.items, r.items, q is p, copy.deepcopy({"a": [1, {"b": 2}]}), copy.copy([1, 2]))
print(string.ascii_lowercase, string.digits, string.capwords("hello big world"), len(string.punctuation))
