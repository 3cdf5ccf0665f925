; Reverse names with several PTRs for the new addresses (test 18 D1): each
; PTR is judged on its own. ::11 names fe01, which gets it, and oldhost,
; which has no such address (stale: reported); ::12 names old-fe02 of the
; zone set (stale: reported) and a host outside the set (not judged);
; ::13 names fe03 and a host outside the set (no finding).
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
