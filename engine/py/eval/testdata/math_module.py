import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.log(8, 2), math.log(100), math.gcd(12, 18), math.factorial(20), math.isclose(0.1+0.2, 0.3))
print(math.fsum([0.1]*10), math.prod([1,2,3]), math.comb(10,3), math.hypot(3,4), math.exp(1), math.trunc(-3.7), math.inf > 1, math.log10(1000), math.log(2**2000))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
