import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { textPage } from './documents.ts';

/**
 * A generated page stored in the Inbox with a run of known text beside it (`page.json` is
 * imported as that document's run), so the viewer opens it with no OCR call and its errors are
 * exactly the ones written here.
 */
export const TRUE_LINES = ['Invoice 2041 for the spring order', 'Delivery on March 15 at the main hall'];
/** The run misreads three words, far apart: 2O41, Narch, rnain. */
export const RUN_LINES = ['Invoice 2O41 for the spring order', 'Delivery on Narch 15 at the rnain hall'];
export const RUN_CHAR_ERRORS = 4; // "rn" for "m" is two edits: a substitution and an insertion

function runResponse(lines: readonly string[]) {
  const fields = lines.flatMap((line, l) => {
    let x = 133;
    return line.split(' ').map((word, i, words) => {
      const w = word.length * 19;
      const box = { x, y: 133 + l * 52, w, h: 40 };
      x += w + 12;
      return {
        valueType: 'ALL',
        inferText: word,
        inferConfidence: 0.97,
        type: 'NORMAL',
        lineBreak: i === words.length - 1,
        boundingPoly: {
          vertices: [
            { x: box.x, y: box.y },
            { x: box.x + box.w, y: box.y },
            { x: box.x + box.w, y: box.y + box.h },
            { x: box.x, y: box.y + box.h },
          ],
        },
      };
    });
  });
  return {
    version: 'V2',
    requestId: 'e2e',
    timestamp: 0,
    images: [
      {
        uid: 'e2e',
        name: 'page',
        inferResult: 'SUCCESS',
        message: 'SUCCESS',
        convertedImageInfo: { width: 1100, height: 700, pageIndex: 0, longImage: false },
        fields,
      },
    ],
  };
}

/**
 * Stores the page and its run in a project of its own (the store keeps one document per content
 * in a project, so the Inbox would hand back an earlier test's); returns the document's URL query.
 */
export async function storePageWithRun(
  request: APIRequestContext,
  name: string,
): Promise<{ id: string; url: string }> {
  const project = await request.post('/api/projects', { data: { name } });
  expect(project.status(), await project.text()).toBe(201);
  const { id: projectId } = (await project.json()) as { id: string };
  const png = await request.post(`/api/projects/${projectId}/documents`, {
    multipart: { file: { name: `${name}.png`, mimeType: 'image/png', buffer: await textPage(TRUE_LINES) } },
  });
  expect(png.status(), await png.text()).toBe(201);
  const json = await request.post(`/api/projects/${projectId}/documents`, {
    multipart: {
      file: {
        name: `${name}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(runResponse(RUN_LINES))),
      },
    },
  });
  expect(json.status(), await json.text()).toBe(201);
  const [doc] = (await png.json()) as { id: string }[];
  return { id: doc.id, url: `/?doc=${doc.id}&project=${projectId}` };
}
