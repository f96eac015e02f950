export interface SettingsProps {
  /** Extra class for the tab's root. */
  readonly className?: string;
}
