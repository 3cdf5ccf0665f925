$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 900 1209600 300
@ IN NS ns1
ns1 IN A 10.20.1.1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
; the part twice, under one origin: BIND reads its records twice
$INCLUDE part.inc
$INCLUDE part.inc
