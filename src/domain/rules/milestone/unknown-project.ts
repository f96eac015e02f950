import { knownProjects } from "../lookups";
import { defineRule } from "../rule";
import { norm } from "../rows";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/unknown-project",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "A milestone's Project ID is a project of the Projects register (when the workbook has one).",
      why: "A milestone of an unknown project drops out of every project's metrics and status report.",
    },
    messages: {
      unknown: "Project ID {{project}} is not in Projects",
    },
  },
  check(ctx, report) {
    const known = knownProjects(ctx);
    if (!known) return [];
    return schedule(ctx).milestones.flatMap((m) => {
      const project = m.row.textOf("projectId");
      const cell = m.row.cell("projectId");
      if (!project || !cell || known.has(norm(project))) return [];
      return [report("unknown", cell, m.key, { project })];
    });
  },
});
