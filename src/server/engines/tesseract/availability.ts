import type { EngineAvailability } from '../engine.ts';
import { ChildError, runChild } from './processes/runChild.ts';

/** tessdata the relay can use, with the Debian package that installs each. */
export const LANGUAGE_PACKAGES: Record<string, string> = {
  kor: 'tesseract-ocr-kor',
  jpn: 'tesseract-ocr-jpn',
  chi_tra: 'tesseract-ocr-chi-tra',
  eng: 'tesseract-ocr-eng',
};

/** Installed tessdata names (`tesseract --list-langs`); throws ChildError when tesseract is missing. */
export async function listLanguages(tesseractPath: string): Promise<string[]> {
  const { stdout, stderr } = await runChild(tesseractPath, ['--list-langs']);
  // The first line is a heading ("List of available languages in ..."); some builds print to stderr.
  return (stdout.toString('utf8') + '\n' + stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[a-z_]+$/i.test(l));
}

async function installed(command: string, args: string[]): Promise<boolean> {
  try {
    await runChild(command, args);
    return true;
  } catch (e) {
    // Only a missing program counts; an odd exit code from a version flag still means it is there.
    return !(e instanceof ChildError && e.reason === 'ENOENT');
  }
}

/**
 * What /api/engines shows for tesseract: usable when tesseract runs and has at least one of the
 * four languages. Anything missing is named with the apt-get command that fixes it. The engine
 * passes the language list its runs check against, so both always agree.
 */
export async function checkAvailability(
  tesseractPath: string,
  listInstalled: () => Promise<string[]> = () => listLanguages(tesseractPath),
): Promise<EngineAvailability> {
  let langs: string[];
  try {
    langs = await listInstalled();
  } catch (e) {
    const missing = e instanceof ChildError && e.reason === 'ENOENT';
    return {
      available: false,
      reason: missing
        ? 'tesseract is not installed: apt-get install tesseract-ocr'
        : `tesseract does not run: ${(e as Error).message}`,
      details: { languages: [] },
    };
  }
  const languages = Object.keys(LANGUAGE_PACKAGES).filter((l) => langs.includes(l));
  const missing = Object.keys(LANGUAGE_PACKAGES)
    .filter((l) => !langs.includes(l))
    .map((l) => `${l} language data (apt-get install ${LANGUAGE_PACKAGES[l]})`);
  const pdf = (await installed('pdftoppm', ['-v'])) && (await installed('pdfinfo', ['-v']));
  if (!pdf) missing.push('PDF support: pdftoppm and pdfinfo (apt-get install poppler-utils)');
  const available = languages.length > 0;
  return {
    available,
    ...(missing.length > 0 ? { reason: `missing ${missing.join('; ')}` } : {}),
    details: { languages, pdf },
  };
}
