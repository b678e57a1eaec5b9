/**
 * glibc malloc settings for the helper programs (tesseract, pdftoppm). Both allocate and free
 * large buffers per page; by default glibc serves those from fresh mmaps and hands freed memory
 * back, so every buffer costs a page fault per 4 KB, and on a VM where a fault is slow (13 µs on
 * the machine of 2026-12-06) that is a tenth of a page's time. These settings keep freed memory
 * for reuse (`mmap_threshold`, `trim_threshold`: 512 MB, far above one page's buffers) and ask for
 * transparent huge pages (`hugetlb=1`, glibc ≥ 2.35; ignored where THP is off or glibc is older).
 * Measured on a 200-dpi Korean page: tesseract 16,850 → ~1,600 faults, 1,030 → 840 ms; pdftoppm
 * 3,500 → ~800 faults, 220 → 185 ms; peak RSS unchanged (65 MB). A GLIBC_TUNABLES set by the
 * operator replaces these (e.g. `glibc.malloc.hugetlb=0` for glibc's defaults).
 */
export const HELPER_MALLOC_TUNABLES = [
  'glibc.malloc.hugetlb=1',
  'glibc.malloc.mmap_threshold=536870912',
  'glibc.malloc.trim_threshold=536870912',
].join(':');
