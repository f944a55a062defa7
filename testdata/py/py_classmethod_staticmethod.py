# @classmethod as an alternative constructor; @staticmethod as a helper.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def parse(cls, text):
        y, m, d = (int(part) for part in text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"Date({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d = Date.parse("2024-02-29")
print(repr(d), Date.is_leap(d.year), d.is_leap(1900), Date.is_leap(2000))
e = EuroDate.parse("2023-7-4")
print(type(e).__name__, e, repr(e))
