; One forward zone given once, so in every view (both views name this
; file), beside a reverse zone of one origin in each view, int/ and ext/:
; each view's reverse zone gets the PTR of each new AAAA (review 16 T2:
; only the first view's got them, and no test saw it).
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
       IN A 10.20.1.12
fe01 IN A 10.20.1.11
fe02 IN A 10.20.1.12
