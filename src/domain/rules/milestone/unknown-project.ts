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
    if (!ctx.data.columns.some((c) => c.key === "projectId")) return [];
    const verdicts = new Map<string, boolean>();
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const project = m.row.textOf("projectId");
      if (!project) continue;
      let knownProject = verdicts.get(project);
      if (knownProject === undefined) verdicts.set(project, (knownProject = known.has(norm(project))));
      if (!knownProject) out.push(report("unknown", m.cell("projectId")!, m.key, { project }));
    }
    return out;
  },
});
