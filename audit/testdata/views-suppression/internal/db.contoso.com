; views-suppression: the internal view of contoso.com.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1 hostmaster 1 3600 600 86400 300
                        IN NS   ns1
ns1                     IN A    10.0.0.1
                        IN AAAA fd00::1
lyncdiscoverinternal    IN CNAME webint.contoso.net.
