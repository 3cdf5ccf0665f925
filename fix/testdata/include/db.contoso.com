$ORIGIN contoso.com.
$TTL 3600
@   SOA ns1 hostmaster 7 3600 600 1209600 300
    NS  ns1
ns1 A   10.0.0.1
_sipinternaltls._tcp SRV 0 0 5061 pool01
$INCLUDE parts/pool01.inc
lyncdiscoverinternal A 10.0.1.20
