from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


class Prio(IntEnum):
    LOW = 1
    HIGH = 10


class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow"


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, type(Color.RED).__name__, isinstance(Color.RED, Color), Color.RED.describe())
print([s.value for s in State], State.DONE, f"{State.IDLE}", {Color.RED: "r"}[Color.RED], Color.RED == Color.RED, Color.RED == 1)
print(Prio.HIGH > Prio.LOW, Prio.LOW == 1, Prio.HIGH + 1, str(Prio.HIGH), repr(Prio.LOW), f"{Prio.HIGH}", sorted([Prio.HIGH, Prio.LOW]))
print(Mode.FAST, Mode.SLOW == "slow", repr(Mode.FAST), list(Mode))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")
