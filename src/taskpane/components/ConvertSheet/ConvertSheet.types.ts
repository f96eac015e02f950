export interface ConvertSheetProps {
  /** Called after a conversion wrote to the workbook (the register list reads it again). */
  readonly onConverted?: () => void;
  readonly className?: string;
}
