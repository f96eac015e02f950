/** The header of a structured Projects register up to Last Updated, for the rule tests (columns A–N). */
export const H = ["Project ID", "Project Name", "Programme", "Sponsor", "Project Manager", "Stage", "Start Date", "End Date", "Forecast End", "Budget", "Actual Cost", "Forecast Cost", "RAG Override", "Last Updated"] as const;

export function project(id: string, f: { stage?: string; start?: string | null; end?: string | null; forecastEnd?: string | null; updated?: string | null }): (string | number | null)[] {
  return [id, `Project ${id}`, null, "Jane", "Lena", f.stage ?? "Execution", f.start ?? null, f.end ?? null, f.forecastEnd ?? null, null, null, null, null, f.updated ?? null];
}
