/**
 * Libraries only some requests need, loaded on first use: ExcelJS alone took
 * ~0.7 s to import, paid by every process start (each web instance, worker,
 * script and test file) whether or not it ever writes a workbook.
 */
export const loadExcelJS = async () => (await import('exceljs')).default
export const loadPDFKit = async () => (await import('pdfkit')).default
