import { describe, expect, it } from 'vitest';
import * as model from './index.ts';

describe('model public API', () => {
  it('exports the agreed functions', () => {
    const names = [
      'buildDocument',
      'groupLines',
      'groupParagraphs',
      'boundsOf',
      'pointInPolygon',
      'centroid',
      'polyArea',
      'unionBounds',
      'quadAround',
      'toScreen',
      'toWorld',
      'zoomAt',
      'fitPage',
      'fitWidth',
      'panBy',
      'rasterToWorld',
      'confidenceColor',
      'confidenceBand',
      'documentStats',
      'pageStats',
      'confidenceHistogram',
      'pageText',
      'documentText',
      'tableGrid',
      'rowAndColumnCells',
      'isClovaResponse',
      // Review workflow (issue #6).
      'doubtfulWords',
      'nextDoubtful',
      'doubtfulCountsPerPage',
      'pageConfidenceHistogram',
      'documentConfidenceHistogram',
      'normalizeForSearch',
      'buildSearchIndex',
      'searchIndex',
      'searchDocument',
      'levenshtein',
      'editDistance',
      'cer',
      'wer',
      'scorePage',
      'scoreDocument',
      'splitTruthPages',
      'matchByOverlap',
      'compareDocuments',
      'diffLookup',
      'documentPlainText',
      'tableToCsv',
      'tableCsvName',
      'parseViewState',
      'serializeViewState',
      'writeViewState',
      'fitViewStateToDocument',
      'makeSession',
      'parseSession',
      'bytesToBase64',
      'base64ToBytes',
    ];
    for (const n of names) expect(typeof (model as Record<string, unknown>)[n], n).toBe('function');
    expect(typeof model.SpatialIndex).toBe('function');
    expect(model.DEFAULT_THRESHOLDS).toEqual({ low: 0.8, high: 0.95 });
    // The shared view's defaults start from the same thresholds.
    expect(model.DEFAULT_VIEW_STATE.thresholds).toEqual(model.DEFAULT_THRESHOLDS);
  });
});
