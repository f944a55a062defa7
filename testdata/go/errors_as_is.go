package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

var ErrBase = errors.New("base")

func find(name string) error {
	return fmt.Errorf("lookup: %w", &NotFound{name})
}

func main() {
	err := find("cfg")
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Name)
	}
	fmt.Println(errors.Is(err, ErrBase))
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrBase))
	fmt.Println(w, errors.Is(w, ErrBase), errors.Unwrap(errors.Unwrap(w)) == ErrBase)
	j := errors.Join(errors.New("a"), nil, ErrBase)
	fmt.Println(j, errors.Is(j, ErrBase))
	multi := fmt.Errorf("%w + %w", errors.New("x"), ErrBase)
	fmt.Println(multi, errors.Is(multi, ErrBase))
	fmt.Println(errors.Join() == nil)
}
