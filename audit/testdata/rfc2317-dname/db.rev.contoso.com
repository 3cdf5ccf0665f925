; rfc2317-dname: where the DNAMEs send the reverse names
$ORIGIN rev.contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
5.2                     IN PTR  sip.contoso.com.
70.2                    IN PTR  retired.contoso.com.
