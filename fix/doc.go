// Package fix derives the AAAA records that Lync hosts lack from an
// address plan and writes them into the zone files as minimal edits: each
// new line right after the host's last A record, in the file that holds it,
// laid out like it; the PTR in a reverse zone of the set when there is
// one; the SOA serial bumped once per changed zone. Every edit is checked
// by reading the edited files again before anything is shown or written.
// A host that no plan entry covers (no-plan), or whose address another
// name at another IPv4 address has or gets (aaaa-collision), is left
// without an AAAA, with a finding.
//
// fix uses audit to know which hosts need an AAAA, and zone to edit; it
// never touches a byte it did not mean to change. It must not write a
// record that the next audit would report, so it foresees four audit
// checks for the records it would add, before writing them, with rules of
// its own that say what the audit's would of the records after the run:
// external-local-aaaa (external.go, notExternal), pool-scope-mixed
// (poolscope.go, mixing), pool-aaaa-mismatch (poolmismatch.go, odd) and
// ptr-mismatch (staleptr.go, judgePTRs, which calls the audit's own rule,
// audit.StalePTR). Its own checks
// (no-plan, aaaa-collision, aaaa-shared-file) are data in audit like the
// others, and run here.
package fix
