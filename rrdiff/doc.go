// Package rrdiff compares two zones RRset by RRset: the semantic diff that
// "zonegen diff OLD NEW" prints and "zonegen review" reuses.
//
// The diff works on the model that package zone reads, so the layout of the
// files (order, spacing, comments, relative or absolute names, $ORIGIN and
// $TTL) never shows. What it compares:
//
//   - An RRset is the records of one owner name, class and type. A record
//     belongs to both zones when its owner, class, type and rdata are equal;
//     the TTL is not part of a record's identity. Owner names are compared
//     canonically (lower case, fully qualified), and so are the names in the
//     rdata: zone canonicalises the targets of CNAME, DNAME, NS, PTR, MX and
//     SRV records, and this package folds the case of the two names of an
//     SOA (MNAME and RNAME). TXT data keeps its case.
//   - An RRset is a set: a record that a zone holds twice counts once, as
//     the copy with the lowest TTL (of those, the first in file order).
//   - A record's TTL is the one BIND serves its RRset with (zone.RRsetTTL:
//     in a run of records of one owner, the first record's TTL stands for
//     the others, "TTL set to prior TTL"), not the one written: a record
//     written at another TTL that BIND sets to the set's is no change, and
//     a change of the TTL served is one (test 21g #3).
//   - When the records that both zones hold in an RRset all had one TTL
//     before and all have another one after, the RRset's TTL changed: the
//     Change carries OldTTL and NewTTL, and the records are not listed. The
//     records only in the old zone are Removed and those only in the new
//     one are Added, each with its own TTL, so a change of data and TTL
//     shows both. (The TTLs served are uniform within a set, so a shared
//     record whose TTL changed alone, listed as removed with its old TTL and
//     added with its new one, is left for records put together by hand.)
//   - A change of the SOA serial is an ordinary change of the SOA RRset;
//     whether the serial grew is for the caller to judge.
//
// Changes are sorted by owner name in DNS canonical order (RFC 4034 §6.1:
// labels compared right to left, as lower-case octets), then by type code,
// then by class; the records of a change by address, priority, weight, port
// and data. The same two record sets in any order give the same Diff.
package rrdiff
