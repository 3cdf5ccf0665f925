$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 2025010100 3600 600 1209600 300
  IN NS ns1
ns1 IN A 10.0.0.1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
; read one after another: BIND serves the A records at 3600, the first's TTL
pool01 3600 IN A 10.0.1.11
pool01  300 IN A 10.0.1.12
; served at 300, which the last A line does not write
fe01  300 IN A 10.0.1.11
fe01      IN A 10.0.1.12
; fe03 between: served at 300, the TTL of the last run (the last A line's)
fe02 3600 IN A 10.0.1.21
fe03      IN A 10.0.1.22
fe02  300 IN A 10.0.1.23
