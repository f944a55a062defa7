# Class attributes shared by instances versus instance attributes.
class Ticket:
    issued = 0
    prefix = "T"

    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued

    def label(self):
        return f"{self.prefix}{self.number:03d}"


a, b = Ticket(), Ticket()
b.prefix = "VIP-"
c = Ticket()
print(a.label(), b.label(), c.label(), Ticket.issued)
Ticket.prefix = "X"
print(a.label(), b.label(), c.label())
print(hasattr(a, "number"), getattr(a, "missing", "n/a"))
setattr(a, "number", 99)
print(a.label())
