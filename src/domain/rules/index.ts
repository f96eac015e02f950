/**
 * The registry of validation rules, sorted by id. A new rule is a new module under its
 * register's folder, named after its id, and one line here (index.test.ts checks the order).
 */
import actionNoOwner from "./action/no-owner";
import actionOverdue from "./action/overdue";
import documentApprovedWithoutApprover from "./document/approved-without-approver";
import documentDuplicateVersion from "./document/duplicate-version";
import documentVersionFormat from "./document/version-format";
import documentVersionRegression from "./document/version-regression";
import milestoneActualInFuture from "./milestone/actual-in-future";
import milestoneActualWithoutComplete from "./milestone/actual-without-complete";
import milestoneCompleteWithoutActual from "./milestone/complete-without-actual";
import milestoneDependencyCycle from "./milestone/dependency-cycle";
import milestoneDuplicateId from "./milestone/duplicate-id";
import milestoneInvalidDate from "./milestone/invalid-date";
import milestoneNoOwner from "./milestone/no-owner";
import milestoneOverdue from "./milestone/overdue";
import milestonePercentRange from "./milestone/percent-range";
import milestonePercentStatusMismatch from "./milestone/percent-status-mismatch";
import milestonePredecessorLater from "./milestone/predecessor-later";
import milestoneRequired from "./milestone/required";
import milestoneSlipped from "./milestone/slipped";
import milestoneUnknownDependency from "./milestone/unknown-dependency";
import milestoneUnknownOwner from "./milestone/unknown-owner";
import milestoneUnknownProject from "./milestone/unknown-project";
import projectDuplicateId from "./project/duplicate-id";
import projectEndBeforeStart from "./project/end-before-start";
import projectStale from "./project/stale";
import raciDuplicateActivity from "./raci/duplicate-activity";
import raciEmptyActivity from "./raci/empty-activity";
import raciHasResponsible from "./raci/has-responsible";
import raciIdlePerson from "./raci/idle-person";
import raciOneAccountable from "./raci/one-accountable";
import raciOverloadedPerson from "./raci/overloaded-person";
import raciTooManyConsulted from "./raci/too-many-consulted";
import raciUnknownPerson from "./raci/unknown-person";
import raciValidCode from "./raci/valid-code";
import raidEscalate from "./raid/escalate";
import raidHighRiskUnmitigated from "./raid/high-risk-unmitigated";
import raidNoOwner from "./raid/no-owner";
import raidReviewOverdue from "./raid/review-overdue";
import raidScoreMismatch from "./raid/score-mismatch";
import raidScoreRange from "./raid/score-range";
import registerMissingColumn from "./register/missing-column";
import type { AnyRule } from "./rule";

export const RULES: readonly AnyRule[] = [
  actionNoOwner,
  actionOverdue,
  documentApprovedWithoutApprover,
  documentDuplicateVersion,
  documentVersionFormat,
  documentVersionRegression,
  milestoneActualInFuture,
  milestoneActualWithoutComplete,
  milestoneCompleteWithoutActual,
  milestoneDependencyCycle,
  milestoneDuplicateId,
  milestoneInvalidDate,
  milestoneNoOwner,
  milestoneOverdue,
  milestonePercentRange,
  milestonePercentStatusMismatch,
  milestonePredecessorLater,
  milestoneRequired,
  milestoneSlipped,
  milestoneUnknownDependency,
  milestoneUnknownOwner,
  milestoneUnknownProject,
  projectDuplicateId,
  projectEndBeforeStart,
  projectStale,
  raciDuplicateActivity,
  raciEmptyActivity,
  raciHasResponsible,
  raciIdlePerson,
  raciOneAccountable,
  raciOverloadedPerson,
  raciTooManyConsulted,
  raciUnknownPerson,
  raciValidCode,
  raidEscalate,
  raidHighRiskUnmitigated,
  raidNoOwner,
  raidReviewOverdue,
  raidScoreMismatch,
  raidScoreRange,
  registerMissingColumn,
];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
