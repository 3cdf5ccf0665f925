; occluded: the child zone emea.contoso.com., in the set beside its parent
$ORIGIN emea.contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
_sipinternaltls._tcp    IN SRV  0 0 5061 pool01          ; want srv-target-unresolved
