package main

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// progress shows, on a terminal, how far reading has gone: files done and
// records read, rewritten in place four times a second. It stays silent
// in a pipe, in CI, and for runs shorter than a second.
type progress struct {
	w              io.Writer
	files, records atomic.Int64
	total          int
	stop           chan struct{}
	done           chan struct{}
}

// startProgress starts showing progress on w when w is a terminal and the
// environment is not CI; it returns nil otherwise.
func startProgress(w io.Writer, env *environment, total int) *progress {
	if !isTerminal(w) || env.getenv("CI") != "" || env.getenv("TERM") == "dumb" {
		return nil
	}
	p := &progress{w: w, total: total, stop: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

// add counts files and records read; it is the zone.Options.Progress.
func (p *progress) add(files, records int) {
	p.files.Add(int64(files))
	p.records.Add(int64(records))
}

func (p *progress) loop() {
	defer close(p.done)
	start := time.Now()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	shown := false
	for {
		select {
		case <-p.stop:
			if shown {
				fmt.Fprint(p.w, "\r\033[K")
			}
			return
		case <-tick.C:
			if time.Since(start) < time.Second {
				continue
			}
			shown = true
			fmt.Fprintf(p.w, "\r\033[Kzonegen: %d/%d files, %d records read", p.files.Load(), p.total, p.records.Load())
		}
	}
}

// end stops the display and clears its line.
func (p *progress) end() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
}

// hook returns the function zone.Options.Progress takes, or nil.
func (p *progress) hook() func(files, records int) {
	if p == nil {
		return nil
	}
	return p.add
}
