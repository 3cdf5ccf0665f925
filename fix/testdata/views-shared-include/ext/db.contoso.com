$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
    IN NS ns1
ns1 IN A 10.20.1.5
ns1 IN AAAA 2001:470::5
_sip._tls IN SRV 0 0 443 sip
sip IN A 10.20.1.11
sip IN A 10.20.1.12
sip IN AAAA 2001:470::11
sip IN AAAA 2001:470::12
fe01 IN A 10.20.1.11
fe01 IN AAAA 2001:470::11
$INCLUDE ../common.inc
