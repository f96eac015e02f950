/** The header of a structured RAID register, for the rule tests (columns A–P). */
export const H = ["ID", "Project ID", "Type", "Title", "Description", "Owner", "Raised Date", "Probability", "Impact", "Score", "Severity", "Response", "Status", "Review Date", "Escalated", "Last Updated"] as const;

/** A RAID row: ID, type, probability, impact, response, status and the rest by key. */
export function item(id: string, fields: { type?: string; p?: number | string | null; i?: number | string | null; score?: number | null; response?: string | null; status?: string; owner?: string | null; review?: string | null; escalated?: string | null }): (string | number | null)[] {
  return [id, "P1", fields.type ?? "Risk", `Risk ${id}`, null, fields.owner === undefined ? "Jane" : fields.owner, "2026-01-10", fields.p ?? null, fields.i ?? null, fields.score ?? null, null, fields.response ?? null, fields.status ?? "Open", fields.review ?? null, fields.escalated ?? null, null];
}
