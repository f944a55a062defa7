// 20,000 lines on stderr by the println builtin; go build: prints them.
// want-exit: 0
// want-stderr: ^to stderr 0\n
// want-stderr: to stderr 19999\n$

package main

func main() {
	for i := 0; i < 20000; i++ {
		println("to stderr", i)
	}
}
