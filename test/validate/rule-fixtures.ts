/** Headers and row builders shared by the per-rule tests beside each rule in src/domain/rules. */

/** The header of a structured Milestones register up to Predecessors, for the rule tests (columns A–J). */
export const MILESTONE_HEADER = ["Milestone ID", "Project ID", "Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date", "% Complete", "Status", "Predecessors"] as const;

/** The header of a structured RAID register, for the rule tests (columns A–P). */
export const RAID_HEADER = ["ID", "Project ID", "Type", "Title", "Description", "Owner", "Raised Date", "Probability", "Impact", "Score", "Severity", "Response", "Status", "Review Date", "Escalated", "Last Updated"] as const;

/** A RAID row: ID, type, probability, impact, response, status and the rest by key. */
export function raidItem(id: string, fields: { type?: string; p?: number | string | null; i?: number | string | null; score?: number | null; response?: string | null; status?: string; owner?: string | null; review?: string | null; escalated?: string | null }): (string | number | null)[] {
  return [id, "P1", fields.type ?? "Risk", `Risk ${id}`, null, fields.owner === undefined ? "Jane" : fields.owner, "2026-01-10", fields.p ?? null, fields.i ?? null, fields.score ?? null, null, fields.response ?? null, fields.status ?? "Open", fields.review ?? null, fields.escalated ?? null, null];
}

/** The header of a structured Documents register, for the rule tests (columns A–H). */
export const DOCUMENT_HEADER = ["Document ID", "Project ID", "Title", "Version", "Status", "Owner", "Approver", "Version Date"] as const;

/** The header of a structured Projects register up to Last Updated, for the rule tests (columns A–N). */
export const PROJECT_HEADER = ["Project ID", "Project Name", "Programme", "Sponsor", "Project Manager", "Stage", "Start Date", "End Date", "Forecast End", "Budget", "Actual Cost", "Forecast Cost", "RAG Override", "Last Updated"] as const;

export function projectRow(id: string, f: { stage?: string; start?: string | null; end?: string | null; forecastEnd?: string | null; updated?: string | null }): (string | number | null)[] {
  return [id, `Project ${id}`, null, "Jane", "Lena", f.stage ?? "Execution", f.start ?? null, f.end ?? null, f.forecastEnd ?? null, null, null, null, null, f.updated ?? null];
}
