/**
 * The cross-register look-ups: who the Stakeholders register knows, which projects the Projects
 * register holds. Each is null when the workbook has no such register (or an empty one), so
 * that the rules depending on it stay quiet instead of flagging every name.
 */
import type { RuleContext } from "./rule";
import { dataRows, norm } from "./rows";

/** Names and roles of the Stakeholders register, normalised. */
export function knownPeople(ctx: RuleContext): ReadonlySet<string> | null {
  return ctx.shared("lookups/people", () => {
    const registers = ctx.workbook.get("stakeholders") ?? [];
    const out = new Set<string>();
    for (const data of registers) {
      for (const row of dataRows(data)) {
        for (const key of ["name", "role"]) {
          const t = row.textOf(key);
          if (t) out.add(norm(t));
        }
      }
    }
    return out.size ? out : null;
  });
}

/** Project IDs of the Projects register, normalised. */
export function knownProjects(ctx: RuleContext): ReadonlySet<string> | null {
  return ctx.shared("lookups/projects", () => {
    const out = new Set<string>();
    for (const data of ctx.workbook.get("projects") ?? []) {
      for (const row of dataRows(data)) {
        const t = row.textOf("projectId");
        if (t) out.add(norm(t));
      }
    }
    return out.size ? out : null;
  });
}

/**
 * Whether `text` names known people: the whole text, or every part of a list such as
 * "Jane Okafor / Tom Becker" (owners are sometimes shared).
 */
export function namesKnown(text: string, known: ReadonlySet<string>): boolean {
  if (known.has(norm(text))) return true;
  const parts = text.split(/\s*(?:[,;/&+]|\band\b)\s*/i).filter((p) => p.trim() !== "");
  return parts.length > 1 && parts.every((p) => known.has(norm(p)));
}
