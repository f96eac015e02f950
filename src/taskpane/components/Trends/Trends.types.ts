export interface TrendsProps {
  /** Extra class for the tab's root. */
  readonly className?: string;
}
