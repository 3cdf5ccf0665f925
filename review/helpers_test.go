package review_test

import "github.com/zonegen/zonegen/audit"

func reviewHosts(names ...string) audit.Options { return audit.Options{Hosts: names} }
