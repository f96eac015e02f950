import { RuleTester } from "../rule-tester";
import rule from "./no-owner";

const H = ["Action ID", "Project ID", "Meeting ID", "Action", "Owner", "Raised Date", "Due Date", "Status"];

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "owned, or done", rows: [H, ["A1", "P1", null, "Book rooms", "Jane", null, null, "Open"], ["A2", "P1", null, "Send plan", null, null, null, "Done"]] }],
  invalid: [{ name: "open without owner", rows: [H, ["A1", "P1", null, "Book rooms", null, null, null, "Open"]], findings: [{ cell: "E2", message: 'no Owner for "Book rooms"' }] }],
});
