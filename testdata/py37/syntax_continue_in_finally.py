# 'continue' in a finally clause came in 3.8; 3.7's compiler rejects it
# (a loop inside the finally clause is fine).
for i in range(3):
    try:
        print(i)
    finally:
        for j in range(2):
            continue
        continue
