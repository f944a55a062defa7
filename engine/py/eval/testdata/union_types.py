from dataclasses import dataclass
@dataclass
class C:
    x: int | None = None
    y: list[str] | None = None
print(C(), int | None, str | int | None)
print(isinstance(3, int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str))
