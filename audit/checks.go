package audit

// allChecks lists every check zonegen has. Each is defined in the file
// named after it.
func allChecks() []*Check {
	return []*Check{
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
