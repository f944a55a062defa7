# A word count: split, normalise, count, sort by frequency then word.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A quick fox, a lazy dog."""
counts = {}
for raw in TEXT.split():
    word = raw.strip(".,;").lower()
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<6}{n:>3} {'#' * n}")
print(len(counts), "distinct words,", sum(counts.values()), "total")
