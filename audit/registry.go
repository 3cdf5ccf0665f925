package audit

// allChecks lists every check zonegen has. Each is defined in the file
// named after it.
func allChecks() []*Check {
	return []*Check{
		checkAAAACollision,
		checkAAAASharedFile,
		checkAAAATTLMismatch,
		checkBadSuppression,
		checkBindDivergence,
		checkCNAMEOtherData,
		checkDanglingCNAME,
		checkDocumentationAAAA,
		checkDuplicateRecord,
		checkExternalLocalAAAA,
		checkInvalidHostname,
		checkLinkLocalAAAA,
		checkLyncdiscoverView,
		checkMissingA,
		checkMissingAAAA,
		checkMissingPTR,
		checkNoLyncDeployment,
		checkNoPlan,
		checkPoolAAAAMismatch,
		checkPoolScopeMixed,
		checkPTRMismatch,
		checkReservedAAAA,
		checkRRsetTTLMismatch,
		checkSerialNotIncremented,
		checkSRVPort,
		checkSRVTargetCNAME,
		checkSRVTargetOtherDomain,
		checkSRVTargetUnresolved,
		checkSyntax,
	}
}

// recordScope ends the text of the record checks: which names they look at.
const recordScope = " Like the other record checks, it looks at the Lync names (the hosts, the aliases on " +
	"their CNAME chains, the Lync SRV owners), and at every name with --all-hosts."
