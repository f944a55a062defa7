# A mutable class attribute is shared by all instances until rebound.
class Team:
    members = []

    def __init__(self, name):
        self.name = name

    def join(self, who):
        self.members.append(who)


class SafeTeam:
    def __init__(self, name):
        self.name = name
        self.members = []

    def join(self, who):
        self.members.append(who)


a, b = Team("a"), Team("b")
a.join("ann")
b.join("bob")
print(a.members, b.members, Team.members is a.members)
c, d = SafeTeam("c"), SafeTeam("d")
c.join("cid")
print(c.members, d.members)
b.members = ["own list"]
print(a.members, b.members, Team.members)
