/**
 * The message for a PDF that poppler refused, told apart by pdfinfo's stderr so the user learns
 * what to fix: an empty document and a password are not the same problem as a damaged file.
 */
export function pdfFailureMessage(stderr: string): string {
  if (/Incorrect password|Encrypted:\s*yes/i.test(stderr)) {
    return 'The PDF is protected by a password; remove the password and send it again.';
  }
  // poppler reports an empty page tree either way, depending on where it notices it.
  if (/Invalid page count 0|last page \(0\)|Pages:\s*0\b/i.test(stderr)) {
    return 'The PDF has no pages.';
  }
  return 'The PDF could not be read.';
}
