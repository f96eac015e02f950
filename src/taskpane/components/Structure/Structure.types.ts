export interface StructureProps {
  /** Extra class for the tab's root. */
  readonly className?: string;
}
