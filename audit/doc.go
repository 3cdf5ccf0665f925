// Package audit finds the Lync hosts of a zone set and runs the checks on
// them. It reads the model that package zone builds and never edits it:
// discovery (hosts.go, lync.go, closure.go) says which names matter, one
// file per check says what is wrong with them, and Run puts the findings
// in a stable order.
package audit
