# Records the pop order of heapq for TestHeapMatchesHeapq: the same script of
# pushes and pops, items compared on their key only (like asyncio's TimerHandle).
import heapq

class Item:
    def __init__(self, key, id):
        self.key, self.id = key, id
    def __lt__(self, other):
        return self.key < other.key

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0xFFFFFFFF
    return (seed >> 16) % n

h, out = [], []
for i in range(200):
    if rnd(10) < 6 or not h:
        heapq.heappush(h, Item(rnd(4), i))
    else:
        out.append(heapq.heappop(h).id)
while h:
    out.append(heapq.heappop(h).id)
print(" ".join(map(str, out)))
