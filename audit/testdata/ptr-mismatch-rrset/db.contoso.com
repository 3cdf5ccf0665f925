; ptr-mismatch-rrset: a reverse name with several PTRs (test 18 D1). Each
; PTR is judged on its own: one that names a name of the zone set without
; the address is reported, whatever the other PTRs of the RRset name; a
; right PTR, or one that names a name outside the set, is not.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53
                        IN AAAA fd00:10:9::53

_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.com.
pool01                  IN A    10.0.1.11
pool01                  IN A    10.0.1.12
pool01                  IN AAAA fd00:10:9::11
pool01                  IN AAAA fd00:10:9::12
; a right PTR and a stale one: the stale one is reported
fe01                    IN A    10.0.1.11                ; want ptr-mismatch
fe01                    IN AAAA fd00:10:9::11
; a stale PTR inside the set beside one outside it: the first is reported
fe02                    IN A    10.0.1.12                ; want ptr-mismatch
fe02                    IN AAAA fd00:10:9::12
; a right PTR beside one outside the set: no finding
meet                    IN A    10.0.1.13
meet                    IN AAAA fd00:10:9::13
; a right PTR beside a stale one that says zonegen:ignore: no finding
dialin                  IN A    10.0.1.14
dialin                  IN AAAA fd00:10:9::14
; two stale PTRs: one finding each
admin                   IN A    10.0.1.15                ; want ptr-mismatch ptr-mismatch
admin                   IN AAAA fd00:10:9::15
; two stale PTRs, one of them silenced on its line: the other is reported
lwa                     IN A    10.0.1.16                ; want ptr-mismatch
lwa                     IN AAAA fd00:10:9::16
; RFC 2317: the chain ends at a right PTR and a stale one
sip                     IN A    192.0.2.5                ; want ptr-mismatch
sip                     IN AAAA fd00:10:9::5
