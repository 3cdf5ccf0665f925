; A parenthesis in the comment of an A line does not make it a record of
; several lines: the new AAAA copies its columns (test 11 N1).
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01		IN	A	10.20.1.11 ; second (x)
