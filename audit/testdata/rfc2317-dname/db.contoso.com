; rfc2317-dname: classless reverse delegation by DNAME (RFC 6672; RFC 2317
; with a DNAME in place of a CNAME per address). A name below a DNAME's
; owner is no name of the set (zone.Cuts.InSet), and the DNAME makes it
; another: missing-ptr and ptr-mismatch follow the chain on to the PTR
; while it stays in the zone set, as through a CNAME.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53
                        IN AAAA fd00::53

_sip._tls               IN SRV  0 0 443 sip.contoso.com.
; the DNAME above 5.2.0.192.in-addr.arpa. makes it 5.2.rev.contoso.com.,
; which has the PTR: no finding
sip                     IN A    192.0.2.5
                        IN AAAA 2a00:1::5
; nothing at 6.2.rev.contoso.com.
meet                    IN A    192.0.2.6                ; want missing-ptr
                        IN AAAA 2a00:1::6
; the PTR at 70.2.rev.contoso.com. names another host
av                      IN A    192.0.2.70               ; want ptr-mismatch
                        IN AAAA 2a00:1::70
; a CNAME, then a DNAME: 5.100.51.198.in-addr.arpa. CNAME 5.sub, below
; "sub DNAME 100.rev.contoso.com.", and nothing at 5.100.rev.contoso.com.
webconf                 IN A    198.51.100.5             ; want missing-ptr
                        IN AAAA 2a00:1::7
; the DNAME takes the chain out of the zone set: not judged
dialin                  IN A    192.0.3.9
                        IN AAAA 2a00:1::9
