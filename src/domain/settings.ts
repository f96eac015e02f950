/**
 * Every threshold of rules.md and metrics.md, with its default. The workbook keeps them on the
 * Settings sheet (table tblSettings, one row per setting) so that formulas can read them by name
 * and a manager without the add-in can change them.
 */

export interface Settings {
  /** The "today" of every date rule and metric, ISO. Null means: the workbook's =TODAY(). */
  readonly asOf: string | null;
  readonly highRiskScore: number;
  readonly escalationScore: number;
  readonly mediumRiskScore: number;
  readonly slipWarnDays: number;
  readonly redSlipDays: number;
  readonly redCostVariance: number;
  readonly amberCostVariance: number;
  readonly maxConsulted: number;
  readonly maxAccountableShare: number;
  readonly minActivitiesForOverload: number;
  readonly staleDays: number;
  readonly lookaheadDays: number;
  readonly raciVariant: "RACI" | "RASCI";
}

export type SettingKey = keyof Settings;

export interface SettingDef {
  readonly key: SettingKey;
  /** Label in the Settings table; also read back from the workbook by this label. */
  readonly label: string;
  /** Workbook name of the value cell, used by formulas. */
  readonly name: string;
  readonly kind: "date" | "number" | "percent" | "text";
  readonly description: string;
}

export const DEFAULT_SETTINGS: Settings = {
  asOf: null,
  highRiskScore: 15,
  escalationScore: 20,
  mediumRiskScore: 8,
  slipWarnDays: 5,
  redSlipDays: 20,
  redCostVariance: 0.1,
  amberCostVariance: 0.05,
  maxConsulted: 4,
  maxAccountableShare: 0.5,
  minActivitiesForOverload: 6,
  staleDays: 14,
  lookaheadDays: 28,
  raciVariant: "RACI",
};

export const SETTING_DEFS: readonly SettingDef[] = [
  { key: "asOf", label: "As Of", name: "PMO_AsOf", kind: "date", description: "The date every rule and metric is computed for. =TODAY() keeps it current." },
  { key: "highRiskScore", label: "High Risk Score", name: "PMO_HighRiskScore", kind: "number", description: "An open risk with a Score at or above this is a high risk (needs a response)." },
  { key: "escalationScore", label: "Escalation Score", name: "PMO_EscalationScore", kind: "number", description: "An open risk with a Score at or above this is escalated to the PMO lead." },
  { key: "mediumRiskScore", label: "Medium Risk Score", name: "PMO_MediumRiskScore", kind: "number", description: "Lowest Score of the Medium severity band." },
  { key: "slipWarnDays", label: "Slip Warning Days", name: "PMO_SlipWarnDays", kind: "number", description: "A milestone slipped more than this many days is flagged; Schedule RAG turns Amber." },
  { key: "redSlipDays", label: "Red Slip Days", name: "PMO_RedSlipDays", kind: "number", description: "Schedule RAG is Red when the largest slip exceeds this many days." },
  { key: "redCostVariance", label: "Red Cost Variance", name: "PMO_RedCostVariance", kind: "percent", description: "Cost RAG is Red above this forecast overrun." },
  { key: "amberCostVariance", label: "Amber Cost Variance", name: "PMO_AmberCostVariance", kind: "percent", description: "Cost RAG is Amber above this forecast overrun." },
  { key: "maxConsulted", label: "Max Consulted", name: "PMO_MaxConsulted", kind: "number", description: "More C codes than this on one RACI activity is a warning." },
  { key: "maxAccountableShare", label: "Max Accountable Share", name: "PMO_MaxAccountableShare", kind: "percent", description: "A person accountable for more than this share of activities is overloaded." },
  { key: "minActivitiesForOverload", label: "Min Activities For Overload", name: "PMO_MinActivitiesForOverload", kind: "number", description: "The overload check applies to matrices with at least this many activities." },
  { key: "staleDays", label: "Stale Days", name: "PMO_StaleDays", kind: "number", description: "A project not updated for more than this many days is stale." },
  { key: "lookaheadDays", label: "Lookahead Days", name: "PMO_LookaheadDays", kind: "number", description: "Milestones due within this many days appear in the report." },
  { key: "raciVariant", label: "RACI Variant", name: "PMO_RaciVariant", kind: "text", description: "RACI, or RASCI to allow S (Support)." },
];

export function settingDef(key: SettingKey): SettingDef {
  const d = SETTING_DEFS.find((s) => s.key === key);
  if (!d) throw new Error(`Unknown setting ${key}`);
  return d;
}

/** Merges values read from a workbook (by label) over the defaults, ignoring what does not fit. */
export function settingsFromPairs(pairs: ReadonlyArray<readonly [string, unknown]>, base: Settings = DEFAULT_SETTINGS): Settings {
  const out: Record<string, unknown> = { ...base };
  for (const [label, value] of pairs) {
    const def = SETTING_DEFS.find((d) => d.label.toLowerCase() === String(label).trim().toLowerCase());
    if (!def || value === null || value === undefined || value === "") continue;
    if (def.kind === "text") {
      const v = String(value).trim().toUpperCase();
      if (v === "RACI" || v === "RASCI") out[def.key] = v;
    } else if (def.kind === "date") {
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[def.key] = value;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      out[def.key] = value;
    }
  }
  return out as unknown as Settings;
}
