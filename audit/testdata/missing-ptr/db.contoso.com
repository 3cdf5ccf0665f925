; missing-ptr: the reverse zones of 10.0.1.0/24 and fd00:10:1::/64 are in the
; zone set; a Lync host address they cover has no PTR.
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

; the PTR of fd00:10:1::12 is missing: reported once, for the server fe02, not again for the pool name
pool01                  IN A    10.0.1.11
pool01                  IN A    10.0.1.12
pool01                  IN AAAA fd00:10:1::11
pool01                  IN AAAA fd00:10:1::12
fe01                    IN A    10.0.1.11
fe01                    IN AAAA fd00:10:1::11
fe02                    IN A    10.0.1.12
fe02                    IN AAAA fd00:10:1::12            ; want missing-ptr

; the IPv4 PTR is missing, the IPv6 one is there
sip                     IN A    10.0.1.30                ; want missing-ptr
sip                     IN AAAA fd00:10:1::30
sipinternal             IN A    10.0.1.40
sipinternal             IN AAAA fd00:10:1::40

; no reverse zone in the set covers these: no finding
meet                    IN A    10.0.2.20
meet                    IN AAAA fd00:10:2::20
; not a Lync host: no finding
printer                 IN A    10.0.1.50
printer                 IN AAAA fd00:10:1::50
