$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 10.20.1.5
    IN AAAA fd20:0:0:1::5
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
_sipinternaltls._tcp IN SRV 0 0 5061 dir01
; a pool name and its servers share their IPv4 addresses, and so their
; IPv6 ones: pool01 gets fe02's ::12 and, with fe01, ::11
pool01 IN A 10.20.1.11
pool01 IN A 10.20.1.12
fe01   IN A 10.20.1.11
fe02   IN A 10.20.1.12
       IN AAAA fd20:0:0:1::12
; the plan derives dir01's ::21, which legacy, at another IPv4 address,
; already has: dir01 gets nothing
dir01  IN A 10.20.1.21
legacy IN A 10.20.9.9
legacy IN AAAA fd20:0:0:1::21
; the hosts entry gives sip the ::31 the plan derives for meet: neither
; gets it
sip    IN A 10.20.1.30
meet   IN A 10.20.1.31
; two names of one server share its addresses
dialin IN A 10.20.1.40
admin  IN A 10.20.1.40
