/** The targets of issue #5, one per metric the bench prints. */
export interface Target {
  target: number;
  unit: string;
  /** Whether smaller or larger values are better. */
  better: 'lower' | 'higher';
}

export const TARGETS = {
  'overlay.first_draw_ms': { target: 50, unit: 'ms', better: 'lower' },
  'overlay.frame_p95_ms': { target: 16.7, unit: 'ms', better: 'lower' },
  'overlay.hover_p95_ms': { target: 2, unit: 'ms', better: 'lower' },
  'overlay.restyle_ms': { target: 50, unit: 'ms', better: 'lower' },
  'pdf.first_page_ms': { target: 500, unit: 'ms', better: 'lower' },
  'tiff.longest_task_ms': { target: 100, unit: 'ms', better: 'lower' },
  'relay.overhead_p50_ms': { target: 5, unit: 'ms', better: 'lower' },
  'relay.peak_rss_mb': { target: 200, unit: 'MB', better: 'lower' },
  'engine.page_ratio': { target: 1.1, unit: 'ratio', better: 'lower' },
  'engine.pdf10_speedup': { target: 1.7, unit: 'x', better: 'higher' },
  'engine.rotated_cer': { target: 0.02, unit: 'CER', better: 'lower' },
  'engine.table_cell_cer': { target: 0.03, unit: 'CER', better: 'lower' },
  'engine.lowres_cer': { target: 0.02, unit: 'CER (72 − 200 dpi)', better: 'lower' },
  'bundle.initial_gzip_kb': { target: 250, unit: 'kB', better: 'lower' },
  'store.list_5000_p50_ms': { target: 50, unit: 'ms', better: 'lower' },
  'batch.speedup': { target: 1.7, unit: 'x', better: 'higher' },
  'project.first_paint_5000_ms': { target: 200, unit: 'ms', better: 'lower' },
  'report.500docs_ms': { target: 2000, unit: 'ms', better: 'lower' },
  'proof.next_word_p95_ms': { target: 16, unit: 'ms', better: 'lower' },
  'proof.text_layer_first_draw_ms': { target: 100, unit: 'ms', better: 'lower' },
  // Issue 17 §3/§4: the checking half of the generated photo set (bench/photoSet/measure.ts).
  'engine.photo_cer': { target: 0.6, unit: 'ratio to plain tesseract', better: 'lower' },
  'engine.confidence_ece': { target: 0.05, unit: 'ECE', better: 'lower' },
} as const satisfies Record<string, Target>;

export type MetricName = keyof typeof TARGETS;
