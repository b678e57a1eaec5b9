import { deflateSync } from 'node:zlib';
import { standardEncryption } from './pdfEncryption.ts';
import { pageObjects, textContent, writePdf } from './pdfWriter.ts';

/** A PDF of `pages` pages, each drawing the test text. */
export function pagesPdf(pages: number): Buffer {
  return writePdf(pageObjects(pages, () => ({ dict: '', stream: textContent() })));
}

/** A well-formed PDF whose page tree is empty (/Count 0). */
export function zeroPagePdf(): Buffer {
  return writePdf(pageObjects(0, () => ({ dict: '' })));
}

/**
 * One page whose content stream is Flate inside Flate `levels` times over `padding` bytes of
 * whitespace after the text: a few KB on disk that a reader inflates to `padding` bytes.
 */
export function nestedFlatePdf(levels: number, padding: number): Buffer {
  let data = Buffer.concat([textContent(), Buffer.alloc(padding, 0x20)]);
  for (let i = 0; i < levels; i++) data = deflateSync(data, { level: 9 });
  const filters = Array.from({ length: levels }, () => '/FlateDecode').join(' ');
  return writePdf(pageObjects(1, () => ({ dict: `/Filter [${filters}]`, stream: data })));
}

/** A one-page PDF encrypted with RC4-40; opening it needs `userPassword` unless that is empty. */
export function encryptedPdf(userPassword: string, ownerPassword = 'owner-pw'): Buffer {
  const enc = standardEncryption(userPassword, ownerPassword);
  const objects = pageObjects(1, () => ({ dict: '', stream: textContent() }));
  const contentNum = objects.length;
  const content = objects[contentNum - 1];
  objects[contentNum - 1] = { dict: content.dict, stream: enc.encryptStream(contentNum, content.stream!) };
  objects.push({ dict: enc.dict });
  return writePdf(objects, `/Encrypt ${objects.length} 0 R /ID [<${enc.id}> <${enc.id}>]`);
}
