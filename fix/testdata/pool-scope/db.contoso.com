; A front end pool whose first server has a unique-local AAAA already,
; and a director pool with none: the plan maps the front end subnet to a
; global prefix, so fix gives the front end pool, whose scope would mix,
; nothing (pool-scope-mixed), and the directors their global addresses.
$ORIGIN contoso.com.
$TTL 3600
@                    IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
                     IN NS  ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 dirpool
lyncdiscoverinternal IN CNAME pool01
pool01               IN A    10.20.1.11
                     IN A    10.20.1.12
fe01                 IN A    10.20.1.11
                     IN AAAA fd20:0:0:1::11
fe02                 IN A    10.20.1.12
dirpool              IN A    10.20.2.21
                     IN A    10.20.2.22
dir01                IN A    10.20.2.21
dir02                IN A    10.20.2.22
