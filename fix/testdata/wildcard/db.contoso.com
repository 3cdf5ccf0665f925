; A Lync name without records that a wildcard gives its A: the AAAA goes
; beside the wildcard's A, for every name the wildcard answers for; an AAAA
; of the covered name alone would make it a name of its own, whose A query
; the wildcard no longer answers (RFC 4592 §2.2.1).
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 2024061401 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.20.0.53
                        IN AAAA fd6b:3c2e:51a0::53
_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.com.
*                       IN A    10.20.10.10
_sip._tls               IN SRV  0 0 443 sip.contoso.com.
sip                     IN A    10.20.10.11
