import { describe, expect, it } from 'vitest';
import { pdfFailureMessage } from './pdfFailure.ts';

describe('pdfFailureMessage', () => {
  it('names a password when pdfinfo could not open the PDF without one', () => {
    expect(pdfFailureMessage('Command Line Error: Incorrect password\n')).toMatch(/protected by a password/);
  });
  it('says the PDF has no pages for an empty page tree', () => {
    const stderr =
      'Syntax Error: Invalid page count 0\nCommand Line Error: Wrong page range given: ' +
      'the first page (1) can not be after the last page (0).\n';
    expect(pdfFailureMessage(stderr)).toBe('The PDF has no pages.');
    expect(pdfFailureMessage('Pages: 0\n')).toBe('The PDF has no pages.');
  });
  it('keeps the general message for a damaged file', () => {
    expect(pdfFailureMessage("Syntax Error: Couldn't find trailer dictionary\n")).toBe(
      'The PDF could not be read.',
    );
  });
  it('does not take a page count of 10 for 0', () => {
    expect(pdfFailureMessage('Pages: 10\nsomething else broke')).toBe('The PDF could not be read.');
  });
});
