// Package report renders the result of an audit for people and for
// machines: gcc-style text for terminals, editors and CI problem matchers,
// JSON with the stable field names of the design, SARIF 2.1.0 for GitHub
// code scanning, and GitHub Actions workflow commands that annotate a pull
// request. It only formats; the findings arrive checked and sorted from
// package audit, and what to print is decided by the caller.
package report
