$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 2025010100 3600 600 1209600 300 )
  IN NS ns1
ns1 IN A 10.0.0.1
_sip._tls IN SRV 0 0 443 sip
sip IN A ( 198.51.100.10 ) ; access edge
av ( 300
     IN A 198.51.100.12 )
