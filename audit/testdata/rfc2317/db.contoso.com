; rfc2317: classless reverse delegation (RFC 2317). The parent reverse zone
; has a CNAME at each address's name, to the PTR in a child zone named after
; the range (0/26 or 64-26 style). missing-ptr and ptr-mismatch follow the
; CNAME chain inside the zone set to the PTR.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53
                        IN AAAA fd00::53

_sip._tls               IN SRV  0 0 443 sip.contoso.com.
; its PTR is at the end of the chain: no finding
sip                     IN A    192.0.2.5
                        IN AAAA 2a00:1::5
; the child zone has no PTR for it
meet                    IN A    192.0.2.6                ; want missing-ptr
                        IN AAAA 2a00:1::6
; the PTR at the end of the chain names another host
av                      IN A    192.0.2.70               ; want ptr-mismatch
                        IN AAAA 2a00:1::70
; the chain leaves the zone set (128/26 is delegated elsewhere): not judged
dialin                  IN A    192.0.2.130
                        IN AAAA 2a00:1::130
