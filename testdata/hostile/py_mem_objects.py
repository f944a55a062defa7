# want-exit: 1
# want-stderr: \nMemoryError\n$
# args: --max-memory 32MB
class Node:
    pass
nodes = []
while True:
    nodes.append(Node())
