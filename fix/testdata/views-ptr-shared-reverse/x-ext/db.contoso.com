; the external view: pool01 without its servers (read after int/)
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
lyncdiscover IN CNAME pool01
pool01 IN A 10.20.1.11
       IN A 10.20.1.12
