# Classes with __init__, methods, inheritance and method overriding.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name!r}): {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor


for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", indoor=False)]:
    print(a.describe())
print(Cat("kit").indoor, isinstance(Puppy("p"), Animal), Puppy.__mro__[1].__name__)
