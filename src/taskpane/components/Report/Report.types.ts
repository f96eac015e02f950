export interface ReportProps {
  /** Extra class for the tab's root. */
  readonly className?: string;
}
