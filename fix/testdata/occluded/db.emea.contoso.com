; The child zone, given too: pool01's AAAA goes here.
$ORIGIN emea.contoso.com.
$TTL 3600
@        IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 600 1209600 300
         IN NS  ns1.contoso.com.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01   IN A    10.0.1.11
