# printf-style % formatting, still common in real code.
name, count, ratio = "disk", 3, 0.8567
print("%s has %d errors" % (name, count))
print("ratio: %.2f (%5.1f%%)" % (ratio, ratio * 100))
print("%-8s|%8s|" % ("left", "right"))
print("%05d %x %o %e" % (42, 255, 8, 12345.678))
print("%(who)s scored %(pts)d" % {"who": "ann", "pts": 7})
print("%r vs %s" % ("text", "text"))
print("single %s" % "value", "%c" % 65)
