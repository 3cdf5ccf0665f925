; ext/: web holds fd20:0:0:1::11 here
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sip._tls IN SRV 0 0 443 sip
sip IN A 10.20.1.12
    IN AAAA fd20:0:0:1::12
web IN A 10.20.1.11
web IN AAAA fd20:0:0:1::11
