# want-exit: 124
# want-stderr: ^taskline: step limit of 100000 steps exceeded at (/.*/)?py_loop_forever.py:[67]\n$
# want-stdout-prefix: looping\n
# args: --max-steps 100000
print("looping")
while True:
    pass
