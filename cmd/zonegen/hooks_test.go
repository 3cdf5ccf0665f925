package main

import (
	"os"
	"path"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/zonegen/zonegen/zone"
)

// TestPreCommitHooksFiles: the shipped pre-commit hooks start for every
// staged file that zonegen reads as a zone in a directory, and for
// zonegen-review for the $INCLUDEd parts too, and not for the files
// zonegen skips. Their `files` patterns once took only db.NAME, NAME.zone,
// NAME.db and the parts, so a change to zones/contoso.com or
// 10.in-addr.arpa was committed unreviewed (tester 8, D2). pre-commit
// keeps a file that `files` (default: any) finds and `exclude` (default:
// none) does not, as Python's re.search, which these patterns read the same
// as Go's regexp.
func TestPreCommitHooksFiles(t *testing.T) {
	hooks := readHooks(t)
	names := []string{
		"db.contoso.com", "zones/contoso.com", "zones/10.in-addr.arpa", "zones/0.a.1.5.e.2.c.3.b.6.d.f.ip6.arpa",
		"zones/contoso.com.hosts", "zones/contoso.com.zone", "dns/int/contoso.com.db", "zones/pools/frontend.inc",
		"zones/x.INCLUDE", "README.md", "zones/README", "LICENSE", "Makefile", ".zonegen.yaml",
		".pre-commit-config.yaml", ".github/workflows/ci.yml", "zones/.old/db.contoso.com", "zones/db.contoso.com.bak",
		"zones/db.contoso.com~", "zones/DB.CONTOSO.COM.BAK", "zones/notes.TXT", "zones/db.contoso.com.jnl",
		"zones/Kcontoso.com.+008+12345.key", "named.conf", "zones/db.contoso.com.signed.jnl",
		"zones/named.conf.local", "zones/named.conf.options", "zones/named.conf.default-zones", "zones/bind.keys",
		"zones/zones.rfc1918", "zones/managed-keys.bind", "zones/dsset-contoso.com.", "zones/keyset-contoso.com.",
		"zones/db.contoso.com.signed", "zones/Kcontoso.com.+013+54321.state", "zones/_default.mkeys",
		"zones/db.contoso.com.jbk", "zones/db.contoso.com.jnw", "zones/_default.nzf", "zones/named.local",
		"zones/#db.contoso.com#", "zones/a#b",
	}
	for _, ending := range []string{"json", "toml", "cfg", "go", "sh", "py", "orig", "rej", "swp", "golden", "private", "pem", "html", "old", "save", "tmp", "dpkg-old", "dpkg-remove", "rpmnew", "ucf-new", "new", "0"} {
		names = append(names, "zones/x."+ending)
	}
	for _, id := range []string{"zonegen-review", "zonegen-audit"} {
		h, ok := hooks[id]
		if !ok {
			t.Fatalf("no hook %s in .pre-commit-hooks.yaml", id)
		}
		for _, name := range names {
			if got, want := h.runsFor(t, name), hookWants(id, name); got != want {
				t.Errorf("%s for %s: runs %v, want %v", id, name, got, want)
			}
		}
	}
}

// hook is what a pre-commit hook says about the files it runs for.
type hook struct {
	ID      string `yaml:"id"`
	Files   string `yaml:"files"`
	Exclude string `yaml:"exclude"`
}

// readHooks reads the repository's .pre-commit-hooks.yaml, by hook id.
func readHooks(t *testing.T) map[string]hook {
	t.Helper()
	b, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var list []hook
	if err := yaml.Unmarshal(b, &list); err != nil {
		t.Fatal(err)
	}
	hooks := map[string]hook{}
	for _, h := range list {
		hooks[h.ID] = h
	}
	return hooks
}

// runsFor reports whether pre-commit runs the hook when name (a path from
// the top of the repository) is staged.
func (h hook) runsFor(t *testing.T, name string) bool {
	t.Helper()
	files, exclude := h.Files, h.Exclude
	if exclude == "" {
		exclude = "^$"
	}
	return regexp.MustCompile(files).MatchString(name) && !regexp.MustCompile(exclude).MatchString(name)
}

// hookWants reports whether hook id should run for name: it is a zone file
// as a directory reading takes it (not hidden, nor in a hidden directory),
// or, for review, a part.
func hookWants(id, name string) bool {
	for _, dir := range strings.Split(path.Dir(name), "/") {
		if strings.HasPrefix(dir, ".") && dir != "." {
			return false
		}
	}
	base := strings.ToLower(path.Base(name))
	part := strings.HasSuffix(base, ".inc") || strings.HasSuffix(base, ".include")
	return zone.IsZoneFileName(path.Base(name)) || id == "zonegen-review" && part
}
