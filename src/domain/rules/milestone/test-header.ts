/** The header of a structured Milestones register up to Predecessors, for the rule tests (columns A–J). */
export const H = ["Milestone ID", "Project ID", "Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date", "% Complete", "Status", "Predecessors"] as const;
