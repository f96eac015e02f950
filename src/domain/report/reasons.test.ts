import { METRIC_NAMES, type MetricName, type MetricValues, type Rags } from "../metrics/definitions";
import { DEFAULT_SETTINGS } from "../settings";
import { ragReasons } from "./reasons";

function metrics(values: Partial<Record<MetricName, number | null>>): MetricValues {
  return { ...(Object.fromEntries(METRIC_NAMES.map((m) => [m, 0])) as Record<MetricName, number>), "Milestones Total": 4, ...values };
}
const green: Rags = { schedule: "Green", cost: "Green", risk: "Green", overall: "Green" };

describe("one-line RAG reasons", () => {
  test.each([
    ["a slip over the red limit", { "Max Slip Days": 27 }, "Red", "largest slip 27 days (limit 20)"],
    ["overdue and a long slip", { "Milestones Overdue": 2, "Max Slip Days": 27 }, "Red", "2 milestones overdue; largest slip 27 days (limit 20)"],
    ["a slip over the warning", { "Max Slip Days": 8 }, "Amber", "largest slip 8 days (warning above 5)"],
    ["a small slip", { "Max Slip Days": 3 }, "Green", "nothing overdue; largest slip 3 days"],
    ["no milestones", { "Milestones Total": 0, "Max Slip Days": null }, "Green", "no milestones"],
  ] as const)("schedule: %s", (_name, values, colour, reason) => {
    expect(ragReasons({ metrics: metrics(values), rag: { ...green, schedule: colour }, escalated: 0, override: null }, DEFAULT_SETTINGS).schedule).toBe(reason);
  });

  test.each([
    [0.062, "Amber", "forecast 6.2% over budget (warning above 5%)"],
    [-0.03, "Green", "forecast 3.0% under budget"],
    [0, "Green", "forecast on budget"],
    [null, null, "no budget set"],
  ] as const)("cost at %s", (cv, colour, reason) => {
    expect(ragReasons({ metrics: metrics({ "Cost Variance %": cv }), rag: { ...green, cost: colour }, escalated: 0, override: null }, DEFAULT_SETTINGS).cost).toBe(reason);
  });

  test.each([
    [{ "High Risks": 3, "Open Risks": 5 }, 0, "3 high risks (Score ≥ 15)"],
    [{ "High Risks": 4, "Open Risks": 5 }, 2, "2 open risks at Score ≥ 20; 4 high risks (Score ≥ 15)"],
    [{ "High Risks": 1, "Open Risks": 5 }, 0, "1 high risk (Score ≥ 15)"],
    [{ "High Risks": 0, "Open Risks": 0 }, 0, "no open risks"],
  ] as const)("risk %o with %i escalated", (values, escalated, reason) => {
    expect(ragReasons({ metrics: metrics(values), rag: green, escalated, override: null }, DEFAULT_SETTINGS).risk).toBe(reason);
  });

  test("overall names every area of its colour, with that area's reason", () => {
    const r = ragReasons({ metrics: metrics({ "Max Slip Days": 8, "High Risks": 1, "Open Risks": 2 }), rag: { schedule: "Amber", cost: "Green", risk: "Amber", overall: "Amber" }, escalated: 0, override: null }, DEFAULT_SETTINGS);
    expect(r.overall).toBe("Schedule: largest slip 8 days (warning above 5); Risk: 1 high risk (Score ≥ 15)");
  });
});
