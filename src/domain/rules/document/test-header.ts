/** The header of a structured Documents register, for the rule tests (columns A–H). */
export const H = ["Document ID", "Project ID", "Title", "Version", "Status", "Owner", "Approver", "Version Date"] as const;
