# NameError inside a method whose instance has the name: 3.12+ offers self.value.
class C:
    def __init__(self):
        self.value = 1
        self.valve = 2
    def m(self):
        valuee = 3
        return value
C().m()
