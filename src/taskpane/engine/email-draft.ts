/** The email forms that carry a workbook: the .eml draft and the one-sheet .xlsx (exceljs). */
export { reportEmail } from "../../export/report-email";
export { reportFileName, reportWorkbook, XLSX_TYPE } from "../../export/attachment-workbook";
