$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 2024061401 3600 900 1209600 300
@ IN NS ns1.example.net.
_sip._tls IN SRV 0 0 443 edge01
edge01 IN A 10.20.1.12
edge01 IN AAAA fd20:0:0:1::12
