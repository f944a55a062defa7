from abc import ABC, abstractmethod, ABCMeta
class S(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
class T(S):
    def area(self): return 1
class U(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
for c in (S, T, U):
    try: c()
    except TypeError as e: print(e)
class V(T):
    def __init__(self, k=3):
        self.k = k
    def perim(self): return 2
print(V().area(), isinstance(V(), S), V(5).k)
