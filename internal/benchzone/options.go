package benchzone

import (
	"errors"
	"net/netip"
)

// Options describes the zone to write. Zero fields take the defaults.
type Options struct {
	// Records is the exact number of resource records to write (default
	// 100,000; at least MinRecords).
	Records int
	// Origin is the zone's origin (default contoso.com.).
	Origin string
	// Seed selects the zone; the same Options give the same bytes.
	Seed uint64
	// SiteRecords is the mean number of records between two $ORIGIN
	// switches into a site's subdomain (default 3,000).
	SiteRecords int
	// LyncShare is the share of the records that belong to Lync tenants
	// (SRV records, CNAME chains, pools and their servers; default 0.5).
	LyncShare float64
	// AAAAShare is the share of the Lync names that already have their AAAA
	// records (default 0.6; negative for none).
	AAAAShare float64
}

// MinRecords is the smallest zone Write writes: the apex records.
const MinRecords = 11

// Defaults of Options.
const (
	DefaultRecords     = 100_000
	DefaultOrigin      = "contoso.com."
	DefaultSiteRecords = 3_000
	DefaultLyncShare   = 0.5
	DefaultAAAAShare   = 0.6
)

func (o Options) withDefaults() (Options, error) {
	if o.Records == 0 {
		o.Records = DefaultRecords
	}
	if o.Origin == "" {
		o.Origin = DefaultOrigin
	}
	if o.Origin[len(o.Origin)-1] != '.' {
		o.Origin += "."
	}
	if o.SiteRecords == 0 {
		o.SiteRecords = DefaultSiteRecords
	}
	if o.LyncShare == 0 {
		o.LyncShare = DefaultLyncShare
	}
	switch {
	case o.AAAAShare == 0:
		o.AAAAShare = DefaultAAAAShare
	case o.AAAAShare < 0:
		o.AAAAShare = 0
	}
	return o, o.validate()
}

func (o Options) validate() error {
	switch {
	case o.Records < MinRecords:
		return errors.New("zonegen: fewer records than the apex needs")
	case o.SiteRecords < 1:
		return errors.New("zonegen: SiteRecords must be positive")
	case o.LyncShare < 0 || o.LyncShare > 1 || o.AAAAShare > 1:
		return errors.New("zonegen: shares lie between 0 and 1")
	}
	return nil
}

// Stats says what a zone (or a directory of zones) holds.
type Stats struct {
	Records    int // resource records written
	Sites      int // $ORIGIN sections below the apex
	Tenants    int // SIP domains with a Lync deployment
	Pools      int // DNS-load-balanced Lync pools
	A, AAAA    int
	PlainHosts int // names with an A record that are not Lync hosts
	// LyncNames is the number of Lync hosts with an address: pools and
	// their servers.
	LyncNames int
	// MissingAAAA is the number of AAAA records zonegen fix adds with the
	// plan from WritePlan: one per A record of each Lync host without AAAA.
	MissingAAAA int
	// Subnets are the IPv4 /16s the addresses were taken from, in order.
	Subnets []netip.Prefix
}
