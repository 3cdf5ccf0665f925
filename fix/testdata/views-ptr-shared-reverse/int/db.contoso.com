; one reverse zone, given once, serves both views: its PTRs name pool01, which both
; views have, not the servers only this view has, whatever the order (test 14 D1)
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
       IN A 10.20.1.12
fe01 IN A 10.20.1.11
fe02 IN A 10.20.1.12
