; dname: a DNAME redirects the names below its owner (RFC 6672): a CNAME
; to such a name goes on at the name the DNAME makes of it, and the records
; the zone has below the DNAME's owner are occluded (§2.4).
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1 hostmaster 1 3600 600 86400 300
                        IN NS   ns1
ns1                     IN A    10.0.0.1
                        IN AAAA fd00::1
old                     IN DNAME contoso.net.
; web.old.contoso.com. is web.contoso.net., a Lync host
lyncdiscover            IN CNAME web.old
; stale.old.contoso.com. is stale.contoso.net.: its record here is occluded
stale.old               IN A    10.0.9.9
meet                    IN CNAME stale.old
; gone.contoso.net. has no records
dialin                  IN CNAME gone.old                ; want dangling-cname
; an SRV target that a DNAME redirects is an alias
_sip._tls               IN SRV  0 0 443 sip.old          ; want srv-target-cname srv-target-other-domain
; a DNAME to a name outside the set: the chain leaves the set
ext                     IN DNAME example.org.
admin                   IN CNAME a.ext
