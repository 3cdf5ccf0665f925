$ORIGIN b.contoso.com.
$TTL 3600
@ IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 3600 600 1209600 300
  IN NS ns1.contoso.com.
h IN A 10.0.1.9
