# except* came in 3.11.
import asyncio

async def main():
    try:
        await asyncio.gather(asyncio.sleep(0))
    except* ValueError as eg:
        print(eg)

asyncio.run(main())
