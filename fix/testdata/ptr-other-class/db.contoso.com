$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 1 3600 600 1209600 300
         IN NS  ns1
ns1      IN A    10.0.0.1
ns1      IN AAAA fd00::1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01   IN A    10.0.1.11
