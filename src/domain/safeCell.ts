/**
 * Text that a spreadsheet program would run as a formula (=, +, -, @, or a
 * leading tab / CR that hides one) gets a leading apostrophe-free guard: a
 * single quote character, so it shows as the text it is. Numbers pass.
 */
export const safeCell = <T>(v: T): T | string =>
  typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
