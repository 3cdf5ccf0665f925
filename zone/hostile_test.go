package zone

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestHostileInput feeds the reader what people and pull requests from
// strangers bring. Each case must end with an error that names the file
// and, where there is one, the line, and keep no more records than the
// limits allow; no case may leak the content of a file outside the include
// root. The limits are what bound the work: a hang is for go test -timeout
// to catch, and speed is measured by the benchmarks.
func TestHostileInput(t *testing.T) {
	a63 := strings.Repeat("a", 63)
	long := a63 + "." + a63 + "." + a63 + "." + strings.Repeat("b", 50) // with .contoso.com.: 256 octets
	tests := []struct {
		name  string
		files map[string]string // relative to the zone directory
		main  string            // the file read
		limit Limits
		want  string // substring of the error, which must start with file[:line]:
	}{
		{name: "NUL byte", files: map[string]string{"db": "$TTL 1h\n@ SOA a b 1 2 3 4 5\nx A 1.2.3.4\x00\n"}, want: "db:3: NUL byte"},
		{name: "binary garbage", files: map[string]string{"db": "\x7fELF\x02\x01\x01\x00\x00\x00"}, want: "db:1: NUL byte"},
		{name: "endless line", files: map[string]string{"db": "x TXT \"" + strings.Repeat("a", 3<<20) + "\"\n"}, want: "db:1: line longer than"},
		{name: "endless line, raised limit", files: map[string]string{"db": "$TTL 1\nx TXT " + strings.Repeat("a", 300) + "\n"}, limit: Limits{MaxLine: 100}, want: "db:2: line longer than 100 bytes"},
		{name: "unbalanced open parentheses", files: map[string]string{"db": "$TTL 1\nx TXT " + strings.Repeat("(", 300000) + "\n"}, want: "db:2: unbalanced parenthesis"},
		{name: "unbalanced close parentheses", files: map[string]string{"db": "$TTL 1\nx A 1.2.3.4 " + strings.Repeat(")", 300000) + "\n"}, want: "db:2: unbalanced parenthesis: ) without ("},
		{name: "record over many lines", files: map[string]string{"db": "$TTL 1\nx TXT (\n" + strings.Repeat("\"a\"\n", 2<<20)}, want: "db:2: record longer than"},
		{name: "GENERATE of millions", files: map[string]string{"db": "$TTL 1\n$GENERATE 1-10000000 h$ A 10.0.0.1\n"}, want: "db:2: $GENERATE would make 10000000 records, more than the limit of 65536"},
		{name: "many GENERATEs", files: map[string]string{"db": "$TTL 1\n" + strings.Repeat("$GENERATE 1-60000 h$ A 10.0.0.1\n", 20)}, want: "db:19: $GENERATE directives would make more than"},
		{name: "INCLUDE of /etc/passwd", files: map[string]string{"db": "$TTL 1\n$INCLUDE /etc/passwd\n"}, want: "db:2: $INCLUDE outside the include root: /etc/passwd"},
		{name: "INCLUDE of ../", files: map[string]string{"db": "$TTL 1\n$INCLUDE ../../../../etc/passwd\n"}, want: "db:2: $INCLUDE outside the include root"},
		{name: "include loop", files: map[string]string{"db": "$TTL 1\n$INCLUDE a.inc\n", "a.inc": "$INCLUDE b.inc\n", "b.inc": "$INCLUDE a.inc\n"}, want: "b.inc:1: $INCLUDE loop"},
		{name: "include depth 8", files: depthChain(9), want: "7.inc:1: $INCLUDE nested more than 7 deep"},
		{name: "INCLUDE fan-out", files: fanOut(20, 4), want: "l3.inc:20: more $INCLUDEs than the limit of 10000"},
		{name: "INCLUDEs past a lowered limit", files: map[string]string{"db": "$TTL 1\n" + strings.Repeat("$INCLUDE a.inc\n", 4), "a.inc": ""}, limit: Limits{MaxIncludes: 3}, want: "db:5: more $INCLUDEs than the limit of 3"},
		{name: "missing include", files: map[string]string{"db": "$TTL 1\n$INCLUDE nosuch.inc\n"}, want: "db:2: nosuch.inc: no such file"},
		{name: "byte order mark", files: map[string]string{"db": "\xef\xbb\xbf$TTL 1\n"}, want: "db:1: file starts with a UTF-8 byte order mark"},
		{name: "CR line ends", files: map[string]string{"db": "$TTL 1\r@ SOA a b 1 2 3 4 5\rx A 1.2.3.4\r"}, want: "db:1: carriage return without line feed"},
		{name: "unbalanced quotes", files: map[string]string{"db": "$TTL 1\nx TXT \"abc\n"}, want: "db:2: unbalanced quotes"},
		{name: "unknown directive", files: map[string]string{"db": "$FUNNY 1\n"}, want: "db:1: unknown directive $FUNNY"},
		{name: "TTL and more", files: map[string]string{"db": "$TTL 1h 2\n"}, want: "db:1: $TTL: extra text \"2\" after the TTL"},
		{name: "TTL split over lines", files: map[string]string{"db": "$TTL ( 1\n0 )\n"}, want: "db:1: $TTL: extra text \"0\" after the TTL"},
		{name: "ORIGIN and more", files: map[string]string{"db": "$TTL 1\n$ORIGIN a.example. b\n"}, want: "db:2: $ORIGIN: extra text \"b\" after the name"},
		{name: "no owner", files: map[string]string{"db": "$TTL 1\n   A 1.2.3.4\n"}, want: "db:2: no current owner name"},
		{name: "type name alone", files: map[string]string{"db": "$TTL 1\nMD\n"}, want: "db:2: unexpected newline"},
		{name: "TTL BIND does not read", files: map[string]string{"db": "$TTL 1\nhost S1 A 10.0.0.1\n"}, want: "db:2: \"S1\" is not a TTL BIND reads"},
		{name: "class ANY", files: map[string]string{"db": "$TTL 1\na ANY NS ns.example.net.\n"}, want: `db:2: class "ANY" is not the zone's class IN`},
		{name: "unknown type", files: map[string]string{"db": "$TTL 1\nx ANAME y.example.net.\n"}, want: `db:2: unknown type "ANAME"`},
		{name: "unknown type after class", files: map[string]string{"db": "$TTL 1\nx 1 IN ANAME y.example.net.\n"}, want: `db:2: unknown type "ANAME"`},
		{name: "two classes", files: map[string]string{"db": "$TTL 1\nx IN CH NS y.example.net.\n"}, want: `db:2: unknown type "CH"`},
		{name: "RFC 3597 data of the wrong length", files: map[string]string{"db": "$TTL 1\nh A \\# 3 0a0000\n"}, want: `db:2: A rdata is 4 bytes, \# gives 3`},
		{name: "RFC 3597 length not the data's", files: map[string]string{"db": "$TTL 1\nh A \\# 4 0a0000\n"}, want: `db:2: \# says 4 bytes and gives 3`},
		{name: "owner of 256 octets", files: map[string]string{"db": "$TTL 1\n" + long + ".contoso.com. A 10.0.0.1\n"}, want: "db:2: name longer than 255 octets"},
		{name: "relative owner of 256 octets", files: map[string]string{"db": "$TTL 1\n" + long + " A 10.0.0.1\n"}, want: "db:2: name longer than 255 octets"},
		{name: "escaped owner of 256 octets", files: map[string]string{"db": "$TTL 1\n" + long[1:] + "\\. A 10.0.0.1\n"}, want: "db:2: name longer than 255 octets"},
		{name: "CNAME target of 256 octets", files: map[string]string{"db": "$TTL 1\nx CNAME " + long + "\n"}, want: "db:2: name longer than 255 octets"},
		{name: "SRV target of 256 octets", files: map[string]string{"db": "$TTL 1\n_sip._tls SRV 0 0 443 " + long + "\n"}, want: "db:2: name longer than 255 octets"},
		{name: "$ORIGIN of 256 octets", files: map[string]string{"db": "$TTL 1\n$ORIGIN " + long + "\n@ A 10.0.0.1\n"}, want: "db:2: $ORIGIN: name longer than 255 octets"},
		{name: "$INCLUDE origin of 256 octets", files: map[string]string{"db": "$TTL 1\n$INCLUDE part.inc " + long + "\n", "part.inc": "@ A 10.0.0.1\n"}, want: "db:2: $INCLUDE: name longer than 255 octets"},
		{name: "generated owner of 256 octets", files: map[string]string{"db": "$TTL 1\n$GENERATE 1-2 " + long[1:] + "$ A 10.0.0.1\n"}, want: "db:2: name longer than 255 octets"},
		{name: "too many records", files: map[string]string{"db": "$TTL 1\n" + strings.Repeat("x A 1.2.3.4\n", 20)}, limit: Limits{MaxRecords: 10}, want: "db:12: more records than the limit of 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tt.files {
				write(t, filepath.Join(dir, name), text)
			}
			main := tt.main
			if main == "" {
				main = "db"
			}
			z := ReadFile(filepath.Join(dir, main), Options{Origin: "contoso.com.", Limits: tt.limit})
			if z.Err == nil {
				t.Fatalf("no error; want %q", tt.want)
			}
			msg := strings.TrimPrefix(z.Err.Error(), dir+string(filepath.Separator))
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want it to contain %q", msg, tt.want)
			}
			if strings.Contains(msg, "root:x:") {
				t.Errorf("error shows the content of a file outside the root: %q", msg)
			}
			if n, limit := len(z.Records), tt.limit.withDefaults().MaxRecords; n > limit {
				t.Errorf("%d records kept, more than the limit of %d", n, limit)
			}
		})
	}
}

// depthChain makes db include 1.inc, which includes 2.inc, and so on.
func depthChain(n int) map[string]string {
	files := map[string]string{"db": "$TTL 1\n$INCLUDE 1.inc\n"}
	for i := 1; i < n; i++ {
		files[itoa(i)+".inc"] = "$INCLUDE " + itoa(i+1) + ".inc\n"
	}
	files[itoa(n)+".inc"] = "x A 1.2.3.4\n"
	return files
}

// fanOut makes db include l1.inc n times, l1.inc include l2.inc n times,
// and so on down to an empty l<depth>.inc: n^depth includes, no record.
func fanOut(n, depth int) map[string]string {
	files := map[string]string{"db": "$TTL 1\n" + strings.Repeat("$INCLUDE l1.inc\n", n), "l" + itoa(depth) + ".inc": ""}
	for l := 1; l < depth; l++ {
		files["l"+itoa(l)+".inc"] = strings.Repeat("$INCLUDE l"+itoa(l+1)+".inc\n", n)
	}
	return files
}

// TestIncludesOnce: a file included many times is listed once, and the
// lines of a file of $INCLUDEs without records do not pile up.
func TestIncludesOnce(t *testing.T) {
	dir := t.TempDir()
	for name, text := range fanOut(10, 3) {
		write(t, filepath.Join(dir, name), text)
	}
	z := ReadFile(filepath.Join(dir, "db"), Options{Origin: "contoso.com."})
	want := []string{filepath.Join(dir, "l1.inc"), filepath.Join(dir, "l2.inc"), filepath.Join(dir, "l3.inc")}
	if z.Err != nil || !slices.Equal(z.Includes, want) {
		t.Errorf("err %v, includes %q; want %q", z.Err, z.Includes, want)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func write(t *testing.T, name, text string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(name), 0o755)
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSymlinkOutOfRoot: an $INCLUDE of a link that points outside the
// include root is refused, and what it points at is not shown.
func TestSymlinkOutOfRoot(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	write(t, filepath.Join(outside, "secret"), "root:x:0:0:secret\n")
	if err := os.Symlink(filepath.Join(outside, "secret"), filepath.Join(dir, "part.inc")); err != nil {
		t.Skip("no symlinks:", err)
	}
	write(t, filepath.Join(dir, "db"), "$TTL 1\n$INCLUDE part.inc\n")
	z := ReadFile(filepath.Join(dir, "db"), Options{Origin: "contoso.com."})
	if z.Err == nil || !strings.Contains(z.Err.Error(), "db:2: $INCLUDE outside the include root: part.inc (a symbolic link)") ||
		strings.Contains(z.Err.Error(), "secret\n") || strings.Contains(z.Err.Error(), "root:x") {
		t.Errorf("err = %v, want a refusal at db:2, as a symbolic link out of the root, that does not show the file", z.Err)
	}
}

// TestUnreadableFile: a file the process may not read gives an error that
// names it.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	name := filepath.Join(t.TempDir(), "db")
	write(t, name, "$TTL 1\n")
	os.Chmod(name, 0)
	if z := ReadFile(name, Options{}); z.Err == nil || !strings.Contains(z.Err.Error(), "permission denied") {
		t.Errorf("err = %v, want permission denied", z.Err)
	}
}

// TestNonUTF8Comments: comments in Latin-1 or any other bytes are fine.
func TestNonUTF8Comments(t *testing.T) {
	name := filepath.Join(t.TempDir(), "db")
	write(t, name, "$TTL 1\n@ SOA a b 1 2 3 4 5 ; r\xe9seau \xff\xfe\nx A 1.2.3.4 ; b\xe2timent\n")
	z := ReadFile(name, Options{Origin: "contoso.com."})
	if z.Err != nil || len(z.Records) != 2 {
		t.Errorf("err = %v, %d records; want 2 records", z.Err, len(z.Records))
	}
}
