import { PERSON, analyseSheet, detectionOf } from "../../domain/ingest/detect";
import type { RegisterKey } from "../../domain/registers/types";
import type { ConversionProposal, ProposedColumn } from "../../operations/convert";
import { findSheet, type WorkbookSnapshot } from "../../plan/snapshot";

/**
 * Detection's column targets for one proposed table read as another register, so that the
 * mapping preview shows what conversion will do after the user picks the register. Null when
 * the table cannot be read as that register.
 */
export function remapProposal(wb: WorkbookSnapshot, proposal: ConversionProposal, register: RegisterKey): ProposedColumn[] | null {
  const sheet = findSheet(wb, proposal.sheet);
  if (!sheet) return null;
  const analysis = analyseSheet(sheet, { date1904: wb.date1904, tables: sheet.tables });
  const table = analysis.tables.find((t) => t.id === proposal.id);
  if (!table) return null;
  const d = detectionOf(analysis, table, register);
  if (!d) return null;
  const people = new Set((d.raciPeople ?? []).map((p) => p.col));
  return d.mapping.map((m) => ({ sourceHeader: m.sourceHeader, sourceColumn: m.sourceColumn, target: people.has(m.col) ? PERSON : m.column, confidence: m.confidence }));
}
