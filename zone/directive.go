package zone

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/zonegen/zonegen/internal/clip"
)

// directive handles $ORIGIN, $TTL, $INCLUDE and $GENERATE.
func (f *feeder) directive(src *source, e *entry, pos Pos) error {
	tok := fields(e.text, 2)
	arg := ""
	if len(tok) > 1 {
		arg = tok[1]
	}
	kw := strings.ToUpper(tok[0])
	if e.unended && (kw != "$INCLUDE" || afterFirst(arg) != "" && !strings.HasPrefix(afterFirst(arg), ";")) {
		// BIND reads the directive's last field, then wants the line
		// end, and finds the file's end (test 19b D2)
		return fmt.Errorf("%s on the last line, without a line end: BIND refuses the zone (\"extra input text\"); end the line", kw)
	}
	switch kw {
	case "$ORIGIN":
		return f.setOrigin(arg, pos)
	case "$TTL":
		return f.setTTL(arg, pos)
	case "$INCLUDE":
		return f.include(src, arg, pos)
	case "$GENERATE":
		return f.generate(src, e, arg, pos)
	default:
		return fmt.Errorf("unknown directive %s", tok[0])
	}
}

func (f *feeder) setOrigin(arg string, pos Pos) error {
	name := firstField(arg)
	if name == "" {
		return errors.New("$ORIGIN without a name")
	}
	if extra := afterFirst(arg); extra != "" {
		return fmt.Errorf("$ORIGIN: extra text %s after the name", clip.Quote(extra))
	}
	abs, err := absName(name, f.origin)
	if err != nil {
		return fmt.Errorf("$ORIGIN: %w", err)
	}
	if err := checkNameLength(canonical(abs)); err != nil {
		return fmt.Errorf("$ORIGIN: %w", err)
	}
	f.origin = canonical(abs)
	f.emitDirective("$ORIGIN "+f.origin, pos)
	return nil
}

func (f *feeder) setTTL(arg string, pos Pos) error {
	v, err := ParseTTL(firstField(arg))
	if err != nil {
		return fmt.Errorf("$TTL: bad TTL %s", clip.Quote(firstField(arg)))
	}
	if extra := afterFirst(arg); extra != "" {
		return fmt.Errorf("$TTL: extra text %s after the TTL", clip.Quote(extra))
	}
	v = f.keepTTL(v, "$TTL", pos)
	f.ttl = ttlState{known: true, byDirective: true, value: v}
	f.emitDirective("$TTL "+strconv.FormatUint(uint64(v), 10), pos)
	return nil
}

func (f *feeder) generate(src *source, e *entry, arg string, pos Pos) error {
	g, err := newGenerator(arg, f.opt.Limits.MaxGenerate)
	if err != nil {
		return err
	}
	if !f.ttl.known && !g.explicitTTL {
		return errors.New("$GENERATE: no TTL specified")
	}
	if len(e.parens) > 0 && e.openAt(lastTokenStart(e.text)) {
		// BIND takes parentheses closed before the data ("(1-2)",
		// "( 100 )") or opened after it, and refuses the directive
		// when the data is read inside them; zonegen read it.
		return errors.New("$GENERATE: unbalanced parentheses: BIND reads no record data inside them")
	}
	f.generated += g.count()
	if budget := 16 * f.opt.Limits.MaxGenerate; f.generated > budget {
		return fmt.Errorf("$GENERATE directives would make more than %d records in all (raise --max-generate)", budget)
	}
	if inForce := f.ttl.inForce(); !g.explicitTTL && inForce != 3600 {
		f.diverge(pos, fmt.Sprintf("$GENERATE without TTL: BIND uses the TTL in force (%d), miekg/dns uses 3600", inForce))
	}
	if g.explicitTTL {
		// A TTL on the first records is the last TTL for the records
		// after them, as a record's is (firstTTL); BIND loads them.
		g.setTTL(f.keepTTL(g.ttl, "TTL", pos))
		f.ttl.known, f.ttl.last = true, g.ttl
	}
	if g.nibble {
		f.diverge(pos, "$GENERATE nibble modifier (${offset,width,n}): BIND expands it, miekg/dns rejects it")
	}
	f.gen, f.genPos = g, pos
	src.resume = src.owner() // BIND keeps the owner from before $GENERATE
	return f.fillGenerated()
}

// lastTokenStart returns where the last token of an entry's text starts:
// the data of a $GENERATE that newGenerator took.
func lastTokenStart(text []byte) int {
	start := 0
	for i := 0; ; {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		if i >= len(text) {
			return start
		}
		start, i = i, tokenEnd(text, i)
	}
}

// afterFirst returns the field after the first of a directive's argument,
// or "": BIND and miekg/dns refuse a $ORIGIN or $TTL with more than one.
func afterFirst(s string) string {
	if tok := fields([]byte(s), 0); len(tok) > 1 {
		return tok[1]
	}
	return ""
}

func firstField(s string) string {
	tok := fields([]byte(s), 0)
	if len(tok) == 0 || tok[0][0] == ';' {
		return ""
	}
	return tok[0]
}
