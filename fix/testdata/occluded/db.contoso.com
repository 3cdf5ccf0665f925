; The parent zone: emea is delegated, and a stale copy of the child's
; pool01 stays below the cut, where BIND never serves it: no AAAA goes here.
$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 1 3600 600 1209600 300
         IN NS  ns1
ns1      IN A    10.0.0.1
ns1      IN AAAA fd00::1
emea     IN NS  ns1.contoso.com.
pool01.emea IN A 10.0.1.11
