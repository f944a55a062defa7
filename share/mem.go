package share

import (
	"context"
	"sync"
)

// MemStore is a Store in memory, for tests and for a server run without a
// database. The zero value is ready to use.
type MemStore struct {
	mu sync.RWMutex
	m  map[string]Snippet
}

// Put implements Store.
func (s *MemStore) Put(_ context.Context, id string, sn Snippet) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.m[id]; ok {
		if old != sn {
			return ErrCollision
		}
		return nil
	}
	if s.m == nil {
		s.m = make(map[string]Snippet)
	}
	s.m[id] = sn
	return nil
}

// Get implements Store.
func (s *MemStore) Get(_ context.Context, id string) (Snippet, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sn, ok := s.m[id]
	if !ok {
		return Snippet{}, ErrNotFound
	}
	return sn, nil
}
