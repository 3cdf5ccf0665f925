$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 10.20.1.5
ns1 IN AAAA fd20::5
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
_sipinternaltls._tcp IN SRV 0 0 5061 dir01
dir01 IN A 10.20.1.21
pool01 IN A 10.20.1.11
pool01 IN A 10.20.1.12
pool01 IN AAAA fd20::11
pool01 IN AAAA fd20::12
fe01 IN A 10.20.1.11
fe01 IN AAAA fd20::11
$INCLUDE ../common.inc
