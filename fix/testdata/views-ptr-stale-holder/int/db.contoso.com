; int/: the shared reverse zone's PTR of ::11 names web, which holds that
; address in ext/ only: stale in pool01's view, as the audit judges it
; (test 20e D1: fix counted a holder of any view that reads the reverse zone)
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
