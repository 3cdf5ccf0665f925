; occluded: a name is served by the zone of the set with the longest origin
; that holds it, and a zone's records below its own delegations are not
; authoritative (RFC 1034 §4.2.1). The parent's copies of such names are
; occluded: no check sees them as data of the name, glue included.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53
                        IN AAAA fd00::53

; the reverse zones of 10.0.1.0/24 (delegated by 10.in-addr.arpa.) and
; 10.0.2.0/24 (not delegated) are in the set and have no PTR for these; the
; parent's stale PTRs do not count
_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.com.
pool01                  IN A    10.0.1.11                ; want missing-ptr
                        IN AAAA fd00::11
_sip._tls               IN SRV  0 0 443 pool02.contoso.com.
pool02                  IN A    10.0.2.12                ; want missing-ptr
                        IN AAAA fd00::12

; emea.contoso.com. is delegated to a zone of the set, which has no pool01:
; the parent's pool01.emea is occluded, its SRV target unresolved
emea                    IN NS   ns1.contoso.com.
pool01.emea             IN A    10.0.1.21

; corp.contoso.com. is delegated to a zone the set does not hold: the chain
; leaves the set there, and pool01.corp, below the cut, is not audited
corp                    IN NS   ns1.corp.contoso.com.
ns1.corp                IN A    10.0.0.54
pool01.corp             IN A    10.0.3.1
lyncdiscover            IN CNAME pool01.corp.contoso.com.
