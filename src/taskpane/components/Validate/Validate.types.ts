export interface ValidateProps {
  /** Extra class for the tab's root. */
  readonly className?: string;
}
