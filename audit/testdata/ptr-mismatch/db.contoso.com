; ptr-mismatch: a PTR covering a Lync host address names a host inside the
; zone set that does not hold that address.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. (
                                2024061401 ; serial
                                3600       ; refresh
                                900        ; retry
                                1209600    ; expire
                                300 )      ; minimum
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53

_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.com.

; the PTR of fd00:10:1::12 names fe01: reported once, for the server fe02, not again for the pool name
pool01                  IN A    10.0.1.11
pool01                  IN A    10.0.1.12
pool01                  IN AAAA fd00:10:1::11
pool01                  IN AAAA fd00:10:1::12
fe01                    IN A    10.0.1.11
fe01                    IN AAAA fd00:10:1::11
fe02                    IN A    10.0.1.12
fe02                    IN AAAA fd00:10:1::12            ; want ptr-mismatch

; the IPv4 PTR names a host that is gone
sip                     IN A    10.0.1.30                ; want ptr-mismatch
sip                     IN AAAA fd00:10:1::30
; PTRs in another case, and outside the zone set: no finding
sipinternal             IN A    10.0.1.40
sipinternal             IN AAAA fd00:10:1::40
; a stale PTR whose own line says zonegen:ignore ptr-mismatch: silenced
; here too, where the finding is (fix reports it at the PTR, test 14 D3)
meet                    IN A    10.0.1.50
meet                    IN AAAA fd00:10:1::50
; the IPv4 PTR names a name below a DNAME: its records are elsewhere
; (RFC 6672 §2.4), as below a delegation, so it is not judged (review 17)
old                     IN DNAME contoso.net.
dialin                  IN A    10.0.1.60
dialin                  IN AAAA fd00:10:1::60
; the IPv4 PTR names an alias of admin: the message says so (test 20a D6)
admin                   IN A    10.0.1.70                ; want ptr-mismatch
admin                   IN AAAA fd00:10:1::70            ; want missing-ptr
admin-web               IN CNAME admin.contoso.com.
; the IPv4 PTR names an alias by a wildcard's CNAME
lwa                     IN A    10.0.1.80                ; want ptr-mismatch
lwa                     IN AAAA fd00:10:1::80            ; want missing-ptr
*.wc                    IN CNAME lwa.contoso.com.
