; The reverse zone has PTRs for three of the new addresses: ::11 names
; the pool, which gets it (fine); ::12 names a host of the zone set that
; has no such address (stale: fix leaves it and reports ptr-mismatch,
; test 11 D4); ::13 names a host outside the set (not judged).
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
       IN A 10.20.1.12
       IN A 10.20.1.13
fe01 IN A 10.20.1.11
fe02 IN A 10.20.1.12
fe03 IN A 10.20.1.13
oldhost IN A 10.20.1.99
