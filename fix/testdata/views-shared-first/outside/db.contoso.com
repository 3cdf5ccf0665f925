; The external view (outside/): a pool of two servers, the first with a unique-local AAAA,
; so the plan's global addresses go to the internal view only. The view that comes
; first after the shared zone must not decide for the other (a reviewer's find)
$ORIGIN contoso.com.
$TTL 3600
@                    IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
                     IN NS  ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01               IN A    10.20.1.11
                     IN A    10.20.1.12
fe01                 IN A    10.20.1.11
fe02                 IN A    10.20.1.12
fe01                 IN AAAA fd20:0:0:1::11
