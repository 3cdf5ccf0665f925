; The external view: sip.old is served here, and gets its AAAA.
$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 1 3600 600 1209600 300
         IN NS  ns1
ns1      IN A    10.0.0.1
ns1      IN AAAA fd00::1
sip.old  IN A    10.0.1.40
