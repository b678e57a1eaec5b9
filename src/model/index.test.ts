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
    ];
    for (const n of names) expect(typeof (model as Record<string, unknown>)[n], n).toBe('function');
    expect(typeof model.SpatialIndex).toBe('function');
    expect(model.DEFAULT_THRESHOLDS).toEqual({ low: 0.8, high: 0.95 });
  });
});
