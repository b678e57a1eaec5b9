import type { Case } from './context.ts';
import { buildTiff } from '../../support/tiffBuilder.ts';
import { blankG4Tiff, whitePng1Bit } from '../../support/hostileImages.ts';
import { encryptedPdf, pagesPdf, zeroPagePdf } from '../../support/hostilePdfs.ts';
import { pngFor40k, jpegFor65k, nestedFlate, withData, postJson, refused, readPage } from './context.ts';

/** Bad-input cases: decompression bombs and hostile PDFs. */
export const bombAndPdfCases: Case[] = [
  // --- Decompression bombs ---------------------------------------------------------------------
  {
    group: 'decompression bomb',
    name: 'a 0.1 KB PNG whose header claims 40000x40000',
    send: () => postJson(withData('png', pngFor40k)),
    expect: refused(/40000x40000 pixels \(1600\.0 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a real 25 KB 1-bit PNG of 10240x10240 (105 MP)',
    send: () => postJson(withData('png', whitePng1Bit(10240, 10240))),
    expect: refused(/10240x10240 pixels \(104\.9 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a 0.6 KB JPEG whose header claims 65000x65000',
    send: () => postJson(withData('jpg', jpegFor65k)),
    expect: refused(/65000x65000/),
  },
  {
    group: 'decompression bomb',
    name: 'a real 2.6 KB 1-bit G4 TIFF of 20000x20000 (400 MP)',
    send: () => postJson(withData('tiff', blankG4Tiff(20000, 20000))),
    expect: refused(/20000x20000 pixels \(400\.0 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF whose second page is 30000x30000 (big-endian)',
    send: () =>
      postJson(
        withData(
          'tiff',
          buildTiff(
            [
              { width: 10, height: 10 },
              { width: 30000, height: 30000 },
            ],
            'MM',
          ),
        ),
      ),
    expect: refused(/on page 2/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF of 10 001 pages',
    send: () => postJson(withData('tiff', blankG4Tiff(64, 64, 10_001))),
    expect: refused(/more than 10000 pages/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF of 11 pages on the embedded engine',
    send: () => postJson(withData('tiff', blankG4Tiff(200, 100, 11)), 'tesseract'),
    expect: refused(/TIFF has 11 pages; at most 10 pages are supported/),
  },

  // --- PDFs (the embedded engine reads them; CLOVA does for the clova engine) ------------------
  {
    group: 'pdf',
    name: 'a PDF of 11 pages',
    send: () => postJson(withData('pdf', pagesPdf(11)), 'tesseract'),
    expect: refused(/PDF has 11 pages; at most 10 pages are supported/),
  },
  {
    group: 'pdf',
    name: 'a PDF of exactly 10 pages is read',
    send: () => postJson(withData('pdf', pagesPdf(10)), 'tesseract'),
    expect: readPage(10),
  },
  {
    group: 'pdf',
    name: 'a PDF of 0 pages',
    send: () => postJson(withData('pdf', zeroPagePdf()), 'tesseract'),
    expect: refused(/The PDF has no pages/),
  },
  {
    group: 'pdf',
    name: 'an encrypted PDF that needs a password',
    send: () => postJson(withData('pdf', encryptedPdf('user-password')), 'tesseract'),
    expect: refused(/The PDF is protected by a password/),
  },
  {
    group: 'pdf',
    name: 'an encrypted PDF with an owner password only is read',
    send: () => postJson(withData('pdf', encryptedPdf('')), 'tesseract'),
    expect: readPage(),
  },
  {
    group: 'pdf',
    name: 'a 1 KB PDF whose content is Flate inside Flate inside Flate (64 MB inflated)',
    send: () => postJson(withData('pdf', nestedFlate), 'tesseract'),
    expect: readPage(),
  },
];
